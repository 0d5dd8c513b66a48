package io.github.spice4j;

import static io.github.spice4j.RotationOraclesTest.assertCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.jni.JniBackend;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * tipbod/tisbod, recpgr/pgrrec and oscelt/oscltx beyond the golden presets: every body with PCK rotation
 * constants against the engine's pxform_c/sxform_c from each built-in inertial base, planetographic coordinates
 * of every body with radii against the engine's recgeo_c/georec_c and the documented longitude-sense rules, and
 * osculating elements of ephemeris states (elliptic, hyperbolic, near-equatorial, near-circular, parabolic)
 * checked through two-body identities.
 */
class BodyFrameAndElementsTest {
  private static final double ET_2015 = 478267200.0 + 3 * 86400.0;
  private static JniBackend backend;
  private static Spice spice;

  @BeforeAll
  static void load() {
    backend = JniBackend.create();
    spice = Spice.over(backend);
  }

  @AfterAll
  static void close() {
    backend.close();
  }

  private static List<Integer> bodiesWith(String item) {
    return backend.pool().gnpool("BODY*_" + item, 0, 1000).orElse(List.of()).stream()
        .filter(n -> n.matches("BODY-?\\d+_" + item)).map(n -> Integer.parseInt(n.substring(4, n.length() - item.length() - 1)))
        .toList();
  }

  @Test
  void bodyOrientationMatchesTheEngineForEveryPckBodyAndInertialBase() {
    for (String pck : List.of("pck/pck00010.tpc", "pck/pck00011.tpc")) {
      TestData.loadKernels(backend, List.of("lsk/naif0012.tls", pck));
      int checked = 0;
      for (int body : bodiesWith("PM")) {
        var frame = backend.frames().ccifrm(2, body);
        if (frame.isEmpty()) continue; // 67P (1000012): constantsModelReproducesTheEnginesIauFrames...
        for (String ref : List.of("J2000", "ECLIPJ2000", "B1950", "FK4", "GALACTIC", "MARSIAU", "DE-118")) {
          String name = frame.get().name();
          assertEquals(backend.frames().pxform(ref, name, ET_2015), spice.bodyRotation(ref, body, ET_2015), pck + body);
          assertEquals(backend.frames().sxform(ref, name, ET_2015), spice.bodyStateTransform(ref, body, ET_2015));
        }
        checked++;
      }
      assertTrue(checked >= 70, pck + ": " + checked);
    }
    // Bases must be built-in inertial frames; missing orientation data is reported first.
    TestData.loadKernels(backend, List.of("lsk/naif0012.tls", "pck/pck00011.tpc", "pck/earth_latest_high_prec.bpc",
        "fk/earth_topo_201023.tf"));
    for (String ref : List.of("IAU_EARTH", "ITRF93", "DSS-14_TOPO", "NO_SUCH_FRAME")) {
      assertCode("IRFNOTREC", () -> spice.bodyRotation(ref, 499, ET_2015));
      assertCode("IRFNOTREC", () -> spice.bodyStateTransform(ref, 499, ET_2015));
    }
    assertCode("FRAMEDATANOTFOUND", () -> spice.bodyStateTransform("IAU_EARTH", 9999, ET_2015));
    assertCode("FRAMEDATANOTFOUND", () -> spice.bodyRotation("J2000", 3000, -1e9)); // before the binary PCK
    assertEquals(backend.frames().sxform("ECLIPJ2000", "ITRF93", ET_2015),
        spice.bodyStateTransform("ECLIPJ2000", 3000, ET_2015));
  }

  @Test
  void constantsModelReproducesTheEnginesIauFramesAndServesFramelessBodies() {
    TestData.loadKernels(backend, List.of("lsk/naif0012.tls", "pck/pck00011.tpc"));
    int checked = 0;
    for (int body : bodiesWith("PM")) {
      var frame = backend.frames().ccifrm(2, body);
      if (frame.isEmpty()) continue;
      for (String ref : List.of("J2000", "ECLIPJ2000", "B1950")) {
        for (double et : new double[] {-9e8, ET_2015, 8e8}) {
          double[] model = BodyConstantsOrientation.stateTransform(backend, ref, body, et);
          double[] engine = backend.frames().sxform(ref, frame.get().name(), et).toRowMajor();
          double rate = Math.abs(backend.pool().gdpool("BODY" + body + "_PM", 0, 2).get()[1]) * Math.PI / 180 / 86400;
          for (int i = 0; i < 36; i++) {
            // W grows by W1 per day: its rounding (an ulp of W in degrees) is the floor of the agreement.
            double wUlp = Math.ulp(Math.abs(et) / 86400 * rate * 86400 * 180 / Math.PI) * Math.PI / 180;
            double scale = i >= 18 && i % 6 < 3 ? Math.max(rate, 1e-9) : 1.0;
            assertEquals(engine[i], model[i], (1e-13 + 4 * wUlp) * scale, frame.get().name() + " " + ref + " " + et + " " + i);
          }
        }
      }
      checked++;
    }
    assertTrue(checked >= 70, "bodies " + checked);
    // 67P has constants but no built-in frame: tipbod/tisbod still answer, through the constants model.
    Matrix6 comet = spice.bodyStateTransform("J2000", 1000012, ET_2015);
    assertEquals(comet, Matrix6.wrap(BodyConstantsOrientation.stateTransform(backend, "J2000", 1000012, ET_2015)));
    Matrix3 cometRotation = spice.bodyRotation("ECLIPJ2000", 1000012, ET_2015);
    assertTrue(cometRotation.isRotation(1e-14, 1e-14));
    assertCode("IRFNOTREC", () -> spice.bodyRotation("IAU_EARTH", 1000012, ET_2015));
  }

