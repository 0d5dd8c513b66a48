package io.github.spice4j.jni;

import io.github.spice4j.OutputTarget;
import io.github.spice4j.SpkDescriptor;
import io.github.spice4j.SpkSegment;
import io.github.spice4j.SpkWriter;
import io.github.spice4j.backend.SpkWriterApi;
import java.util.Optional;

/** The SPK writing domain over the JNI spkw spoke; outputs go through the kernel staging of {@link JniKernels}. */
final class JniSpkWriter implements SpkWriterApi {
  private static final String KIND = "SPK writer";

  private final Engine engine;
  private final JniKernels kernels;

  JniSpkWriter(Engine engine, JniKernels kernels) {
    this.engine = engine;
    this.kernels = kernels;
  }

  @Override
  public SpkWriter spkopn(OutputTarget target, String ifname, int ncomch) {
    Args.notNull("target", target);
    Args.text("spkopn", "ifname", ifname);
    Args.commentChars(ncomch);
    return engine.call("spkopn", h -> {
      int handle = kernels.openWriter(target, path -> NativeSpkWriter.spkopn(h, path, ifname, ncomch));
      return new Writer(engine, kernels, target, handle);
    });
  }

  @Override
  public SpkWriter spkopa(OutputTarget target) {
    Args.notNull("target", target);
    return engine.call("spkopa", h -> {
      String path = kernels.appendOutput(target);
      int handle;
      try {
        handle = NativeSpkWriter.spkopa(h, path);
      } catch (RuntimeException | Error e) {
        kernels.outputClosed(target); // the existing bytes are untouched and stay readable
        throw e;
      }
      return new Writer(engine, kernels, target, handle);
    });
  }

  @Override
  public Optional<SpkSegment> spksfs(int body, double et) {
    Args.finite("et", et);
    int[] handle = new int[1];
    double[] descr = new double[5];
    String ident = engine.call("spksfs", h -> NativeSpkWriter.spksfs(h, body, et, handle, descr));
    return ident == null ? Optional.empty() : Optional.of(new SpkSegment(handle[0], descr, ident));
  }

  @Override
  public double[] spkpds(int body, int center, String frame, int type, double first, double last) {
    Args.text("spkpds", "frame", frame);
    Args.finite("first", first);
    Args.finite("last", last);
    double[] descr = new double[5];
    engine.run("spkpds", h -> NativeSpkWriter.spkpds(h, body, center, frame, type, first, last, descr));
    return descr;
  }

  @Override
  public SpkDescriptor spkuds(double[] descr) {
    Args.notNull("descr", descr);
    if (descr.length != 5) {
      throw new IllegalArgumentException("descr must be double[5], got double[" + descr.length + "]");
    }
    int[] ints = new int[6];
    double[] times = new double[2];
    engine.run("spkuds", h -> NativeSpkWriter.spkuds(h, descr, ints, times));
    return new SpkDescriptor(ints[0], ints[1], ints[2], ints[3], times[0], times[1], ints[4], ints[5]);
  }

  /** An open SPK file. */
  private static final class Writer extends KernelWriter implements SpkWriter {
    Writer(Engine engine, JniKernels kernels, OutputTarget target, int handle) {
      super(engine, kernels, target, KIND, "spkcls", handle, NativeSpkWriter::spkcls);
    }

    @Override
    public void writeType08(int body, int center, String frame, double first, double last, String segid, int degree,
        double[] states, double epoch1, double step) {
      Args.text("spkw08", "frame", frame);
      Args.text("spkw08", "segid", segid);
      Args.notNull("states", states);
      if (states.length == 0 || states.length % 6 != 0) {
        throw new IllegalArgumentException("states must hold n >= 1 states of 6 doubles, got double[" + states.length
            + "]");
      }
      Args.finite("first", first);
      Args.finite("last", last);
      Args.finite("epoch1", epoch1);
      Args.finite("step", step);
      write("spkw08", (h, handle) ->
          NativeSpkWriter.spkw08(h, handle, body, center, frame, first, last, segid, degree, states, epoch1, step));
    }
  }
}
