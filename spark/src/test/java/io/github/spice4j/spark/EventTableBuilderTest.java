package io.github.spice4j.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.GfConstraint;
import io.github.spice4j.OccultingBody;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Window cutting, merging and input checks of {@link EventTable}, without a Spark session. */
class EventTableBuilderTest {
  private static final SpiceKernels KERNELS = SpiceKernels.builder()
      .bytes(Path.of(System.getProperty("spice4j.kernels", "../../shared/kernels")).resolve("lsk/naif0012.tls")).build();
  private static final EventSearch SEARCH = EventSearch.distance("MOON", "EARTH", AberrationCorrection.NONE,
      GfConstraint.lessThan(4e5), 10.0);

  @Test
  void windowsFollowTheSearchStep() {
    // [0, 105] in steps of 10, 4 steps a window: [0,40], [40,80], [80,105]; and a zero-length range.
    EventTable t = EventTable.builder(KERNELS).search("MOON", SEARCH).windowSteps(4).overlapSteps(1)
        .range(0, 105).range(7, 7).build();
    assertEquals(4, t.windowCount());
    assertEquals(List.of("target", "start_et", "stop_et", "duration"), List.of(t.schema().fieldNames()));
    assertEquals(List.of("target", "start_et", "stop_et", "start_utc", "stop_utc", "duration"),
        List.of(EventTable.builder(KERNELS).search("MOON", SEARCH).range(0, 1).utc(0).build().schema().fieldNames()));
  }

  @Test
  void piecesMeetingAtBoundariesAreJoined() {
    List<double[]> merged = EventTable.merge(List.of(new double[] {40, 45}, new double[] {1, 2},
        new double[] {30, 40}, new double[] {45, 45}, new double[] {50, 50}, new double[] {50, 60}));
    assertEquals(3, merged.size());
    assertArrayEquals(new double[] {1, 2}, merged.get(0));
    assertArrayEquals(new double[] {30, 45}, merged.get(1));
    assertArrayEquals(new double[] {50, 60}, merged.get(2));
  }

  @Test
  void badDescriptionsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> EventTable.builder(KERNELS).range(0, 1).build());
    assertThrows(IllegalArgumentException.class, () -> EventTable.builder(KERNELS).search("MOON", SEARCH).build());
    assertThrows(IllegalArgumentException.class, () -> EventTable.builder(KERNELS).range(1, 0));
    assertThrows(IllegalArgumentException.class, () -> EventTable.builder(KERNELS).windowSteps(0));
    assertThrows(IllegalArgumentException.class, () -> EventTable.builder(KERNELS).overlapSteps(-1));
    assertThrows(IllegalArgumentException.class, () -> EventTable.builder(KERNELS).utc(15));
    // Absolute extrema need the whole range at once.
    assertThrows(IllegalArgumentException.class, () -> EventSearch.distance("MOON", "EARTH",
        AberrationCorrection.NONE, GfConstraint.absoluteMinimum(0), 10.0));
    assertThrows(IllegalArgumentException.class, () -> EventSearch.occultation("ANY", OccultingBody.point("MOON"),
        OccultingBody.point("SUN"), AberrationCorrection.NONE, "EARTH", 0.0));
  }
}
