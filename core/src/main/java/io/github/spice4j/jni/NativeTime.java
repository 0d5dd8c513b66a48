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
}
