package io.github.spice4j.jni;

import io.github.spice4j.GfProgressListener;
import io.github.spice4j.SpiceException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs a GF search piece by piece over its confinement window so that a {@link GfProgressListener}
 * can follow it: the engine's gfdist_c/gfsep_c run CSPICE's search with progress reporting off, so the
 * only observable unit of work is one engine search over one piece.
 *
 * <p>Each interval of the confinement window is cut into pieces of at least {@code minStepsPerPiece}
 * steps (about {@code targetPieces} pieces over the whole window); runs of intervals shorter than that
 * are grouped. Neighbouring pieces of one interval are searched over windows that reach one step past
 * their common boundary. CSPICE's search treats the ends of a confinement interval
 * specially (an extremum there is not a local one; a transition is bracketed from one side only), so
 * the seam between two pieces is placed inside their overlap, at the middle of the widest stretch free
 * of any event (result endpoint) either piece found: there both pieces agree, and cutting each result
 * at the seam and joining them gives the result of one search over the whole window, to within the
 * convergence tolerance. Absolute extrema are global, so they take two steps: each piece's extremum,
 * then one engine search over those candidate epochs picks the overall one; with a nonzero adjustment
 * every piece is searched again together with that epoch, so that CSPICE compares against the overall
 * extremum, and the cut results are joined as above.
 */
final class GfPieces {
  /** One engine search over a confinement window, both as flat {@code [left, right, ...]} arrays. */
  @FunctionalInterface
  interface Search {
    double[] run(double[] cnfine, String relate, double adjust);
  }

  private static final Set<String> EXTREMA = Set.of("ABSMAX", "ABSMIN");
  private static final Set<String> RELATIONS = Set.of(">", "=", "<", "ABSMAX", "ABSMIN", "LOCMAX", "LOCMIN");

  private final int targetPieces;
  private final int minStepsPerPiece;

  /**
   * @param targetPieces about how many pieces a long window is cut into
   * @param minStepsPerPiece the shortest piece, in steps (keeps the per-piece overhead small)
   */
  GfPieces(int targetPieces, int minStepsPerPiece) {
    // Pieces of at least two steps keep each overlap (one step either side of a seam) apart from the next.
    if (targetPieces < 1 || minStepsPerPiece < 4) throw new IllegalArgumentException("bad piece policy");
    this.targetPieces = targetPieces;
    this.minStepsPerPiece = minStepsPerPiece;
  }

  /**
   * One unit of work: its share [lo, hi] of the confinement window, the window it is searched over (a
   * part of one interval widened by a step at inner seams, or several whole short intervals), its
   * measure, and whether a seam with the next piece follows (both cut from the same interval).
   */
  private record Piece(double lo, double hi, double[] window, double measure, boolean seamAfter) {}

  /**
   * Searches {@code cnfine} and reports progress.
   *
   * @param routine CSPICE routine name for errors raised here
   * @return the result window, flat
   */
  double[] search(Search search, String relate, double adjust, double step, int nintvls, double[] cnfine,
      GfProgressListener listener, String routine) {
    double[] window = normalize(cnfine);
    double measure = 0;
    for (int i = 0; i < window.length; i += 2) measure += window[i + 1] - window[i];
    listener.started(measure);
    String rel = relate.strip().toUpperCase(Locale.ROOT);
    List<Piece> pieces = RELATIONS.contains(rel) && step > 0 && Double.isFinite(step) ? plan(window, measure, step)
        : List.of();
    double[] result;
    if (pieces.size() < 2) {
      // Too short to split, or arguments CSPICE will reject: one call gives CSPICE's own answer or error.
      result = search.run(cnfine, relate, adjust);
    } else if (!EXTREMA.contains(rel)) {
      result = joined(search, pieces, relate, adjust, step, null, new Progress(listener, measure, 0, 1));
    } else {
      result = extremum(search, pieces, relate, adjust, step, measure, listener);
    }
    if (result.length / 2 > nintvls) {
      throw new SpiceException("SPICE(WINDOWEXCESS)",
          "The search found " + result.length / 2 + " intervals; the result window holds at most nintvls = "
              + nintvls + ".", "", routine, "SPICE(WINDOWEXCESS)");
    }
    listener.progress(1.0);
    listener.finished();
    return result;
  }

  /** ABSMAX/ABSMIN: the overall extremum among the pieces' own, then (adjust > 0) the times near it. */
  private double[] extremum(Search search, List<Piece> pieces, String relate, double adjust, double step,
      double measure, GfProgressListener listener) {
    Progress first = new Progress(listener, measure, 0, adjust == 0 ? 1 : 0.5);
    List<Double> candidates = new ArrayList<>();
    for (Piece p : pieces) {
      double[] r = search.run(p.window, relate, 0);
      for (double t : r) candidates.add(t);
      first.done(p);
    }
    double[] points = new double[2 * candidates.size()];
    for (int i = 0; i < candidates.size(); i++) points[2 * i] = points[2 * i + 1] = candidates.get(i);
    double[] best = search.run(normalize(points), relate, 0);
    if (adjust == 0) return best;
    return joined(search, pieces, relate, adjust, step, best, new Progress(listener, measure, 0.5, 0.5));
  }

