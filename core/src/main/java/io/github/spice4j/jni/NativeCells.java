package io.github.spice4j.jni;

/**
 * Natives of the cells spoke (native-src/jni/cells.cc). A cell or window is its guest address in the
 * engine's linear memory. Callers check liveness, kind, sizes and indexes first (see {@link JniCells}).
 */
final class NativeCells {
  static {
    NativeEngine.ensureLoaded();
  }

  private NativeCells() {}

  static native long newIntCell(long engine, int size);

  static native long newDoubleCell(long engine, int size);

  /** length: chars per string including the NUL. */
  static native long newCharCell(long engine, int size, int length);

  /** A window of 2 * maxIntervals endpoints. */
  static native long newWindow(long engine, int maxIntervals);

  static native void freeCell(long engine, long cell);

  static native void freeWindow(long engine, long window);

  static native void ssize(long engine, int size, long cell);

  static native void scard(long engine, int card, long cell);

  static native int card(long engine, long cell);

  static native int size(long engine, long cell);

  static native void valid(long engine, int size, int n, long cell);

  static native void insrti(long engine, int item, long cell);

  static native void insrtd(long engine, double item, long cell);

  static native void insrtc(long engine, String item, long cell);

  static native int cellGeti(long engine, long cell, int index);

  static native double cellGetd(long engine, long cell, int index);

  /** length: the cell's chars per string (including the NUL), the output buffer size. */
  static native String cellGetc(long engine, long cell, int index, int length);

  static native void wninsd(long engine, double left, double right, long window);

  static native int wncard(long engine, long window);

  /** Fills out (double[2]) with the interval's left and right endpoints. */
  static native void wnfetd(long engine, long window, int index, double[] out);

  static native void wnvald(long engine, int size, int n, long window);
}
