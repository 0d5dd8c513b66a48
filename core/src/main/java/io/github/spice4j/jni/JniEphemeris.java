package io.github.spice4j.jni;

import io.github.spice4j.PositionVector;
import io.github.spice4j.SpiceException;
import io.github.spice4j.StateVector;
import io.github.spice4j.TimeInterval;
import io.github.spice4j.Vector3;
import io.github.spice4j.backend.EphemerisApi;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The ephemeris domain over the JNI ephemeris spoke; SPK file arguments may be virtual ids (see {@link JniKernels}). */
final class JniEphemeris implements EphemerisApi {
  /** First capacity for spkobj ids and spkcov intervals; larger results are retried. */
  private static final int INITIAL_CAPACITY = 1024;

  /** Upper bound for the retries; a real SPK file has far fewer bodies or coverage gaps. */
  private static final int MAX_CAPACITY = 1 << 20;

  /** What CSPICE signals when the engine-side cell or window is too small for the result. */
  private static final Set<String> TOO_SMALL =
      Set.of("SPICE(CELLTOOSMALL)", "SPICE(WINDOWEXCESS)", "SPICE(WINDOWTOOSMALL)", "SPICE(ARRAYTOOSMALL)");

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
    Args.text("spkobj", "spkfnm", spk);
    return engine.call("spkobj", h -> {
      String file = kernels.resolve(spk);
      int capacity = INITIAL_CAPACITY;
      while (true) {
        int[] ids = new int[capacity];
        int n;
        try {
          n = NativeEphemeris.spkobj(h, file, ids);
        } catch (SpiceException e) {
          capacity = grow(e, capacity);
          continue;
        }
        if (n <= capacity) return Arrays.copyOf(ids, n);
        capacity = n;
      }
    });
  }

  @Override
  public List<TimeInterval> spkcov(String spk, int idcode) {
    Args.text("spkcov", "spkfnm", spk);
    return engine.call("spkcov", h -> {
      String file = kernels.resolve(spk);
      int capacity = INITIAL_CAPACITY;
      while (true) {
        double[] cover = new double[2 * capacity];
        int n;
        try {
          n = NativeEphemeris.spkcov(h, file, idcode, cover);
        } catch (SpiceException e) {
          capacity = grow(e, capacity);
          continue;
        }
        if (n <= capacity) return intervals(cover, n);
        capacity = n;
      }
    });
  }

  /** The next capacity after CSPICE reported the result too large, or rethrows any other error. */
  private static int grow(SpiceException e, int capacity) {
    if (!TOO_SMALL.contains(e.shortMessage()) || capacity >= MAX_CAPACITY) throw e;
    return Math.min(capacity * 8, MAX_CAPACITY);
  }

  private static List<TimeInterval> intervals(double[] cover, int n) {
    List<TimeInterval> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) out.add(new TimeInterval(cover[2 * i], cover[2 * i + 1]));
    return List.copyOf(out);
  }

  private static StateVector state(double[] out) {
    return StateVector.of(out, out[6]);
  }

  private static PositionVector position(double[] out) {
    return new PositionVector(new Vector3(out[0], out[1], out[2]), out[3]);
  }
}
