package io.github.spice4j.bench;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.Spice;
import io.github.spice4j.SpicePool;
import io.github.spice4j.StateVector;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Multi-threaded throughput (all threads together, ops/s) of CSPICE
 * {@code spkezr_c("MOON", et, "J2000", "LT+S", "EARTH")} over hourly epochs, in two layouts:
 * <ul>
 *   <li>{@link #perThreadEngine}: every thread has its own {@link Spice} (own engine, own kernels);
 *   <li>{@link #sharedEngine}: all threads call one {@link Spice}, whose calls are serialized;
 *   <li>{@link #pooledEngines}: all threads call one {@link SpicePool} with one engine per thread.
 * </ul>
 * Two threads by default (override with JMH's {@code -t N}). Engines are independent (each has its own
 * lock; the wasm2c runtime's trap state is thread-local), so {@code perThreadEngine} scales with the
 * thread count up to the core count, while {@code sharedEngine} stays near the single-thread rate.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Threads(2)
public class ThroughputBenchmark {
  private static final int EPOCHS = 1024; // a power of two: the index wraps with a mask

  /** An engine with LSK, PCK and SPK loaded and the epochs to ask for; the subclasses set the scope. */
  public abstract static class LoadedEngine {
    Spice spice;
    double[] epochs;

    /** Creates the engine and loads its kernels. */
    @Setup
    public void setup() {
      spice = BenchKernels.openAll();
      epochs = BenchKernels.hourlyEpochs(spice.utcToEt(BenchKernels.UTC), EPOCHS);
    }

    /** Releases the engine. */
    @TearDown
    public void tearDown() {
      spice.close();
    }
  }

  /** One engine per benchmark thread. */
  @State(Scope.Thread)
  public static class OwnEngine extends LoadedEngine {}

  /** One engine shared by every benchmark thread. */
  @State(Scope.Benchmark)
  public static class SharedEngine extends LoadedEngine {}

  /** One pool shared by every benchmark thread, with as many engines as there are threads. */
  @State(Scope.Benchmark)
  public static class Pool {
    SpicePool pool;
    double[] epochs;

    /**
     * Creates the pool and loads the kernels into each engine.
     *
     * @param params JMH's run parameters (for the thread count)
     */
    @Setup
    public void setup(BenchmarkParams params) {
      pool = SpicePool.create(params.getThreads(), BenchKernels::loadAll);
      epochs = pool.call(s -> BenchKernels.hourlyEpochs(s.utcToEt(BenchKernels.UTC), EPOCHS));
    }

    /** Releases every engine. */
    @TearDown
    public void tearDown() {
      pool.close();
    }
  }

  /** Each thread's position in the epoch table. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;

    int advance() {
      next = (next + 1) & (EPOCHS - 1);
      return next;
    }
  }

  /**
   * spkezr on this thread's own engine.
   *
   * @param engine this thread's engine
   * @param cursor this thread's epoch index
   * @return the Moon's apparent state
   */
  @Benchmark
  public StateVector perThreadEngine(OwnEngine engine, Cursor cursor) {
    return engine.spice.state("MOON", "EARTH", "J2000", AberrationCorrection.LT_S, engine.epochs[cursor.advance()]);
  }

  /**
   * spkezr on the engine all threads share.
   *
   * @param engine the shared engine
   * @param cursor this thread's epoch index
   * @return the Moon's apparent state
   */
  @Benchmark
  public StateVector sharedEngine(SharedEngine engine, Cursor cursor) {
    return engine.spice.state("MOON", "EARTH", "J2000", AberrationCorrection.LT_S, engine.epochs[cursor.advance()]);
  }

  /**
   * spkezr on whichever engine of the shared pool is idle.
   *
   * @param pool the shared pool
   * @param cursor this thread's epoch index
   * @return the Moon's apparent state
   */
  @Benchmark
  public StateVector pooledEngines(Pool pool, Cursor cursor) {
    double et = pool.epochs[cursor.advance()];
    return pool.pool.call(s -> s.state("MOON", "EARTH", "J2000", AberrationCorrection.LT_S, et));
  }
}
