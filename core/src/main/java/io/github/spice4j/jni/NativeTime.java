package io.github.spice4j.jni;

/** Natives of the time spoke (native-src/jni/time.cc). Arguments are validated by the caller. */
final class NativeTime {
  static {
    NativeEngine.ensureLoaded();
  }

  private NativeTime() {}

  static native String tkvrsnToolkit(long engine);

  static native double str2et(long engine, String str);

  static native String et2utc(long engine, double et, String format, int prec);

  static native String timout(long engine, double et, String pictur);

  static native double deltet(long engine, double epoch, String eptype);

  static native double unitim(long engine, double epoch, String insys, String outsys);

  /** Returns sp2000; a parse problem is stored in errmsg[0] instead of thrown. */
  static native double tparse(long engine, String string, String[] errmsg);

  /** Returns the picture, or null with the problem in errmsg[0]. */
  static native String tpictr(long engine, String sample, String[] errmsg);

  static native String timdefGet(long engine, String item);

  static native void timdefSet(long engine, String item, String value);

  /** str2et over strs[off, off+n) into ets[0, n); failedAt[0] receives a failing string's index. */
  static native void str2etBatch(long engine, String[] strs, int off, int n, double[] ets, int[] failedAt);

  /** et2utc over ets[off, off+n) into out[0, n); as str2etBatch. */
  static native void et2utcBatch(long engine, double[] ets, int off, int n, String format, int prec, String[] out,
      int[] failedAt);

  /** et2utc over ets[off, off+n) into NUL-padded ASCII records of width bytes in out. */
  static native void et2utcBatchBytes(long engine, double[] ets, int off, int n, String format, int prec, byte[] out,
      int width, int[] failedAt);
}
