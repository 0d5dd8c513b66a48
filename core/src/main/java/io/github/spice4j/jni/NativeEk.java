package io.github.spice4j.jni;

/**
 * Natives of the EK spoke (native-src/jni/ek.cc). Arguments are validated by the caller; EK handles are
 * CSPICE's int file handles.
 */
final class NativeEk {
  static {
    NativeEngine.ensureLoaded();
  }

  /** ekgc/ekgd/ekgi results: no such element, a null entry, or a value stored in out[0]. */
  static final int NOT_FOUND = 0;
  static final int NULL_ENTRY = 1;
  static final int VALUE = 2;

  private NativeEk() {}

  static native int ekopr(long engine, String fname);

  static native int ekopw(long engine, String fname);

  static native int ekopn(long engine, String fname, String ifname, int ncomch);

  static native void ekcls(long engine, int handle);

  static native int ekntab(long engine);

  static native String ektnam(long engine, int n);

  static native int eknseg(long engine, int handle);

  /** Returns the row count; a rejected query's message is stored in errmsg[0] instead. */
  static native int ekfind(long engine, String query, String[] errmsg);

  /** Returns NOT_FOUND, NULL_ENTRY or VALUE (with the string in cdata[0]). */
  static native int ekgc(long engine, int selidx, int row, int elment, String[] cdata);

  static native int ekgd(long engine, int selidx, int row, int elment, double[] ddata);

  static native int ekgi(long engine, int selidx, int row, int elment, int[] idata);

  /** Fills rcptrs (its length is nrows) and returns the segment number. */
  static native int ekifld(long engine, int handle, String tabnam, String[] cnames, String[] decls, int[] rcptrs);

  /** nlflgs are 0/1; nrows is rcptrs.length. */
  static native void ekacli(long engine, int handle, int segno, String column, int[] ivals, int[] entszs,
      int[] nlflgs, int[] rcptrs);

  static native void ekacld(long engine, int handle, int segno, String column, double[] dvals, int[] entszs,
      int[] nlflgs, int[] rcptrs);

  static native void ekaclc(long engine, int handle, int segno, String column, String[] cvals, int[] entszs,
      int[] nlflgs, int[] rcptrs);

  static native void ekffld(long engine, int handle, int segno, int[] rcptrs);
}
