package io.github.spice4j.bench;

import io.github.spice4j.Spice;
import io.github.spice4j.jni.JniBackend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of one engine with kernels: the time to create a {@link Spice}, load LSK, PCK and SPK (CSPICE
 * {@code furnsh_c} x3) and close it, and two memory figures of that engine, reported as JMH secondary
 * results (auxiliary counters, last operation of each iteration):
 * <ul>
 *   <li>{@code engineBytes}: the engine's linear memory ({@link JniBackend#memoryBytes()}), i.e. the
 *       native memory reserved per {@code Spice} instance;
 *   <li>{@code residentBytes}: how much the process's resident set grew between before
 *       {@code Spice.create()} and after the kernels were loaded (Linux {@code /proc/self/statm}; 0
 *       elsewhere), i.e. what the instance actually touches.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
public class EngineFootprint {
  private static final Path STATM = Path.of("/proc/self/statm");
  private static final long PAGE = 4096; // statm counts pages; 4 KiB on Linux x86_64

  /** The memory figures of the last engine created in the iteration. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Memory {
    /** Linear memory of the engine, bytes. */
    public long engineBytes;
    /** Growth of the resident set while the engine was created and loaded, bytes. */
    public long residentBytes;

    /** Clears the figures so each iteration reports its own. */
    @Setup(Level.Iteration)
    public void clear() {
      engineBytes = 0;
      residentBytes = 0;
    }
  }

  /**
   * Creates an engine, loads LSK, PCK and SPK, records its memory, closes it.
   *
   * @param memory where the figures go
   * @return the engine's linear memory, bytes
   */
  @Benchmark
  public long createLoadClose(Memory memory) {
    long before = residentBytes();
    try (Spice spice = BenchKernels.openAll()) {
      long resident = residentBytes() - before;
      memory.engineBytes = ((JniBackend) spice.backend()).memoryBytes();
      memory.residentBytes = Math.max(0, resident);
      return memory.engineBytes;
    }
  }

  /** Resident set size of this process, bytes (0 where /proc is missing). */
  static long residentBytes() {
    try {
      String[] f = Files.readString(STATM).trim().split("\\s+");
      return Long.parseLong(f[1]) * PAGE;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
