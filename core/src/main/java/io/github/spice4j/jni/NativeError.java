package io.github.spice4j.jni;

/** Natives of the error spoke (native-src/jni/error.cc). Arguments are validated by the caller. */
final class NativeError {
  static {
    NativeEngine.ensureLoaded();
  }

  private NativeError() {}

  static native boolean failed(long engine);

  static native void reset(long engine);

  static native String getmsg(long engine, String option);

  static native void setmsg(long engine, String message);

  /** Always throws the SpiceException CSPICE signals. */
  static native void sigerr(long engine, String shortmsg);

  static native void chkin(long engine, String module);

  static native void chkout(long engine, String module);
}
