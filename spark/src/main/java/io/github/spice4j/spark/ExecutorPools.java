package io.github.spice4j.spark;

import io.github.spice4j.SpicePool;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The engines of one executor JVM: one lazily created {@link SpicePool} per {@link SpiceKernels#key()},
 * sized to the cores this JVM may use, kept until the JVM exits.
 *
 * <p>Tasks on an executor run on up to {@code spark.executor.cores} threads at once, so a pool of that
 * many engines lets each task thread compute without waiting. The pool is made by the first task that
 * needs it, after {@link SpiceKernels#verify()}; a failure (checksum mismatch, unreadable kernel) is not
 * cached, so every later task fails the same clear way.
 */
public final class ExecutorPools {
  private static final Map<String, SpicePool> POOLS = new ConcurrentHashMap<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(ExecutorPools::closeAll, "spice4j-spark-pools"));
  }

  private ExecutorPools() {}

  /**
   * Runs {@code work} on an engine of this JVM's pool for {@code kernels}, creating the pool first if needed.
   *
   * @param kernels the kernel set (verified and loaded on first use)
   * @param work what to compute; must not keep the engine
   * @param <T> result type
   * @return what {@code work} returned
   * @throws IllegalStateException if a kernel's checksum differs from the driver's
   * @throws io.github.spice4j.SpiceException if CSPICE rejects a kernel, or from {@code work}
   */
  public static <T> T call(SpiceKernels kernels, Function<io.github.spice4j.Spice, T> work) {
    return pool(kernels).call(work);
  }

  /**
   * This JVM's pool for {@code kernels}.
   *
   * @param kernels the kernel set
   * @return the shared pool; do not close it
   * @throws IllegalStateException if a kernel's checksum differs from the driver's
   */
  public static SpicePool pool(SpiceKernels kernels) {
    return POOLS.computeIfAbsent(kernels.key(), k -> {
      kernels.verify();
      return SpicePool.create(poolSize(), kernels::loadInto);
    });
  }

  /**
   * Engines per pool: {@code spark.executor.cores} when the executor has it, else the JVM's processors.
   *
   * @return at least 1
   */
  public static int poolSize() {
    int cores = Runtime.getRuntime().availableProcessors();
    org.apache.spark.SparkEnv env = org.apache.spark.SparkEnv.get();
    if (env != null) cores = env.conf().getInt("spark.executor.cores", cores);
    return Math.max(1, cores);
  }

  private static void closeAll() {
    for (SpicePool p : POOLS.values()) p.close();
    POOLS.clear();
  }
}