  /** Searches every piece (joined with the extra intervals, if any), cuts the results at the seams and joins them. */
  private static double[] joined(Search search, List<Piece> pieces, String relate, double adjust, double step,
      double[] extra, Progress progress) {
    List<double[]> results = new ArrayList<>(pieces.size());
    for (Piece p : pieces) {
      double[] w = p.window;
      if (extra != null) {
        w = Arrays.copyOf(w, w.length + extra.length);
        System.arraycopy(extra, 0, w, p.window.length, extra.length);
        w = normalize(w);
      }
      results.add(search.run(w, relate, adjust));
      progress.done(p);
    }
    List<double[]> kept = new ArrayList<>();
    double from = pieces.get(0).lo;
    for (int k = 0; k < pieces.size(); k++) {
      Piece p = pieces.get(k);
      double to = p.seamAfter ? seam(p.hi - step, p.hi + step, results.get(k), results.get(k + 1)) : p.hi;
      double[] r = results.get(k);
      for (int i = 0; i < r.length; i += 2) {
        double l = Math.max(r[i], from), u = Math.min(r[i + 1], to);
        if (l <= u) kept.add(new double[] {l, u});
      }
      from = p.seamAfter ? to : k + 1 < pieces.size() ? pieces.get(k + 1).lo : to;
    }
    return union(kept);
  }

  /** The middle of the widest part of the overlap [zoneLo, zoneHi] that holds no endpoint of a or b. */
  private static double seam(double zoneLo, double zoneHi, double[] a, double[] b) {
    List<Double> cuts = new ArrayList<>();
    cuts.add(zoneLo);
    cuts.add(zoneHi);
    for (double[] r : List.of(a, b)) {
      for (double t : r) if (t > zoneLo && t < zoneHi) cuts.add(t);
    }
    cuts.sort(null);
    double bestLo = zoneLo, bestHi = zoneHi, width = -1;
    for (int i = 0; i + 1 < cuts.size(); i++) {
      double w = cuts.get(i + 1) - cuts.get(i);
      if (w > width) {
        width = w;
        bestLo = cuts.get(i);
        bestHi = cuts.get(i + 1);
      }
    }
    return bestLo + (bestHi - bestLo) / 2;
  }

  /**
   * Cuts long intervals of the (normalized) window into pieces and groups runs of short ones, so that
   * every piece holds at least one piece length of work (or ends the window).
   */
  private List<Piece> plan(double[] window, double measure, double step) {
    double length = Math.max(measure / targetPieces, minStepsPerPiece * step);
    List<Piece> pieces = new ArrayList<>();
    int groupStart = -1;
    double groupMeasure = 0;
    for (int i = 0; i < window.length; i += 2) {
      double a = window[i], b = window[i + 1];
      if (b - a >= length) {
        if (groupStart >= 0) pieces.add(group(window, groupStart, i, groupMeasure));
        groupStart = -1;
        groupMeasure = 0;
        long n = (long) Math.floor((b - a) / length);
        for (long k = 0; k < n; k++) {
          double lo = k == 0 ? a : a + (b - a) * k / n;
          double hi = k == n - 1 ? b : a + (b - a) * (k + 1) / n;
          double[] w = {k == 0 ? lo : lo - step, k == n - 1 ? hi : hi + step};
          pieces.add(new Piece(lo, hi, w, hi - lo, k < n - 1));
        }
      } else {
        if (groupStart < 0) groupStart = i;
        groupMeasure += b - a;
        if (groupMeasure >= length) {
          pieces.add(group(window, groupStart, i + 2, groupMeasure));
          groupStart = -1;
          groupMeasure = 0;
        }
      }
    }
    if (groupStart >= 0) pieces.add(group(window, groupStart, window.length, groupMeasure));
    return pieces;
  }

  /** Whole intervals [from, to) of the flat window as one piece. */
  private static Piece group(double[] window, int from, int to, double measure) {
    return new Piece(window[from], window[to - 1], Arrays.copyOfRange(window, from, to), measure, false);
  }

  /** Sorts a flat window and merges overlapping or touching intervals, as wninsd_c does. */
  static double[] normalize(double[] flat) {
    List<double[]> ivs = new ArrayList<>(flat.length / 2);
    for (int i = 0; i + 1 < flat.length; i += 2) ivs.add(new double[] {flat[i], flat[i + 1]});
    return union(ivs);
  }

  private static double[] union(List<double[]> ivs) {
    ivs.sort((x, y) -> Double.compare(x[0], y[0]));
    double[] out = new double[2 * ivs.size()];
    int n = 0;
    for (double[] iv : ivs) {
      if (n > 0 && iv[0] <= out[n - 1]) {
        out[n - 1] = Math.max(out[n - 1], iv[1]);
      } else {
        out[n++] = iv[0];
        out[n++] = iv[1];
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** Reports the measure of completed pieces as a share [offset, offset + weight] of the whole search. */
  private static final class Progress {
    private final GfProgressListener listener;
    private final double measure, offset, weight;
    private double done;

    Progress(GfProgressListener listener, double measure, double offset, double weight) {
      this.listener = listener;
      this.measure = measure;
      this.offset = offset;
      this.weight = weight;
    }

    void done(Piece p) {
      done += p.measure;
      double f = offset + weight * Math.min(1, done / measure);
      // The caller reports exactly 1.0 once the result is assembled.
      if (f < 1) listener.progress(f);
    }
  }
}
