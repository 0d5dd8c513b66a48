package io.github.spice4j.jni;

import io.github.spice4j.PositionVector;
import io.github.spice4j.StateVector;
import io.github.spice4j.TimeInterval;
import io.github.spice4j.Vector3;
import io.github.spice4j.backend.EphemerisApi;
import java.util.List;

/** The ephemeris domain over the JNI ephemeris spoke; SPK file arguments may be virtual ids (see {@link JniKernels}). */
final class JniEphemeris implements EphemerisApi {
  private final Engine engine;
  private final JniKernels kernels;

  JniEphemeris(Engine engine, JniKernels kernels) {
    this.engine = engine;
    this.kernels = kernels;
  }

  @Override
  public StateVector spkezr(String target, double et, String ref, String abcorr, String observer) {
    Args.text("spkezr", "targ", target);
    Args.finite("et", et);
    Args.text("spkezr", "ref", ref);
    Args.text("spkezr", "abcorr", abcorr);
    Args.text("spkezr", "obs", observer);
    double[] out = new double[7];
    engine.run("spkezr", h -> NativeEphemeris.spkezr(h, target, et, ref, abcorr, observer, out));
    return state(out);
  }

  @Override
  public PositionVector spkpos(String target, double et, String ref, String abcorr, String observer) {
    Args.text("spkpos", "targ", target);
    Args.finite("et", et);
    Args.text("spkpos", "ref", ref);
    Args.text("spkpos", "abcorr", abcorr);
    Args.text("spkpos", "obs", observer);
    double[] out = new double[4];
    engine.run("spkpos", h -> NativeEphemeris.spkpos(h, target, et, ref, abcorr, observer, out));
    return position(out);
  }

  @Override
  public StateVector spkez(int target, double et, String ref, String abcorr, int observer) {
    Args.finite("et", et);
    Args.text("spkez", "ref", ref);
    Args.text("spkez", "abcorr", abcorr);
    double[] out = new double[7];
    engine.run("spkez", h -> NativeEphemeris.spkez(h, target, et, ref, abcorr, observer, out));
    return state(out);
  }

  @Override
  public PositionVector spkezp(int target, double et, String ref, String abcorr, int observer) {
    Args.finite("et", et);
    Args.text("spkezp", "ref", ref);
    Args.text("spkezp", "abcorr", abcorr);
    double[] out = new double[4];
    engine.run("spkezp", h -> NativeEphemeris.spkezp(h, target, et, ref, abcorr, observer, out));
    return position(out);
  }

  @Override
  public StateVector spkgeo(int target, double et, String ref, int observer) {
    Args.finite("et", et);
    Args.text("spkgeo", "ref", ref);
    double[] out = new double[7];
    engine.run("spkgeo", h -> NativeEphemeris.spkgeo(h, target, et, ref, observer, out));
    return state(out);
  }

  @Override
  public PositionVector spkgps(int target, double et, String ref, int observer) {
    Args.finite("et", et);
    Args.text("spkgps", "ref", ref);
    double[] out = new double[4];
    engine.run("spkgps", h -> NativeEphemeris.spkgps(h, target, et, ref, observer, out));
    return position(out);
  }

  @Override
  public StateVector spkssb(int target, double et, String ref) {
    Args.finite("et", et);
    Args.text("spkssb", "ref", ref);
    double[] out = new double[6];
    engine.run("spkssb", h -> NativeEphemeris.spkssb(h, target, et, ref, out));
    return StateVector.of(out, 0);
  }

  @Override
  public int[] spkobj(String spk) {
    Args.fileName("spkobj", "spkfnm", spk);
    return engine.call("spkobj", h -> {
      String file = kernels.resolve(spk);
      return CellOutput.ids(ids -> NativeEphemeris.spkobj(h, file, ids));
    });
  }

  @Override
  public List<TimeInterval> spkcov(String spk, int idcode) {
    Args.fileName("spkcov", "spkfnm", spk);
    return engine.call("spkcov", h -> {
      String file = kernels.resolve(spk);
      return CellOutput.window(cover -> NativeEphemeris.spkcov(h, file, idcode, cover));
    });
  }

  private static StateVector state(double[] out) {
    return StateVector.of(out, out[6]);
  }

  private static PositionVector position(double[] out) {
    return new PositionVector(new Vector3(out[0], out[1], out[2]), out[3]);
  }
}