  @Test
  void planetographicFollowsTheEngineGeodeticAndTheLongitudeSenseOfEveryBody() {
    TestData.loadKernels(backend, List.of("lsk/naif0012.tls", "pck/pck00011.tpc"));
    Coordinates coords = spice.coordinates();
    int bodies = 0;
    for (int body : bodiesWith("RADII")) {
      double[] pm = backend.pool().gdpool("BODY" + body + "_PM", 0, 2).orElse(null);
      if (pm == null || pm.length < 2) {
        assertCode("MISSINGDATA", () -> coords.toPlanetographic(Integer.toString(body), new Vector3(1, 0, 0), 1, 0));
        continue;
      }
      boolean west = body != 399 && body != 301 && body != 10 && pm[1] >= 0.0;
      double[] radii = backend.pool().gdpool("BODY" + body + "_RADII", 0, 3).get();
      double re = radii[0];
      double f = (re - radii[2]) / re;
      double rp = radii[2];
      Vector3[] points = {new Vector3(0, 0, rp), new Vector3(0, 0, -rp - 3), new Vector3(re, -1e-300, 0),
          new Vector3(re, 1e-300, 1), new Vector3(-re, 0, 0), new Vector3(0, -re, 0), new Vector3(0.3 * re, 0.4 * re, 0.8 * rp),
          new Vector3(-2 * re, -0.1 * re, -0.5 * rp), new Vector3(1e-3, 0, 0)};
      for (Vector3 p : points) {
        PlanetographicCoordinates pg = coords.toPlanetographic(Integer.toString(body), p, re, f);
        GeodeticCoordinates g = backend.coords().recgeo(p, re, f);
        double lon = west ? -g.longitude() : g.longitude();
        if (lon < 0) lon += 2 * Math.PI; // recpgr_c: 2 pi itself is possible by rounding
        assertEquals(lon, pg.longitude(), 0.0, body + " " + p);
        assertEquals(g.latitude(), pg.latitude(), 0.0);
        assertEquals(g.altitude(), pg.altitude(), 0.0);
        Vector3 back = coords.fromPlanetographic(Integer.toString(body), pg, re, f);
        assertEquals(backend.coords().georec(west ? -pg.longitude() : pg.longitude(), pg.latitude(), pg.altitude(), re, f),
            back);
      }
      bodies++;
    }
    assertTrue(bodies >= 70, "bodies " + bodies);
    // A tiny negative longitude rounds to 2 pi (not 0) for the Earth.
    assertEquals(2 * Math.PI, coords.toPlanetographic("EARTH", new Vector3(6378, -1e-300, 0), 6378.1366, 0.0033528).longitude());
    // Flattening 0 (sphere) and near 1, and the spheroid checks.
    assertEquals(backend.coords().recgeo(new Vector3(1, 2, 3), 10, 0).latitude(),
        coords.toPlanetographic("MARS", new Vector3(1, 2, 3), 10, 0).latitude(), 0.0);
    assertEquals(backend.coords().recgeo(new Vector3(1, 2, 3), 10, 0.999).altitude(),
        coords.toPlanetographic("MARS", new Vector3(1, 2, 3), 10, 0.999).altitude(), 0.0);
    assertCode("VALUEOUTOFRANGE", () -> coords.toPlanetographic("MARS", new Vector3(1, 2, 3), 10, 1.0));
    assertCode("VALUEOUTOFRANGE", () -> coords.fromPlanetographic("MARS", new PlanetographicCoordinates(0, 0, 0), 0, 0));
    assertCode("IDCODENOTFOUND", () -> coords.toPlanetographic("NOT_A_BODY", new Vector3(1, 2, 3), 10, 0));
    // Without PCK data even the Earth, Moon and Sun need BODY<id>_PGR_POSITIVE_LON.
    backend.kernels().kclear();
    for (String body : List.of("EARTH", "MOON", "SUN", "MARS")) {
      assertCode("MISSINGDATA", () -> coords.toPlanetographic(body, new Vector3(1, 2, 3), 10, 0));
      assertCode("MISSINGDATA", () -> coords.fromPlanetographic(body, new PlanetographicCoordinates(1, 0, 0), 10, 0));
    }
    backend.pool().pcpool("BODY399_PGR_POSITIVE_LON", List.of("west"));
    assertEquals(2 * Math.PI - 1.0, coords.toPlanetographic("EARTH", backend.coords().georec(1.0, 0, 0, 10, 0), 10, 0)
        .longitude(), 1e-15);
  }

