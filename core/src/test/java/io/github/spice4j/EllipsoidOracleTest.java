package io.github.spice4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.jni.JniBackend;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * surfpt/nearpt/npedln/edlimb/surfnm on ellipsoids and points the visible goldens leave out. nearpt and surfpt are
 * checked against the engine's CSPICE subpnt_c ("NEAR POINT/ELLIPSOID") and sincpt_c ("ELLIPSOID"), which apply
 * them to the observer's body-fixed position: the DSN stations give constant ITRF93 positions, and the Earth's radii
 * are replaced (pdpool) by oblate, prolate, triaxial and spherical ellipsoids that put stations inside and outside.
 * npedln and edlimb are checked against their defining geometry; error codes against the routines' documented ones.
 */
class EllipsoidOracleTest {
  private static final double ET = 478548067.1853947;
  private static final String[] STATIONS = {"DSS-13", "DSS-14", "DSS-34", "DSS-43", "DSS-54", "DSS-63", "DSS-65"};
  private static final double[][] RADII = {{6378.1366, 6378.1366, 6356.7519}, {7000, 6000, 5000},
      {3000, 6371, 6371}, {6371, 6371, 6371}, {6371, 6371, 9000}, {20000, 4000, 3000}, {6370, 6380, 6375}};

  private static Vector3 gaussian(Random rnd) {
    return new Vector3(rnd.nextGaussian(), rnd.nextGaussian(), rnd.nextGaussian());
  }

  private static double relDiff(Vector3 expected, Vector3 actual) {
    return VectorMath.vnorm(VectorMath.vsub(expected, actual)) / VectorMath.vnorm(expected);
  }

  @Test
  void nearptAndSurfptAgreeWithSubpntAndSincpt() {
    Random rnd = new Random(11);
    int hits = 0;
    int misses = 0;
    try (Spice spice = Spice.over(JniBackend.create())) {
      TestData.loadGoldenKernels(spice.backend(), "ephemeris-extra.json");
      Geometry g = spice.geometry();
      for (double[] r : RADII) {
        spice.backend().pool().pdpool("BODY399_RADII", r);
        Ellipsoid e = Ellipsoid.of(r);
        for (String station : STATIONS) {
          String what = Arrays.toString(r) + " " + station;
          Vector3 obs = spice.position(station, "EARTH", "ITRF93", AberrationCorrection.NONE, ET).position();
          SurfacePoint sub = g.subObserverPoint(Geometry.NEAR_POINT_ELLIPSOID, "EARTH", station, "ITRF93",
              AberrationCorrection.NONE, ET);
          NearestPoint near = e.nearestPoint(obs);
          assertTrue(relDiff(sub.spoint(), near.point()) < 1e-14, what);
          assertEquals(VectorMath.vnorm(sub.srfvec()), Math.abs(near.distance()), 1e-11, what);
          for (int k = 0; k < 12; k++) {
            Vector3 dir = k == 0 ? VectorMath.vminus(obs) : gaussian(rnd);
            Optional<SurfacePoint> hit = g.surfaceIntercept(Geometry.ELLIPSOID, "EARTH", station, "ITRF93",
                AberrationCorrection.NONE, ET, "ITRF93", dir);
            Optional<Vector3> mine = e.intercept(obs, dir);
            assertEquals(hit.isPresent(), mine.isPresent(), what + " " + dir);
            if (hit.isPresent()) {
              hits++;
              assertTrue(relDiff(hit.get().spoint(), mine.get()) < 1e-13, what + " " + dir);
            } else {
              misses++;
            }
          }
        }
      }
    }
    assertTrue(hits > 100 && misses > 100, hits + " hits, " + misses + " misses");
  }

