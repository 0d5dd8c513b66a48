package io.github.spice4j.jni;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.TestData;
import org.junit.jupiter.api.Test;

/**
 * The host fast paths for the engine's runtime primitives (native-src/engine-patch) give the same bytes
 * and results as the guest's own code: random arguments, overlapping ranges, blank-padded strings,
 * negative lengths and counts; and a real computation is unchanged with them on.
 */
class GuestPrimitivesCheckTest {
  @Test
  void fastPathsAreOnUnlessTheEnvironmentSaysOff() {
    assertEquals(!"off".equals(System.getenv("SPICE4J_GUEST_PRIMS")), JniBackend.guestPrimitives());
  }

  @Test
  void fastPathsMatchTheGuestsOwnCode() {
    try (JniBackend spice = JniBackend.create()) {
      for (long seed : new long[] {1, 0x5eed, 20261206}) {
        assertNull(spice.guestPrimitivesCheck(seed, 100_000), "seed " + seed);
      }
      assertTrue(JniBackend.guestPrimitives() || "off".equals(System.getenv("SPICE4J_GUEST_PRIMS")),
          "the check restores the switch");
    }
  }

  @Test
  void theEngineStillComputesAfterTheCheck() {
    try (JniBackend spice = JniBackend.create()) {
      spice.kernels().furnsh(TestData.kernel("lsk/naif0012.tls"));
      double before = spice.time().str2et("2024-06-01T12:00:00");
      assertNull(spice.guestPrimitivesCheck(7, 10_000));
      assertEquals(before, spice.time().str2et("2024-06-01T12:00:00"));
    }
  }
}
