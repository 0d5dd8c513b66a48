package io.github.spice4j.jni;

/** Natives of the kernel pool spoke (native-src/jni/pool.cc). Arguments are validated by the caller. */
final class NativePool {
  static {
    NativeEngine.ensureLoaded();
  }

  private NativePool() {}

  /** Fills values (room = its length) from index start; returns the count written, or -1 when absent. */
  static native int gdpool(long engine, String name, int start, double[] values);

  /** Fills ivals (room = its length) from index start; returns the count written, or -1 when absent. */
  static native int gipool(long engine, String name, int start, int[] ivals);

  /** Fills cvals (room = its length) from index start; returns the count written, or -1 when absent. */
  static native int gcpool(long engine, String name, int start, String[] cvals);

  /** Fills kvars (room = its length) with matching names; returns the count written, or -1 when none match. */
  static native int gnpool(long engine, String template, int start, String[] kvars);

  /** Returns the variable's size and stores its type ('C' or 'N') in type[0], or returns -1 when absent. */
  static native int dtpool(long engine, String name, char[] type);

  static native void pdpool(long engine, String name, double[] values);

  static native void pipool(long engine, String name, int[] ivals);

  static native void pcpool(long engine, String name, String[] cvals);

  static native void swpool(long engine, String agent, String[] names);

  static native boolean cvpool(long engine, String agent);

  static native boolean expool(long engine, String name);
}
