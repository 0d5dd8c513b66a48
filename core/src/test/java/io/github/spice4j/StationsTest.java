package io.github.spice4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Java compositions of {@link Stations} checked against the engine's own CSPICE routines, over
 * inputs the goldens do not cover (every DSN station, every correction, each frame evaluation locus,
 * other centers of motion and epochs). Where a locus and a frame make the composition equal to what
 * {@code spkezr_c} computes, {@code spkezr_c} is the reference: CENTER always (NAIF documents it as
 * spkezr's convention, and its spkcvo example makes that comparison); OBSERVER when the frame is centered
 * at the observer, TARGET when it is centered at the target (the light time to the frame center is then
 * 0 or the target's own), and every locus for inertial frames. Also azlcpo against recgeo/spkezr,
 * recazl/azlrec against reclat/latrec, error codes and argument checks.
 */
class StationsTest {
  private static final List<String> STATIONS = List.of("DSS-13", "DSS-14", "DSS-15", "DSS-24", "DSS-25", "DSS-26",
      "DSS-34", "DSS-35", "DSS-36", "DSS-43", "DSS-45", "DSS-53", "DSS-54", "DSS-55", "DSS-56", "DSS-63", "DSS-65");
  private static final int INERTIAL = 1;
  private static final Vector3 ZERO = new Vector3(0, 0, 0);

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

  /** Position and velocity relative to their norms (the goldens' vec3 scale), light time relative. */
  static void assertClose(StateVector expected, StateVector actual, double rel, String what) {
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
    assertEquals(expected.lightTime(), actual.lightTime(), rel * expected.lightTime(), what + " lt");
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

  private static FrameInfo frame(String name) {
    return spice.backend().frames().frinfo(spice.backend().frames().namfrm(name).orElseThrow()).orElseThrow();
  }

  private static int id(String body) {
    return spice.backend().idsNames().bods2c(body).orElseThrow();
  }

  /** Whether spkezr's convention (frame at the light-time epoch of its center) is what {@code locus} asks for. */
  private static boolean spkezrConvention(FrameLocus locus, String frame, String observer, String target) {
    FrameInfo f = frame(frame);
    return locus == FrameLocus.CENTER || f.frameClass() == INERTIAL
        || (locus == FrameLocus.OBSERVER && f.center() == id(observer))
        || (locus == FrameLocus.TARGET && f.center() == id(target));
  }

  @Test
  void everyStationAsConstantPositionObserverAndTargetMatchesSpkezr() {
    double et = spice.utcToEt("2015-03-03T09:30:00");
    for (int i = 0; i < STATIONS.size(); i++) {
      String station = STATIONS.get(i);
      StateVector s = spice.state(station, "EARTH", "ITRF93", AberrationCorrection.NONE, et);
      List<String> frames = List.of("J2000", "ITRF93", "IAU_EARTH", station + "_TOPO", "IAU_MOON");
      for (String target : List.of("MOON", i % 2 == 0 ? "SUN" : "MARS BARYCENTER")) {
        for (String fr : frames) {
          for (AberrationCorrection c : AberrationCorrection.values()) {
            for (FrameLocus l : FrameLocus.values()) {
              String what = station + " " + target + " " + fr + " " + c + " " + l;
              if (spkezrConvention(l, fr, station, target)) {
                // The SPK's station moves with plate motion (~1e-12 km/s); constant velocity carries it exactly.
                assertClose(spice.state(target, station, fr, c, et), stations.stateFromMovingPoint(target, et, fr, l,
                    c, s.position(), s.velocity(), et, "EARTH", "ITRF93"), 1e-11, "spkcvo " + what);
              }
              if (spkezrConvention(l, fr, target, station)) {
                assertClose(spice.state(station, target, fr, c, et), stations.stateOfMovingPoint(s.position(),
                    s.velocity(), et, "EARTH", "ITRF93", et, fr, l, c, target), 1e-11, "spkcvt " + what);
              }
            }
          }
        }
      }
    }
  }

  @Test
  void pointAtTheCenterOfMotionIsThatBodyForOtherCentersEpochsAndFrames() {
    String[][] cases = {
        // epoch, center of motion, its frame, bodies, output frames
        {"2015-03-03T12:00:00", "MOON", "MOON_ME", "DSS-14,DSS-63,EARTH,SUN", "DSS-14_TOPO,ITRF93,MOON_ME,J2000"},
        {"1969-07-28T12:00:00", "MOON", "MOON_ME", "EARTH,SUN,VENUS,JUPITER BARYCENTER",
            "J2000,IAU_MOON,MOON_PA,ECLIPJ2000"},
        {"2021-02-26T03:00:00", "JUPITER", "IAU_JUPITER", "EARTH,SUN,IO,EUROPA", "IAU_JUPITER,IAU_IO,IAU_EARTH,B1950"},
        {"2024-11-05T12:00:00", "VENUS", "IAU_VENUS", "EARTH,MOON,SUN,MERCURY",
            "IAU_VENUS,IAU_EARTH,MOON_ME,GALACTIC"},
        {"2025-06-30T00:00:00", "EARTH", "IAU_EARTH", "MOON,SUN,SATURN BARYCENTER", "IAU_EARTH,IAU_SUN,IAU_MOON,J2000"}};
    for (String[] k : cases) {
      double et = spice.utcToEt(k[0]);
      String center = k[1];
      for (String body : k[3].split(",")) {
        for (String fr : k[4].split(",")) {
          for (AberrationCorrection c : AberrationCorrection.values()) {
            for (FrameLocus l : FrameLocus.values()) {
              String what = k[0] + " " + body + " / " + center + " " + fr + " " + c + " " + l;
              if (spkezrConvention(l, fr, center, body)) {
                assertClose(spice.state(body, center, fr, c, et), stations.stateFromMovingPoint(body, et, fr, l, c,
                    ZERO, ZERO, et, center, k[2]), 1e-11, "spkcvo " + what);
              }
              if (spkezrConvention(l, fr, body, center)) {
                assertClose(spice.state(center, body, fr, c, et), stations.stateOfFixedPoint(ZERO, center, k[2], et,
                    fr, l, c, body), 1e-11, "spkcpt " + what);
              }
            }
          }
        }
      }
    }
  }

  @Test
  void otherLociAreTheJ2000StateRotatedAtTheirDocumentedEpochs() {
    // Frames centered neither at the observer nor at the target: ITRF93 between a station and the Sun or Moon.
    double et = spice.utcToEt("2015-02-28T22:00:00");
    StateVector s = spice.state("DSS-43", "EARTH", "ITRF93", AberrationCorrection.NONE, et);
    for (AberrationCorrection c : AberrationCorrection.values()) {
      // OBSERVER: the frame at et.
      StateVector j2000 = spice.state("SUN", "DSS-43", "J2000", c, et);
      double[] x = spice.backend().frames().sxform("J2000", "ITRF93", et).toRowMajor();
      StateVector expected = StateVector.of(StateMath.apply(x, j2000.toArray()), j2000.lightTime());
      assertClose(expected, stations.stateFromMovingPoint("SUN", et, "ITRF93", FrameLocus.OBSERVER, c, s.position(),
          s.velocity(), et, "EARTH", "ITRF93"), 1e-11, "OBSERVER " + c);
      if (!c.spiceName().contains("CN")) continue;
      // TARGET: the frame at et -/+ lt, its rate block scaled by d(et -/+ lt)/d(et) = 1 -/+ dlt. For converged
      // light time dlt is the derivative of spkezr's own lt, taken here by central difference.
      double sign = c.spiceName().startsWith("X") ? 1.0 : -1.0;
      StateVector moon = spice.state("DSS-43", "MOON", "J2000", c, et);
      double dlt = (spice.state("DSS-43", "MOON", "J2000", c, et + 1).lightTime()
          - spice.state("DSS-43", "MOON", "J2000", c, et - 1).lightTime()) / 2;
      double[] xt = spice.backend().frames().sxform("J2000", "ITRF93", et + sign * moon.lightTime()).toRowMajor();
      for (int i = 3; i < 6; i++) {
        for (int j = 0; j < 3; j++) xt[6 * i + j] *= 1 + sign * dlt;
      }
      assertClose(StateVector.of(StateMath.apply(xt, moon.toArray()), moon.lightTime()),
          stations.stateOfFixedPoint(s.position(), "EARTH", "ITRF93", et, "ITRF93", FrameLocus.TARGET, c, "MOON"),
          1e-11, "TARGET " + c);
    }
  }

  @Test
  void badNamesAndLociFailWithCspiceCodesAndLeaveTheEngineUsable() {
    double et = spice.utcToEt("2015-03-02T06:00:00");
    Vector3 p = spice.state("DSS-14", "EARTH", "ITRF93", AberrationCorrection.NONE, et).position();
    AberrationCorrection c = AberrationCorrection.LT_S;
    FrameLocus o = FrameLocus.OBSERVER;
    // CSPICE's wrappers reject empty strings before anything else.
    assertCode("SPICE(EMPTYSTRING)", () -> stations.stateFromFixedPoint("", et, "J2000", o, c, p, "EARTH", "NO_FRAME"));
    assertCode("SPICE(EMPTYSTRING)", () -> stations.stateFromFixedPoint("MOON", et, "", o, c, p, "NO_BODY", "ITRF93"));
    assertCode("SPICE(EMPTYSTRING)", () -> stations.stateFromFixedPoint("MOON", et, "J2000", o, c, p, "", "ITRF93"));
    assertCode("SPICE(EMPTYSTRING)", () -> stations.stateOfFixedPoint(p, "EARTH", "", et, "J2000", o, c, "NO_BODY"));
    assertCode("SPICE(EMPTYSTRING)", () -> stations.stateOfFixedPoint(p, "EARTH", "ITRF93", et, "J2000", o, c, ""));
    assertCode("SPICE(EMPTYSTRING)", () -> stations.azimuthElevation("", "MOON", et, c, false, true, p, "EARTH",
        "NO_FRAME"));
    assertCode("SPICE(EMPTYSTRING)", () -> FrameLocus.parse(""));
    assertEquals(FrameLocus.TARGET, FrameLocus.parse(" target "));
    assertCode("SPICE(NOTSUPPORTED)", () -> FrameLocus.parse("EARTH"));
    assertCode("SPICE(IDCODENOTFOUND)", () -> stations.stateFromFixedPoint("MOON", et, "J2000", o, c, p, "NO_BODY",
        "ITRF93"));
    assertCode("SPICE(UNKNOWNFRAME)", () -> stations.stateFromFixedPoint("MOON", et, "J2000", o, c, p, "EARTH",
        "NO_FRAME"));
    assertCode("SPICE(IDCODENOTFOUND)", () -> stations.stateOfFixedPoint(p, "EARTH", "ITRF93", et, "J2000", o, c,
        "NO_BODY"));
    assertCode("SPICE(INVALIDMETHOD)", () -> stations.azimuthElevation("DSK/UNPRIORITIZED", "MOON", et, c, false, true,
        p, "EARTH", "ITRF93"));
    assertCode("SPICE(INVALIDFRAME)", () -> stations.azimuthElevation(Stations.ELLIPSOID, "MOON", et, c, false, true,
        p, "EARTH", "DSS-14_TOPO"));
    // MARS has no ephemeris here; its frame can still be evaluated at the observer's epoch, not at its center's.
    assertCode("SPICE(SPKINSUFFDATA)", () -> stations.stateFromFixedPoint("MOON", et, "IAU_MARS", FrameLocus.CENTER, c,
        p, "EARTH", "ITRF93"));
    assertTrue(stations.stateFromFixedPoint("MOON", et, "IAU_MARS", o, c, p, "EARTH", "ITRF93").position().norm() > 3e5);
    // ITRF93 has no orientation data after 2021-10.
    assertCode("SPICE(FRAMEDATANOTFOUND)", () -> stations.stateFromFixedPoint("MOON", spice.utcToEt("2024-01-01"),
        "J2000", o, c, p, "EARTH", "ITRF93"));
    // Non-finite numbers fail in Java, naming the argument, before any engine call.
    Vector3 nan = new Vector3(0, Double.NaN, 0);
    assertMessage("et", () -> stations.stateFromFixedPoint("MOON", Double.NaN, "J2000", o, c, p, "EARTH", "ITRF93"));
    assertMessage("position", () -> stations.stateOfFixedPoint(nan, "EARTH", "ITRF93", et, "J2000", o, c, "MOON"));
    assertMessage("velocity", () -> stations.stateFromMovingPoint("MOON", et, "J2000", o, c, p, nan, et, "EARTH",
        "ITRF93"));
    assertMessage("epoch", () -> stations.stateOfMovingPoint(p, p, Double.POSITIVE_INFINITY, "EARTH", "ITRF93", et,
        "J2000", o, c, "MOON"));
    assertMessage("obspos", () -> stations.azimuthElevation(Stations.ELLIPSOID, "MOON", et, c, false, true, nan,
        "EARTH", "ITRF93"));
    assertTrue(spice.state("MOON", "DSS-14", "J2000", c, et).position().norm() > 3e5);
  }

  private static void assertMessage(String part, org.junit.jupiter.api.function.Executable call) {
    String m = assertThrows(IllegalArgumentException.class, call).getMessage();
    assertTrue(m.contains(part), m);
  }

  private static void assertCode(String code, org.junit.jupiter.api.function.Executable call) {
    assertEquals(code, assertThrows(SpiceException.class, call).shortMessage());
  }

  @Test
  void recazlAndAzlrecAreTheEnginesLatitudinalCoordinatesWithTheirSenses() {
    java.util.Random random = new java.util.Random(11);
    double[] magnitudes = {1e-300, 1e-160, 1e-3, 1.0, 384400.0, 1e160, 1e300};
    for (int i = 0; i < 700; i++) {
      double m = magnitudes[i % magnitudes.length];
      Vector3 v = new Vector3(m * random.nextGaussian(), i % 5 == 0 ? 0.0 : m * random.nextGaussian(),
          i % 3 == 0 ? 0.0 : m * random.nextGaussian());
      LatitudinalCoordinates l = spice.backend().coords().reclat(v);
      for (int flags = 0; flags < 4; flags++) {
        boolean azccw = (flags & 1) != 0;
        boolean elplsz = (flags & 2) != 0;
        String what = v + " azccw=" + azccw + " elplsz=" + elplsz;
        AzElCoordinates a = AzElCoordinates.of(v, azccw, elplsz);
        double az = azccw ? l.longitude() : -l.longitude();
        assertEquals(l.radius(), a.range(), 1e-15 * l.radius(), what);
        assertEquals(az < 0 ? az + 2 * Math.PI : az, a.azimuth(), 1e-15, what);
        assertEquals(elplsz ? l.latitude() : -l.latitude(), a.elevation(), 1e-15, what);
        Vector3 back = a.toRectangular(azccw, elplsz);
        Vector3 engine = spice.backend().coords().latrec(l.radius(), l.longitude(), l.latitude());
        assertTrue(VectorMath.vnorm(VectorMath.vsub(back, engine)) <= 2e-15 * l.radius(), what);
      }
    }
  }

  @Test
  void azimuthElevationIsTheStationStateInItsGeodeticTopocentricFrame() {
    double[] radii = spice.bodyConstant("EARTH", "RADII");
    double re = radii[0];
    double f = (radii[0] - radii[2]) / radii[0];
    double et = spice.utcToEt("2015-03-04T02:00:00");
    for (String station : List.of("DSS-14", "DSS-36", "DSS-43", "DSS-56", "DSS-65")) {
      Vector3 pos = spice.state(station, "EARTH", "ITRF93", AberrationCorrection.NONE, et).position();
      // +X north, +Y west, +Z up at the geodetic latitude and longitude of the station (engine recgeo_c).
      GeodeticCoordinates g = spice.backend().coords().recgeo(pos, re, f);
      double sl = Math.sin(g.latitude());
      double cl = Math.cos(g.latitude());
      double so = Math.sin(g.longitude());
      double co = Math.cos(g.longitude());
      Matrix3 topo = Matrix3.ofRowMajor(new double[] {-sl * co, -sl * so, cl, so, -co, 0, cl * co, cl * so, sl});
      for (String target : List.of("MOON", "SUN", "MARS BARYCENTER", "JUPITER BARYCENTER")) {
        for (AberrationCorrection c : AberrationCorrection.values()) {
          StateVector fixed = spice.state(target, station, "ITRF93", c, et); // OBSERVER locus: ITRF93 at et
          double[] x = spice.backend().frames().sxform("J2000", "ITRF93", et).toRowMajor();
          StateVector j2000 = spice.state(target, station, "J2000", c, et);
          StateVector itrf = StateVector.of(StateMath.apply(x, j2000.toArray()), j2000.lightTime());
          Vector3 p = VectorMath.mxv(topo, itrf.position());
          Vector3 v = VectorMath.mxv(topo, itrf.velocity());
          for (int flags = 0; flags < 4; flags++) {
            boolean azccw = (flags & 1) != 0;
            boolean elplsz = (flags & 2) != 0;
            String what = station + " " + target + " " + c + " azccw=" + azccw + " elplsz=" + elplsz;
            AzElState a = stations.azimuthElevation(flags == 3 ? " ellipsoid " : Stations.ELLIPSOID, target, et, c,
                azccw, elplsz, pos, "EARTH", "ITRF93");
            AzElCoordinates e = AzElCoordinates.of(p, azccw, elplsz);
            assertEquals(e.range(), a.range(), 1e-12 * e.range(), what);
            assertEquals(0.0, Math.IEEEremainder(e.azimuth() - a.azimuth(), 2 * Math.PI), 1e-12, what);
            assertTrue(a.azimuth() >= 0 && a.azimuth() < 2 * Math.PI, what);
            assertEquals(e.elevation(), a.elevation(), 1e-12, what);
            // Rates: range rate is the radial velocity; azimuth and elevation rates from the velocity's
            // components along the horizontal and vertical unit directions.
            double rho = Math.hypot(p.x(), p.y());
            double r = VectorMath.vnorm(p);
            double dr = VectorMath.vdot(p, v) / r;
            double dlon = (p.x() * v.y() - p.y() * v.x()) / (rho * rho);
            double dlat = (v.z() - p.z() * dr / r) / rho;
            assertEquals(dr, a.rangeRate(), 1e-11 * VectorMath.vnorm(v), what);
            assertEquals(azccw ? dlon : -dlon, a.azimuthRate(), 1e-11 * VectorMath.vnorm(v) / rho, what);
            assertEquals(elplsz ? dlat : -dlat, a.elevationRate(), 1e-11 * VectorMath.vnorm(v) / r, what);
            assertEquals(fixed.lightTime(), a.lightTime(), 1e-11 * fixed.lightTime(), what);
            if (flags == 0) {
              // The FK's DSS-nn_TOPO frame is the same construction from the station's catalogued position:
              // agreement to the plate motion and radii differences NAIF's azlcpo example describes.
              StateVector kernel = spice.state(target, station, station + "_TOPO", c, et);
              AzElCoordinates k = AzElCoordinates.of(kernel.position(), false, false);
              assertEquals(0.0, Math.IEEEremainder(k.azimuth() - a.azimuth(), 2 * Math.PI), 1e-5, what);
              assertEquals(k.elevation(), a.elevation(), 1e-5, what);
            }
          }
        }
      }
    }
  }
}
