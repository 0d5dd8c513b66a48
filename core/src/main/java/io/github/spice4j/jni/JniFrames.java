package io.github.spice4j.jni;

import io.github.spice4j.Matrix3;
import io.github.spice4j.Matrix6;
import io.github.spice4j.FrameDescriptor;
import io.github.spice4j.FrameInfo;
import io.github.spice4j.FrameRef;
import io.github.spice4j.backend.FramesApi;
import java.util.Optional;
import java.util.OptionalInt;
import java.nio.DoubleBuffer;

/** The frames domain over the JNI frames spoke. */
final class JniFrames implements FramesApi {
  private final Engine engine;

  JniFrames(Engine engine) {
    this.engine = engine;
  }

  @Override
  public OptionalInt namfrm(String name) {
    Args.text("namfrm", "frname", name);
    int code = engine.callInt("namfrm", h -> NativeFrames.namfrm(h, name));
    return code == 0 ? OptionalInt.empty() : OptionalInt.of(code);
  }

  @Override
  public Optional<String> frmnam(int code) {
    String name = engine.call("frmnam", h -> NativeFrames.frmnam(h, code));
    return name == null || name.isBlank() ? Optional.empty() : Optional.of(name);
  }

  @Override
  public Optional<FrameRef> cidfrm(int center) {
    int[] frcode = new int[1];
    String name = engine.call("cidfrm", h -> NativeFrames.cidfrm(h, center, frcode));
    return name == null ? Optional.empty() : Optional.of(new FrameRef(frcode[0], name));
  }

  @Override
  public Optional<FrameRef> cnmfrm(String centerName) {
    Args.text("cnmfrm", "cname", centerName);
    int[] frcode = new int[1];
    String name = engine.call("cnmfrm", h -> NativeFrames.cnmfrm(h, centerName, frcode));
    return name == null ? Optional.empty() : Optional.of(new FrameRef(frcode[0], name));
  }

  @Override
  public Optional<FrameInfo> frinfo(int code) {
    int[] info = new int[3];
    boolean found = engine.call("frinfo", h -> NativeFrames.frinfo(h, code, info));
    return found ? Optional.of(new FrameInfo(info[0], info[1], info[2])) : Optional.empty();
  }

  @Override
  public Optional<FrameDescriptor> ccifrm(int frameClass, int classId) {
    int[] ints = new int[2];
    String name = engine.call("ccifrm", h -> NativeFrames.ccifrm(h, frameClass, classId, ints));
    return name == null ? Optional.empty() : Optional.of(new FrameDescriptor(ints[0], name, ints[1]));
  }

  @Override
  public Matrix3 pxform(String from, String to, double et) {
    Args.text("pxform", "from", from);
    Args.text("pxform", "to", to);
    Args.finite("et", et);
    double[] m = new double[9];
    engine.run("pxform", h -> NativeFrames.pxform(h, from, to, et, m));
    return Matrix3.ofRowMajor(m);
  }

  @Override
  public Matrix6 sxform(String from, String to, double et) {
    Args.text("sxform", "from", from);
    Args.text("sxform", "to", to);
    Args.finite("et", et);
    double[] m = new double[36];
    engine.run("sxform", h -> NativeFrames.sxform(h, from, to, et, m));
    return Matrix6.ofRowMajor(m);
  }

  @Override
  public void pxform(String from, String to, double[] ets, int offset, int count, double[] rotations) {
    checkBatch("pxform", from, to, ets, offset, count, "rotations", rotations, 9);
    Batch.run(engine, "pxform", (h, failedAt) ->
        NativeFrames.pxformBatch(h, from, to, ets, offset, count, rotations, failedAt));
  }

  @Override
  public void sxform(String from, String to, double[] ets, int offset, int count, double[] xforms) {
    checkBatch("sxform", from, to, ets, offset, count, "xforms", xforms, 36);
    Batch.run(engine, "sxform", (h, failedAt) ->
        NativeFrames.sxformBatch(h, from, to, ets, offset, count, xforms, failedAt));
  }

  @Override
  public void pxform(String from, String to, DoubleBuffer ets, DoubleBuffer rotations) {
    direct("pxform", from, to, ets, "rotations", rotations, 9, NativeFrames::pxformBatchDirect);
  }

  @Override
  public void sxform(String from, String to, DoubleBuffer ets, DoubleBuffer xforms) {
    direct("sxform", from, to, ets, "xforms", xforms, 36, NativeFrames::sxformBatchDirect);
  }

  /** The shape of NativeFrames.pxformBatchDirect and sxformBatchDirect. */
  private interface DirectBatch {
    void run(long h, String from, String to, DoubleBuffer ets, int etsPos, int n, DoubleBuffer out, int outPos,
        int[] failedAt);
  }

  private void direct(String routine, String from, String to, DoubleBuffer ets, String outName, DoubleBuffer out,
      int width, DirectBatch call) {
    Args.text(routine, "from", from);
    Args.text(routine, "to", to);
    int n = Batch.directEpochs(ets);
    Batch.directOut(outName, out, n, width);
    Batch.run(engine, routine, (h, failedAt) -> call.run(h, from, to, ets, ets.position(), n, out, out.position(),
        failedAt));
  }

  private static void checkBatch(String routine, String from, String to, double[] ets, int offset, int count,
      String outName, double[] out, int width) {
    Args.text(routine, "from", from);
    Args.text(routine, "to", to);
    Args.notNull("ets", ets);
    Batch.range("ets", ets.length, offset, count);
    Batch.finite(ets, offset, count);
    Batch.room(outName, out, out == null ? 0 : out.length, count, width);
  }
}
