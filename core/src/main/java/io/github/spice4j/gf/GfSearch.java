package io.github.spice4j.gf;

import io.github.spice4j.GfProgressListener;
import io.github.spice4j.GfRelation;
import io.github.spice4j.SpiceException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;

/**
 * The search engine: binary state searches and scalar searches over a confinement window, following
 * NAIF's GF Required Reading (https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/req/gf.html).
 *
 * <p>A binary state search samples the state at the start of each confinement interval and then every
 * {@code step} seconds (and at the interval's end); each change of state between two samples is refined
 * by bisection (CSPICE's {@code gfrefn_c} rule) until the bracket is no wider than the convergence
 * tolerance (CSPICE's {@code gfstol_c}, default 1e-6 s). The result is the window where the state holds.
 *
 * <p>A scalar search first finds, by a binary state search, the window where the quantity decreases; that
 * window and its complement cut the confinement window into pieces where the quantity is monotone. Local
 * extrema are the interior ends of the decreasing intervals; absolute extrema the best value over every
 * piece's ends; {@code <}, {@code >} and {@code =} look at each piece's ends only, since a monotone
 * quantity crosses a reference value at most once per piece. Angles that wrap at 2 pi (longitude, right
 * ascension) are compared through their continuous difference to the reference, sampled every
 * {@code step}; their {@code <} and {@code >} windows change at the reference and at the branch cut.
 */
public final class GfSearch {
  /** CSPICE's default convergence tolerance, seconds. */
  public static final double DEFAULT_TOLERANCE = 1e-6;

  /** The numerical rate's spacing is the step over this (see {@link Quantity#rate}). */
  static final double RATE_STEPS = 20;

  /** The smallest spacing of the numerical rate, seconds. */
  static final double MIN_RATE_SPACING = 1e-3;

  /**
   * The largest spacing of the numerical rate, seconds: small enough that the fourth-order difference stays
   * exact to well under the extremum tolerance for quantities that turn within hours (a station's view).
   */
  static final double MAX_RATE_SPACING = 300;

  /** Samples taken without consulting a failed skip bound before trying it again. */
  private static final int HINT_PAUSE = 16;

  private static final GfProgressListener SILENT = f -> {};

  private final double step;
  private final double tolerance;
  private final GfProgressListener listener;

  /**
   * @param step search step, seconds
   * @param tolerance convergence tolerance, seconds
   * @param listener progress receiver, or null for none
   * @throws SpiceException {@code SPICE(INVALIDSTEP)} when {@code step} is not positive and finite,
   *     {@code SPICE(INVALIDTOLERANCE)} when {@code tolerance} is not
   */
  public GfSearch(double step, double tolerance, GfProgressListener listener) {
    if (!(step > 0) || Double.isInfinite(step)) {
      throw Errors.spice("SPICE(INVALIDSTEP)", "The step size " + step + " is not positive.", "gfsstp");
    }
    if (!(tolerance > 0) || Double.isInfinite(tolerance)) {
      throw Errors.spice("SPICE(INVALIDTOLERANCE)", "The tolerance " + tolerance + " is not positive.", "gfstol");
    }
    this.step = step;
    this.tolerance = tolerance;
    this.listener = listener == null ? SILENT : listener;
  }

  /**
   * The window where a binary state holds (the GF Required Reading's binary state search).
   *
   * @param state the state; may throw (e.g. {@link SpiceException}), which stops the search
   * @param cnfine normalized confinement window, flat
   * @return the result window, flat
   */
  public double[] binary(DoublePredicate state, double[] cnfine) {
    return binary(state, null, cnfine);
  }

  /**
   * A binary state search that skips the samples a cheaper bound proves false. The samples taken and the
   * result are those of {@link #binary(DoublePredicate, double[])}: only samples the bound guarantees to be
   * false are left out (e.g. an occultation cannot happen while the bodies' bounding disks are apart).
   *
   * @param state the state
   * @param falseUntil for an ET where the state is false, a later ET up to which it stays false (or the
   *     ET itself when nothing can be proved); null for none
   * @param cnfine normalized confinement window, flat
   * @return the result window, flat
   */
  public double[] binary(DoublePredicate state, DoubleUnaryOperator falseUntil, double[] cnfine) {
    Progress p = new Progress(listener, Windows.measure(cnfine));
    double[] r = solve(state, falseUntil, cnfine, step, p);
    p.finish();
    return r;
  }

