package io.github.spice4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.spice4j.backend.SpiceBackend;
import io.github.spice4j.parity.GoldenCompare;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Batch calls (many epochs or strings per call): CSPICE's goldens, and bit-for-bit equality with the
 * single-epoch routines across chunk boundaries, with failures reported at the failing index.
 */
class BatchTest {
  /** More than two of the JNI layer's 1024-item chunks, with a partial last one. */
  private static final int N = 2500;

  private static Spice spice;
  private static SpiceBackend b;
  private static double[] ets;

  @BeforeAll
  static void load() {
    spice = Spice.create();
    b = spice.backend();
    TestData.loadGoldenKernels(b, "ephemeris.json");
    double et0 = b.time().str2et("2024-01-01T00:00:00");
    ets = new double[N];
    for (int i = 0; i < N; i++) ets[i] = et0 + 3599.5 * i;
  }

  @AfterAll
  static void close() {
    spice.close();
  }

  @Test
  void statesMatchCspiceGoldensPerQuery() {
    Map<List<String>, List<JsonNode>> byQuery = new LinkedHashMap<>();
    for (JsonNode c : TestData.golden("ephemeris.json").get("cases")) {
      if (!"spkezr".equals(c.path("call").asText()) || !c.path("expect").has("starg")) continue;
      JsonNode a = c.get("args");
      byQuery.computeIfAbsent(List.of(a.get("targ").asText(), a.get("ref").asText(), a.get("abcorr").asText(),
          a.get("obs").asText()), k -> new ArrayList<>()).add(c);
    }
    int checked = 0;
    for (Map.Entry<List<String>, List<JsonNode>> q : byQuery.entrySet()) {
      List<String> k = q.getKey();
      double[] e = q.getValue().stream().mapToDouble(c -> c.get("args").get("et").asDouble()).toArray();
      double[] states = new double[6 * e.length];
      double[] lts = new double[e.length];
      b.ephemeris().spkezr(k.get(0), e, 0, e.length, k.get(1), k.get(2), k.get(3), states, lts);
      for (int i = 0; i < e.length; i++) {
        JsonNode c = q.getValue().get(i);
        var arr = JsonNodeFactory.instance.arrayNode();
        for (int j = 0; j < 6; j++) arr.add(states[6 * i + j]);
        List<String> p = GoldenCompare.compare(c.get("expect"), c.get("tol"),
            Map.of("starg", arr, "lt", DoubleNode.valueOf(lts[i])));
        assertTrue(p.isEmpty(), () -> c.get("id").asText() + ": " + p);
        checked++;
      }
    }
    assertTrue(checked > 10, "too few spkezr goldens: " + checked);
  }

  @Test
  void statesAndPositionsEqualSingleCallsBitForBit() {
    for (AberrationCorrection corr : new AberrationCorrection[] {AberrationCorrection.NONE, AberrationCorrection.LT_S}) {
      EphemerisBatch states = spice.states("MOON", "EARTH", "J2000", corr, ets);
      EphemerisBatch positions = spice.positions("MOON", "EARTH", "J2000", corr, ets);
      assertEquals(N, states.size());
      for (int i = 0; i < N; i++) {
        assertEquals(spice.state("MOON", "EARTH", "J2000", corr, ets[i]), states.state(i), "state " + i);
        assertEquals(spice.position("MOON", "EARTH", "J2000", corr, ets[i]), positions.position(i), "pos " + i);
      }
    }
  }

  @Test
  void rangeWithinLargerArraysAndNullLightTimes() {
    double[] states = new double[6 * 10];
    b.ephemeris().spkezr("MOON", ets, 1200, 10, "J2000", "LT+S", "EARTH", states, null);
    for (int i = 0; i < 10; i++) {
      double[] one = b.ephemeris().spkezr("MOON", ets[1200 + i], "J2000", "LT+S", "EARTH").toArray();
      for (int j = 0; j < 6; j++) assertEquals(one[j], states[6 * i + j]);
    }
    assertThrows(IndexOutOfBoundsException.class,
        () -> b.ephemeris().spkezr("MOON", ets, N - 5, 10, "J2000", "NONE", "EARTH", new double[60], null));
    assertThrows(IllegalArgumentException.class,
        () -> b.ephemeris().spkezr("MOON", ets, 0, 10, "J2000", "NONE", "EARTH", new double[59], null));
  }

  @Test
  void rotationsEqualSingleCalls() {
    double[] r = spice.rotations("J2000", "IAU_EARTH", ets);
    double[] x = spice.stateTransforms("J2000", "IAU_MOON", ets);
    for (int i = 0; i < N; i += 7) {
      assertArrayEquals(b.frames().pxform("J2000", "IAU_EARTH", ets[i]).toRowMajor(), java.util.Arrays.copyOfRange(r, 9 * i, 9 * i + 9));
      assertArrayEquals(b.frames().sxform("J2000", "IAU_MOON", ets[i]).toRowMajor(), java.util.Arrays.copyOfRange(x, 36 * i, 36 * i + 36));
    }
  }

