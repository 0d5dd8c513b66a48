package io.github.spice4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.spice4j.jni.JniBackend;
import io.github.spice4j.parity.GoldenCompare;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Concurrent calls give bit-identical results to sequential ones; separate backends do not interfere, run
 * in parallel (no process-wide lock), and a trap in one never reaches another.
 */
class ConcurrencyTest {
  private static final List<String> KERNELS =
      List.of("lsk/naif0012.tls", "pck/pck00011.tpc", "spk/de440s_2023_2026_excerpt.bsp");
  private static final int THREADS = 8;
  private static final int CALLS = 2000;
  /** ET range inside 2023..2025, within the de440s excerpt coverage (725716800 .. 820756800). */
  private static final double ET_MIN = 731_000_000;
  private static final double ET_MAX = 789_000_000;
  private static final String[] BODIES = {"EARTH", "MOON", "SUN", "MARS BARYCENTER", "DSS-14", "FOOBAR", "301"};

  /** One call; its result encoded as an exact, comparable value (raw bits of doubles). */
  private record Op(int kind, double et, String text) {
    Object run(JniBackend b) {
      return switch (kind) {
        case 0 -> bits(b.ephemeris().spkezr("MOON", et, "J2000", "NONE", "EARTH"));
        case 1 -> Double.doubleToRawLongBits(b.time().str2et(text));
        case 2 -> b.time().et2utc(et, "ISOC", 6);
        case 3 -> bits(b.frames().pxform("J2000", "IAU_EARTH", et).toRowMajor());
        default -> b.idsNames().bodn2c(text).isPresent() ? b.idsNames().bodn2c(text).getAsInt() : Integer.MIN_VALUE;
      };
    }
  }

  private static List<Long> bits(StateVector s) {
    List<Long> out = new ArrayList<>();
    for (double d : s.toArray()) out.add(Double.doubleToRawLongBits(d));
    out.add(Double.doubleToRawLongBits(s.lightTime()));
    return out;
  }

  private static List<Long> bits(double[] v) {
    List<Long> out = new ArrayList<>();
    for (double d : v) out.add(Double.doubleToRawLongBits(d));
    return out;
  }

  private static List<Op> ops(int seed) {
    Random r = new Random(seed);
    List<Op> ops = new ArrayList<>(CALLS);
    for (int i = 0; i < CALLS; i++) {
      int kind = r.nextInt(5);
      double et = ET_MIN + r.nextDouble() * (ET_MAX - ET_MIN);
      String text = switch (kind) {
        case 1 -> String.format("2024-%02d-%02dT%02d:%02d:%02d.%03d", 1 + r.nextInt(12), 1 + r.nextInt(28),
            r.nextInt(24), r.nextInt(60), r.nextInt(60), r.nextInt(1000));
        case 4 -> BODIES[r.nextInt(BODIES.length)];
        default -> "";
      };
      ops.add(new Op(kind, et, text));
    }
    return ops;
  }

  private static void checkGoldens(JniBackend b) {
    JsonNode c = TestData.goldenCase("ephemeris.json", "spkezr.moon-wrt-earth.j2000.none.2024-01-01");
    JsonNode a = c.get("args");
    StateVector s = b.ephemeris().spkezr("MOON", a.get("et").asDouble(), "J2000", "NONE", "EARTH");
    var arr = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    for (double x : s.toArray()) arr.add(x);
    List<String> p = GoldenCompare.compare(c.get("expect"), c.get("tol"),
        Map.of("starg", arr, "lt", com.fasterxml.jackson.databind.node.DoubleNode.valueOf(s.lightTime())));
    assertTrue(p.isEmpty(), () -> "spkezr golden: " + p);

    JsonNode px = TestData.goldenCase("frames.json", "pxform.j2000-iau_earth");
    double[] m = b.frames().pxform("J2000", "IAU_EARTH", px.get("args").get("et").asDouble()).toRowMajor();
    var rows = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    for (int i = 0; i < 3; i++) rows.addArray().add(m[3 * i]).add(m[3 * i + 1]).add(m[3 * i + 2]);
    List<String> q = GoldenCompare.compare(px.get("expect"), px.get("tol"), Map.of("rotate", rows));
    assertTrue(q.isEmpty(), () -> "pxform golden: " + q);

    assertEquals(757339269.1839061, b.time().str2et("2024-01-01T00:00:00"), 1e-6);
    assertEquals(399, b.idsNames().bodn2c("EARTH").getAsInt());
    assertEquals(301, b.idsNames().bodn2c("MOON").getAsInt());
  }

