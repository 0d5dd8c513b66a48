package io.github.spice4j.jni;

import io.github.spice4j.backend.SclkApi;

/** The spacecraft clock domain over the JNI SCLK spoke. */
final class JniSclk implements SclkApi {
  private final Engine engine;

  JniSclk(Engine engine) {
    this.engine = engine;
  }

  @Override
  public double scs2e(int sc, String sclkch) {
    Args.text("scs2e", "sclkch", sclkch);
    return engine.callDouble("scs2e", h -> NativeSclk.scs2e(h, sc, sclkch));
  }

  @Override
  public String sce2s(int sc, double et) {
    Args.finite("et", et);
    return engine.call("sce2s", h -> NativeSclk.sce2s(h, sc, et));
  }

  @Override
  public double scencd(int sc, String sclkch) {
    Args.text("scencd", "sclkch", sclkch);
    return engine.callDouble("scencd", h -> NativeSclk.scencd(h, sc, sclkch));
  }

  @Override
  public String scdecd(int sc, double sclkdp) {
    Args.finite("sclkdp", sclkdp);
    return engine.call("scdecd", h -> NativeSclk.scdecd(h, sc, sclkdp));
  }

  @Override
  public double sct2e(int sc, double sclkdp) {
    Args.finite("sclkdp", sclkdp);
    return engine.callDouble("sct2e", h -> NativeSclk.sct2e(h, sc, sclkdp));
  }

  @Override
  public double sce2c(int sc, double et) {
    Args.finite("et", et);
    return engine.callDouble("sce2c", h -> NativeSclk.sce2c(h, sc, et));
  }
}
