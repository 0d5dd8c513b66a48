package io.github.spice4j.bench;

import io.github.spice4j.Spice;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Base of the single-thread latency benchmarks (µs/op; JMH inherits these annotations): one engine per
 * benchmark thread, opened by {@link #open()} before the trials and closed after them, and the ET of
 * {@link BenchKernels#UTC}. Subclasses hold only their benchmark methods and what {@link #open()} and
 * {@link #prepare()} change.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@State(Scope.Thread)
public abstract class EngineBenchmark {
  /** This thread's engine. */
  protected Spice spice;
  /** ET (TDB seconds past J2000) of {@link BenchKernels#UTC}, set by the default {@link #prepare()}. */
  protected double et;

  /** Opens the engine ({@link #open()}), then {@link #prepare()}. */
  @Setup
  public void setup() {
    spice = open();
    prepare();
  }

  /** Releases the engine. */
  @TearDown
  public void tearDown() {
    spice.close();
  }

  /**
   * The engine the benchmark runs on; by default LSK, PCK and SPK loaded ({@link BenchKernels#openAll()}).
   *
   * @return a new engine, closed by {@link #tearDown()}
   */
  protected Spice open() {
    return BenchKernels.openAll();
  }

  /** After {@link #open()}: by default converts {@link BenchKernels#UTC} to {@link #et} (needs the LSK). */
  protected void prepare() {
    et = spice.utcToEt(BenchKernels.UTC);
  }
}
