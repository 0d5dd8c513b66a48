package io.github.spice4j.bench;

import io.github.spice4j.Spice;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Kernel loading latency: CSPICE {@code furnsh_c} then {@code unload_c} of naif0012.tls (a 5 KB text
 * kernel: open, parse into the kernel pool, close; then clear its variables) on an engine with nothing
 * else loaded, so unload has no other text kernel to reload.
 */
public class KernelsBenchmark extends EngineBenchmark {
  private Path lsk;

  /** An engine with nothing loaded. */
  @Override
  protected Spice open() {
    return Spice.create();
  }

  /** Only locates the LSK: there is no epoch to convert without it. */
  @Override
  protected void prepare() {
    lsk = BenchKernels.file(BenchKernels.LSK);
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
