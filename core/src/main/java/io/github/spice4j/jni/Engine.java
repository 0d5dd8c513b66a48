package io.github.spice4j.jni;

import io.github.spice4j.SpiceEngineTrapException;
import java.lang.ref.Cleaner;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.LongToDoubleFunction;
import java.util.function.LongToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One native engine instance and the lock that serializes its calls. Owns the native handle (freed
 * by {@link #close()}, with a {@link Cleaner} as backstop) and remembers the kernels loaded into it, so
 * that after a trap it can rebuild a fresh instance with the same kernels.
 */
final class Engine implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
  private static final Cleaner CLEANER = Cleaner.create();

  /** Native handle -> engine, for {@link #poll}; weak, so an engine nobody closed stays collectable. */
  private static final Map<Long, WeakReference<Engine>> LIVE = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The default call deadline: 120 seconds per entry into the engine, or the {@code spice4j.callTimeoutSeconds}
   * system property. Each native call (one GF search piece, one furnsh, one spkezr) gets the whole budget,
   * so a long search reporting progress is never cut short while a runaway call (a corrupt kernel that
   * makes CSPICE loop) ends with {@code SPICE4J(DEADLINE)}.
   */
  static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(
      Long.getLong("spice4j.callTimeoutSeconds", 120L) > 0 ? Long.getLong("spice4j.callTimeoutSeconds", 120L) : 120L);

  // What the poll answers (spice4j_shim.h S4_CANCEL_*).
  private static final int GO_ON = 0, INTERRUPTED = 1, CANCELLED = 2, DEADLINE = 3;

  /**
   * Serializes this instance's calls: CSPICE state is per instance, and the wasm2c runtime's trap and
   * call-depth state is thread-local (patched at build time), so different engines run in parallel.
   */
  private final ReentrantLock lock = new ReentrantLock();

  /** The native handle, shared with the cleaner action (which must not reference the Engine). */
  private static final class Handle implements Runnable {
    volatile long value;

    @Override
    public void run() {
      long h = value;
      value = 0;
      if (h != 0) {
        LIVE.remove(h);
        NativeEngine.destroy(h);
      }
    }
  }

  private final Handle handle = new Handle();
  private final Cleaner.Cleanable cleanable;
  /**
   * What a rebuild replays, in order: kernel paths (String, furnsh) interleaved with kernel pool edits
   * ({@link PoolEdit}: pdpool/pipool/pcpool), so an edit that overrode a kernel's variable still does.
   */
  private final List<Object> loadedKernels = new ArrayList<>();
  /** Kernel pool watches (swpool); CSPICE keeps them across kclear, so only a rebuild replays them. */
  private final List<LongConsumer> poolWatches = new ArrayList<>();
  /**
   * CKs loaded with cklpf, which the kernel database (and so loadedKernels) does not know: by the handle
   * the caller holds, the path and the file's handle in the current engine instance (they differ after a
   * rebuild, which reopens the files). Handle 0 marks a file a rebuild could not reopen: CSPICE's ckupf
   * ignores it, where passing the stale number could unload some other file.
   */
  private final Map<Integer, CkFile> ckFiles = new LinkedHashMap<>();

  private record CkFile(String path, int handle) {}

  /** Native objects owned by Java (cells, handles, writers) living in the current engine instance. */
  private final java.util.Set<Owned.State> owned =
      java.util.Collections.newSetFromMap(new java.util.concurrent.ConcurrentHashMap<>());
  private volatile long generation;
  private boolean closed;
  /** close() was called from inside one of this engine's calls (a callback): done when that call ends. */
  private boolean closePending;
  /** close() from another thread: the running call stops at its next poll, later calls are refused. */
  private volatile boolean closing;
  /** A trap in a call nested inside another (a callback): the outermost call rebuilds the engine. */
  private SpiceEngineTrapException pendingTrap;
  private volatile long callTimeoutNanos = DEFAULT_CALL_TIMEOUT.toNanos();
  /** When the running native call first polled; touched only by the thread holding the lock. */
  private long callStart;
  /** A rebuild is replaying kernels: only the deadline may stop it (an interrupt would lose them). */
  private boolean replaying;

  /** File confinement, applied to every native instance (also after a rebuild). */
  private Confinement confinement = Confinement.DEFAULT;

  Engine() {
    NativeEngine.ensureLoaded();
    handle.value = register(NativeEngine.create());
    cleanable = CLEANER.register(this, handle);
    confinement.applyTo(handle.value);
  }

  /** Rule changes not yet given to the native instance (applied by the next call, under the lock). */
  private final java.util.concurrent.atomic.AtomicReference<java.util.function.UnaryOperator<Confinement>> confineChange =
      new java.util.concurrent.atomic.AtomicReference<>();

  /**
   * Changes the confinement rules. Takes no lock (the staging directory reports itself while its own
   * monitor is held): the change reaches the native instance at the start of the next call.
   */
  void confine(java.util.function.UnaryOperator<Confinement> change) {
    confineChange.accumulateAndGet(change, (a, b) -> a == null ? b : c -> b.apply(a.apply(c)));
    // Inside a call (e.g. a writer creating its virtual output) the engine is between native steps: apply now.
    if (lock.isHeldByCurrentThread() && !closed) applyConfinement(handle.value);
  }

  private void applyConfinement(long h) {
    java.util.function.UnaryOperator<Confinement> change = confineChange.getAndSet(null);
    if (change == null) return;
    confinement = change.apply(confinement);
    confinement.applyTo(h);
  }

  private long register(long h) {
    LIVE.put(h, new WeakReference<>(this));
    return h;
  }

  /**
   * Sets how long one entry into the engine may run before it is stopped with a {@link
   * io.github.spice4j.SpiceCancelledException} ({@code SPICE4J(DEADLINE)}) and the engine rebuilt.
   *
   * @param timeout positive; {@link #DEFAULT_CALL_TIMEOUT} unless set
   * @throws IllegalArgumentException if timeout is not positive
   */
  void callTimeout(Duration timeout) {
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("call timeout must be positive, was " + timeout);
    }
    long nanos;
    try {
      nanos = timeout.toNanos();
    } catch (ArithmeticException tooLong) {
      nanos = Long.MAX_VALUE;
    }
    callTimeoutNanos = nanos;
  }

  /** The engine's answer to the native poll (JNI upcall from hub.cc, every ~64k wasm function entries). */
  @SuppressWarnings("unused")
  private static int poll(long handle, boolean fresh) {
    WeakReference<Engine> ref = LIVE.get(handle);
    Engine e = ref == null ? null : ref.get();
    return e == null ? GO_ON : e.pollCall(fresh);
  }

  private int pollCall(boolean fresh) {
    long now = System.nanoTime();
    if (fresh) callStart = now;
    boolean late = now - callStart > callTimeoutNanos;
    if (replaying) return late ? DEADLINE : GO_ON;
    if (closing) return CANCELLED;
    if (Thread.currentThread().isInterrupted()) return INTERRUPTED;
    return late ? DEADLINE : GO_ON;
  }

  private long enter(String routine) {
    lock.lock();
    if (closed || closePending || closing) {
      lock.unlock();
      throw new IllegalStateException("spice4j backend is closed (" + routine + ")");
    }
    if (confineChange.get() != null) {
      try {
        applyConfinement(handle.value);
      } catch (RuntimeException | Error e) {
        lock.unlock();
        throw e;
      }
    }
    return handle.value;
  }

  /**
   * Runs op on the engine under the lock; a trap rebuilds the engine before the exception propagates.
   * A call made from a callback of another call on this engine (a GF progress listener) shares its
   * engine instance: a trap there is recorded and the instance rebuilt only when the outermost call
   * ends, which then fails with that trap, so the outer call never continues on a freed instance.
   */
  <T> T call(String routine, LongFunction<T> op) {
    long h = enter(routine);
    boolean outermost = lock.getHoldCount() == 1;
    try {
      return op.apply(h);
    } catch (SpiceEngineTrapException trap) {
      if (!outermost) {
        if (pendingTrap == null) pendingTrap = trap;
      } else {
        pendingTrap = null;
        rebuild(trap);
      }
      throw trap;
    } catch (RuntimeException | Error e) {
      SpiceEngineTrapException nested = pendingTrap;
      if (outermost && nested != null) {
        // The outer call went on after a callback's call trapped (e.g. the listener caught it) and met
        // the dead instance: report the trap, the cause of it all.
        nested.addSuppressed(e);
        throw nested;
      }
      throw e;
    } finally {
      try {
        if (outermost) settle();
      } finally {
        lock.unlock();
      }
    }
  }

  /** After the outermost call: rebuilds after a nested trap, closes after a close from a callback. */
  private void settle() {
    SpiceEngineTrapException nested = pendingTrap;
    pendingTrap = null;
    if (nested != null && !closePending) rebuild(nested);
    if (closePending) closeNow();
  }

  /**
   * Throws if a callback closed this engine or one of its calls trapped meanwhile; for calls that run
   * several engine steps under one lock (piecewise GF searches), before each step.
   */
  void checkUsable(String routine) {
    if (closePending) {
      throw new IllegalStateException("spice4j backend was closed during " + routine + " (from a callback)");
    }
    SpiceEngineTrapException nested = pendingTrap;
    if (nested != null) throw nested;
  }

  double callDouble(String routine, LongToDoubleFunction op) {
    return call(routine, h -> op.applyAsDouble(h));
  }

  int callInt(String routine, LongToIntFunction op) {
    return call(routine, h -> op.applyAsInt(h));
  }

  void run(String routine, LongConsumer op) {
    call(routine, h -> {
      op.accept(h);
      return null;
    });
  }

  /** Records a kernel path (as given to CSPICE) after a successful furnsh; caller holds the lock. */
  void kernelLoaded(String path) {
    loadedKernels.add(path);
  }

  /** Forgets the most recent load of a path after unload; caller holds the lock. */
  void kernelUnloaded(String path) {
    int i = loadedKernels.lastIndexOf(path);
    if (i < 0) return;
    loadedKernels.remove(i);
    // CSPICE unloads a text kernel by clearing the pool and reloading the remaining text kernels, which
    // drops every pdpool/pipool/pcpool edit: forget them too, so a rebuild does not bring them back.
    if (!isBinaryKernel(path)) loadedKernels.removeIf(PoolEdit.class::isInstance);
  }

  /** DAF/DAS files (SPK, CK, binary PCK, DSK, EK) by their ID word; anything else furnsh loads is text. */
  static boolean isBinaryKernel(String path) {
    byte[] head = new byte[8];
    int n;
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(path))) {
      n = in.readNBytes(head, 0, head.length);
    } catch (java.io.IOException | RuntimeException e) {
      return false;
    }
    String id = new String(head, 0, n, java.nio.charset.StandardCharsets.US_ASCII);
    return id.startsWith("DAF/") || id.startsWith("DAS/") || id.startsWith("NAIF/DAF") || id.startsWith("NAIF/DAS");
  }

  /**
   * What a failed load must return to: the kernels and pool edits recorded so far, in order. Caller holds
   * the lock.
   */
  List<Object> checkpoint() {
    return new ArrayList<>(loadedKernels);
  }

  /**
   * Returns the engine to a {@link #checkpoint()} after a failed load: kclear, then furnsh and pool
   * edits replayed in order, as CSPICE's own unload rebuilds the pool. The engine instance, its cells and
   * handles, pool watches, cklpf files and settings outside the pool stay; watchers see their variables as
   * changed. Caller holds the lock.
   */
  void rollback(long h, List<Object> checkpoint) {
    NativeKernels.kclear(h);
    loadedKernels.clear();
    if (!replay(h, checkpoint)) {
      // The failed load left CSPICE's file tables unusable (e.g. an EK whose segments do not parse: its
      // files stay half-open and a kernel of the checkpoint no longer reads back): start a fresh
      // instance with the checkpoint, as after a trap.
      rebuildFrom(checkpoint, "a failed load left kernels that cannot be reloaded in place");
    }
  }

  /** Replaces the instance by a fresh one holding a {@link #checkpoint()}, as after a trap; caller holds the lock. */
  void rebuildFrom(List<Object> checkpoint, String why) {
    resetTo(checkpoint);
    rebuild(why);
  }

  /**
   * Whether every pool edit in a checkpoint comes after its last text kernel, so that reloading the text
   * kernels and then the edits gives the same pool.
   */
  boolean editsFollowTextKernels(List<Object> checkpoint) {
    boolean edit = false;
    for (Object entry : checkpoint) {
      if (entry instanceof PoolEdit) {
        edit = true;
      } else if (edit && !isBinaryKernel((String) entry)) {
        return false;
      }
    }
    return true;
  }

  /** Replays a checkpoint's pool edits in order and makes it the record again; caller holds the lock. */
  void replayPoolEdits(long h, List<Object> checkpoint) {
    for (Object entry : checkpoint) {
      if (entry instanceof PoolEdit edit) edit.apply().accept(h);
    }
    resetTo(checkpoint);
  }

  /** A trap during a load must rebuild the engine from the checkpoint, not from a half-updated list. */
  void resetTo(List<Object> checkpoint) {
    loadedKernels.clear();
    loadedKernels.addAll(checkpoint);
  }

  /** Furnsh and pool edits in order into engine instance h, recording each that succeeds. */
  /** Replays entries in order, logging those that fail; whether all of them succeeded. */
  private boolean replay(long h, List<Object> entries) {
    boolean all = true;
    for (Object entry : entries) {
      try {
        if (entry instanceof PoolEdit edit) {
          edit.apply().accept(h);
        } else {
          NativeKernels.furnsh(h, (String) entry);
        }
        loadedKernels.add(entry);
      } catch (RuntimeException e) {
        LOG.warn("could not replay {} into the engine: {}", entry, e.getMessage());
        all = false;
      }
    }
    return all;
  }

  /** Forgets all kernels and pool edits after kclear (which clears the pool); caller holds the lock. */
  void kernelsCleared() {
    loadedKernels.clear();
  }

  /** A kernel pool write to replay after a rebuild. */
  private record PoolEdit(LongConsumer apply) {}

  /** Records a successful pdpool/pipool/pcpool after the kernels loaded so far; caller holds the lock. */
  void poolEdited(LongConsumer edit) {
    loadedKernels.add(new PoolEdit(edit));
  }

  /** Records a successful swpool; caller holds the lock. */
  void poolWatched(LongConsumer watch) {
    poolWatches.add(watch);
  }

  /**
   * Records a CK loaded with cklpf; caller holds the lock.
   *
   * @param path the path given to CSPICE
   * @param handle the handle CSPICE returned
   * @return the handle to give the caller: the same unless a rebuild left that number taken
   */
  int ckLoaded(String path, int handle) {
    for (Map.Entry<Integer, CkFile> f : ckFiles.entrySet()) {
      if (f.getValue().handle() == handle) return f.getKey(); // CSPICE reloads a loaded file in place
    }
    int key = ckFiles.containsKey(handle) ? java.util.Collections.max(ckFiles.keySet()) + 1 : handle;
    ckFiles.put(key, new CkFile(path, handle));
    return key;
  }

  /** The current engine handle of a handle cklpf gave the caller (other handles pass unchanged); caller holds the lock. */
  int ckHandle(int callerHandle) {
    CkFile f = ckFiles.get(callerHandle);
    return f != null ? f.handle() : callerHandle;
  }

  /** Forgets a CK after ckupf; caller holds the lock. */
  void ckUnloaded(int callerHandle) {
    ckFiles.remove(callerHandle);
  }

  /**
   * Takes ownership of a native object just created in this engine; caller holds the lock (inside a call).
   *
   * @param owner the Java object whose unreachability frees the object (Cleaner backstop)
   * @param kind what it is, checked on every use
   * @param value the native value (pointer or handle)
   * @param release frees it, under the lock, while the engine instance that made it is alive
   */
  Owned own(Object owner, String kind, long value, Owned.Release release) {
    return own(java.util.Objects.requireNonNull(owner, "owner"), kind, value, null, release);
  }

  /**
   * Takes ownership of a native object for an owner built afterwards around the returned Owned (the owner
   * must hold it and nobody else may): the Owned's own unreachability triggers the Cleaner. Caller holds
   * the lock.
   *
   * @param kind what it is, checked on every use
   * @param value the native value (pointer or handle)
   * @param info immutable facts recorded at creation (e.g. allocated capacity), read back with
   *     {@link Owned#info(Class)}; may be null
   * @param release frees it, under the lock, while the engine instance that made it is alive
   */
  Owned adopt(String kind, long value, Object info, Owned.Release release) {
    return own(null, kind, value, info, release);
  }

  private Owned own(Object owner, String kind, long value, Object info, Owned.Release release) {
    Owned.State st = new Owned.State(this, kind, value, generation, info, release);
    owned.add(st);
    try {
      return new Owned(st, CLEANER, owner);
    } catch (RuntimeException | Error e) {
      owned.remove(st);
      throw e;
    }
  }

  /**
   * The Owned behind a handle an application passed back, checked to belong to this engine.
   *
   * @param handle the handle of a cell, window or file handle
   * @param what how to name the object in errors, e.g. {@code "cell"}
   * @throws NullPointerException if handle is null
   * @throws IllegalArgumentException if another backend (or no backend) created it
   */
  Owned claim(io.github.spice4j.NativeHandle handle, String what) {
    if (handle == null) throw new NullPointerException(what + " must not be null");
    if (!(handle instanceof Owned o) || !o.sameEngine(this)) {
      throw new IllegalArgumentException("the " + what + " (" + handle.kind()
          + ") was created by another backend; objects cannot be shared between backends");
    }
    return o;
  }

  /** Whether an owned object is still alive in this engine. */
  boolean owns(Owned.State st) {
    return owned.contains(st);
  }

  /** Number of live Java-owned native objects (cells, handles, writers); for leak checks. */
  public int ownedCount() {
    return owned.size();
  }

  /** Frees an owned object (close or Cleaner). Skipped when its engine instance is gone. */
  void release(Owned.State st) {
    lock.lock();
    try {
      if (!owned.remove(st) || closed || st.generation != generation) return;
      try {
        st.release.release(handle.value, st.value);
      } catch (SpiceEngineTrapException trap) {
        // Same recovery as a trapping call: a dead engine would refuse every later call.
        if (lock.getHoldCount() > 1) {
          if (pendingTrap == null) pendingTrap = trap;
        } else {
          rebuild(trap);
        }
      } catch (RuntimeException e) {
        LOG.warn("could not free {} {}: {}", st.kind, st.value, e.getMessage());
      }
    } finally {
      lock.unlock();
    }
  }

  /** Files the engine holds open on the host (for leak checks). */
  int openFiles() {
    return callInt("openFiles", NativeEngine::openFiles);
  }

  /** Bytes of the engine's linear memory (the instance's whole CSPICE heap, stack and kernel buffers). */
  long memoryBytes() {
    return call("memoryBytes", NativeEngine::memoryBytes);
  }

  /** Self-check of the engine's primitive fast paths (test hook; see NativeEngine.guestPrimitivesCheck). */
  String guestPrimitivesCheck(long seed, int n) {
    return call("guestPrimitivesCheck", h -> NativeEngine.guestPrimitivesCheck(h, seed, n));
  }

  /** Makes the engine trap (test hook for the recovery path). */
  void forceTrap() {
    run("forceTrap", NativeEngine::forceTrap);
  }

  private void rebuild(SpiceEngineTrapException trap) {
    rebuild("SPICE engine trapped (" + trap.getMessage() + ")");
  }

  private void rebuild(String why) {
    LOG.warn("{}; rebuilding the engine and reloading {} kernel(s) and pool edit(s)", why, loadedKernels.size());
    long old = handle.value;
    owned.clear(); // their memory dies with the old instance
    generation++;
    handle.value = register(NativeEngine.create());
    confinement.applyTo(handle.value);
    LIVE.remove(old);
    NativeEngine.destroy(old);
    if (closing) return; // close() is waiting for the lock: nothing to reload
    replaying = true;
    try {
      replay();
    } finally {
      replaying = false;
    }
  }

  private void replay() {
    List<Object> reload = new ArrayList<>(loadedKernels);
    loadedKernels.clear();
    replay(handle.value, reload);
    for (LongConsumer watch : poolWatches) {
      try {
        watch.accept(handle.value);
      } catch (RuntimeException e) {
        LOG.warn("could not restore a kernel pool watch after an engine trap: {}", e.getMessage());
      }
    }
    for (Map.Entry<Integer, CkFile> f : ckFiles.entrySet()) {
      String path = f.getValue().path();
      if (f.getValue().handle() == 0) continue;
      int reopened = 0;
      try {
        reopened = NativeCk.cklpf(handle.value, path);
      } catch (RuntimeException e) {
        LOG.warn("could not reload CK {} after an engine trap: {}", path, e.getMessage());
      }
      f.setValue(new CkFile(path, reopened));
    }
  }

  /**
   * Closes the engine. From inside one of its own calls (a GF progress listener) the close is deferred
   * to the end of that call, which then fails; from another thread a running call is stopped at its
   * next poll ({@code SPICE4J(CANCELLED)}) and the close waits for it.
   */
  @Override
  public void close() {
    if (lock.isHeldByCurrentThread()) {
      closePending = true;
      return;
    }
    closing = true;
    lock.lock();
    try {
      closeNow();
    } finally {
      lock.unlock();
    }
  }

  private void closeNow() {
    if (closed) return;
    closed = true;
    closePending = false;
    owned.clear();
    cleanable.clean();
  }
}