  private static double[] state(String target, String observer, double et) {
    return backend.ephemeris().spkezr(target, et, "J2000", "NONE", observer).toArray();
  }

  /** Two-body identities every element set must satisfy, whatever formulas produced it. */
  private static void assertConsistent(double[] s, double et, double mu, String what) {
    OsculatingElements x = OsculatingElements.fromState(StateVector.of(s, 0), et, mu);
    double[] e = x.toArray();
    Vector3 r = new Vector3(s[0], s[1], s[2]);
    Vector3 v = new Vector3(s[3], s[4], s[5]);
    Vector3 h = r.cross(v);
    assertEquals(h.dot(h) / mu / (1 + e[1]), e[0], 1e-12 * e[0], what + " rp");
    assertEquals(h.angle(new Vector3(0, 0, 1)), e[2], 1e-12, what + " inc");
    assertTrue(e[3] >= 0 && e[3] <= 2 * Math.PI && e[4] >= 0 && e[4] <= 2 * Math.PI, what + " angle ranges");
    assertTrue(e[8] >= 0 && e[8] <= 2 * Math.PI, what + " oscltx nu in [0, 2 pi]: " + e[8]);
    if (e[1] < 1) {
      assertTrue(e[5] >= 0 && e[5] <= 2 * Math.PI, what + " M0");
      double a = e[9];
      assertEquals(1 / a, 2 / r.norm() - v.dot(v) / mu, 1e-12 / a, what + " vis-viva");
      assertEquals(2 * Math.PI * Math.sqrt(a * a * a / mu), e[10], 1e-12 * e[10], what + " period");
      // Kepler: M0 = E - e sin E with E from the true anomaly.
      double ea = 2 * Math.atan(Math.sqrt((1 - e[1]) / (1 + e[1])) * Math.tan(e[8] / 2));
      double m0 = ea - e[1] * Math.sin(ea);
      assertEquals(0, Math.IEEEremainder(m0 - e[5], 2 * Math.PI), 1e-9, what + " Kepler");
    } else if (e[1] > 1) {
      assertEquals(0.0, e[10], what + " no period");
      assertEquals(e[0] / (1 - e[1]), e[9], 1e-10 * Math.abs(e[9]), what + " a < 0");
    }
    // Back through conics to the state.
    double[] back = x.conic().stateAt(et).toArray();
    for (int i = 0; i < 6; i++) {
      double scale = i < 3 ? r.norm() : v.norm();
      assertEquals(s[i], back[i], 1e-10 * scale, what + " conics component " + i);
    }
  }