  /**
   * A scalar search: when the quantity satisfies the relation.
   *
   * @param q the quantity
   * @param relation the operator
   * @param refval reference value for {@code <}, {@code =}, {@code >}
   * @param adjust for ABSMIN/ABSMAX: accept values within this of the extremum
   * @param cnfine normalized confinement window, flat
   * @return the result window, flat (zero-length intervals for extrema and {@code =})
   * @throws SpiceException {@code SPICE(VALUEOUTOFRANGE)} for a negative {@code adjust},
   *     {@code SPICE(INVALIDVALUE)} for a non-zero one with a relation other than ABSMIN/ABSMAX
   */
  public double[] scalar(Quantity q, GfRelation relation, double refval, double adjust, double[] cnfine) {
    checkAdjust(relation, adjust);
    Progress p = new Progress(listener, Windows.measure(cnfine));
    double h = Math.min(Math.max(step / RATE_STEPS, MIN_RATE_SPACING), MAX_RATE_SPACING);
    double[] decreasing = solve(t -> q.decreasing(t, h), cnfine, step, p);
    double[] r = switch (relation) {
      case LOCMIN, LOCMAX -> localExtrema(decreasing, cnfine, relation == GfRelation.LOCMIN);
      case ABSMIN, ABSMAX -> absoluteExtremum(q, decreasing, cnfine, relation == GfRelation.ABSMIN, adjust);
      case LESS -> compare(q, decreasing, cnfine, inRange(q, refval), true);
      case GREATER -> compare(q, decreasing, cnfine, inRange(q, refval), false);
      case EQUAL -> equal(q, decreasing, cnfine, refval);
    };
    p.finish();
    return r;
  }

  /**
   * CSPICE's GF check of {@code adjust}.
   *
   * @param relation the comparison
   * @param adjust the absolute extremum adjustment
   * @throws SpiceException {@code SPICE(VALUEOUTOFRANGE)} for a negative {@code adjust},
   *     {@code SPICE(INVALIDVALUE)} for a non-zero one with a relation other than ABSMIN/ABSMAX
   */
  public static void checkAdjust(GfRelation relation, double adjust) {
    if (adjust < 0) {
      throw Errors.spice("SPICE(VALUEOUTOFRANGE)", "ADJUST was " + adjust + "; must be non-negative.", "gfevnt");
    }
    if (adjust != 0 && !relation.isAbsoluteExtremum()) {
      throw Errors.spice("SPICE(INVALIDVALUE)", "ADJUST should have value zero for all comparison operators except "
          + "ABSMAX and ABSMIN", "gfevnt");
    }
  }

  /**
   * A reference value for a wrapping angle moved by whole turns into the angle's range, as CSPICE documents for
   * longitude and right ascension; other quantities keep it.
   */
  private static double inRange(Quantity q, double refval) {
    if (!q.wraps()) return refval;
    return q.branchCut() == Math.PI ? Angles.wrapPi(refval) : Angles.wrapTwoPi(refval);
  }

  private double[] solve(DoublePredicate state, double[] window, double stride, Progress p) {
    return solve(state, null, window, stride, p);
  }

