package io.github.spice4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.spice4j.jni.JniBackend;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The batch loops run CSPICE with its traceback bookkeeping off (native-src/shim/trace.c). These tests
 * hold them to the single calls of the same engine: every double bit for bit over many epochs, bodies,
 * frames and corrections, and a mid-batch failure raising the single call's error with its traceback;
 * single calls made after batches still carry CSPICE's traceback.
 */
class QuietBatchTest {
  private static final int N = 400;
  private static final List<String> TARGETS =
      List.of("MOON", "SUN", "MARS BARYCENTER", "JUPITER BARYCENTER", "VENUS BARYCENTER");
  private static final List<String> CORRECTIONS = List.of("NONE", "LT", "LT+S", "CN+S", "XCN+S");
  private static final List<String> FRAMES = List.of("J2000", "ECLIPJ2000", "IAU_EARTH");

  private static JniBackend b;
  private static double[] ets;
  private static SpiceException singleBeforeBatches;

  @BeforeAll
  static void load() {
    b = JniBackend.create();
    TestData.loadKernels(b, List.of("lsk/naif0012.tls", "pck/pck00011.tpc", "spk/de440s_2023_2026_excerpt.bsp",
        "pck/earth_latest_high_prec.bpc"));
    singleBeforeBatches = assertThrows(SpiceException.class, () -> b.ephemeris().spkezr("MOON", 1e12, "J2000", "LT+S", "EARTH"));
    double et0 = b.time().str2et("2024-03-01T00:00:00");
    ets = new double[N];
    for (int i = 0; i < N; i++) ets[i] = et0 + 6151.25 * i; // about 28 days, crossing SPK records
  }

  @AfterAll
  static void close() {
    b.close();
  }

  @Test
  void statesPositionsAndLightTimesEqualSingleCallsBitForBit() {
    for (String target : TARGETS) {
      for (String abcorr : CORRECTIONS) {
        for (String ref : FRAMES) {
          String obs = target.equals("SUN") ? "MOON" : "EARTH";
          double[] states = new double[6 * N];
          double[] positions = new double[3 * N];
          double[] lts = new double[N];
          double[] plts = new double[N];
          b.ephemeris().spkezr(target, ets, 0, N, ref, abcorr, obs, states, lts);
          b.ephemeris().spkpos(target, ets, 0, N, ref, abcorr, obs, positions, plts);
          String what = target + " " + abcorr + " " + ref + " wrt " + obs;
          for (int i = 0; i < N; i += 3) {
            StateVector s = b.ephemeris().spkezr(target, ets[i], ref, abcorr, obs);
            PositionVector p = b.ephemeris().spkpos(target, ets[i], ref, abcorr, obs);
            assertArrayEquals(s.toArray(), Arrays.copyOfRange(states, 6 * i, 6 * i + 6), what + " state " + i);
            assertEquals(s.lightTime(), lts[i], what + " lt " + i);
            assertArrayEquals(p.position().toArray(), Arrays.copyOfRange(positions, 3 * i, 3 * i + 3), what + " pos " + i);
            assertEquals(p.lightTime(), plts[i], what + " pos lt " + i);
          }
        }
      }
    }
  }

  @Test
  void rotationFailureMidBatchIsTheSingleCallsError() {
    // ITRF93 orientation ends 2021-10-02 with earth_latest_high_prec.bpc: the batch crosses that end.
    double end = b.time().str2et("2021-10-01T12:00:00");
    double[] e = new double[48];
    for (int i = 0; i < e.length; i++) e[i] = end + 1800.0 * i;
    int firstOutside = 0;
    while (!failsSingly(e[firstOutside])) firstOutside++;
    double[] rotations = new double[9 * e.length];
    SpiceBatchException ex = assertThrows(SpiceBatchException.class,
        () -> b.frames().pxform("J2000", "ITRF93", e, 0, e.length, rotations));
    SpiceException single = assertThrows(SpiceException.class, () -> b.frames().pxform("J2000", "ITRF93", e[ex.index()]));
    assertEquals(firstOutside, ex.index());
    assertEquals(single.shortMessage(), ex.shortMessage());
    assertEquals(single.longMessage(), ex.longMessage());
    assertEquals(single.trace(), ex.trace(), "traceback included");
    assertFalse(ex.trace().isEmpty(), "CSPICE's traceback is reported");
    for (int i = 0; i < firstOutside; i++) {
      assertArrayEquals(b.frames().pxform("J2000", "ITRF93", e[i]).toRowMajor(), Arrays.copyOfRange(rotations, 9 * i, 9 * i + 9));
    }
  }

  @Test
  void singleCallsAfterBatchesKeepTheirTraceback() {
    b.ephemeris().spkezr("MOON", ets, 0, N, "J2000", "LT+S", "EARTH", new double[6 * N], new double[N]);
    b.frames().pxform("J2000", "IAU_EARTH", ets, 0, N, new double[9 * N]);
    SpiceException after = assertThrows(SpiceException.class, () -> b.ephemeris().spkezr("MOON", 1e12, "J2000", "LT+S", "EARTH"));
    assertFalse(singleBeforeBatches.trace().isEmpty());
    assertEquals(singleBeforeBatches.trace(), after.trace());
    assertEquals(singleBeforeBatches.longMessage(), after.longMessage());
  }

  private static boolean failsSingly(double et) {
    try {
      b.frames().pxform("J2000", "ITRF93", et);
      return false;
    } catch (SpiceException e) {
      return true;
    }
  }
}
