package io.github.spice4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.jni.JniBackend;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The short codes the project's {@code limbpt}/{@code termpt} raise for bad input are the ones NAIF documents in
 * the Exceptions sections of limbpt_c and termpt_c (the golden bad-shadow case is in GoldenParityTest).
 */
class LimbTerminatorErrorsTest {
  private static final Vector3 Z = new Vector3(0, 0, 1);

  private Spice spice;
  private double et;

  @BeforeEach
  void setUp() {
    spice = Spice.over(JniBackend.create());
    TestData.loadGoldenKernels(spice.backend(), "ephemeris-extra.json");
    et = spice.utcToEt("2024-04-08T18:00:00");
  }

  @AfterEach
  void tearDown() {
    spice.close();
  }

  private List<List<CutPoint>> limb(String method, String target, String fixref, String corloc, String observer,
      Vector3 refvec, double rolstp, int ncuts, int maxn) {
    return spice.surfaces().limbPoints(method, target, et, fixref, AberrationCorrection.LT, corloc, observer, refvec,
        rolstp, ncuts, 1e-4, 1e-7, maxn);
  }

  private List<List<CutPoint>> terminator(String method, AberrationCorrection abcorr, String corloc) {
    return spice.surfaces().terminatorPoints(method, "SUN", "MOON", et, "IAU_MOON", abcorr, corloc, "EARTH", Z, 1,
        2, 1e-4, 1e-7, 2);
  }

  private static void assertCode(String code, org.junit.jupiter.api.function.Executable call) {
    assertEquals(code, assertThrows(SpiceException.class, call).shortMessage());
  }

  @Test
  void limbptCodes() {
    String t = Surfaces.TANGENT_ELLIPSOID, c = Surfaces.CENTER;
    assertCode("SPICE(BADMETHODSYNTAX)", () -> limb("TANGENT", "MOON", "IAU_MOON", c, "EARTH", Z, 1, 2, 2));
    assertCode("SPICE(BADMETHODSYNTAX)", () -> limb("TANGENT/ELLIPSOID/FAST", "MOON", "IAU_MOON", c, "EARTH", Z, 1,
        2, 2));
    assertCode("SPICE(INVALIDLIMBTYPE)", () -> limb("ELLIPSOID", "MOON", "IAU_MOON", c, "EARTH", Z, 1, 2, 2));
    assertCode("SPICE(INVALIDLOCUS)", () -> limb(t, "MOON", "IAU_MOON", "SURFACE", "EARTH", Z, 1, 2, 2));
    assertCode("SPICE(BADLIMBLOCUSMIX)", () -> limb("GUIDED/ELLIPSOID", "MOON", "IAU_MOON", Surfaces.ELLIPSOID_LIMB,
        "EARTH", Z, 1, 2, 2));
    assertCode("SPICE(INVALIDSIZE)", () -> limb(t, "MOON", "IAU_MOON", c, "EARTH", Z, 1, 0, 0));
    assertCode("SPICE(INVALIDCOUNT)", () -> limb(t, "MOON", "IAU_MOON", c, "EARTH", Z, 1, 3, 2));
    assertCode("SPICE(INVALIDCOUNT)", () -> limb(t, "MOON", "IAU_MOON", c, "EARTH", Z, 1, -1, 2));
    assertCode("SPICE(INVALIDROLLSTEP)", () -> limb(t, "MOON", "IAU_MOON", c, "EARTH", Z, 0, 2, 2));
    assertCode("SPICE(ZEROVECTOR)", () -> limb(t, "MOON", "IAU_MOON", c, "EARTH", Vector3.ZERO, 1, 2, 2));
    assertCode("SPICE(IDCODENOTFOUND)", () -> limb(t, "MOON", "IAU_MOON", c, "NOSUCHBODY", Z, 1, 2, 2));
    assertCode("SPICE(BODIESNOTDISTINCT)", () -> limb(t, "MOON", "IAU_MOON", c, "MOON", Z, 1, 2, 2));
    assertCode("SPICE(NOFRAME)", () -> limb(t, "MOON", "NOSUCHFRAME", c, "EARTH", Z, 1, 2, 2));
    assertCode("SPICE(INVALIDFRAME)", () -> limb(t, "MOON", "IAU_EARTH", c, "EARTH", Z, 1, 2, 2));
    spice.backend().pool().pdpool("BODY301_RADII", new double[] {1737.4, 1737.4});
    assertCode("SPICE(BADRADIUSCOUNT)", () -> limb(t, "MOON", "IAU_MOON", c, "EARTH", Z, 1, 2, 2));
    spice.backend().pool().pdpool("BODY301_RADII", new double[] {1737.4, 1737.4, 1737.4});
    // No cuts is no points, and one cut needs no roll step.
    assertTrue(limb(t, "MOON", "IAU_MOON", c, "EARTH", Z, 1, 0, 2).isEmpty());
    assertEquals(1, limb(t, "MOON", "IAU_MOON", c, "EARTH", Z, 0, 1, 2).size());
  }

  @Test
  void termptCodes() {
    String u = Surfaces.UMBRAL_TANGENT_ELLIPSOID, c = Surfaces.CENTER;
    AberrationCorrection lt = AberrationCorrection.LT;
    assertCode("SPICE(INVALIDTERMTYPE)", () -> terminator("TANGENT/ELLIPSOID", lt, c));
    assertCode("SPICE(INVALIDMETHOD)", () -> terminator("UMBRAL/ELLIPSOID", lt, c));
    assertCode("SPICE(BADTERMLOCUSMIX)", () -> terminator("UMBRAL/GUIDED/ELLIPSOID", lt,
        Surfaces.ELLIPSOID_TERMINATOR));
    assertCode("SPICE(INVALIDLOCUS)", () -> terminator(u, lt, "SURFACE"));
    assertCode("SPICE(INVALIDOPTION)", () -> terminator(u, AberrationCorrection.XLT, c));
    assertEquals(2, terminator(u, lt, c).size());
  }
}
