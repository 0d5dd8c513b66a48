package io.github.spice4j.jni;

import io.github.spice4j.PositionVector;
import io.github.spice4j.StateVector;
import io.github.spice4j.TimeInterval;
import io.github.spice4j.Vector3;
import io.github.spice4j.backend.EphemerisApi;
import java.util.List;
import java.nio.DoubleBuffer;

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

  @Override
  public void spkezr(String target, double[] ets, int offset, int count, String ref, String abcorr, String observer,
      double[] states, double[] lts) {
    batch("spkezr", 6, target, ets, offset, count, ref, abcorr, observer, states, lts, NativeEphemeris::spkezrBatch);
  }

  @Override
  public void spkpos(String target, double[] ets, int offset, int count, String ref, String abcorr, String observer,
      double[] positions, double[] lts) {
    batch("spkpos", 3, target, ets, offset, count, ref, abcorr, observer, positions, lts, NativeEphemeris::spkposBatch);
  }

  @Override
  public void spkezr(String target, DoubleBuffer ets, String ref, String abcorr, String observer, DoubleBuffer states,
      DoubleBuffer lts) {
    batch("spkezr", 6, target, ets, ref, abcorr, observer, states, lts, NativeEphemeris::spkezrBatchDirect);
  }

  @Override
  public void spkpos(String target, DoubleBuffer ets, String ref, String abcorr, String observer,
      DoubleBuffer positions, DoubleBuffer lts) {
    batch("spkpos", 3, target, ets, ref, abcorr, observer, positions, lts, NativeEphemeris::spkposBatchDirect);
  }

  /** The shape of NativeEphemeris.spkezrBatch and spkposBatch. */
  private interface HeapBatch {
    void run(long h, String targ, String ref, String abcorr, String obs, double[] ets, int off, int n, double[] out,
        double[] lts, int[] failedAt);
  }

  /** The shape of NativeEphemeris.spkezrBatchDirect and spkposBatchDirect. */
  private interface DirectBatch {
    void run(long h, String targ, String ref, String abcorr, String obs, DoubleBuffer ets, int etsPos, int n,
        DoubleBuffer out, int outPos, DoubleBuffer lts, int ltsPos, int[] failedAt);
  }

  private void batch(String routine, int width, String target, double[] ets, int offset, int count, String ref,
      String abcorr, String observer, double[] out, double[] lts, HeapBatch call) {
    checkNames(routine, target, ref, abcorr, observer);
    checkEpochs(ets, offset, count, routine.equals("spkezr") ? "states" : "positions", out, width, lts);
    Batch.run(engine, routine, (h, failedAt) ->
        call.run(h, target, ref, abcorr, observer, ets, offset, count, out, lts, failedAt));
  }

  private void batch(String routine, int width, String target, DoubleBuffer ets, String ref, String abcorr,
      String observer, DoubleBuffer out, DoubleBuffer lts, DirectBatch call) {
    checkNames(routine, target, ref, abcorr, observer);
    int n = Batch.directEpochs(ets);
    Batch.directOut(routine.equals("spkezr") ? "states" : "positions", out, n, width);
    if (lts != null) Batch.directOut("lts", lts, n, 1);
    Batch.run(engine, routine, (h, failedAt) -> call.run(h, target, ref, abcorr, observer, ets, ets.position(), n,
        out, out.position(), lts, lts == null ? 0 : lts.position(), failedAt));
  }

  private static void checkNames(String routine, String target, String ref, String abcorr, String observer) {
    Args.text(routine, "targ", target);
    Args.text(routine, "ref", ref);
    Args.text(routine, "abcorr", abcorr);
    Args.text(routine, "obs", observer);
  }

  private static void checkEpochs(double[] ets, int offset, int count, String outName, double[] out, int width,
      double[] lts) {
    Args.notNull("ets", ets);
    Batch.range("ets", ets.length, offset, count);
    Batch.finite(ets, offset, count);
    Batch.room(outName, out, out == null ? 0 : out.length, count, width);
    if (lts != null) Batch.room("lts", lts, lts.length, count, 1);
  }
}
