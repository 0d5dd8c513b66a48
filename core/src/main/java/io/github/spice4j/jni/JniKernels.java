package io.github.spice4j.jni;

import io.github.spice4j.OutputTarget;
import io.github.spice4j.KernelData;
import io.github.spice4j.backend.KernelsApi;
import io.github.spice4j.SpiceEngineTrapException;
import io.github.spice4j.SpiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The kernels domain over the JNI kernels spoke, plus the staging of byte-backed kernels. */
final class JniKernels implements KernelsApi {
  private final Engine engine;
  private final KernelStaging staging;
  /** See {@link #emptyTextKernel()}; guarded by the engine lock. */
  private String emptyKernel;

  JniKernels(Engine engine) {
    this.engine = engine;
    this.staging = new KernelStaging(dir -> engine.confine(c -> c.withStaging(dir)));
  }

  /**
   * Loads transactionally: when CSPICE rejects the file, the engine is returned to its state before the
   * call (see {@link #load}).
   *
   * @throws IllegalArgumentException if the path is a relative path equal to the virtual id of a kernel
   *     loaded from bytes (unload and kinfo could not tell the two apart)
   */
  @Override
  public void furnsh(Path file) {
    Args.notNull("file", file);
    String path = Args.text("furnsh", "file", file.toString());
    Args.fileName("furnsh", "file", path);
    MetaKernelLines.check(file, path);
    engine.run("furnsh", h -> {
      if (staging.stagedPath(path) != null) {
        throw new IllegalArgumentException("cannot load " + path + ": a kernel loaded from bytes has this virtual id;"
            + " unload it first, or name the file by its absolute path");
      }
      load(h, path, false, () -> {
        NativeKernels.furnsh(h, path);
        engine.kernelLoaded(path);
      });
    });
  }

  @Override
  public void furnsh(String virtualId, byte[] bytes) {
    String id = KernelStaging.normalize(virtualId);
    Args.notNull("bytes", bytes);
    MetaKernelLines.check(bytes, id);
    // Written before taking the engine lock: the file is private and not yet known to anyone.
    Path file = staging.write(id, bytes);
    String path = file.toString();
    try {
      engine.run("furnsh", h -> {
        if (engine.checkpoint().contains(id)) {
          throw new IllegalArgumentException("cannot load bytes as " + id + ": a kernel file was loaded under this"
              + " relative path; unload it first, or choose another virtual id");
        }
        String old = staging.stagedPath(id);
        load(h, path, old != null, () -> {
          if (old != null) { // replacing: the old copy stays on disk until the new one loaded (rollback needs it)
            NativeKernels.unload(h, old);
            engine.kernelUnloaded(old);
          }
          NativeKernels.furnsh(h, path);
          engine.kernelLoaded(path);
        });
        staging.register(id, file);
      });
    } catch (SpiceException e) {
      staging.discard(file);
      throw staging.virtualize(e, path, id);
    } catch (RuntimeException | Error e) {
      staging.discard(file);
      throw e;
    }
  }

  /**
   * Runs a load (furnsh, possibly after unloading a kernel it replaces) so that a failure leaves the
   * engine as before the call: CSPICE keeps whatever a failed text kernel assigned before its error, and a
   * failed meta-kernel stays listed with the kernels it loaded so far. Skipped, as nothing changed, when
   * the file is not a regular one or a binary kernel left the kernel list as it was (binary kernels never
   * touch the pool); a successful load pays one ktotal.
   *
   * @param replacing whether op unloads a kernel first (so state has changed whatever happens)
   */
  private void load(long h, String path, boolean replacing, Runnable op) {
    List<Object> checkpoint = engine.checkpoint();
    int before = NativeKernels.ktotal(h, "ALL");
    try {
      op.run();
    } catch (SpiceEngineTrapException trap) {
      engine.resetTo(checkpoint); // the rebuild that follows reloads exactly the checkpoint
      throw trap;
    } catch (SpiceException e) {
      try {
        // Not a regular file: CSPICE could not read it (and reading a FIFO's ID word here would block).
        boolean untouched = !replacing && (!Files.isRegularFile(Path.of(path))
            || (Engine.isBinaryKernel(path) && NativeKernels.ktotal(h, "ALL") == before));
        if (!untouched) {
          try {
            rollback(h, checkpoint, before, replacing);
          } catch (SpiceException again) {
            e.addSuppressed(again);
            engine.rollback(h, checkpoint);
          }
        }
      } catch (SpiceException broken) {
        // CSPICE cannot even list or clear its kernels (a corrupt EK segment can break its error
        // subsystem: every later call fails): a fresh instance with the checkpoint.
        e.addSuppressed(broken);
        engine.rebuildFrom(checkpoint, "a failed load left CSPICE unable to list its kernels");
      }
      throw e;
    }
  }