  @Test
  void osculatingElementsOfEphemerisAndEdgeStates() {
    TestData.loadKernels(backend, List.of("lsk/naif0012.tls", "pck/gm_de440.tpc", "spk/de440s_2023_2026_excerpt.bsp"));
    String[][] pairs = {{"MOON", "EARTH", "399"}, {"EARTH", "SUN", "10"}, {"MARS BARYCENTER", "SUN", "10"},
        {"VENUS", "SUN", "10"}, {"MERCURY", "SUN", "10"}, {"JUPITER BARYCENTER", "SUN", "10"},
        {"PLUTO BARYCENTER", "SUN", "10"}, {"SUN", "EARTH", "399"}, {"JUPITER BARYCENTER", "EARTH", "399"}};
    for (String[] p : pairs) {
      double mu = backend.pool().gdpool("BODY" + p[2] + "_GM", 0, 1).get()[0];
      for (double et = 725716800 + 86400; et < 820756800; et += 86400 * 97.1) {
        assertConsistent(state(p[0], p[1], et), et, mu, p[0] + "/" + p[1] + " " + et);
      }
    }
    double mu = 398600.4355070226;
    double vc = Math.sqrt(mu / 7000);
    // Near-equatorial (prograde and retrograde): within 1e-10 rad the inclination is exact and the node at +X.
    for (double[] s : new double[][] {{7000, 0, 0, 0.1, vc, 1e-13}, {-100, 7000, 0, 8, 0.2, -1e-12}}) {
      double[] e = OsculatingElements.fromState(StateVector.of(s, 0), 0, mu).toArray();
      boolean retrograde = s[0] * s[4] - s[1] * s[3] < 0;
      assertEquals(retrograde ? Math.PI : 0.0, e[2], what(s));
      assertEquals(0.0, e[3]);
      assertConsistent(new double[] {s[0], s[1], 0, s[3], s[4], 0}, 0, mu, "equatorial " + what(s));
    }
    // Hyperbolic before periapsis: oscltx's true anomaly is in (pi, 2 pi), the mean anomaly negative.
    double[] hyper = {7000, -2000, 500, -3, 11.5, 1};
    double[] eh = OsculatingElements.fromState(StateVector.of(hyper, 0), 0, mu).toArray();
    assertTrue(eh[1] > 1 && eh[8] > Math.PI && eh[5] < 0, java.util.Arrays.toString(eh));
    assertConsistent(hyper, 0, mu, "hyperbola");
    // Circular: argument of periapsis 0, true anomaly = mean anomaly.
    double[] ec = OsculatingElements.fromState(StateVector.of(new double[] {0, 7000, 0, -vc, 0, 0.5}, 0), 0, mu).toArray();
    if (ec[1] == 0.0) assertEquals(0.0, ec[4]);
    assertEquals(ec[5], ec[8], 1e-6);
    // Parabolic within 1e-10: eccentricity exactly 1, no semi-major axis or period.
    double[] ep = OsculatingElements.fromState(StateVector.of(new double[] {7000, 0, 0, 0, Math.sqrt(2 * mu / 7000), 0}, 0),
        0, mu).toArray();
    assertEquals(1.0, ep[1]);
    assertEquals(0.0, ep[9]);
    assertEquals(0.0, ep[10]);
    assertCode("NONPOSITIVEMASS", () -> ConicElements.fromState(StateVector.of(hyper, 0), 0, 0));
    assertCode("DEGENERATECASE", () -> ConicElements.fromState(StateVector.of(new double[] {0, 0, 0, 1, 0, 0}, 0), 0, mu));
    assertCode("DEGENERATECASE", () -> ConicElements.fromState(StateVector.of(new double[] {1, 0, 0, 0, 0, 0}, 0), 0, mu));
    assertCode("DEGENERATECASE", () -> OsculatingElements.fromState(StateVector.of(new double[] {1, 2, 3, 2, 4, 6}, 0), 0, mu));
    // prop2b: overflowing intervals and degenerate states are errors, never NaN states.
    assertCode("DTOUTOFRANGE", () -> StateVector.of(hyper, 0).propagateTwoBody(mu, 1e300));
    assertCode("DTOUTOFRANGE", () -> StateVector.of(new double[] {7000, 0, 0, 0, Math.sqrt(2 * mu / 7000), 0}, 0)
        .propagateTwoBody(mu, -1e300));
    assertCode("NONCONICMOTION", () -> StateVector.of(new double[] {1e-170, 0, 0, 0, 1e-170, 0}, 0).propagateTwoBody(mu, 1));
    assertCode("NONCONICMOTION", () -> StateVector.of(new double[] {1, 2, 3, 2, 4, 6}, 0).propagateTwoBody(mu, 1));
  }

  private static String what(double[] s) {
    return java.util.Arrays.toString(s);
  }

  @Test
  void vectorSeparationNearZeroAndPi() {
    for (double eps : new double[] {1e-15, 1e-10, 1e-6, 0.1}) {
      Vector3 x = new Vector3(3, 0, 0);
      assertEquals(Math.atan2(eps, 1), x.angle(new Vector3(7, 7 * eps, 0)), 1e-16 + 1e-15 * eps);
      assertEquals(Math.PI - Math.atan2(eps, 1), x.angle(new Vector3(-7, 0, 7 * eps)), 1e-15);
      assertEquals(Math.atan2(eps, 1), Vectors.angle(new double[] {1, 0, 0, 0, 0}, new double[] {2, 0, 0, 0, 2 * eps}),
          1e-16 + 1e-15 * eps);
      assertEquals(Math.PI - Math.atan2(eps, 1),
          Vectors.angle(new double[] {0, 0, 0, 1, 0}, new double[] {0, 0, 0, -2, 2 * eps}), 1e-15);
    }
    assertEquals(0.0, new Vector3(0, 0, 0).angle(new Vector3(1, 0, 0)));
    assertEquals(Math.PI / 2, new Vector3(1, 0, 0).angle(new Vector3(0, 1e-300, 0)));
  }
}