  @Test
  void timeConversionsEqualSingleCalls() {
    String[] utc = spice.etToUtc(ets, 3);
    double[] back = spice.utcToEt(utc);
    byte[] records = new byte[24 * N];
    b.time().et2utc(ets, 0, N, "ISOC", 3, records, 24);
    for (int i = 0; i < N; i++) {
      assertEquals(spice.etToUtc(ets[i], 3), utc[i]);
      assertEquals(spice.utcToEt(utc[i]), back[i]);
      assertEquals(utc[i], new String(records, 24 * i, 23, StandardCharsets.US_ASCII));
      assertEquals(0, records[24 * i + 23]);
    }
  }

  @Test
  void directBuffersAreWrittenInPlace() {
    DoubleBuffer in = direct(N + 3).position(3);
    for (double et : ets) in.put(et);
    in.position(3);
    DoubleBuffer states = direct(6 * N + 1).position(1);
    DoubleBuffer lts = direct(N);
    b.ephemeris().spkezr("MOON", in, "J2000", "LT+S", "EARTH", states, lts);
    assertEquals(3, in.position());
    EphemerisBatch heap = spice.states("MOON", "EARTH", "J2000", AberrationCorrection.LT_S, ets);
    for (int i = 0; i < 6 * N; i++) assertEquals(heap.vectors()[i], states.get(1 + i));
    for (int i = 0; i < N; i++) assertEquals(heap.lightTimes()[i], lts.get(i));
    DoubleBuffer rot = direct(9 * N);
    b.frames().pxform("J2000", "IAU_EARTH", in, rot);
    double[] r = spice.rotations("J2000", "IAU_EARTH", ets);
    for (int i = 0; i < 9 * N; i++) assertEquals(r[i], rot.get(i));
    assertThrows(IllegalArgumentException.class,
        () -> b.ephemeris().spkezr("MOON", DoubleBuffer.wrap(ets), "J2000", "NONE", "EARTH", states, null));
    assertThrows(IllegalArgumentException.class, () -> b.frames().pxform("J2000", "IAU_EARTH", in, direct(9 * N - 1)));
  }

  @Test
  void failureNamesTheEpochIndexAndFillsTheItemsBefore() {
    double[] e = ets.clone();
    e[1500] = 1e12; // far outside the DE440s excerpt
    double[] states = new double[6 * N];
    SpiceBatchException ex = assertThrows(SpiceBatchException.class,
        () -> b.ephemeris().spkezr("MOON", e, 0, N, "J2000", "LT+S", "EARTH", states, null));
    assertEquals(1500, ex.index());
    assertEquals("SPICE(SPKINSUFFDATA)", ex.shortMessage());
    SpiceException single = assertThrows(SpiceException.class,
        () -> b.ephemeris().spkezr("MOON", e[1500], "J2000", "LT+S", "EARTH"));
    assertEquals(single.longMessage(), ex.longMessage());
    assertEquals(single.trace(), ex.trace(), "the error a single spkezr raises, traceback included");
    assertTrue(ex.getMessage().contains("batch index 1500"), ex.getMessage());
    assertArrayEquals(b.ephemeris().spkezr("MOON", e[1499], "J2000", "LT+S", "EARTH").toArray(),
        java.util.Arrays.copyOfRange(states, 6 * 1499, 6 * 1500));
    assertEquals(0.0, states[6 * 1500]);
    // The engine stays usable, and a batch over a sub-range counts from the range's start.
    SpiceBatchException sub = assertThrows(SpiceBatchException.class,
        () -> b.ephemeris().spkezr("MOON", e, 1490, 20, "J2000", "NONE", "EARTH", new double[120], new double[20]));
    assertEquals(10, sub.index());
    String[] times = {"2024-01-01", "2024-01-02", "not a time", "2024-01-03"};
    SpiceBatchException bad = assertThrows(SpiceBatchException.class, () -> spice.utcToEt(times));
    assertEquals(2, bad.index());
    assertTrue(bad.shortMessage().startsWith("SPICE("), bad.shortMessage());
    assertThrows(IllegalArgumentException.class, () -> spice.states("MOON", "EARTH", "J2000",
        AberrationCorrection.NONE, 0.0, Double.NaN));
    // Infinite epochs are refused too, never turned into a plausible date or a NaN rotation.
    double[] inf = {0.0, Double.POSITIVE_INFINITY};
    assertThrows(IllegalArgumentException.class, () -> spice.etToUtc(inf, 3));
    assertThrows(IllegalArgumentException.class, () -> spice.rotations("J2000", "IAU_EARTH", inf));
    assertThrows(IllegalArgumentException.class, () -> spice.stateTransforms("J2000", "J2000", inf));
    assertThrows(IllegalArgumentException.class, () -> spice.positions("SUN", "EARTH", "J2000",
        AberrationCorrection.NONE, Double.NEGATIVE_INFINITY));
    DoubleBuffer infinite = direct(1).put(0, Double.POSITIVE_INFINITY);
    assertThrows(IllegalArgumentException.class,
        () -> b.ephemeris().spkezr("MOON", infinite, "J2000", "NONE", "EARTH", direct(6), direct(1)));
  }

  private static DoubleBuffer direct(int doubles) {
    return ByteBuffer.allocateDirect(8 * doubles).order(ByteOrder.nativeOrder()).asDoubleBuffer();
  }
}
