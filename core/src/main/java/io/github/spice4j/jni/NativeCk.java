package io.github.spice4j.jni;

/** Natives of the CK spoke (native-src/jni/ck.cc). Arguments are validated by the caller. */
final class NativeCk {
  static {
    NativeEngine.ensureLoaded();
  }

  private NativeCk() {}

  /** Fills out (double[10] = cmat row-major, clkout) and returns true when pointing was found. */
  static native boolean ckgp(long engine, int inst, double sclkdp, double tol, String ref, double[] out);

  /** Fills out (double[13] = cmat row-major, av, clkout) and returns true when pointing was found. */
  static native boolean ckgpav(long engine, int inst, double sclkdp, double tol, String ref, double[] out);

  /** Returns the DAF handle. */
  static native int cklpf(long engine, String file);

  static native void ckupf(long engine, int handle);

  /** Fills ids (capacity = its length); returns the ID count, which may exceed the capacity. */
  static native int ckobj(long engine, String file, int[] ids);

  /** Fills cover with [left, right] pairs (capacity = length / 2); returns the interval count, which may exceed it. */
  static native int ckcov(long engine, String file, int idcode, boolean needav, String level, double tol,
      String timsys, double[] cover);
}