  /**
   * nearpt on points written to an SPK as fixed ITRF93 positions (type 8, zero velocity) and seen by subpnt_c: on
   * the axes, in the coordinate planes, deep inside (where the nearest point leaves the plane of symmetry and the
   * tie between mirror images must fall as CSPICE's does) and just outside, for triaxial, spherical, oblate and
   * prolate radii, within the golden presets (point abs 1e-9 + rel 1e-12, altitude rel 1e-12).
   */
  @Test
  void nearptAgreesWithSubpntOnAxesPlanesAndDeepInside(@TempDir Path dir) {
    double[][] points = {{1500, 0, 0}, {0, 600, 0}, {0, 0, 300}, {6000, 0, 0}, {0, 0, 5000}, {300, 200, 0},
        {1200, 0, 200}, {0, 500, 100}, {2999, 1, 1}, {3001, 0, 0}, {1000, 1000, 1000}, {-700, 400, -100},
        {2121.3, 1414.2, 50.0}, {1500, 1000, 1.0e-3}, {2000, 100, 1.0e-4}, {0, 0, 1000.5}, {3000.001, 1.0e-4, 1.0e-4}, {-20, 10, 0.5}};
    double[][] radii = {{3000, 2000, 1000}, {2000, 2000, 2000}, {3000, 3000, 1000}, {1000, 1000, 3000}};
    Path spk = dir.resolve("fixed-points.bsp");
    try (Spice spice = Spice.over(JniBackend.create())) {
      TestData.loadGoldenKernels(spice.backend(), "ephemeris-extra.json");
      try (SpkWriter w = spice.spkFiles().create(OutputTarget.file(spk), "FIXED POINTS")) {
        for (int i = 0; i < points.length; i++) {
          double[] p = points[i];
          double[] states = {p[0], p[1], p[2], 0, 0, 0, p[0], p[1], p[2], 0, 0, 0};
          w.writeType08(-990001 - i, 399, "ITRF93", ET - 100, ET + 100, "P" + i, 1, states, ET - 100, 200);
        }
      }
      spice.load(spk);
      for (double[] r : radii) {
        spice.backend().pool().pdpool("BODY399_RADII", r);
        for (int i = 0; i < points.length; i++) {
          String what = Arrays.toString(r) + " " + Arrays.toString(points[i]);
          SurfacePoint sub = spice.geometry().subObserverPoint(Geometry.NEAR_POINT_ELLIPSOID, "EARTH",
              String.valueOf(-990001 - i), "ITRF93", AberrationCorrection.NONE, ET);
          NearestPoint near = Ellipsoid.of(r).nearestPoint(Vector3.of(points[i]));
          double alt = VectorMath.vnorm(sub.srfvec());
          assertTrue(VectorMath.vnorm(VectorMath.vsub(sub.spoint(), near.point()))
              <= 1e-9 + 1e-12 * VectorMath.vnorm(sub.spoint()), what + " " + near);
          assertEquals(alt, Math.abs(near.distance()), 1e-15 + 1e-12 * alt, what);
        }
      }
    }
  }

  /** The limb's points are on the surface, and the line from the viewing point touches the surface there. */
  @Test
  void edlimbPointsAreTangencyPoints() {
    overEllipsoids(5, 20, (e, rnd) -> {
      Vector3 v = VectorMath.vscl(1.05e4 + 1e6 * rnd.nextDouble(), VectorMath.vhat(gaussian(rnd)));
      Ellipse limb = e.limb(v);
      // Major no shorter than minor (a spherical body's circular limb may differ in the last bit).
      assertTrue(VectorMath.vnorm(limb.semiMajor()) >= VectorMath.vnorm(limb.semiMinor()) * (1 - 1e-15));
      assertEquals(0.0, VectorMath.vdot(limb.semiMajor(), limb.semiMinor())
          / (VectorMath.vnorm(limb.semiMajor()) * VectorMath.vnorm(limb.semiMinor())), 1e-12);
      for (int i = 0; i < 8; i++) {
        double t = i * Math.PI / 4;
        Vector3 x = Aberration.lincom(1.0, limb.center(), 1.0,
            Aberration.lincom(Math.cos(t), limb.semiMajor(), Math.sin(t), limb.semiMinor()));
        Vector3 s = e.scaledDown(x);
        assertEquals(1.0, VectorMath.vdot(s, s), 1e-13);
        assertEquals(0.0, VectorMath.vdot(e.normal(x), VectorMath.vhat(VectorMath.vsub(x, v))), 1e-12);
      }
    });
    // On the surface the limb is the point itself (the tangent plane meets the ellipsoid only there).
    Ellipse point = new Ellipsoid(3, 2, 1).limb(new Vector3(3, 0, 0));
    assertEquals(new Vector3(3, 0, 0), point.center());
    assertEquals(0.0, VectorMath.vnorm(point.semiMajor()));
    assertEquals(0.0, VectorMath.vnorm(point.semiMinor()));
  }

  /**
   * The worked example on NAIF's edlimb page: radii (sqrt 2, 2 sqrt 2, sqrt 2) seen from (2, 0, 0), a view along
   * an axis, has center (1, 0, 0), semi-major axis (0, 2, 0) and semi-minor axis (0, 0, -1).
   */
  @Test
  void edlimbMatchesNaifsAxisViewExample() {
    double r2 = Math.sqrt(2.0);
    Ellipse limb = new Ellipsoid(r2, 2 * r2, r2).limb(new Vector3(2, 0, 0));
    assertTrue(relDiff(new Vector3(1, 0, 0), limb.center()) < 1e-15, limb.toString());
    assertTrue(relDiff(new Vector3(0, 2, 0), limb.semiMajor()) < 1e-15, limb.toString());
    assertTrue(relDiff(new Vector3(0, 0, -1), limb.semiMinor()) < 1e-15, limb.toString());
  }

