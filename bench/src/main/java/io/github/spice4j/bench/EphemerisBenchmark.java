package io.github.spice4j.bench;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.Spice;
import io.github.spice4j.StateVector;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * State lookup latency: CSPICE {@code spkezr_c} for the MOON relative to EARTH in J2000
 * ({@link Spice#state}) from the DE440s excerpt, without and with light time and stellar aberration.
 * Each operation takes the next of 1024 hourly epochs (42 days from 2024-06-01), so SPK records are
 * read as an ephemeris table would read them rather than served from one cached record.
 */
public class EphemerisBenchmark extends EngineBenchmark {
  private static final int EPOCHS = 1024; // a power of two: the index wraps with a mask

  private double[] epochs;
  private int next;

  /** Hourly epochs from {@link #et} on. */
  @Override
  protected void prepare() {
    super.prepare();
    epochs = BenchKernels.hourlyEpochs(et, EPOCHS);
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