  /**
   * Binary state search over a window, reporting to {@code p} (may be null). Samples are at {@code a + k *
   * stride} and at each interval's end, as CSPICE's; with {@code falseUntil}, samples inside a proved-false
   * stretch are known false without evaluating the state.
   */
  private double[] solve(DoublePredicate state, DoubleUnaryOperator falseUntil, double[] window, double stride,
      Progress p) {
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i < window.length; i += 2) {
      double a = window[i], b = window[i + 1];
      double t = a;
      boolean s = state.test(a);
      double start = a;
      double knownFalse = Double.NEGATIVE_INFINITY;
      int untilHint = 0;
      long k = 0;
      while (t < b) {
        k++;
        double next = Math.min(a + k * stride, b);
        if (next <= t) next = b; // a step below the resolution of ET
        if (falseUntil != null && !s && next > knownFalse && --untilHint <= 0) {
          knownFalse = falseUntil.applyAsDouble(t);
          // Where the bound proves nothing the geometry is close: sample plainly for a while before asking again.
          if (knownFalse <= t) untilHint = HINT_PAUSE;
        }
        boolean sn = next <= knownFalse ? false : state.test(next);
        if (sn != s) {
          double tr = refine(state, t, next, s);
          if (sn) start = tr;
          else out.add(new double[] {start, tr});
          s = sn;
        }
        if (p != null) p.advance(next - t);
        t = next;
      }
      if (s) out.add(new double[] {start, b});
    }
    return flat(out);
  }

  /** Bisection of a bracketed transition until the bracket is within tolerance; returns its middle. */
  private double refine(DoublePredicate state, double lo, double hi, boolean sLo) {
    while (hi - lo > tolerance) {
      double mid = lo + 0.5 * (hi - lo);
      if (mid <= lo || mid >= hi) break;
      if (state.test(mid) == sLo) lo = mid;
      else hi = mid;
    }
    return lo + 0.5 * (hi - lo);
  }

  /** The ends of the monotone pieces of one confinement interval [a, b]: a, the decreasing window's ends, b. */
  private static double[] breakpoints(double[] decreasing, double a, double b) {
    double[] d = Windows.intersect(decreasing, new double[] {a, b});
    double[] pts = new double[d.length + 2];
    int n = 0;
    pts[n++] = a;
    for (double t : d) if (t > pts[n - 1] && t < b) pts[n++] = t;
    if (b > pts[n - 1]) pts[n++] = b;
    return Arrays.copyOf(pts, n);
  }

  private static double[] localExtrema(double[] decreasing, double[] cnfine, boolean minima) {
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i < cnfine.length; i += 2) {
      double a = cnfine[i], b = cnfine[i + 1];
      double[] d = Windows.intersect(decreasing, new double[] {a, b});
      for (int k = 0; k < d.length; k += 2) {
        // A minimum ends a decreasing interval, a maximum starts one; the window's own ends are not local extrema.
        double t = minima ? d[k + 1] : d[k];
        if (t > a && t < b && d[k + 1] > d[k]) out.add(new double[] {t, t});
      }
    }
    return flat(out);
  }

  private double[] absoluteExtremum(Quantity q, double[] decreasing, double[] cnfine, boolean min, double adjust) {
    double best = min ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    double bestT = Double.NaN;
    for (int i = 0; i < cnfine.length; i += 2) {
      for (double t : breakpoints(decreasing, cnfine[i], cnfine[i + 1])) {
        double v = q.value(t);
        if (min ? v < best : v > best) {
          best = v;
          bestT = t;
        }
      }
    }
    if (q.wraps()) {
      // A wrapping angle comes closest to the ends of its range where it crosses its branch cut: there it is
      // just below the top on one side and just above the bottom on the other.
      double h = Math.max(tolerance, MIN_RATE_SPACING);
      for (double t : equal(q, decreasing, cnfine, q.branchCut())) {
        for (double v : new double[] {q.value(t - h), q.value(t + h)}) {
          if (min ? v < best : v > best) {
            best = v;
            bestT = t;
          }
        }
      }
    }
    if (Double.isNaN(bestT)) return new double[0];
    if (adjust == 0) return new double[] {bestT, bestT};
    double limit = min ? best + adjust : best - adjust;
    if (q.wraps()) {
      // Within the angle's range: [bottom, bottom + 2 pi).
      double bottom = q.branchCut() == Math.PI ? -Math.PI : 0;
      limit = Math.min(Math.max(limit, bottom), bottom + Angles.TWO_PI);
    }
    return compare(q, decreasing, cnfine, limit, min);
  }

  /** {@code <} ({@code less}) or {@code >}: the state is checked at piece ends (a monotone piece crosses once). */
  private double[] compare(Quantity q, double[] decreasing, double[] cnfine, double refval, boolean less) {
    DoublePredicate state = less ? t -> q.value(t) < refval : t -> q.value(t) > refval;
    if (q.wraps()) return wrappedCompare(q, decreasing, cnfine, state, refval);
    return Windows.normalize(overPieces(q, decreasing, cnfine, state));
  }

  /**
   * {@code <}/{@code >} for an angle that wraps: the state can change only where the angle crosses the
   * reference value or its branch cut, both found as {@code =} roots of the continuous angle; between two
   * such epochs the state is that of their midpoint.
   */
  private double[] wrappedCompare(Quantity q, double[] decreasing, double[] cnfine, DoublePredicate state,
      double refval) {
    double[] roots = Windows.normalize(concat(equal(q, decreasing, cnfine, refval),
        equal(q, decreasing, cnfine, q.branchCut())));
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i < cnfine.length; i += 2) {
      double a = cnfine[i], b = cnfine[i + 1];
      List<Double> pts = new ArrayList<>();
      pts.add(a);
      for (double t : roots) if (t > a && t < b && t > pts.get(pts.size() - 1)) pts.add(t);
      pts.add(b);
      if (a == b && state.test(a)) out.add(new double[] {a, a});
      for (int k = 0; k + 1 < pts.size(); k++) {
        double lo = pts.get(k), hi = pts.get(k + 1);
        if (hi > lo && state.test(lo + 0.5 * (hi - lo))) out.add(new double[] {lo, hi});
      }
    }
    return Windows.normalize(flat(out));
  }

  private static double[] concat(double[] x, double[] y) {
    double[] r = Arrays.copyOf(x, x.length + y.length);
    System.arraycopy(y, 0, r, x.length, y.length);
    return r;
  }

  /** {@code =}: the interior transitions of the {@code <} state (for wrapped angles, those near the reference). */
  private double[] equal(Quantity q, double[] decreasing, double[] cnfine, double refval) {
    DoublePredicate below = q.wraps() ? t -> Angles.wrapPi(q.value(t) - refval) < 0 : t -> q.value(t) < refval;
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i < cnfine.length; i += 2) {
      double a = cnfine[i], b = cnfine[i + 1];
      double[] w = Windows.normalize(overPieces(q, decreasing, new double[] {a, b}, below));
      for (double t : w) {
        if (t <= a || t >= b) continue;
        if (q.wraps() && Math.abs(Angles.wrapPi(q.value(t) - refval)) > Math.PI / 2) continue; // the branch cut
        out.add(new double[] {t, t});
      }
    }
    return flat(out);
  }

  /** The window where {@code state} holds, searched piece by piece over the monotone pieces of cnfine. */
  private double[] overPieces(Quantity q, double[] decreasing, double[] cnfine, DoublePredicate state) {
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i < cnfine.length; i += 2) {
      double[] pts = breakpoints(decreasing, cnfine[i], cnfine[i + 1]);
      if (pts.length == 1) {
        if (state.test(pts[0])) out.add(new double[] {pts[0], pts[0]});
        continue;
      }
      for (int k = 0; k + 1 < pts.length; k++) {
        // Monotone and continuous: at most one crossing, so one stride over the whole piece brackets it. A
        // wrapped angle's difference to the reference jumps half a turn away, so it is sampled every step.
        double stride = q.wraps() ? step : pts[k + 1] - pts[k];
        double[] r = solve(state, new double[] {pts[k], pts[k + 1]}, stride, null);
        for (int j = 0; j < r.length; j += 2) out.add(new double[] {r[j], r[j + 1]});
      }
    }
    return flat(out);
  }

  private static double[] flat(List<double[]> ivs) {
    double[] w = new double[2 * ivs.size()];
    for (int i = 0; i < ivs.size(); i++) {
      w[2 * i] = ivs.get(i)[0];
      w[2 * i + 1] = ivs.get(i)[1];
    }
    return w;
  }

  /** Reports the searched share of the window, at most about 200 times. */
  private static final class Progress {
    private final GfProgressListener listener;
    private final double measure;
    private double done, reported;

    Progress(GfProgressListener listener, double measure) {
      this.listener = listener;
      this.measure = measure;
      listener.started(measure);
    }

    void advance(double seconds) {
      done += seconds;
      if (measure > 0 && done - reported >= measure / 200) {
        reported = done;
        double f = Math.min(done / measure, 1);
        if (f < 1) listener.progress(f);
      }
    }

    void finish() {
      listener.progress(1.0);
      listener.finished();
    }
  }
}
