package io.github.spice4j.bench;

import io.github.spice4j.Spice;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Time conversion latency, one call per operation with naif0012.tls loaded: CSPICE {@code str2et_c}
 * ({@link Spice#utcToEt}) and {@code et2utc_c} with format ISOC, 3 decimals ({@link Spice#etToUtc}).
 * Includes the JNI crossing, string marshalling into the engine and the engine lock.
 */
public class TimeBenchmark extends EngineBenchmark {
  /** Only the LSK: time conversion needs nothing else. */
  @Override
  protected Spice open() {
    return Spice.create().load(BenchKernels.file(BenchKernels.LSK));
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
