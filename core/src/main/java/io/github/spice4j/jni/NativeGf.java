package io.github.spice4j.jni;

/**
 * Natives of the gf spoke (native-src/jni/gf.cc). Arguments are validated by the caller. Windows are
 * flat {@code [left, right, ...]} arrays; searches return a new array of the result window's intervals.
 */
final class NativeGf {
  static {
    NativeEngine.ensureLoaded();
  }

  private NativeGf() {}

  static native double[] gfdist(long engine, String target, String abcorr, String obsrvr, String relate,
      double refval, double adjust, double step, int nintvls, double[] cnfine);

  static native double[] gfsep(long engine, String targ1, String shape1, String frame1, String targ2,
      String shape2, String frame2, String abcorr, String obsrvr, String relate, double refval, double adjust,
      double step, int nintvls, double[] cnfine);

  static native void gfsstp(long engine, double step);

  static native double gfstep(long engine, double time);

  static native void gfstol(long engine, double value);

  static native double gfrefn(long engine, double t1, double t2, boolean s1, boolean s2);

  /** Returns the report text CSPICE wrote to standard output. */
  static native String gfrepi(long engine, double[] window, String begmss, String endmss);

  /** Returns the report text CSPICE wrote to standard output. */
  static native String gfrepf(long engine);
}