  @Test
  void concurrentCallsMatchSequentialBitForBit() throws Exception {
    try (JniBackend b = JniBackend.create()) {
      TestData.loadKernels(b, KERNELS);
      checkGoldens(b);
      List<List<Op>> work = new ArrayList<>();
      List<List<Object>> expected = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        List<Op> ops = ops(1000 + t);
        work.add(ops);
        List<Object> exp = new ArrayList<>();
        for (Op op : ops) exp.add(op.run(b));
        expected.add(exp);
      }
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        List<Future<Integer>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          int ti = t;
          futures.add(pool.submit(() -> {
            List<Op> ops = work.get(ti);
            for (int i = 0; i < ops.size(); i++) {
              Object got = ops.get(i).run(b);
              assertEquals(expected.get(ti).get(i), got, "thread " + ti + " call " + i + " " + ops.get(i));
            }
            return ops.size();
          }));
        }
        int total = 0;
        for (Future<Integer> f : futures) total += f.get(5, TimeUnit.MINUTES);
        assertEquals(THREADS * CALLS, total);
      } finally {
        pool.shutdownNow();
      }
      checkGoldens(b);
    }
  }

  @Test
  void separateBackendsDoNotInterfere() throws Exception {
    try (JniBackend steady = JniBackend.create(); JniBackend churn = JniBackend.create()) {
      TestData.loadKernels(steady, KERNELS);
      TestData.loadKernels(churn, KERNELS);
      checkGoldens(steady);
      double[] ets = new double[200];
      List<List<Long>> expected = new ArrayList<>();
      Random r = new Random(7);
      for (int i = 0; i < ets.length; i++) {
        ets[i] = ET_MIN + r.nextDouble() * (ET_MAX - ET_MIN);
        expected.add(bits(steady.ephemeris().spkezr("MOON", ets[i], "J2000", "NONE", "EARTH")));
      }
      AtomicBoolean stop = new AtomicBoolean();
      AtomicInteger cycles = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        Future<?> churner = pool.submit(() -> {
          while (!stop.get()) {
            churn.kernels().kclear();
            for (String k : KERNELS) churn.kernels().furnsh(TestData.kernel(k));
            churn.ephemeris().spkezr("MOON", ets[cycles.get() % ets.length], "J2000", "NONE", "EARTH");
            cycles.incrementAndGet();
          }
          return null;
        });
        Future<?> reader = pool.submit(() -> {
          for (int round = 0; round < 20; round++) {
            for (int i = 0; i < ets.length; i++) {
              List<Long> got = bits(steady.ephemeris().spkezr("MOON", ets[i], "J2000", "NONE", "EARTH"));
              assertEquals(expected.get(i), got, "round " + round + " et " + ets[i]);
            }
          }
          return null;
        });
        reader.get(5, TimeUnit.MINUTES);
        stop.set(true);
        churner.get(1, TimeUnit.MINUTES);
      } finally {
        stop.set(true);
        pool.shutdownNow();
      }
      assertTrue(cycles.get() > 0, "the churning backend made no kclear/furnsh cycles");
      checkGoldens(steady);
      checkGoldens(churn);
    }
  }

  /**
   * One engine per thread, all running at once while another engine traps and raises SPICE errors over
   * and over: every call on the steady engines stays bit-identical to its sequential result (traps unwind
   * through a thread-local jmp_buf into their own engine only), and the trapping engine recovers each time.
   */
  @Test
  void parallelEnginesStayExactWhileAnotherTraps() throws Exception {
    int engines = 4;
    List<JniBackend> backends = new ArrayList<>();
    try (JniBackend trapping = JniBackend.create()) {
      TestData.loadKernels(trapping, KERNELS);
      List<List<Op>> work = new ArrayList<>();
      List<List<Object>> expected = new ArrayList<>();
      for (int t = 0; t < engines; t++) {
        JniBackend b = JniBackend.create();
        backends.add(b);
        TestData.loadKernels(b, KERNELS);
        checkGoldens(b);
        List<Op> ops = ops(2000 + t);
        List<Object> exp = new ArrayList<>();
        for (Op op : ops) exp.add(op.run(b));
        work.add(ops);
        expected.add(exp);
      }
      AtomicBoolean stop = new AtomicBoolean();
      AtomicInteger traps = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(engines + 1);
      try {
        Future<?> trapper = pool.submit(() -> {
          while (!stop.get()) {
            try {
              trapping.forceTrap();
            } catch (SpiceEngineTrapException expectedTrap) {
              traps.incrementAndGet();
            }
            try {
              trapping.ephemeris().spkezr("NO SUCH BODY", ET_MIN, "J2000", "NONE", "EARTH");
            } catch (SpiceException expectedError) {
              assertEquals("SPICE(IDCODENOTFOUND)", expectedError.shortMessage());
            }
          }
          return null;
        });
        List<Future<Integer>> futures = new ArrayList<>();
        for (int t = 0; t < engines; t++) {
          int ti = t;
          futures.add(pool.submit(() -> {
            List<Op> ops = work.get(ti);
            for (int round = 0; round < 3; round++) {
              for (int i = 0; i < ops.size(); i++) {
                Object got = ops.get(i).run(backends.get(ti));
                assertEquals(expected.get(ti).get(i), got, "engine " + ti + " call " + i + " " + ops.get(i));
              }
            }
            return ops.size();
          }));
        }
        for (Future<Integer> f : futures) assertEquals(CALLS, f.get(5, TimeUnit.MINUTES));
        stop.set(true);
        trapper.get(1, TimeUnit.MINUTES);
      } finally {
        stop.set(true);
        pool.shutdownNow();
      }
      assertTrue(traps.get() > 0, "the trapping engine never trapped");
      checkGoldens(trapping);
      for (JniBackend b : backends) checkGoldens(b);
    } finally {
      for (JniBackend b : backends) b.close();
    }
  }
}
