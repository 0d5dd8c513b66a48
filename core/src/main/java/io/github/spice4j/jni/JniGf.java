package io.github.spice4j.jni;

import io.github.spice4j.GfProgressListener;
import io.github.spice4j.TimeInterval;
import io.github.spice4j.backend.GfApi;
import java.util.ArrayList;
import java.util.List;

/** The geometry finder domain over the JNI gf spoke; progress-reporting searches run in pieces ({@link GfPieces}). */
final class JniGf implements GfApi {
  /** About 100 progress steps for long windows; a piece is never shorter than 16 search steps. */
  private static final GfPieces DEFAULT_PIECES = new GfPieces(100, 16);

  private final Engine engine;
  private final GfPieces pieces;

  JniGf(Engine engine) {
    this(engine, DEFAULT_PIECES);
  }

  /** With another piece policy (tests cut windows finer to stress the seams). */
  JniGf(Engine engine, GfPieces pieces) {
    this.engine = engine;
    this.pieces = pieces;
  }

  @Override
  public List<TimeInterval> gfdist(String target, String abcorr, String obsrvr, String relate, double refval,
      double adjust, double step, int nintvls, List<TimeInterval> cnfine) {
    Bound s = distance(target, abcorr, obsrvr, refval, step, nintvls);
    checkRelation("gfdist", relate, adjust);
    double[] window = flat(cnfine);
    return intervals(engine.call("gfdist", h -> s.run(h, window, relate, adjust)));
  }

  @Override
  public List<TimeInterval> gfdist(String target, String abcorr, String obsrvr, String relate, double refval,
      double adjust, double step, int nintvls, List<TimeInterval> cnfine, GfProgressListener listener) {
    Bound s = distance(target, abcorr, obsrvr, refval, step, nintvls);
    return withProgress("gfdist", s, relate, adjust, step, nintvls, cnfine, listener);
  }

  @Override
  public List<TimeInterval> gfsep(String targ1, String shape1, String frame1, String targ2, String shape2,
      String frame2, String abcorr, String obsrvr, String relate, double refval, double adjust, double step,
      int nintvls, List<TimeInterval> cnfine) {
    Bound s = separation(targ1, shape1, frame1, targ2, shape2, frame2, abcorr, obsrvr, refval, step, nintvls);
    checkRelation("gfsep", relate, adjust);
    double[] window = flat(cnfine);
    return intervals(engine.call("gfsep", h -> s.run(h, window, relate, adjust)));
  }

  @Override
  public List<TimeInterval> gfsep(String targ1, String shape1, String frame1, String targ2, String shape2,
      String frame2, String abcorr, String obsrvr, String relate, double refval, double adjust, double step,
      int nintvls, List<TimeInterval> cnfine, GfProgressListener listener) {
    Bound s = separation(targ1, shape1, frame1, targ2, shape2, frame2, abcorr, obsrvr, refval, step, nintvls);
    return withProgress("gfsep", s, relate, adjust, step, nintvls, cnfine, listener);
  }

  @Override
  public void gfsstp(double step) {
    Args.finite("step", step);
    engine.run("gfsstp", h -> NativeGf.gfsstp(h, step));
  }

  @Override
  public double gfstep(double time) {
    Args.finite("time", time);
    return engine.callDouble("gfstep", h -> NativeGf.gfstep(h, time));
  }

  @Override
  public void gfstol(double value) {
    Args.finite("value", value);
    engine.run("gfstol", h -> NativeGf.gfstol(h, value));
  }

  @Override
  public double gfrefn(double t1, double t2, boolean s1, boolean s2) {
    Args.finite("t1", t1);
    Args.finite("t2", t2);
    return engine.callDouble("gfrefn", h -> NativeGf.gfrefn(h, t1, t2, s1, s2));
  }

  @Override
  public String gfrepi(List<TimeInterval> window, String begmss, String endmss) {
    double[] w = flat(window);
    Args.present("begmss", begmss);
    Args.present("endmss", endmss);
    return engine.call("gfrepi", h -> NativeGf.gfrepi(h, w, begmss, endmss));
  }

  @Override
  public String gfrepf() {
    return engine.call("gfrepf", NativeGf::gfrepf);
  }

  /** A search with its arguments bound, run on an engine handle inside {@link Engine#call}. */
  @FunctionalInterface
  private interface Bound {
    double[] run(long engine, double[] cnfine, String relate, double adjust);
  }

  /** Checks the distance search's arguments and binds them. */
  private static Bound distance(String target, String abcorr, String obsrvr, double refval, double step,
      int nintvls) {
    Args.text("gfdist", "target", target);
    Args.text("gfdist", "abcorr", abcorr);
    Args.text("gfdist", "obsrvr", obsrvr);
    number("refval", refval);
    number("step", step);
    return (h, w, relate, adjust) ->
        NativeGf.gfdist(h, target, abcorr, obsrvr, relate, refval, adjust, step, nintvls, w);
  }

  private static Bound separation(String targ1, String shape1, String frame1, String targ2, String shape2,
      String frame2, String abcorr, String obsrvr, double refval, double step, int nintvls) {
    Args.text("gfsep", "targ1", targ1);
    Args.text("gfsep", "shape1", shape1);
    Args.text("gfsep", "frame1", frame1);
    Args.text("gfsep", "targ2", targ2);
    Args.text("gfsep", "shape2", shape2);
    Args.text("gfsep", "frame2", frame2);
    Args.text("gfsep", "abcorr", abcorr);
    Args.text("gfsep", "obsrvr", obsrvr);
    number("refval", refval);
    number("step", step);
    return (h, w, relate, adjust) -> NativeGf.gfsep(h, targ1, shape1, frame1, targ2, shape2, frame2, abcorr,
        obsrvr, relate, refval, adjust, step, nintvls, w);
  }

  /** The whole piecewise search holds the engine, so no other thread changes kernels or settings midway. */
  private List<TimeInterval> withProgress(String routine, Bound search, String relate, double adjust,
      double step, int nintvls, List<TimeInterval> cnfine, GfProgressListener listener) {
    checkRelation(routine, relate, adjust);
    Args.notNull("listener", listener);
    double[] window = flat(cnfine);
    // The listener runs between pieces and may call (or close) this engine: check before each piece.
    return intervals(engine.call(routine, h -> pieces.search((w, r, a) -> {
      engine.checkUsable(routine);
      return search.run(h, w, r, a);
    }, relate, adjust, step, nintvls, window, listener, routine)));
  }

  private static void checkRelation(String routine, String relate, double adjust) {
    Args.text(routine, "relate", relate);
    number("adjust", adjust);
  }

  private static void number(String name, double v) {
    if (!Double.isFinite(v)) throw new IllegalArgumentException(name + " must be finite, was " + v);
  }

  private static double[] flat(List<TimeInterval> window) {
    Args.notNull("window", window);
    double[] w = new double[2 * window.size()];
    int i = 0;
    for (TimeInterval iv : window) {
      Args.notNull("window interval", iv);
      if (Double.isInfinite(iv.start()) || Double.isInfinite(iv.stop())) {
        throw new IllegalArgumentException("window interval must be finite, was " + iv);
      }
      w[i++] = iv.start();
      w[i++] = iv.stop();
    }
    return w;
  }

  private static List<TimeInterval> intervals(double[] flat) {
    List<TimeInterval> out = new ArrayList<>(flat.length / 2);
    for (int i = 0; i + 1 < flat.length; i += 2) out.add(new TimeInterval(flat[i], flat[i + 1]));
    return List.copyOf(out);
  }
}
