package io.github.spice4j.jni;

/**
 * Natives of the coords spoke (native-src/jni/coords.cc). Vectors are {@code double[3]}, matrices
 * row-major {@code double[9]}; lengths are checked by the caller, which also allocates the outputs.
 */
final class NativeCoords {
  static {
    NativeEngine.ensureLoaded();
  }

  private NativeCoords() {}

  /** out = {radius, longitude, latitude}. */
  static native void reclat(long engine, double[] rectan, double[] out);

  static native void latrec(long engine, double radius, double longitude, double latitude, double[] rectan);

  /** out = {r, colat, lon}. */
  static native void recsph(long engine, double[] rectan, double[] out);

  static native void sphrec(long engine, double r, double colat, double lon, double[] rectan);

  static native void georec(long engine, double lon, double lat, double alt, double re, double f, double[] rectan);

  /** out = {lon, lat, alt}. */
  static native void recgeo(long engine, double[] rectan, double re, double f, double[] out);

  static native double vnorm(long engine, double[] v1);

  static native void vhat(long engine, double[] v1, double[] vout);

  static native void vminus(long engine, double[] v1, double[] vout);

  static native double vdot(long engine, double[] v1, double[] v2);

  static native void vcrss(long engine, double[] v1, double[] v2, double[] vout);

  static native void vadd(long engine, double[] v1, double[] v2, double[] vout);

  static native void vsub(long engine, double[] v1, double[] v2, double[] vout);

  static native void vscl(long engine, double s, double[] v1, double[] vout);

  static native void mxv(long engine, double[] m1, double[] vin, double[] vout);

  static native void mtxv(long engine, double[] m1, double[] vin, double[] vout);

  static native void mxm(long engine, double[] m1, double[] m2, double[] mout);

  static native void rotate(long engine, double angle, int iaxis, double[] mout);

  static native void rotmat(long engine, double[] m1, double angle, int iaxis, double[] mout);

  static native void axisar(long engine, double[] axis, double angle, double[] r);
}