  /**
   * Undoes a failed load in place, keeping the handles of the binary kernels still loaded: unloads what
   * the call added to the kernel list (a meta-kernel takes its kernels along), then loads and unloads an
   * empty text kernel, since CSPICE's unload of a text kernel clears the pool and reloads the text kernels
   * still loaded, and replays the pool edits that clearing dropped. When that order cannot reproduce the
   * pool (an edit made before a text kernel that may override it) or the call removed a kernel (a failed
   * replacement under the same virtual id), the kernel list is rebuilt in place from the checkpoint
   * instead ({@link Engine#rollback}): same kernels, pool and results, but binary kernels reopened under
   * new handles.
   */
  private void rollback(long h, List<Object> checkpoint, int before, boolean replacing) {
    int total = NativeKernels.ktotal(h, "ALL");
    if (replacing || total < before || !engine.editsFollowTextKernels(checkpoint)) {
      engine.rollback(h, checkpoint);
      return;
    }
    for (int i = total - 1; i >= before; i--) {
      KernelData k = rawKdata(h, i, "ALL");
      if (k != null && k.source().isBlank()) NativeKernels.unload(h, k.file());
    }
    // Loading any text kernel first checks the body-name variables, which the failed kernel may have left
    // inconsistent; valid placeholders pass, and the pool clearing drops them again.
    NativePool.pcpool(h, "NAIF_BODY_NAME", new String[] {"SPICE4J_POOL_RESET"});
    NativePool.pipool(h, "NAIF_BODY_CODE", new int[] {0});
    String empty = emptyTextKernel();
    NativeKernels.furnsh(h, empty);
    NativeKernels.unload(h, empty);
    engine.replayPoolEdits(h, checkpoint);
  }

  /** A private empty text kernel (loading then unloading it makes CSPICE rebuild the pool). */
  private String emptyTextKernel() {
    if (emptyKernel == null) emptyKernel = staging.write("spice4j/pool-reset.tpc",
        "KPL/PCK\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).toString();
    return emptyKernel;
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
    if (!target.isVirtual()) return Args.fileName("open", "file", target.file().toString());
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
    if (!target.isVirtual()) return Args.fileName("spkopa", "file", target.file().toString());
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

  @Override
  public OutputSink openOutput(String virtualId) {
    java.util.Map.Entry<String, Path> reserved = staging.openOutput(virtualId);
    return new StagedOutput(reserved.getKey(), reserved.getValue());
  }

  @Override
  public void furnshOutput(String virtualId) {
    Args.present("virtualId", virtualId);
    furnsh(virtualId, staging.outputBytes(virtualId));
  }

  /** A virtual output filled by a Java writer: the reserved private file is written once, on finish. */
  private final class StagedOutput implements OutputSink {
    private final String id;
    private final Path file;
    private final java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();

    StagedOutput(String id, Path file) {
      this.id = id;
      this.file = file;
    }

    @Override
    public String virtualId() {
      return id;
    }

    @Override
    public void finish(byte[] bytes) {
      Args.notNull("bytes", bytes);
      if (!done.compareAndSet(false, true)) throw new IllegalStateException("virtual output " + id + " is finished");
      staging.finishOutput(id, file, bytes);
    }

    @Override
    public void abandon() {
      if (done.compareAndSet(false, true)) staging.abandonOutput(id, file);
    }
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