  /** The worked example on NAIF's npedln page (values printed there to 17 digits). */
  @Test
  void npedlnMatchesNaifsExample() {
    NearestPoint n = new Ellipsoid(7.0e5, 7.0e5, 6.0e5).nearestPointToLine(new Vector3(1.0e6, 2.0e6, 3.0e6),
        new Vector3(-4.472091234e-1, -8.944182469e-1, -4.472091234e-3));
    Vector3 expected = new Vector3(-1.6333110792340931e+03, -3.2666222157820771e+03, 5.9999183350006724e+05);
    assertTrue(relDiff(expected, n.point()) < 1e-12, n.toString());
    assertEquals(2.3899679338299707e+06, n.distance(), 1e-12 * 2.39e6);
  }

  /**
   * A line that misses: the segment from the line to pnear is normal to both, and its length is dist. A line that
   * hits from outside: pnear is the nearer intersection and dist is 0.
   */
  @Test
  void npedlnMeetsItsDefinition() {
    overEllipsoids(3, 40, (e, rnd) -> {
      Vector3 p = VectorMath.vscl(3e4, gaussian(rnd));
      Vector3 d = gaussian(rnd);
      NearestPoint n = e.nearestPointToLine(p, d);
      Optional<Vector3> ahead = e.intercept(p, d);
      Optional<Vector3> behind = e.intercept(p, VectorMath.vminus(d));
      if (ahead.isPresent() || behind.isPresent()) {
        assertEquals(0.0, n.distance());
        assertEquals(ahead.orElseGet(behind::get), n.point());
        return;
      }
      Vector3 u = VectorMath.vhat(d);
      Vector3 onLine = Aberration.lincom(1.0, p, VectorMath.vdot(VectorMath.vsub(n.point(), p), u), u);
      Vector3 gap = VectorMath.vsub(n.point(), onLine);
      assertEquals(VectorMath.vnorm(gap), n.distance(), 1e-9 * Math.max(1.0, n.distance()));
      assertEquals(0.0, VectorMath.vdot(e.normal(n.point()), u), 1e-12);
      assertEquals(1.0, Math.abs(VectorMath.vdot(e.normal(n.point()), VectorMath.vhat(gap))), 1e-10);
      Vector3 s = e.scaledDown(n.point());
      assertEquals(1.0, VectorMath.vdot(s, s), 1e-13);
    });
  }

  /** Runs {@code check} {@code count} times on each test ellipsoid, with one seeded generator. */
  private static void overEllipsoids(long seed, int count, BiConsumer<Ellipsoid, Random> check) {
    Random rnd = new Random(seed);
    for (double[] r : RADII) {
      for (int k = 0; k < count; k++) check.accept(Ellipsoid.of(r), rnd);
    }
  }

  /**
   * Each routine reports a non-positive semi-axis with the code its CSPICE routine documents (surfpt_c, surfnm_c,
   * nearpt_c: BADAXISLENGTH; edlimb_c, npedln_c: INVALIDAXISLENGTH), and the other documented input errors.
   */
  @Test
  void errorCodesAreTheRoutinesOwn() {
    Vector3 p = new Vector3(7000, -8000, 9000);
    Vector3 d = new Vector3(1, 0, 0);
    for (Ellipsoid bad : new Ellipsoid[] {new Ellipsoid(0, 1, 1), new Ellipsoid(1, -2, 1), new Ellipsoid(1, 1, 0)}) {
      assertCode("SPICE(BADAXISLENGTH)", () -> bad.intercept(p, d));
      assertCode("SPICE(BADAXISLENGTH)", () -> bad.normal(p));
      assertCode("SPICE(BADAXISLENGTH)", () -> bad.nearestPoint(p));
      assertCode("SPICE(INVALIDAXISLENGTH)", () -> bad.nearestPointToLine(p, d));
      assertCode("SPICE(INVALIDAXISLENGTH)", () -> bad.limb(p));
    }
    Ellipsoid earth = new Ellipsoid(6378.1366, 6378.1366, 6356.7519);
    assertCode("SPICE(ZEROVECTOR)", () -> earth.intercept(p, Vector3.ZERO));
    assertCode("SPICE(ZEROVECTOR)", () -> earth.nearestPointToLine(p, Vector3.ZERO));
    assertCode("SPICE(INVALIDPOINT)", () -> earth.limb(new Vector3(100, 200, 300)));
  }

  private static void assertCode(String code, Executable call) {
    assertEquals(code, assertThrows(SpiceException.class, call).shortMessage());
  }
}
