package io.github.spice4j.jni;

/** Natives of the SPK writing spoke (native-src/jni/spkw.cc). Arguments are validated by the caller. */
final class NativeSpkWriter {
  static {
    NativeEngine.ensureLoaded();
  }

  private NativeSpkWriter() {}

  /** Returns the new DAF handle. */
  static native int spkopn(long engine, String file, String ifname, int ncomch);

  /** Returns the DAF handle opened for appending. */
  static native int spkopa(long engine, String file);

  /** Closes the file even when CSPICE reports an error (which is then thrown). */
  static native void spkcls(long engine, int handle);

  /** states is double[6*n], n >= 1. */
  static native void spkw08(long engine, int handle, int body, int center, String frame, double first, double last,
      String segid, int degree, double[] states, double epoch1, double step);

  /** Returns the segment identifier and fills handle[0] and descr (double[5]), or returns null when not found. */
  static native String spksfs(long engine, int body, double et, int[] handle, double[] descr);

  /** Fills descr (double[5]). */
  static native void spkpds(long engine, int body, int center, String frame, int type, double first, double last,
      double[] descr);

  /** descr is double[5]; fills ints = {body, center, frame, type, baddr, eaddr} and times = {first, last}. */
  static native void spkuds(long engine, double[] descr, int[] ints, double[] times);
}
