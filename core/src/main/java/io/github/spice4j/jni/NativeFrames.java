package io.github.spice4j.jni;

/** Natives of the frames spoke (native-src/jni/frames.cc). Arguments are validated by the caller. */
final class NativeFrames {
  static {
    NativeEngine.ensureLoaded();
  }

  private NativeFrames() {}

  /** Returns the frame code, 0 when unknown. */
  static native int namfrm(long engine, String name);

  /** Returns the frame name, blank when unknown. */
  static native String frmnam(long engine, int code);

  /** Stores the frame code in frcode[0]; returns the frame name, or null when none. */
  static native String cidfrm(long engine, int center, int[] frcode);

  /** Stores the frame code in frcode[0]; returns the frame name, or null when none. */
  static native String cnmfrm(long engine, String centerName, int[] frcode);

  /** Fills info = {center, class, classId}; returns false when the frame is unknown. */
  static native boolean frinfo(long engine, int code, int[] info);

  /** Fills ints = {frcode, center}; returns the frame name, or null when none. */
  static native String ccifrm(long engine, int frameClass, int classId, int[] ints);

  /** Fills rotate (double[9], row-major). */
  static native void pxform(long engine, String from, String to, double et, double[] rotate);

  /** Fills xform (double[36], row-major). */
  static native void sxform(long engine, String from, String to, double et, double[] xform);
}
