package io.github.spice4j.bench;

import io.github.spice4j.Spice;
import java.nio.file.Path;
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
 * Kernel loading latency: CSPICE {@code furnsh_c} then {@code unload_c} of naif0012.tls (a 5 KB text
 * kernel: open, parse into the kernel pool, close; then clear its variables) on an engine with nothing
 * else loaded, so unload has no other text kernel to reload.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@State(Scope.Thread)
public class KernelsBenchmark {
  private Spice spice;
  private Path lsk;

  /** A fresh engine with nothing loaded. */
  @Setup
  public void setup() {
    spice = Spice.create();
    lsk = BenchKernels.file(BenchKernels.LSK);
  }

  /** Releases the engine. */
  @TearDown
  public void tearDown() {
    spice.close();
  }

  /**
   * CSPICE {@code furnsh_c(lsk)} then {@code unload_c(lsk)}.
   *
   * @return the facade (keeps the calls observable)
   */
  @Benchmark
  public Spice furnshUnloadLsk() {
    spice.load(lsk);
    spice.unload(lsk.toString());
    return spice;
  }
}
