package io.github.spice4j.bench;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.EventFinder;
import io.github.spice4j.Geometry;
import io.github.spice4j.Occultation;
import io.github.spice4j.OccultingBody;
import io.github.spice4j.TimeInterval;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Event search speed: a year of solar eclipses seen from the Earth (CSPICE {@code gfoclt_c} with the Moon and
 * the Sun as ellipsoids, LT, 180 s step) through {@link EventFinder#occultation}, next to one
 * {@code occult_c} sample. A plain step-by-step search over 2024 would take 175,680 samples; the ratio of the
 * two results is how many samples' worth of work the search really does (it skips the stretches where the
 * bodies' disks are provably apart).
 */
public class EventsBenchmark extends EngineBenchmark {
  private List<TimeInterval> year;
  private EventFinder events;

  /** The 2024 window and the finder, made once. */
  @Override
  protected void prepare() {
    super.prepare();
    year = List.of(new TimeInterval(spice.utcToEt("2024-01-01"), spice.utcToEt("2025-01-01")));
    events = spice.eventFinder();
  }

  /**
   * The solar eclipses of 2024 (8 April, 2 October).
   *
   * @return the eclipse intervals
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<TimeInterval> yearOfSolarEclipses() {
    return events.occultation("ANY", OccultingBody.ellipsoid("MOON", "IAU_MOON"),
        OccultingBody.ellipsoid("SUN", "IAU_SUN"), AberrationCorrection.LT, "EARTH", year, 180);
  }

  /**
   * One sample of that search: CSPICE {@code occult_c} at {@link BenchKernels#UTC}.
   *
   * @return the occultation state
   */
  @Benchmark
  public Occultation occultSample() {
    return spice.geometry().occultation("MOON", Geometry.ELLIPSOID, "IAU_MOON", "SUN", Geometry.ELLIPSOID, "IAU_SUN",
        "EARTH", AberrationCorrection.LT, et);
  }
}
