package io.github.spice4j.bench;

import io.github.spice4j.Spice;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time conversion latency, one call per operation with naif0012.tls loaded: CSPICE {@code str2et_c}
 * ({@link Spice#utcToEt}) and {@code et2utc_c} with format ISOC, 3 decimals ({@link Spice#etToUtc}).
 * Includes the JNI crossing, string marshalling into the engine and the engine lock.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@State(Scope.Thread)
public class TimeBenchmark {
  private Spice spice;
  private double et;

  /** Loads the LSK into a fresh engine. */
  @Setup
  public void setup() {
    spice = Spice.create().load(BenchKernels.file(BenchKernels.LSK));
    et = spice.utcToEt(BenchKernels.UTC);
  }

  /** Releases the engine. */
  @TearDown
  public void tearDown() {
    spice.close();
  }

  /**
   * CSPICE {@code str2et_c} on an ISO UTC string.
   *
   * @return ET, TDB seconds past J2000
   */
  @Benchmark
  public double str2et() {
    return spice.utcToEt(BenchKernels.UTC);
  }

  /**
   * CSPICE {@code et2utc_c(et, "ISOC", 3)}.
   *
   * @return the UTC string
   */
  @Benchmark
  public String et2utc() {
    return spice.etToUtc(et, 3);
  }
}
