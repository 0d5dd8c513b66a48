package io.github.spice4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Java compositions of {@link Stations} checked against the engine's own CSPICE routines: a
 * constant-velocity observer carrying DSS-14's SPK state, with the {@code CENTER} locus, is what
 * {@code spkezr_c} computes for the observer DSS-14 (NAIF's spkcvo example makes the same comparison),
 * over several targets, epochs, frames and corrections. Also error codes and argument checks.
 */
class StationsTest {
  private static Spice spice;
  private static Stations stations;

  @BeforeAll
  static void load() {
    spice = Spice.create();
    TestData.loadGoldenKernels(spice.backend(), "ephemeris-extra.json");
    stations = spice.stations();
  }

  @AfterAll
  static void close() {
    spice.close();
  }

  private static void assertClose(StateVector expected, StateVector actual, double rel, String what) {
    double[] e = expected.toArray();
    double[] a = actual.toArray();
    double pn = expected.position().norm();
    double vn = expected.velocity().norm();
    for (int k = 0; k < 6; k++) {
      double allowed = rel * (k < 3 ? pn : vn) + 1e-12;
      int i = k;
      assertTrue(Math.abs(e[k] - a[k]) <= allowed,
          () -> what + " [" + i + "]: engine " + e[i] + " composed " + a[i] + " |diff| " + Math.abs(e[i] - a[i]));
    }
    assertEquals(expected.lightTime(), actual.lightTime(), 1e-11 * expected.lightTime(), what + " lt");
  }

  @Test
  void constantVelocityObserverMatchesSpkezrForTheStationEphemeris() {
    String[] targets = {"MOON", "SUN", "VENUS"};
    String[] frames = {"J2000", "ITRF93", "IAU_MOON", "ECLIPJ2000"};
    AberrationCorrection[] corrections = {AberrationCorrection.NONE, AberrationCorrection.LT,
        AberrationCorrection.LT_S, AberrationCorrection.CN_S, AberrationCorrection.XLT_S, AberrationCorrection.XCN};
    double[] ets = {spice.utcToEt("2015-02-27T03:00:00"), spice.utcToEt("2015-03-04T17:30:00")};
    for (double et : ets) {
      StateVector dss14 = spice.state("DSS-14", "EARTH", "ITRF93", AberrationCorrection.NONE, et);
      for (String target : targets) {
        for (String frame : frames) {
          for (AberrationCorrection c : corrections) {
            StateVector engine = spice.state(target, "DSS-14", frame, c, et);
            StateVector composed = stations.stateFromMovingPoint(target, et, frame, FrameLocus.CENTER, c,
                dss14.position(), dss14.velocity(), et, "EARTH", "ITRF93");
            assertClose(engine, composed, 1e-11, target + " " + frame + " " + c + " at " + et);
          }
        }
      }
    }
  }

  @Test
  void constantVelocityTargetIsTheReverseOfTheObserverCaseWithoutCorrections() {
    double et = spice.utcToEt("2015-03-01T12:00:00");
    StateVector dss14 = spice.state("DSS-14", "EARTH", "ITRF93", AberrationCorrection.NONE, et);
    StateVector engine = spice.state("DSS-14", "MOON", "J2000", AberrationCorrection.NONE, et);
    StateVector composed = stations.stateOfMovingPoint(dss14.position(), dss14.velocity(), et, "EARTH", "ITRF93", et,
        "J2000", FrameLocus.OBSERVER, AberrationCorrection.NONE, "MOON");
    assertClose(engine, composed, 1e-12, "spkcvt geometric");
  }

  @Test
  void errorsCarryCspiceShortCodes() {
    double et = spice.utcToEt("2015-03-01T12:00:00");
    Vector3 p = new Vector3(-2353.6, -4641.3, 3677.0);
    SpiceException e = assertThrows(SpiceException.class, () -> stations.stateFromFixedPoint("NO_SUCH_BODY", et,
        "J2000", FrameLocus.OBSERVER, AberrationCorrection.LT, p, "EARTH", "ITRF93"));
    assertEquals("SPICE(IDCODENOTFOUND)", e.shortMessage());
    e = assertThrows(SpiceException.class, () -> stations.stateFromFixedPoint("MOON", et, "NO_SUCH_FRAME",
        FrameLocus.OBSERVER, AberrationCorrection.LT, p, "EARTH", "ITRF93"));
    assertEquals("SPICE(UNKNOWNFRAME)", e.shortMessage());
    e = assertThrows(SpiceException.class, () -> stations.azimuthElevation(Stations.ELLIPSOID, "MOON", et,
        AberrationCorrection.LT, false, true, p, "MOON", "ITRF93"));
    assertEquals("SPICE(INVALIDFRAME)", e.shortMessage());
    e = assertThrows(SpiceException.class, () -> FrameLocus.parse("SOMEWHERE"));
    assertEquals("SPICE(NOTSUPPORTED)", e.shortMessage());
    e = assertThrows(SpiceException.class, () -> LongitudeSystem.parse("GEODETIC"));
    assertEquals("SPICE(UNKNOWNSYSTEM)", e.shortMessage());
    e = assertThrows(SpiceException.class, () -> new Ellipsoid(1, 0, 1).nearestPoint(p));
    assertEquals("SPICE(BADAXISLENGTH)", e.shortMessage());
    e = assertThrows(SpiceException.class, () -> new Ellipsoid(3, 2, 1).limb(new Vector3(0.5, 0, 0)));
    assertEquals("SPICE(INVALIDPOINT)", e.shortMessage());
    assertThrows(NullPointerException.class, () -> stations.stateFromFixedPoint("MOON", et, "J2000",
        FrameLocus.OBSERVER, AberrationCorrection.LT, null, "EARTH", "ITRF93"));
    // The engine is still usable after the failures.
    assertTrue(spice.state("MOON", "EARTH", "J2000", AberrationCorrection.NONE, et).position().norm() > 3e5);
  }

  @Test
  void limbPointsLieOnTheLimbAndInTheirHalfPlanes() {
    double et = spice.utcToEt("2024-04-08T18:00:00");
    List<List<CutPoint>> cuts = spice.surfaces().limbPoints(Surfaces.TANGENT_ELLIPSOID, "MOON", et, "IAU_MOON",
        AberrationCorrection.NONE, Surfaces.CENTER, "EARTH", new Vector3(0, 0, 1), Math.PI / 3, 6, 1e-4, 1e-7, 6);
    Vector3 obs = VectorMath.vminus(spice.position("MOON", "EARTH", "IAU_MOON", AberrationCorrection.NONE, et)
        .position());
    Ellipsoid moon = Ellipsoid.of(spice.bodyConstant("MOON", "RADII"));
    for (List<CutPoint> cut : cuts) {
      assertEquals(1, cut.size());
      CutPoint p = cut.get(0);
      // On the surface, and the line of sight is tangent there: normal perpendicular to it.
      Vector3 s = moon.scaledDown(p.point());
      assertEquals(1.0, VectorMath.vdot(s, s), 1e-14);
      assertEquals(0.0, VectorMath.vdot(moon.normal(p.point()), VectorMath.vhat(p.fromObserver())), 1e-14);
      assertEquals(VectorMath.vnorm(VectorMath.vsub(p.point(), obs)), VectorMath.vnorm(p.fromObserver()), 1e-6);
    }
  }
}
