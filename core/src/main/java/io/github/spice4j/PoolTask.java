package io.github.spice4j;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A task of {@link SpicePool#submit}: the future of its result, and the runnable a pool worker runs.
 * Unlike a plain {@link CompletableFuture}, {@code cancel(true)} interrupts the worker running it.
 */
final class PoolTask<T> extends CompletableFuture<T> implements Runnable {
  private final SpicePool pool;
  private final Function<Spice, T> work;
  /** The worker running this task, set and cleared under this task's monitor so an interrupt meant for
   * this task can never reach the worker's next task. */
  private Thread runner;

  PoolTask(SpicePool pool, Function<Spice, T> work) {
    this.pool = pool;
    this.work = work;
  }

  @Override
  public void run() {
    synchronized (this) {
      if (isDone()) return; // cancelled while queued
      runner = Thread.currentThread();
    }
    try {
      complete(pool.call(work));
    } catch (Throwable e) {
      completeExceptionally(e);
    } finally {
      synchronized (this) {
        runner = null;
      }
      Thread.interrupted(); // an interrupt for this task ends with it
    }
  }

  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    boolean cancelled = super.cancel(mayInterruptIfRunning);
    if (cancelled && mayInterruptIfRunning) {
      synchronized (this) {
        if (runner != null) runner.interrupt();
      }
    }
    return cancelled;
  }
}
