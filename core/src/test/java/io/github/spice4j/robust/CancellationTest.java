package io.github.spice4j.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.SpiceCancelledException;
import io.github.spice4j.TimeInterval;
import io.github.spice4j.jni.JniBackend;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 item 2: every engine call is bounded and interruptible. A legitimate but very long call (a
 * GF search over three years at a 10 s step, tens of seconds of CSPICE work in one engine entry) stands
 * in for a runaway one: a deadline, Thread.interrupt() and close() from another thread each stop it with
 * a SpiceCancelledException, after which the engine answers exactly as a fresh one.
 */
class CancellationTest {
  private static final List<TimeInterval> YEARS_2023_2025 = List.of(new TimeInterval(7.26e8, 8.0e8));

  /** One engine entry that runs for tens of seconds. */
  private static List<TimeInterval> longSearch(JniBackend b) {
    return b.gf().gfdist("MOON", "NONE", "EARTH", "LOCMIN", 0, 0, 10, 1000, YEARS_2023_2025);
  }

  private static JniBackend loaded() {
    JniBackend b = JniBackend.create();
    EngineHealth.load(b);
    return b;
  }

  @Test
  void aCallPastItsDeadlineStopsAndTheEngineRecovers() {
    try (JniBackend b = loaded()) {
      b.callTimeout(Duration.ofMillis(300));
      long t0 = System.nanoTime();
      SpiceCancelledException e = assertThrows(SpiceCancelledException.class, () -> longSearch(b));
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
      assertEquals("SPICE4J(DEADLINE)", e.shortMessage(), e.getMessage());
      assertTrue(ms < 20_000, "stopped after " + ms + " ms");
      System.out.println("deadline stop latency: " + (ms - 300) + " ms past the 300 ms deadline");
      EngineHealth.assertBitExact(b, "a call stopped at its deadline");
    }
  }

  @Test
  void interruptingTheCallingThreadStopsTheCall() throws Exception {
    try (JniBackend b = loaded()) {
      CompletableFuture<Throwable> outcome = new CompletableFuture<>();
      Thread worker = new Thread(() -> {
        try {
          longSearch(b);
          outcome.complete(null);
        } catch (Throwable t) {
          outcome.complete(t);
        }
      });
      worker.start();
      Thread.sleep(300);
      long t0 = System.nanoTime();
      worker.interrupt();
      Throwable t = outcome.get(20, TimeUnit.SECONDS);
      System.out.println("interrupt stop latency: " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0) + " ms");
      assertTrue(t instanceof SpiceCancelledException, String.valueOf(t));
      assertEquals("SPICE4J(INTERRUPTED)", ((SpiceCancelledException) t).shortMessage());
      worker.join();
      EngineHealth.assertBitExact(b, "an interrupted call");
    }
  }

  @Test
  void closeFromAnotherThreadStopsTheRunningCall() throws Exception {
    JniBackend b = loaded();
    CompletableFuture<List<TimeInterval>> running = CompletableFuture.supplyAsync(() -> longSearch(b));
    Thread.sleep(300);
    CompletableFuture<Void> closed = CompletableFuture.runAsync(b::close);
    closed.get(20, TimeUnit.SECONDS);
    ExecutionException e = assertThrows(ExecutionException.class, () -> running.get(20, TimeUnit.SECONDS));
    assertTrue(e.getCause() instanceof SpiceCancelledException, String.valueOf(e.getCause()));
    assertEquals("SPICE4J(CANCELLED)", ((SpiceCancelledException) e.getCause()).shortMessage());
    assertThrows(IllegalStateException.class, () -> b.time().str2et("2024-01-01"));
  }

  @Test
  void theTimeoutMustBePositive() {
    try (JniBackend b = JniBackend.create()) {
      assertThrows(IllegalArgumentException.class, () -> b.callTimeout(Duration.ZERO));
      assertThrows(IllegalArgumentException.class, () -> b.callTimeout(Duration.ofSeconds(-1)));
      assertThrows(IllegalArgumentException.class, () -> b.callTimeout(null));
    }
  }
}
