package io.github.spice4j.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.Spice;
import io.github.spice4j.SpiceCancelledException;
import io.github.spice4j.SpiceException;
import io.github.spice4j.SpiceOptions;
import io.github.spice4j.SpicePool;
import io.github.spice4j.TestData;
import io.github.spice4j.TimeInterval;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Engine settings reach the engine through the facade (the jni package is not exported). */
class SpiceOptionsTest {
  @TempDir Path tmp;

  @Test
  void aCallTimeoutSetOnTheFacadeStopsALongCall() {
    // 2 s: loading and the rebuild's kernel replay run under the same deadline and take a few hundred ms on a
    // loaded 2-core machine; the search (7.4 million 10 s steps) needs far longer.
    try (Spice spice = Spice.create(SpiceOptions.defaults().withCallTimeout(Duration.ofSeconds(2)))) {
      EngineHealth.load(spice.backend());
      SpiceCancelledException e = assertThrows(SpiceCancelledException.class, () -> spice.backend().gf()
          .gfdist("MOON", "NONE", "EARTH", "LOCMIN", 0, 0, 10, 1000, List.of(new TimeInterval(7.26e8, 8.0e8))));
      assertEquals("SPICE4J(DEADLINE)", e.shortMessage(), e.getMessage());
      EngineHealth.assertBitExact(spice.backend(), "a deadline set through SpiceOptions");
    }
  }

  @Test
  void confinementSetOnTheFacadeRefusesOtherDirectories() {
    Path lsk = TestData.kernelsDir().resolve("lsk/naif0012.tls");
    try (Spice spice = Spice.create(SpiceOptions.defaults().withConfinement(tmp))) {
      SpiceException e = assertThrows(SpiceException.class, () -> spice.load(lsk));
      assertTrue(e.getMessage().contains("naif0012.tls"), e.getMessage());
    }
    try (Spice spice = Spice.create(SpiceOptions.defaults().withConfinement(TestData.kernelsDir()))) {
      spice.load(lsk);
      assertEquals(1, spice.loadedKernels().size());
    }
  }

  @Test
  void everyEngineOfAPoolGetsTheOptions() {
    Path lsk = TestData.kernelsDir().resolve("lsk/naif0012.tls");
    assertThrows(SpiceException.class,
        () -> SpicePool.create(2, SpiceOptions.defaults().withConfinement(tmp), s -> s.load(lsk)).close());
  }

  @Test
  void badSettingsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> SpiceOptions.defaults().withCallTimeout(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> SpiceOptions.defaults().withCallTimeout(null));
    assertThrows(IllegalArgumentException.class, () -> SpiceOptions.defaults().withConfinement((Path) null));
    assertThrows(IllegalArgumentException.class,
        () -> Spice.create(SpiceOptions.defaults().withConfinement(tmp.resolve("missing"))).close());
  }
}
