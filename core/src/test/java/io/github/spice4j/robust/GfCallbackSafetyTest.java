package io.github.spice4j.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.GfConstraint;
import io.github.spice4j.GfProgressListener;
import io.github.spice4j.Spice;
import io.github.spice4j.SpiceEngineTrapException;
import io.github.spice4j.TimeInterval;
import io.github.spice4j.jni.JniBackend;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 item 1: a GF progress listener that closes the engine, or makes it trap, while the search is
 * running. Before the fix the search went on with the freed engine instance (SIGSEGV).
 */
class GfCallbackSafetyTest {
  /** 2024-01-01 .. 2024-07-01: long enough for many pieces, hence many progress calls. */
  private static final List<TimeInterval> H1_2024 = List.of(new TimeInterval(757339269.18, 773064069.18));
  private static final double DAY = 86400;

  private static List<TimeInterval> perigees(Spice spice, GfProgressListener listener) {
    return spice.eventFinder().distance("MOON", "EARTH", AberrationCorrection.NONE, GfConstraint.localMinimum(), H1_2024,
        DAY, listener);
  }

  /** Runs action once, on the first progress report. */
  private static GfProgressListener onFirstProgress(Runnable action) {
    return new GfProgressListener() {
      boolean done;

      @Override
      public void progress(double fraction) {
        if (!done) {
          done = true;
          action.run();
        }
      }
    };
  }

  private static List<TimeInterval> expected() {
    try (JniBackend fresh = JniBackend.create()) {
      EngineHealth.load(fresh);
      return perigees(Spice.over(fresh), f -> {});
    }
  }

  @Test
  void closeInsideAListenerEndsTheSearchAndClosesTheEngine() {
    JniBackend backend = JniBackend.create();
    EngineHealth.load(backend);
    Spice spice = Spice.over(backend);
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> perigees(spice, onFirstProgress(spice::close)));
    assertTrue(e.getMessage().contains("closed"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> spice.utcToEt("2024-01-01"));
    spice.close(); // idempotent
  }

  @Test
  void aTrapInsideAListenerEndsTheSearchWithThatTrap() {
    try (JniBackend backend = JniBackend.create()) {
      EngineHealth.load(backend);
      Spice spice = Spice.over(backend);
      assertThrows(SpiceEngineTrapException.class, () -> perigees(spice, onFirstProgress(backend::forceTrap)));
      EngineHealth.assertBitExact(backend, "a trap raised inside a progress listener");
      assertEquals(expected(), perigees(spice, f -> {}));
    }
  }

  @Test
  void aTrapCaughtByTheListenerStillEndsTheSearchCleanly() {
    try (JniBackend backend = JniBackend.create()) {
      EngineHealth.load(backend);
      Spice spice = Spice.over(backend);
      GfProgressListener swallowing = onFirstProgress(() -> {
        try {
          backend.forceTrap();
        } catch (SpiceEngineTrapException expected) {
          // the listener carries on as if nothing happened
        }
      });
      assertThrows(SpiceEngineTrapException.class, () -> perigees(spice, swallowing));
      EngineHealth.assertBitExact(backend, "a trap swallowed by a progress listener");
    }
  }

  @Test
  void engineCallsFromAListenerStillWork() {
    try (JniBackend backend = JniBackend.create()) {
      EngineHealth.load(backend);
      Spice spice = Spice.over(backend);
      double[] seen = new double[1];
      List<TimeInterval> r = perigees(spice, onFirstProgress(() -> seen[0] = spice.utcToEt("2024-01-01T00:00:00")));
      assertEquals(757339269.1839061, seen[0], 1e-6);
      assertEquals(expected(), r);
    }
  }
}
