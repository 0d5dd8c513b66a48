package io.github.spice4j.jni;

/** Natives of the DSK spoke (native-src/jni/dsk.cc). Arguments are validated by the caller. */
final class NativeDsk {
  static {
    NativeEngine.ensureLoaded();
  }

  private NativeDsk() {}

  /** Fills ids (capacity = its length); returns the body count, which may exceed the capacity. */
  static native int dskobj(long engine, String dsk, int[] ids);

  /** Fills ids (capacity = its length); returns the surface count, which may exceed the capacity. */
  static native int dsksrf(long engine, String dsk, int bodyid, int[] ids);

  /**
   * dladsc is int[8]; fills ints = {surfce, center, dclass, dtype, frmcde, corsys} and doubles =
   * {corpar[10], co1min, co1max, co2min, co2max, co3min, co3max, start, stop}.
   */
  static native void dskgd(long engine, int handle, int[] dladsc, int[] ints, double[] doubles);

  /**
   * dladsc is int[8]; fills ints = {nv, np, nvxtot, vgrext[3], cgscal, vtxnpl, voxnpt, voxnpl} and
   * doubles = {vtxbds[3][2] row-major, voxsiz, voxori[3]}.
   */
  static native void dskb02(long engine, int handle, int[] dladsc, int[] ints, double[] doubles);


  /** Returns the new DAS handle. */
  static native int dskopn(long engine, String file, String ifname, int ncomch);

  /** Closes a DSK opened by dskopn (dascls). */
  static native void dskcls(long engine, int handle);

  /** vrtces double[3*nv], plates int[3*np]; fills spaixd (double[10]) and spaixi (its length is spxisz). */
  static native void dskmi2(long engine, double[] vrtces, int[] plates, double finscl, int corscl, int worksz,
      int voxpsz, int voxlsz, boolean makvtl, double[] spaixd, int[] spaixi);

  /** corpar double[10], bounds double[6] = {mncor1, mxcor1, ..., mxcor3}, spaixd double[10]. */
  static native void dskw02(long engine, int handle, int center, int surfid, int dclass, String frame, int corsys,
      double[] corpar, double[] bounds, double first, double last, double[] vrtces, int[] plates, double[] spaixd,
      int[] spaixi);
}
