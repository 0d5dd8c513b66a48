package io.github.spice4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.spice4j.parity.GoldenCompare;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** SpicePool: engines lent one caller at a time, all answering CSPICE's spkezr goldens from many threads. */
class SpicePoolTest {
  private static final int SIZE = 3;
  private static final int THREADS = 6;

  private static Path[] goldenKernels(String file) {
    return TestData.kernelList(TestData.golden(file)).stream().map(TestData::kernel).toArray(Path[]::new);
  }

  /** Every spkezr case of ephemeris.json with a state expected (error cases are covered elsewhere). */
  private static List<JsonNode> spkezrCases() {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode c : TestData.golden("ephemeris.json").get("cases")) {
      if ("spkezr".equals(c.path("call").asText()) && c.path("expect").has("starg")) out.add(c);
    }
    assertTrue(out.size() > 10, "too few spkezr goldens: " + out.size());
    return out;
  }

  private static void assertGolden(Spice s, JsonNode c) {
    JsonNode a = c.get("args");
    StateVector st = s.backend().ephemeris().spkezr(a.get("targ").asText(), a.get("et").asDouble(), a.get("ref").asText(),
        a.get("abcorr").asText(), a.get("obs").asText());
    var arr = JsonNodeFactory.instance.arrayNode();
    for (double x : st.toArray()) arr.add(x);
    List<String> p = GoldenCompare.compare(c.get("expect"), c.get("tol"),
        Map.of("starg", arr, "lt", DoubleNode.valueOf(st.lightTime())));
    assertTrue(p.isEmpty(), () -> c.get("id").asText() + ": " + p);
  }

  @Test
  void manyThreadsGetGoldenStatesAndShareAtMostSizeEngines() throws Exception {
    List<JsonNode> cases = spkezrCases();
    Set<Spice> used = ConcurrentHashMap.newKeySet();
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger maxInside = new AtomicInteger();
    try (SpicePool pool = SpicePool.create(SIZE, goldenKernels("ephemeris.json"))) {
      assertEquals(SIZE, pool.size());
      ExecutorService ex = Executors.newFixedThreadPool(THREADS);
      CountDownLatch start = new CountDownLatch(1);
      try {
        List<Future<Integer>> fs = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          fs.add(ex.submit(() -> {
            start.await();
            int n = 0;
            for (int round = 0; round < 5; round++) {
              for (JsonNode c : cases) {
                pool.run(s -> {
                  maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                  used.add(s);
                  try {
                    assertGolden(s, c);
                  } finally {
                    inside.decrementAndGet();
                  }
                });
                n++;
              }
            }
            return n;
          }));
        }
        start.countDown();
        for (Future<Integer> f : fs) assertEquals(5 * cases.size(), f.get(5, TimeUnit.MINUTES));
      } finally {
        ex.shutdownNow();
      }
      assertTrue(maxInside.get() <= SIZE, "more callers than engines at once: " + maxInside.get());
      assertTrue(maxInside.get() > 1, "engines were never used at the same time");
      assertEquals(SIZE, used.size(), "every engine should have served calls");
    }
  }

  /** Issue 11 item 8: a borrower closing its Spice (e.g. try-with-resources) must not break its slot. */
  @Test
  void borrowerCloseLeavesTheEngineInThePool() {
    JsonNode c = spkezrCases().get(0);
    try (SpicePool pool = SpicePool.create(2, goldenKernels("ephemeris.json"))) {
      for (int i = 0; i < 4; i++) {
        pool.run(s -> {
          try (s) {
            assertGolden(s, c);
          }
        });
      }
      for (int i = 0; i < 100; i++) pool.run(s -> assertGolden(s, c));
    }
  }

  /** Issue 11: a borrower closing the lent backend itself is refused, and the slot keeps working. */
  @Test
  void borrowerClosingTheBackendIsRefusedAndTheSlotKeepsWorking() {
    JsonNode c = spkezrCases().get(0);
    try (SpicePool pool = SpicePool.create(2, goldenKernels("ephemeris.json"))) {
      for (int i = 0; i < 4; i++) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> pool.run(s -> s.backend().close()));
        assertTrue(e.getMessage().contains("SpicePool"), e.getMessage());
      }
      for (int i = 0; i < 100; i++) pool.run(s -> assertGolden(s, c)); // each call throws if its slot broke
    }
  }

  @Test
  void broadcastChangesEveryEngine() {
    try (SpicePool pool = SpicePool.create(SIZE, TestData.kernel("lsk/naif0012.tls"))) {
      JsonNode c = spkezrCases().get(0);
      assertThrows(SpiceException.class, () -> pool.run(s -> assertGolden(s, c)), "no SPK loaded yet");
      pool.broadcast(s -> s.load(goldenKernels("ephemeris.json")));
      // A second broadcast visits every engine: each now answers from the SPK loaded by the first.
      Set<Spice> seen = ConcurrentHashMap.newKeySet();
      pool.broadcast(s -> {
        assertGolden(s, c);
        seen.add(s);
      });
      assertEquals(SIZE, seen.size());
    }
  }

  @Test
  void aSpiceErrorLeavesTheEngineInThePoolAndUsable() {
    try (SpicePool pool = SpicePool.create(1, goldenKernels("ephemeris.json"))) {
      SpiceException e = assertThrows(SpiceException.class,
          () -> pool.call(s -> s.state("NO SUCH BODY", "EARTH", "J2000", AberrationCorrection.NONE, 7.5e8)));
      assertEquals("SPICE(IDCODENOTFOUND)", e.shortMessage());
      pool.run(s -> assertGolden(s, spkezrCases().get(0)));
    }
  }

  @Test
  void nestedBorrowAndBroadcastAreRefused() {
    try (SpicePool pool = SpicePool.create(2, TestData.kernel("lsk/naif0012.tls"))) {
      pool.run(outer -> {
        assertThrows(IllegalStateException.class, () -> pool.run(inner -> { }));
        assertThrows(IllegalStateException.class, () -> pool.broadcast(s -> { }));
        assertEquals(757339269.1839061, outer.utcToEt("2024-01-01T00:00:00"), 1e-6);
      });
    }
  }

  @Test
  void closedPoolRefusesAndLentEngineClosesOnReturn() throws Exception {
    SpicePool pool = SpicePool.create(1, TestData.kernel("lsk/naif0012.tls"));
    CountDownLatch lent = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    Spice[] engine = new Spice[1];
    Thread t = new Thread(() -> pool.run(s -> {
      engine[0] = s;
      lent.countDown();
      try {
        closed.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      // Still usable until the call returns.
      assertEquals(757339269.1839061, s.utcToEt("2024-01-01T00:00:00"), 1e-6);
    }));
    t.start();
    lent.await();
    pool.close();
    closed.countDown();
    t.join(10_000);
    assertThrows(IllegalStateException.class, () -> pool.run(s -> { }));
    assertThrows(IllegalStateException.class, () -> engine[0].utcToEt("2024-01-01T00:00:00"));
  }

  @Test
  void setupFailureClosesWhatWasMade() {
    List<Spice> made = new ArrayList<>();
    assertThrows(SpiceException.class, () -> SpicePool.create(2, s -> {
      made.add(s);
      s.load(Path.of("/no/such/kernel.bsp"));
    }));
    assertEquals(1, made.size());
    assertThrows(IllegalStateException.class, () -> made.get(0).utcToEt("2024-01-01T00:00:00"));
  }

  @Test
  void sizeBelowOneIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SpicePool.create(0, s -> { }));
    assertTrue(e.getMessage().contains("at least 1"), e.getMessage());
    assertSame(IllegalArgumentException.class, e.getClass());
  }

  @Test
  void submitAnswersGoldensOnWorkerThreadsInAnyNumber() throws Exception {
    List<JsonNode> cases = spkezrCases();
    try (SpicePool pool = SpicePool.create(2, goldenKernels("ephemeris.json"))) {
      List<java.util.concurrent.CompletableFuture<String>> fs = new ArrayList<>();
      // More tasks than the queue holds: submit blocks for room instead of failing.
      int n = 3 * SpicePool.QUEUE_PER_ENGINE * pool.size();
      for (int i = 0; i < n; i++) {
        JsonNode c = cases.get(i % cases.size());
        fs.add(pool.submit(s -> {
          assertGolden(s, c);
          return Thread.currentThread().getName();
        }));
      }
      Set<String> threads = new java.util.HashSet<>();
      for (var f : fs) threads.add(f.get(5, TimeUnit.MINUTES));
      assertTrue(threads.size() <= pool.size() && threads.stream().allMatch(t -> t.startsWith("spice4j-pool-")),
          threads::toString);
      SpiceException e = assertThrows(java.util.concurrent.ExecutionException.class, () -> pool.submit(
          s -> s.state("NO SUCH BODY", "EARTH", "J2000", AberrationCorrection.NONE, 7.5e8)).get()).getCause()
          instanceof SpiceException se ? se : null;
      assertEquals("SPICE(IDCODENOTFOUND)", e.shortMessage());
    }
  }

  @Test
  void cancelInterruptsTheRunningWorkerAndSkipsQueuedTasks() throws Exception {
    try (SpicePool pool = SpicePool.create(1, TestData.kernel("lsk/naif0012.tls"))) {
      CountDownLatch started = new CountDownLatch(1);
      CountDownLatch interrupted = new CountDownLatch(1);
      var running = pool.submit(s -> {
        started.countDown();
        try {
          new CountDownLatch(1).await(); // until interrupted
        } catch (InterruptedException e) {
          interrupted.countDown();
        }
        return 0;
      });
      AtomicInteger queuedRan = new AtomicInteger();
      var queued = pool.submit(s -> queuedRan.incrementAndGet());
      assertTrue(started.await(30, TimeUnit.SECONDS));
      assertTrue(queued.cancel(true));
      assertTrue(running.cancel(true));
      assertTrue(interrupted.await(30, TimeUnit.SECONDS), "the worker was not interrupted");
      assertThrows(java.util.concurrent.CancellationException.class, running::join);
      // The worker carries no interrupt into the next task, and the cancelled one never ran.
      assertEquals(757339269.1839061, pool.submit(s -> {
        assertTrue(!Thread.currentThread().isInterrupted());
        return s.utcToEt("2024-01-01T00:00:00");
      }).get(30, TimeUnit.SECONDS), 1e-6);
      assertEquals(0, queuedRan.get());
    }
  }

  @Test
  void closeCancelsQueuedTasksAndRefusesNewOnes() throws Exception {
    SpicePool pool = SpicePool.create(1, TestData.kernel("lsk/naif0012.tls"));
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    var first = pool.submit(s -> {
      started.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return 1;
    });
    var second = pool.submit(s -> 2);
    assertTrue(started.await(30, TimeUnit.SECONDS));
    pool.close();
    release.countDown();
    assertTrue(second.isCancelled());
    assertEquals(1, first.get(30, TimeUnit.SECONDS));
    assertThrows(IllegalStateException.class, () -> pool.submit(s -> 3));
    pool.close(); // idempotent
    assertThrows(IllegalStateException.class, () -> pool.call(s -> 4));
  }
}
