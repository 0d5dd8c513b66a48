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

  /** pxform over ets[off, off+n) into out (9 per epoch); failedAt[0] receives a failing epoch's index. */
  static native void pxformBatch(long engine, String from, String to, double[] ets, int off, int n, double[] out,
      int[] failedAt);

  /** sxform over ets[off, off+n) into out (36 per epoch); as pxformBatch. */
  static native void sxformBatch(long engine, String from, String to, double[] ets, int off, int n, double[] out,
      int[] failedAt);

  /** pxformBatch over direct buffers (element positions given), written in place. */
  static native void pxformBatchDirect(long engine, String from, String to, java.nio.DoubleBuffer ets, int etsPos,
      int n, java.nio.DoubleBuffer out, int outPos, int[] failedAt);

  /** sxformBatch over direct buffers. */
  static native void sxformBatchDirect(long engine, String from, String to, java.nio.DoubleBuffer ets, int etsPos,
      int n, java.nio.DoubleBuffer out, int outPos, int[] failedAt);
}
