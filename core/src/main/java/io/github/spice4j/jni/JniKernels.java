package io.github.spice4j.jni;

import io.github.spice4j.backend.OutputTarget;
import io.github.spice4j.backend.KernelData;
import io.github.spice4j.backend.KernelsApi;
import java.nio.file.Path;
import java.util.Optional;

/** The kernels domain over the JNI kernels spoke, plus the staging of byte-backed kernels. */
final class JniKernels implements KernelsApi {
  private final Engine engine;
  private final KernelStaging staging;

  JniKernels(Engine engine) {
    this.engine = engine;
    this.staging = new KernelStaging(dir -> engine.confine(c -> c.withStaging(dir)));
  }

  @Override
  public void furnsh(Path file) {
    Args.notNull("file", file);
    String path = Args.text("furnsh", "file", file.toString());
    engine.run("furnsh", h -> {
      NativeKernels.furnsh(h, path);
      engine.kernelLoaded(path);
    });
  }

  @Override
  public void furnsh(String virtualId, byte[] bytes) {
    String id = KernelStaging.normalize(virtualId);
    Args.notNull("bytes", bytes);
    // Written before taking the engine lock: the file is private and not yet known to anyone.
    Path file = staging.write(id, bytes);
    String path = file.toString();
    try {
      engine.run("furnsh", h -> {
        String old = staging.stagedPath(id);
        if (old != null) {
          NativeKernels.unload(h, old);
          engine.kernelUnloaded(old);
          staging.release(id);
        }
        NativeKernels.furnsh(h, path);
        engine.kernelLoaded(path);
        staging.register(id, file);
      });
    } catch (RuntimeException | Error e) {
      staging.discard(file);
      throw e;
    }
  }

  @Override
  public void unload(String fileOrVirtualId) {
    Args.text("unload", "file", fileOrVirtualId);
    engine.run("unload", h -> {
      String staged = staging.stagedPath(fileOrVirtualId);
      String path = staged != null ? staged : fileOrVirtualId;
      NativeKernels.unload(h, path);
      engine.kernelUnloaded(path);
      if (staged != null) staging.release(fileOrVirtualId);
    });
  }

  @Override
  public void kclear() {
    engine.run("kclear", h -> {
      NativeKernels.kclear(h);
      engine.kernelsCleared();
      staging.releaseAll();
    });
  }

  @Override
  public int ktotal(String kind) {
    Args.text("ktotal", "kind", kind);
    return engine.callInt("ktotal", h -> NativeKernels.ktotal(h, kind));
  }

  @Override
  public Optional<KernelData> kdata(int which, String kind) {
    Args.text("kdata", "kind", kind);
    return engine.call("kdata", h -> Optional.ofNullable(rawKdata(h, which, kind)).map(k ->
        new KernelData(staging.virtualize(k.file()), k.type(), staging.virtualize(k.source()), k.handle())));
  }

  /**
   * CSPICE's kinfo is not exported by the engine, so this scans kdata over all loaded kernels for the
   * path CSPICE recorded (the staged path for a virtual id).
   */
  @Override
  public Optional<KernelData> kinfo(String fileOrVirtualId) {
    Args.text("kinfo", "file", fileOrVirtualId);
    return engine.call("kinfo", h -> {
      String path = staging.resolve(fileOrVirtualId).strip();
      int total = NativeKernels.ktotal(h, "ALL");
      for (int i = 0; i < total; i++) {
        KernelData k = rawKdata(h, i, "ALL");
        if (k != null && k.file().equals(path)) {
          return Optional.of(new KernelData(fileOrVirtualId, k.type(), staging.virtualize(k.source()), k.handle()));
        }
      }
      return Optional.empty();
    });
  }

  /** Staged path of a virtual id, or the argument unchanged; for routines that take a kernel file name. */
  String resolve(String fileOrVirtualId) {
    return staging.resolve(fileOrVirtualId);
  }

  /**
   * Opens a writer's output: a file path as given, or a fresh private file for a virtual id. The caller
   * must call {@link #outputClosed(OutputTarget)} after closing the writer, or
   * {@link #outputFailed(OutputTarget)} when the writer could not be opened.
   *
   * @return the path CSPICE should create
   */
  String openOutput(OutputTarget target) {
    if (!target.isVirtual()) return target.file().toString();
    return staging.openOutput(target.virtualId()).getValue().toString();
  }

  /**
   * Opens a writer on a new output: reserves the path ({@link #openOutput(OutputTarget)}), runs the
   * CSPICE open routine on it, and forgets the output again if that fails.
   *
   * @param open the native open, given the path; returns the CSPICE handle
   * @return the handle
   */
  int openWriter(OutputTarget target, java.util.function.ToIntFunction<String> open) {
    String path = openOutput(target);
    try {
      return open.applyAsInt(path);
    } catch (RuntimeException | Error e) {
      outputFailed(target);
      throw e;
    }
  }

  /**
   * Opens an existing output for appending: a file path as given, or the file of a closed virtual output
   * of this backend. The caller must call {@link #outputClosed(OutputTarget)} when the writer closes or
   * could not be opened (the existing bytes stay).
   *
   * @return the path CSPICE should open
   */
  String appendOutput(OutputTarget target) {
    if (!target.isVirtual()) return target.file().toString();
    return staging.reopenOutput(target.virtualId()).toString();
  }

  /** The writer of a virtual output created or opened its file: make it owner-only. No-op for files. */
  void outputOpened(OutputTarget target) {
    if (target.isVirtual()) staging.restrictOutput(target.virtualId());
  }

  /** The writer of a virtual output closed: its bytes become readable. No-op for files. */
  void outputClosed(OutputTarget target) {
    if (target.isVirtual()) staging.outputClosed(KernelStaging.normalize(target.virtualId()));
  }

  /** The writer could not be opened: forget a virtual output. No-op for files. */
  void outputFailed(OutputTarget target) {
    if (target.isVirtual()) staging.discardOutput(KernelStaging.normalize(target.virtualId()));
  }

  /** The private file behind a virtual output (open or closed), or null; for tests of the cleanup. */
  java.nio.file.Path outputFile(String virtualId) {
    return staging.outputPath(virtualId);
  }

  @Override
  public byte[] virtualOutput(String virtualId) {
    Args.present("virtualId", virtualId);
    return staging.outputBytes(virtualId);
  }

  /** Deletes the staged copies and their directory; called when the backend closes. */
  void deleteStaged() {
    staging.deleteAll();
  }

  /** One kdata entry exactly as CSPICE reports it (staged paths not yet virtualized), or null when out of range. */
  private static KernelData rawKdata(long h, int which, String kind) {
    String[] strings = new String[3];
    int[] handle = new int[1];
    if (!NativeKernels.kdata(h, which, kind, strings, handle)) return null;
    return new KernelData(strings[0], strings[1], strings[2], handle[0]);
  }
}
