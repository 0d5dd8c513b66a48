package io.github.spice4j.jni;

/** Natives of the SCLK spoke (native-src/jni/sclk.cc). Arguments are validated by the caller. */
final class NativeSclk {
  static {
    NativeEngine.ensureLoaded();
  }

  private NativeSclk() {}

  static native double scs2e(long engine, int sc, String sclkch);

  static native String sce2s(long engine, int sc, double et);

  static native double scencd(long engine, int sc, String sclkch);

  static native String scdecd(long engine, int sc, double sclkdp);

  static native double sct2e(long engine, int sc, double sclkdp);

  static native double sce2c(long engine, int sc, double et);
}
