package io.github.spice4j;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.RejectedExecutionException;

/**
 * The worker threads of a {@link SpicePool}: one daemon platform thread per engine taking tasks from a
 * bounded queue. A full queue blocks the submitter (back-pressure) instead of growing without bound.
 */
final class PoolExecutor {
  private final BlockingQueue<PoolTask<?>> queue;
  private final List<Thread> workers = new ArrayList<>();
  private volatile boolean shutdown;

  PoolExecutor(SpicePool pool, int threads, int capacity) {
    this.queue = new ArrayBlockingQueue<>(capacity);
    for (int i = 0; i < threads; i++) {
      Thread t = new Thread(this::work, "spice4j-pool-" + System.identityHashCode(pool) + "-" + i);
      t.setDaemon(true); // an unclosed pool must not keep the JVM alive
      workers.add(t);
      t.start();
    }
  }

  /** Queues a task, blocking while the queue is full; refuses once shut down. */
  void put(PoolTask<?> task) throws InterruptedException {
    if (shutdown) throw new RejectedExecutionException("SpicePool is closed");
    queue.put(task);
    if (shutdown && queue.remove(task)) throw new RejectedExecutionException("SpicePool is closed");
  }

  /** Cancels queued tasks and stops the workers (a running task is interrupted). */
  void shutdown() {
    shutdown = true;
    List<PoolTask<?>> left = new ArrayList<>();
    queue.drainTo(left);
    for (PoolTask<?> t : left) t.cancel(false);
    for (Thread t : workers) t.interrupt();
  }

  private void work() {
    while (!shutdown) {
      PoolTask<?> task;
      try {
        task = queue.take();
      } catch (InterruptedException e) {
        continue; // shutdown, or a stray interrupt: the loop condition decides
      }
      if (shutdown) {
        task.cancel(false);
      } else {
        task.run();
      }
    }
  }
}
