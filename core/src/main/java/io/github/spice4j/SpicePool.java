package io.github.spice4j;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A fixed set of independent engines with the same kernels, for many threads asking SPICE at once.
 *
 * <p>One {@link Spice} serializes its calls, because CSPICE keeps one kernel pool per engine. Separate
 * engines run in parallel (there is no process-wide lock), so a pool of {@code n} engines answers up to
 * {@code n} callers at a time. {@link #call} lends an idle engine to the caller for the duration of the
 * function and blocks while all are busy.
 *
 * <pre>{@code
 * try (SpicePool pool = SpicePool.create(4, Path.of("naif0012.tls"), Path.of("de440s.bsp"))) {
 *   StateVector moon = pool.call(s -> s.state("MOON", "EARTH", "J2000", AberrationCorrection.LT_S, et));
 * }
 * }</pre>
 *
 * <p>State belongs to the engine it was made in: kernels or pool edits made inside {@link #call} change
 * only the lent engine, and cells, file handles and writers must not leave the function. To change every
 * engine, use {@link #broadcast} (e.g. to load another kernel). The pool owns its engines: a lent
 * {@link Spice}'s {@code close()} does nothing, so a borrower's try-with-resources cannot break a slot,
 * and closing its {@code backend()} directly throws {@link IllegalStateException}, leaving the engine in
 * the pool (a replacement engine could not reproduce what broadcasts changed). Memory: each engine reserves its own
 * linear memory (128 MiB virtual, about 10 MiB resident with a few kernels loaded).
 *
 * <p>Asynchronous use: {@link #submit} queues work for the pool's own worker threads (one per engine;
 * each keeps to its engine) and returns a {@link CompletableFuture}. {@code future.cancel(true)} interrupts
 * the worker running it. The queue is bounded ({@link #QUEUE_PER_ENGINE} tasks per engine): when it is
 * full, {@code submit} blocks until a worker takes a task, so millions of submissions cannot exhaust the
 * heap.
 *
 * <p>Virtual threads may call {@link #call} and {@link #submit}. Waiting for an engine or for queue room
 * parks a virtual thread without pinning, but an engine call is a JNI native call, and a virtual thread in
 * a native call pins its carrier thread until the call returns (single calls take microseconds; long
 * batches or event searches keep a carrier busy). For much engine work, prefer {@link #submit}, which
 * runs it on the pool's platform threads.
 *
 * <p>Thread-safe. Each engine's own calls still map one-to-one to CSPICE routines; see {@link Spice}.
 */
public final class SpicePool implements AutoCloseable {
  /** Tasks {@link #submit} may queue per engine before it blocks the submitter. */
  public static final int QUEUE_PER_ENGINE = 256;

  /** One engine and whether it is lent out. */
  private static final class Slot {
    final Spice spice;
    final AtomicBoolean busy = new AtomicBoolean();

    Slot(Spice spice) {
      this.spice = spice;
    }
  }

  private final Slot[] slots;
  /** One permit per idle engine: a caller holding a permit is sure to find an idle slot. */
  private final Semaphore idle;
  /** The slot this thread used last: re-taking it avoids contention and keeps its memory in this core's cache. */
  private final ThreadLocal<Slot> affinity = new ThreadLocal<>();
  /** The engine the current thread holds through {@link #call}, to refuse a nested borrow or broadcast. */
  private final ThreadLocal<Spice> held = new ThreadLocal<>();
  private final Object broadcastLock = new Object();
  private final Object executorLock = new Object();
  private volatile PoolExecutor executor;
  private volatile boolean closed;

  private SpicePool(List<Spice> engines) {
    this.slots = engines.stream().map(Slot::new).toArray(Slot[]::new);
    this.idle = new Semaphore(slots.length);
  }

  /**
   * Creates {@code size} engines and runs {@code setup} on each (typically: load kernels).
   *
   * @param size number of engines, at least 1 (e.g. the number of threads that call at once)
   * @param setup run once per engine before the pool is returned
   * @return the pool; close it to release every engine
   * @throws IllegalArgumentException if {@code size} is less than 1
   * @throws SpiceException if {@code setup} fails on an engine (all engines made so far are closed)
   * @throws io.github.spice4j.loader.NativeLoadException if the native library cannot be loaded
   */
  public static SpicePool create(int size, Consumer<Spice> setup) {
    return create(size, SpiceOptions.defaults(), setup);
  }

  /**
   * Creates {@code size} engines with the given settings and runs {@code setup} on each.
   *
   * @param size number of engines, at least 1
   * @param options every engine's call timeout and file confinement
   * @param setup run once per engine before the pool is returned
   * @return the pool; close it to release every engine
   * @throws IllegalArgumentException if {@code size} is less than 1 or a confinement directory does not exist
   * @throws SpiceException if {@code setup} fails on an engine (all engines made so far are closed)
   * @throws io.github.spice4j.loader.NativeLoadException if the native library cannot be loaded
   */
  public static SpicePool create(int size, SpiceOptions options, Consumer<Spice> setup) {
    if (size < 1) throw new IllegalArgumentException("SpicePool size must be at least 1, got " + size);
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(setup, "setup");
    List<Spice> made = new ArrayList<>(size);
    try {
      for (int i = 0; i < size; i++) {
        Spice s = Spice.create(options);
        s.poolOwned();
        made.add(s);
        setup.accept(s);
      }
    } catch (RuntimeException | Error e) {
      for (Spice s : made) closeQuietly(s, e);
      throw e;
    }
    return new SpicePool(made);
  }

  /**
   * Creates {@code size} engines, each with the given kernels furnished in order (CSPICE {@code furnsh_c}).
   *
   * @param size number of engines, at least 1
   * @param kernels kernel files (text or binary, meta-kernels included)
   * @return the pool
   * @throws IllegalArgumentException if {@code size} is less than 1
   * @throws SpiceException if a kernel cannot be loaded, e.g. {@code SPICE(NOSUCHFILE)}
   */
  public static SpicePool create(int size, Path... kernels) {
    Path[] copy = kernels.clone();
    return create(size, s -> s.load(copy));
  }

  /**
   * Runs {@code work} on an idle engine, waiting for one if all are busy, and returns its result. The
   * engine goes back to the pool when {@code work} returns or throws; a {@link SpiceException} leaves it
   * usable. A thread gets the engine it used last whenever that one is idle.
   *
   * @param work what to compute; must not keep the {@link Spice} or objects made in it. Its
   *     {@link Spice#close()} does nothing (the pool owns the engine); closing {@code backend()} directly
   *     throws {@link IllegalStateException} and leaves the engine usable
   * @param <T> result type
   * @return what {@code work} returned
   * @throws IllegalStateException if the pool is closed, or this thread already holds one of its engines
   * @throws java.util.concurrent.CancellationException if the thread is interrupted while waiting (the
   *     interrupt flag is kept)
   */
  public <T> T call(Function<Spice, T> work) {
    Objects.requireNonNull(work, "work");
    if (held.get() != null) {
      throw new IllegalStateException("this thread already holds an engine of this SpicePool; use the Spice it was given");
    }
    Slot s = take();
    held.set(s.spice);
    try {
      return work.apply(s.spice);
    } finally {
      held.remove();
      giveBack(s);
    }
  }

  /**
   * Runs {@code work} on an idle engine, waiting for one if all are busy.
   *
   * @param work what to do; must not keep the {@link Spice}
   * @throws IllegalStateException if the pool is closed, or this thread already holds one of its engines
   * @throws java.util.concurrent.CancellationException if interrupted while waiting
   */
  public void run(Consumer<Spice> work) {
    Objects.requireNonNull(work, "work");
    call(s -> {
      work.accept(s);
      return null;
    });
  }

  /**
   * Queues {@code work} for the pool's worker threads and returns at once (or, when
   * {@link #QUEUE_PER_ENGINE}{@code * size()} tasks are already queued, once a worker has taken one). The
   * workers start on the first call; each runs its tasks on an engine of the pool as {@link #call} does.
   *
   * <p>{@code future.cancel(true)} removes a queued task, or interrupts the worker running it (engine
   * calls that watch the interrupt then stop; the rest finish their current CSPICE call); the future
   * completes with a {@link CancellationException} either way. {@code cancel(false)} only skips a task
   * that has not started. Exceptions thrown by {@code work} complete the future exceptionally.
   *
   * @param work what to compute; must not keep the {@link Spice} or objects made in it
   * @param <T> result type
   * @return the future result; its dependent stages run on the worker unless given an executor
   * @throws IllegalStateException if the pool is closed
   * @throws java.util.concurrent.CancellationException if the caller is interrupted while waiting for
   *     queue room (the interrupt flag is kept)
   */
  public <T> CompletableFuture<T> submit(Function<Spice, T> work) {
    Objects.requireNonNull(work, "work");
    PoolTask<T> task = new PoolTask<>(this, work);
    try {
      executor().put(task);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for room in the SpicePool queue");
    } catch (RejectedExecutionException e) {
      throw new IllegalStateException("SpicePool is closed", e);
    }
    return task;
  }

  /**
   * Runs {@code change} on every engine, e.g. {@code pool.broadcast(s -> s.load(Path.of("extra.bsp")))}.
   * Waits until all engines are idle and holds them all meanwhile, so no caller sees a half-changed pool.
   * If {@code change} throws on one engine, the engines already changed stay changed and the exception
   * is rethrown.
   *
   * @param change applied to each engine in turn
   * @throws IllegalStateException if the pool is closed, or called from inside {@link #call}
   * @throws java.util.concurrent.CancellationException if interrupted while waiting
   */
  public void broadcast(Consumer<Spice> change) {
    Objects.requireNonNull(change, "change");
    if (held.get() != null) {
      throw new IllegalStateException("SpicePool.broadcast inside call would wait for its own engine");
    }
    List<Slot> all = new ArrayList<>(slots.length);
    try {
      synchronized (broadcastLock) { // two broadcasts must not each hold half of the engines
        while (all.size() < slots.length) all.add(take());
      }
      for (Slot s : all) change.accept(s.spice);
    } finally {
      for (Slot s : all) giveBack(s);
    }
  }

  /**
   * Number of engines.
   *
   * @return the size given at creation
   */
  public int size() {
    return slots.length;
  }

  /**
   * Closes every engine and stops the worker threads; queued tasks are cancelled, and an engine lent
   * out (or running a task) is closed when its call returns. Idempotent.
   */
  @Override
  public void close() {
    synchronized (executorLock) {
      if (closed) return;
      closed = true;
      if (executor != null) executor.shutdown();
    }
    for (Slot s : slots) {
      if (s.busy.compareAndSet(false, true)) s.spice.closeEngine();
    }
    idle.release(Integer.MAX_VALUE / 2); // wake every waiter: each sees the pool closed
  }

  private PoolExecutor executor() {
    PoolExecutor e = executor;
    if (e != null) return e;
    synchronized (executorLock) {
      if (closed) throw new IllegalStateException("SpicePool is closed");
      if (executor == null) executor = new PoolExecutor(this, slots.length, QUEUE_PER_ENGINE * slots.length);
      return executor;
    }
  }

  private Slot take() {
    if (closed) throw new IllegalStateException("SpicePool is closed");
    try {
      idle.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for a SpicePool engine");
    }
    if (closed) throw new IllegalStateException("SpicePool is closed");
    Slot last = affinity.get();
    if (last != null && last.busy.compareAndSet(false, true)) return last;
    while (true) { // a permit guarantees an idle slot; another thread may win a CAS, so loop
      for (Slot s : slots) {
        if (s.busy.compareAndSet(false, true)) {
          affinity.set(s);
          return s;
        }
      }
      if (closed) throw new IllegalStateException("SpicePool is closed");
      Thread.onSpinWait();
    }
  }

  private void giveBack(Slot s) {
    if (closed) {
      s.spice.closeEngine();
      return;
    }
    s.busy.set(false);
    if (closed && s.busy.compareAndSet(false, true)) { // close() ran between the check and the release
      s.spice.closeEngine();
      return;
    }
    idle.release();
  }

  private static void closeQuietly(Spice s, Throwable cause) {
    try {
      s.closeEngine();
    } catch (RuntimeException e) {
      cause.addSuppressed(e);
    }
  }
}
