package io.github.spice4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.jni.JniBackend;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * limbpt/termpt on inputs the visible goldens leave out, checked against the engine's own CSPICE routines: at each
 * point, {@code ilumin_c}/{@code illumg_c} (which correct for light time to that very point) must give the point's
 * epoch and observer vector (per-point locus), an emission angle of 90 degrees on the limb, and on the terminator
 * an incidence angle that puts the source's sphere just below (umbral) or just above (penumbral) the tangent plane,
 * as termpt_c defines terminators on ellipsoids. The targets include oblate ones (Earth, Jupiter), where a tangent
 * line in the cut is not a tangent plane.
 */
class LimbTerminatorOracleTest {
  private static final Vector3 REFVEC = new Vector3(0.3, -0.2, 1);
  private static final int CUTS = 5;

  private static Spice spice;

  @BeforeAll
  static void setUp() {
    spice = Spice.over(JniBackend.create());
    TestData.loadGoldenKernels(spice.backend(), "ephemeris-extra.json");
  }

  @AfterAll
  static void tearDown() {
    spice.close();
  }

  /** Target, observer, body-fixed frame, ET inside the SPK excerpts' coverage. */
  private record Scene(String target, String observer, String fixref, double et) {}

  private static final List<Scene> SCENES = List.of(
      new Scene("MOON", "EARTH", "MOON_ME", 765871269.1856505),
      new Scene("EARTH", "MOON", "IAU_EARTH", 765871269.1856505),
      new Scene("EARTH", "MOON", "ITRF93", 478548067.1853947),
      new Scene("JUPITER", "EARTH", "IAU_JUPITER", 667612800.0),
      new Scene("IO", "JUPITER", "IAU_IO", 667612800.0));

  private static List<List<CutPoint>> terminator(Scene s, String method, AberrationCorrection abcorr, String corloc) {
    return spice.surfaces().terminatorPoints(method, "SUN", s.target(), s.et(), s.fixref(), abcorr, corloc,
        s.observer(), REFVEC, 2 * Math.PI / CUTS, CUTS, 1e-4, 1e-7, CUTS);
  }

  private static List<List<CutPoint>> limb(Scene s, AberrationCorrection abcorr, String corloc) {
    return spice.surfaces().limbPoints(Surfaces.TANGENT_ELLIPSOID, s.target(), s.et(), s.fixref(), abcorr, corloc,
        s.observer(), REFVEC, 2 * Math.PI / CUTS, CUTS, 1e-4, 1e-7, CUTS);
  }

  private static double relDiff(Vector3 expected, Vector3 actual) {
    return VectorMath.vnorm(VectorMath.vsub(expected, actual)) / VectorMath.vnorm(expected);
  }

  /**
   * Terminator points of an umbral (penumbral) terminator see the source's sphere tangent to the local tangent
   * plane from below (above): the incidence angle of the source's center is 90 degrees plus (minus) its angular
   * radius. The geometry with corrections at each point is the one illumg_c uses at that point.
   */
  @Test
  void terminatorPointsHaveTheTangentPlaneIncidenceOnOblateTargets() {
    double sunRadius = spice.bodyConstant("SUN", "RADII")[0];
    for (Scene s : SCENES) {
      for (String method : new String[] {Surfaces.UMBRAL_TANGENT_ELLIPSOID, Surfaces.PENUMBRAL_TANGENT_ELLIPSOID}) {
        for (AberrationCorrection abcorr : new AberrationCorrection[] {AberrationCorrection.NONE,
            AberrationCorrection.CN}) {
          for (String corloc : new String[] {Surfaces.CENTER, Surfaces.ELLIPSOID_TERMINATOR}) {
            boolean perPoint = corloc.equals(Surfaces.ELLIPSOID_TERMINATOR) || abcorr == AberrationCorrection.NONE;
            if (!perPoint) continue;
            String what = s + " " + method + " " + abcorr + " " + corloc;
            for (List<CutPoint> cut : terminator(s, method, abcorr, corloc)) {
              assertEquals(1, cut.size(), what);
              CutPoint p = cut.get(0);
              IlluminationAngles ia = spice.geometry().illuminationBy(Geometry.ELLIPSOID, s.target(), "SUN",
                  s.observer(), s.fixref(), abcorr, s.et(), p.point());
              assertEquals(ia.trgepc(), p.epoch(), 1e-9, what);
              assertTrue(relDiff(ia.srfvec(), p.fromObserver()) < 1e-12, what);
              Vector3 sun = spice.position("SUN", s.target(), s.fixref(), abcorr, ia.trgepc()).position();
              double d = VectorMath.vnorm(VectorMath.vsub(sun, p.point()));
              double sign = method.startsWith("UMBRAL") ? 1 : -1;
              assertEquals(Math.PI / 2 + sign * Math.asin(sunRadius / d), ia.incdnc(), 1e-12, what);
            }
          }
        }
      }
    }
  }

  /** Without aberration corrections every epoch is et itself (spkpos still reports a geometric light time). */
  @Test
  void epochsAreEtWithoutCorrections() {
    Scene s = SCENES.get(1);
    for (String corloc : new String[] {Surfaces.CENTER, Surfaces.ELLIPSOID_LIMB}) {
      for (List<CutPoint> cut : limb(s, AberrationCorrection.NONE, corloc)) {
        assertEquals(s.et(), cut.get(0).epoch(), 0.0, corloc);
      }
    }
    for (String corloc : new String[] {Surfaces.CENTER, Surfaces.ELLIPSOID_TERMINATOR}) {
      for (List<CutPoint> cut : terminator(s, Surfaces.UMBRAL_TANGENT_ELLIPSOID, AberrationCorrection.NONE, corloc)) {
        assertEquals(s.et(), cut.get(0).epoch(), 0.0, corloc);
      }
    }
  }

  /**
   * Limb points with the per-point locus and converged corrections: ilumin_c at the point gives the same epoch and
   * observer vector, and an emission angle of 90 degrees (the line of sight is tangent there).
   */
  @Test
  void ellipsoidLimbPointsAgreeWithIluminAtThePoint() {
    for (Scene s : SCENES) {
      for (AberrationCorrection abcorr : new AberrationCorrection[] {AberrationCorrection.NONE, AberrationCorrection.CN,
          AberrationCorrection.CN_S}) {
        String what = s + " " + abcorr;
        for (List<CutPoint> cut : limb(s, abcorr, Surfaces.ELLIPSOID_LIMB)) {
          CutPoint p = cut.get(0);
          IlluminationAngles ia = spice.geometry().illumination(Geometry.ELLIPSOID, s.target(), s.observer(),
              s.fixref(), abcorr, s.et(), p.point());
          assertEquals(ia.trgepc(), p.epoch(), 1e-9, what);
          assertTrue(relDiff(ia.srfvec(), p.fromObserver()) < 1e-12, what);
          assertEquals(Math.PI / 2, ia.emissn(), 1e-12, what);
        }
      }
    }
  }

  /** limbpt_c, like termpt_c, models reception only: transmission corrections are SPICE(INVALIDOPTION). */
  @Test
  void limbptRejectsTransmissionCorrections() {
    Scene s = SCENES.get(0);
    for (AberrationCorrection x : new AberrationCorrection[] {AberrationCorrection.XLT, AberrationCorrection.XCN_S}) {
      SpiceException e = assertThrows(SpiceException.class, () -> limb(s, x, Surfaces.CENTER));
      assertEquals("SPICE(INVALIDOPTION)", e.shortMessage());
    }
    assertEquals(CUTS, limb(s, AberrationCorrection.LT_S, Surfaces.CENTER).size());
  }
}
