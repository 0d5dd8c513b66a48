package io.github.spice4j.bench;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.Spice;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * State lookup latency: CSPICE {@code spkezr_c} for the MOON relative to EARTH in J2000
 * ({@link Spice#state}) from the DE440s excerpt, without and with light time and stellar aberration.
 * Each operation takes the next of 1024 hourly epochs (42 days from 2024-06-01), so SPK records are
 * read as an ephemeris table would read them rather than served from one cached record.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@State(Scope.Thread)
public class EphemerisBenchmark {
  private static final int EPOCHS = 1024; // a power of two: the index wraps with a mask

  private Spice spice;
  private double[] epochs;
  private int next;

  /** Loads LSK, PCK and SPK into a fresh engine. */
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

  private double nextEpoch() {
    next = (next + 1) & (EPOCHS - 1);
    return epochs[next];
  }

  /**
   * CSPICE {@code spkezr_c("MOON", et, "J2000", "NONE", "EARTH")}: geometric state.
   *
   * @return position (km), velocity (km/s), light time (s)
   */
  @Benchmark
  public StateVector spkezrNone() {
    return spice.state("MOON", "EARTH", "J2000", AberrationCorrection.NONE, nextEpoch());
  }

  /**
   * CSPICE {@code spkezr_c("MOON", et, "J2000", "LT+S", "EARTH")}: apparent state (iterated light
   * time, which also needs the Earth's barycentric state, plus stellar aberration).
   *
   * @return position (km), velocity (km/s), light time (s)
   */
  @Benchmark
  public StateVector spkezrLtS() {
    return spice.state("MOON", "EARTH", "J2000", AberrationCorrection.LT_S, nextEpoch());
  }
}
