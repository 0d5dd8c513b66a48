package io.github.spice4j;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
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
 * {@link Spice}'s {@code close()} does nothing, so a borrower's try-with-resources cannot break a slot. Memory: each engine reserves its own
 * linear memory (128 MiB virtual, about 10 MiB resident with a few kernels loaded).
 *
 * <p>Thread-safe. Each engine's own calls still map one-to-one to CSPICE routines; see {@link Spice}.
 */
public final class SpicePool implements AutoCloseable {
  private final List<Spice> engines;
  private final BlockingQueue<Spice> idle;
  /** The engine the current thread holds through {@link #call}, to refuse a nested borrow or broadcast. */
  private final ThreadLocal<Spice> held = new ThreadLocal<>();
  private volatile boolean closed;

  private SpicePool(List<Spice> engines) {
    this.engines = List.copyOf(engines);
    this.idle = new ArrayBlockingQueue<>(engines.size(), false, engines);
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
    if (size < 1) throw new IllegalArgumentException("SpicePool size must be at least 1, got " + size);
    Objects.requireNonNull(setup, "setup");
    List<Spice> made = new ArrayList<>(size);
    try {
      for (int i = 0; i < size; i++) {
        Spice s = Spice.create();
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
   * usable.
   *
   * @param work what to compute; must not keep the {@link Spice} or objects made in it. Its
   *     {@link Spice#close()} does nothing (the pool owns the engine); closing {@code backend()} directly
   *     is not allowed
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
    Spice s = take();
    held.set(s);
    try {
      return work.apply(s);
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
    List<Spice> all = new ArrayList<>(engines.size());
    try {
      synchronized (this) { // two broadcasts must not each hold half of the engines
        while (all.size() < engines.size()) all.add(take());
      }
      for (Spice s : all) change.accept(s);
    } finally {
      for (Spice s : all) giveBack(s);
    }
  }

  /**
   * Number of engines.
   *
   * @return the size given at creation
   */
  public int size() {
    return engines.size();
  }

  /** Closes every engine; an engine lent out is closed when its {@link #call} returns. Idempotent. */
  @Override
  public void close() {
    closed = true;
    Spice s;
    while ((s = idle.poll()) != null) s.closeEngine();
  }

  private Spice take() {
    try {
      while (true) {
        if (closed) throw new IllegalStateException("SpicePool is closed");
        // Polling, not take(): a pool closed while every engine is lent out never refills the queue.
        Spice s = idle.poll(100, TimeUnit.MILLISECONDS);
        if (s == null) continue;
        if (closed) {
          s.closeEngine();
          throw new IllegalStateException("SpicePool is closed");
        }
        return s;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for a SpicePool engine");
    }
  }

  private void giveBack(Spice s) {
    if (closed) {
      s.closeEngine();
    } else {
      idle.add(s);
      if (closed && idle.remove(s)) s.closeEngine(); // close() ran between the check and the add
    }
  }

  private static void closeQuietly(Spice s, Throwable cause) {
    try {
      s.closeEngine();
    } catch (RuntimeException e) {
      cause.addSuppressed(e);
    }
  }
}
