package io.github.spice4j.jni;

/** Natives of the kernels spoke (native-src/jni/kernels.cc). Arguments are validated by the caller. */
final class NativeKernels {
  static {
    NativeEngine.ensureLoaded();
  }

  private NativeKernels() {}

  /** Also used by {@link Engine} to reload kernels after a trap; keep this signature. */
  static native void furnsh(long engine, String path);

  static native void unload(long engine, String path);

  static native void kclear(long engine);

  static native int ktotal(long engine, String kind);

  /** Fills strings = {file, type, source} and handle[0]; returns false when which is out of range. */
  static native boolean kdata(long engine, int which, String kind, String[] strings, int[] handle);
}
