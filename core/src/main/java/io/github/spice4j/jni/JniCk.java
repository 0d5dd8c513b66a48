package io.github.spice4j.jni;

import io.github.spice4j.Matrix3;
import io.github.spice4j.TimeInterval;
import io.github.spice4j.Vector3;
import io.github.spice4j.backend.CkApi;
import io.github.spice4j.CkPointing;
import io.github.spice4j.CkPointingAv;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The C-kernel domain over the JNI CK spoke. CK file arguments may be virtual ids (see {@link JniKernels});
 * files loaded with cklpf are recorded in the {@link Engine} so that they survive a rebuild.
 */
final class JniCk implements CkApi {
  private final Engine engine;
  private final JniKernels kernels;

  JniCk(Engine engine, JniKernels kernels) {
    this.engine = engine;
    this.kernels = kernels;
  }

  @Override
  public Optional<CkPointing> ckgp(int inst, double sclkdp, double tol, String ref) {
    Args.finite("sclkdp", sclkdp);
    Args.finite("tol", tol);
    Args.text("ckgp", "ref", ref);
    double[] out = new double[10];
    boolean found = engine.call("ckgp", h -> NativeCk.ckgp(h, inst, sclkdp, tol, ref, out));
    return found ? Optional.of(new CkPointing(cmat(out), out[9])) : Optional.empty();
  }

  @Override
  public Optional<CkPointingAv> ckgpav(int inst, double sclkdp, double tol, String ref) {
    Args.finite("sclkdp", sclkdp);
    Args.finite("tol", tol);
    Args.text("ckgpav", "ref", ref);
    double[] out = new double[13];
    boolean found = engine.call("ckgpav", h -> NativeCk.ckgpav(h, inst, sclkdp, tol, ref, out));
    return found
        ? Optional.of(new CkPointingAv(cmat(out), new Vector3(out[9], out[10], out[11]), out[12]))
        : Optional.empty();
  }

  @Override
  public int cklpf(String ck) {
    Args.fileName("cklpf", "fname", ck);
    return engine.callInt("cklpf", h -> {
      String file = kernels.resolve(ck);
      return engine.ckLoaded(file, NativeCk.cklpf(h, file));
    });
  }

  @Override
  public void ckupf(int handle) {
    engine.run("ckupf", h -> {
      NativeCk.ckupf(h, engine.ckHandle(handle));
      engine.ckUnloaded(handle);
    });
  }

  @Override
  public int[] ckobj(String ck) {
    Args.fileName("ckobj", "ckfnm", ck);
    return engine.call("ckobj", h -> {
      String file = kernels.resolve(ck);
      return CellOutput.ids(ids -> NativeCk.ckobj(h, file, ids));
    });
  }

  @Override
  public List<TimeInterval> ckcov(String ck, int idcode, boolean needav, String level, double tol, String timsys) {
    Args.fileName("ckcov", "ckfnm", ck);
    Args.text("ckcov", "level", level);
    Args.finite("tol", tol);
    Args.text("ckcov", "timsys", timsys);
    return engine.call("ckcov", h -> {
      String file = kernels.resolve(ck);
      return CellOutput.window(cover -> NativeCk.ckcov(h, file, idcode, needav, level, tol, timsys, cover));
    });
  }

  private static Matrix3 cmat(double[] out) {
    return Matrix3.ofRowMajor(Arrays.copyOf(out, 9));
  }
}
