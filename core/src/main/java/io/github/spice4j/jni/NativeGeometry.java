package io.github.spice4j.jni;

/**
 * Natives of the geometry spoke (native-src/jni/geometry.cc). Arguments are validated by the caller.
 * Input 3-vectors are passed as three doubles. Surface points are written as double[7]
 * {@code [spoint[3], trgepc, srfvec[3]]}, illumination results as double[7]
 * {@code [trgepc, srfvec[3], phase, incdnc, emissn]}, planes as double[4] {@code [normal[3], constant]}.
 */
final class NativeGeometry {
  static {
    NativeEngine.ensureLoaded();
  }

  private NativeGeometry() {}

  static native void subpnt(long engine, String method, String target, double et, String fixref, String abcorr,
      String obsrvr, double[] out);

  static native void subslr(long engine, String method, String target, double et, String fixref, String abcorr,
      String obsrvr, double[] out);

  /** Returns whether the ray hits the target; out is filled only then. */
  static native boolean sincpt(long engine, String method, String target, double et, String fixref, String abcorr,
      String obsrvr, String dref, double dx, double dy, double dz, double[] out);

  static native void ilumin(long engine, String method, String target, double et, String fixref, String abcorr,
      String obsrvr, double sx, double sy, double sz, double[] out);

  static native void illumg(long engine, String method, String target, String ilusrc, double et, String fixref,
      String abcorr, String obsrvr, double sx, double sy, double sz, double[] out);

  /** As illumg; flags (int[2]) receives {visibl, lit} as 0 or 1. */
  static native void illumf(long engine, String method, String target, String ilusrc, double et, String fixref,
      String abcorr, String obsrvr, double sx, double sy, double sz, double[] out, int[] flags);

  /** Returns the SPICE_OCCULT_* code. */
  static native int occult(long engine, String targ1, String shape1, String frame1, String targ2, String shape2,
      String frame2, String abcorr, String obsrvr, double et);

  static native void nvc2pl(long engine, double nx, double ny, double nz, double konst, double[] out);

  static native void pl2nvc(long engine, double nx, double ny, double nz, double constant, double[] out);
}
