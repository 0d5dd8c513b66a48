package io.github.spice4j.jni;

import io.github.spice4j.DlaDescriptor;
import io.github.spice4j.FileHandle;
import io.github.spice4j.FileFormat;
import io.github.spice4j.backend.FileIoApi;
import java.util.Optional;
import java.util.Set;

/**
 * The fileio domain over the JNI fileio spoke. File arguments may be virtual ids (resolved through the
 * kernel staging of {@link JniKernels}); each opened handle is an {@link Owned} that closes the file with
 * dafcls/dascls when released.
 */
final class JniFileIo implements FileIoApi {
  static final String DAF = "DAF handle";
  static final String DAS = "DAS handle";
  static final String DLA = "DLA handle";
  /** DLA routines work on any DAS file, whether opened for reading (dasopr) or created (dlaopn). */
  static final Set<String> DAS_BACKED = Set.of(DAS, DLA);

  private final Engine engine;
  private final JniKernels kernels;

  JniFileIo(Engine engine, JniKernels kernels) {
    this.engine = engine;
    this.kernels = kernels;
  }

  @Override
  public boolean exists(String file) {
    Args.fileName("exists", "fname", file);
    return engine.call("exists", h -> NativeFileIo.exists(h, kernels.resolve(file)));
  }

  @Override
  public FileFormat getfat(String file) {
    Args.fileName("getfat", "file", file);
    String[] out = new String[2];
    engine.run("getfat", h -> NativeFileIo.getfat(h, kernels.resolve(file), out));
    return new FileFormat(out[0], out[1]);
  }

  @Override
  public FileHandle dafopr(String file) {
    Args.fileName("dafopr", "fname", file);
    return engine.call("dafopr", h -> {
      int handle = NativeFileIo.dafopr(h, kernels.resolve(file));
      return new FileHandle(FileHandle.Kind.DAF, file,
          engine.adopt(DAF, handle, null, (e, v) -> NativeFileIo.dafcls(e, (int) v)));
    });
  }

  @Override
  public void dafcls(FileHandle handle) {
    close("dafcls", handle, Set.of(DAF), "DAF handle");
  }

  @Override
  public void dafbfs(FileHandle handle) {
    Owned o = owned(handle);
    engine.run("dafbfs", h -> NativeFileIo.dafbfs(h, (int) o.value(DAF)));
  }

  @Override
  public boolean daffna(FileHandle handle) {
    Owned o = owned(handle);
    return engine.call("daffna", h -> NativeFileIo.daffna(h, (int) o.value(DAF)));
  }

  @Override
  public FileHandle dasopr(String file) {
    Args.fileName("dasopr", "fname", file);
    return engine.call("dasopr", h -> {
      int handle = NativeFileIo.dasopr(h, kernels.resolve(file));
      return new FileHandle(FileHandle.Kind.DAS, file,
          engine.adopt(DAS, handle, null, (e, v) -> NativeFileIo.dascls(e, (int) v)));
    });
  }

  @Override
  public void dascls(FileHandle handle) {
    close("dascls", handle, DAS_BACKED, "DAS or DLA handle");
  }

  @Override
  public FileHandle dlaopn(String file, String ftype, String ifname, int ncomch) {
    Args.fileName("dlaopn", "fname", file);
    Args.text("dlaopn", "ftype", ftype);
    Args.text("dlaopn", "ifname", ifname);
    Args.commentChars(ncomch);
    return engine.call("dlaopn", h -> {
      int handle = NativeFileIo.dlaopn(h, kernels.resolve(file), ftype, ifname, ncomch);
      return new FileHandle(FileHandle.Kind.DLA, file,
          engine.adopt(DLA, handle, null, (e, v) -> NativeFileIo.dlacls(e, (int) v)));
    });
  }

  @Override
  public Optional<DlaDescriptor> dlabfs(FileHandle handle) {
    Owned o = owned(handle);
    int[] descr = new int[DlaDescriptor.SIZE];
    boolean found = engine.call("dlabfs", h -> NativeFileIo.dlabfs(h, dlaHandle(o), descr));
    return found ? Optional.of(DlaDescriptor.of(descr)) : Optional.empty();
  }

  @Override
  public Optional<DlaDescriptor> dlafns(FileHandle handle, DlaDescriptor descr) {
    Args.notNull("descr", descr);
    Owned o = owned(handle);
    int[] current = descr.toArray();
    int[] next = new int[DlaDescriptor.SIZE];
    boolean found = engine.call("dlafns", h -> NativeFileIo.dlafns(h, dlaHandle(o), current, next));
    return found ? Optional.of(DlaDescriptor.of(next)) : Optional.empty();
  }

  @Override
  public void dlacls(FileHandle handle) {
    close("dlacls", handle, DAS_BACKED, "DLA or DAS handle");
  }

  /**
   * The CSPICE handle of a DAS-backed file (DLA routines, DSK readers); checked live and of the right
   * kind. Call under the engine lock, i.e. inside an {@link Engine} call.
   */
  static int dlaHandle(Owned o) {
    return (int) o.valueOfAny(DAS_BACKED, "DAS or DLA handle");
  }

  /** The Owned behind a handle, checked to come from this backend (liveness and kind are checked under the lock). */
  Owned owned(FileHandle handle) {
    Args.notNull("handle", handle);
    return engine.claim(handle.handle(), "file handle");
  }

  /** Closes like {@link FileHandle#close()} after checking the routine fits the handle's kind. */
  private void close(String routine, FileHandle handle, Set<String> kinds, String expected) {
    Owned o = owned(handle);
    if (!kinds.contains(o.kind())) throw new IllegalArgumentException(routine + ": expected a " + expected + " but got a " + o.kind());
    o.close();
  }
}
