package io.github.spice4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Field-of-view searches (CSPICE {@code gftfov_c}, {@code gfrfov_c}) on FOVs put in the kernel pool, against
 * geometry computed independently at the boundaries found: the engine's {@code spkpos_c} and {@code pxform_c},
 * a sphere's angular radius, and the limb points of the project's golden-checked {@code limbpt}.
 */
class GfFovTest extends GfFixture {
  private static final List<TimeInterval> WEEK =
      List.of(new TimeInterval(Q1_2024.get(0).start(), Q1_2024.get(0).start() + 7 * DAY));

  @Override
  String goldenFile() {
    return "gf-events.json";
  }

  /** A circular FOV fixed in IAU_EARTH (boresight on the prime meridian) and a rectangular one by angles. */
  private void defineInstruments() {
    backend.pool().pcpool("INS-999001_FOV_SHAPE", List.of("CIRCLE"));
    backend.pool().pcpool("INS-999001_FOV_FRAME", List.of("IAU_EARTH"));
    backend.pool().pdpool("INS-999001_BORESIGHT", new double[] {1, 0, 0});
    backend.pool().pdpool("INS-999001_FOV_BOUNDARY_CORNERS", new double[] {Math.cos(0.5), 0, Math.sin(0.5)});
    backend.pool().pcpool("INS-999002_FOV_SHAPE", List.of("RECTANGLE"));
    backend.pool().pcpool("INS-999002_FOV_FRAME", List.of("IAU_EARTH"));
    backend.pool().pdpool("INS-999002_BORESIGHT", new double[] {1, 0, 0});
    backend.pool().pcpool("INS-999002_FOV_CLASS_SPEC", List.of("ANGLES"));
    backend.pool().pdpool("INS-999002_FOV_REF_VECTOR", new double[] {0, 0, 1});
    backend.pool().pdpool("INS-999002_FOV_REF_ANGLE", new double[] {30});
    backend.pool().pdpool("INS-999002_FOV_CROSS_ANGLE", new double[] {20});
    backend.pool().pcpool("INS-999002_FOV_ANGLE_UNITS", List.of("DEGREES"));
    backend.idsNames().boddef("TEST_CIRCLE", -999001);
    backend.idsNames().boddef("TEST_RECTANGLE", -999002);
  }

  @Test
  void targetInCircularFieldOfViewEndsWhereTheEnginePutsItOnTheEdge() {
    defineInstruments();
    List<TimeInterval> r = spice.eventFinder().targetInFov("TEST_CIRCLE", "MOON", "EARTH", AberrationCorrection.LT_S,
        WEEK, 600);
    assertTrue(r.size() >= 6 && r.size() <= 8, r::toString);
    for (double t : boundaries(r, WEEK)) {
      Vector3 p = backend.ephemeris().spkpos("MOON", t, "IAU_EARTH", "LT+S", "EARTH").position();
      assertEquals(0.5, Math.acos(p.x() / p.norm()), 1e-9, "edge at ET " + t);
    }
    for (TimeInterval iv : r) {
      Vector3 mid = backend.ephemeris().spkpos("MOON", (iv.start() + iv.stop()) / 2, "IAU_EARTH", "LT+S", "EARTH").position();
      assertTrue(Math.acos(mid.x() / mid.norm()) < 0.5);
    }
  }

  @Test
  void targetInRectangularFieldOfViewByAngles() {
    defineInstruments();
    List<TimeInterval> r = spice.eventFinder().targetInFov("TEST_RECTANGLE", "MOON", "EARTH", AberrationCorrection.NONE,
        WEEK, 600);
    assertFalse(r.isEmpty());
    double tan30 = Math.tan(Math.toRadians(30)), tan20 = Math.tan(Math.toRadians(20));
    for (double t : boundaries(r, WEEK)) {
      Vector3 p = backend.ephemeris().spkpos("MOON", t, "IAU_EARTH", "NONE", "EARTH").position();
      // On the edge: |z/x| = tan 30 (reference side, +z) or |y/x| = tan 20 (cross side), the other inside.
      double z = Math.abs(p.z() / p.x()), y = Math.abs(p.y() / p.x());
      boolean refEdge = Math.abs(z - tan30) < 1e-8 && y <= tan20 + 1e-8;
      boolean crossEdge = Math.abs(y - tan20) < 1e-8 && z <= tan30 + 1e-8;
      assertTrue(refEdge || crossEdge, "ET " + t + ": z/x " + z + ", y/x " + y);
    }
  }

  @Test
  void rayInFieldOfView() {
    defineInstruments();
    // A ray fixed in J2000 along the vernal equinox sweeps the IAU_EARTH circle once a sidereal day.
    List<TimeInterval> r = spice.eventFinder().rayInFov("TEST_CIRCLE", new Vector3(1, 0, 0), "J2000", "EARTH", "NONE",
        List.of(new TimeInterval(Q1_2024.get(0).start(), Q1_2024.get(0).start() + 3 * DAY)), 600);
    assertTrue(r.size() >= 3 && r.size() <= 4, r::toString);
    for (TimeInterval iv : r) {
      if (iv.start() == Q1_2024.get(0).start()) continue;
      Vector3 d = backend.frames().pxform("J2000", "IAU_EARTH", iv.start()).multiply(new Vector3(1, 0, 0));
      assertEquals(0.5, Math.acos(d.x()), 1e-9);
    }
    SpiceException bad = assertThrows(SpiceException.class, () -> spice.eventFinder().rayInFov("TEST_CIRCLE",
        new Vector3(1, 0, 0), "J2000", "EARTH", "LT", Q1_2024, 600));
    assertEquals("SPICE(INVALIDOPTION)", bad.shortMessage());
  }

  private List<TimeInterval> inView(String instrument, OccultingBody target, String observer,
      AberrationCorrection abcorr, List<TimeInterval> window, double step) {
    return spice.eventFinder().targetInFov(instrument, target, observer, abcorr, window, step);
  }

  /** Every interval of {@code inner} lies in one of {@code outer}, and {@code outer} lasts longer in all. */
  private static void assertWider(List<TimeInterval> outer, List<TimeInterval> inner) {
    assertFalse(inner.isEmpty());
    for (TimeInterval i : inner) {
      assertTrue(outer.stream().anyMatch(o -> o.start() <= i.start() && i.stop() <= o.stop()), () -> i + " not in "
          + outer);
    }
    double in = inner.stream().mapToDouble(TimeInterval::duration).sum();
    assertTrue(outer.stream().mapToDouble(TimeInterval::duration).sum() > in, () -> outer + " vs " + inner);
  }

  /** The ends of the intervals that are not ends of the search window. */
  private static double[] boundaries(List<TimeInterval> r, List<TimeInterval> window) {
    return r.stream().flatMapToDouble(iv -> java.util.stream.DoubleStream.of(iv.start(), iv.stop()))
        .filter(t -> t != window.get(0).start() && t != window.get(window.size() - 1).stop()).toArray();
  }

  /**
   * The largest FOV measure (positive inside, zero on the edge) over {@code n} limb points of the target, seen
   * from the observer with light time, the tangent directions rotated into the FOV frame.
   */
  private double limbMeasure(String target, String fixref, String observer, double t, String fovFrame, int n,
      ToDoubleFunction<Vector3> measure) {
    List<List<CutPoint>> cuts = spice.surfaces().limbPoints(Surfaces.TANGENT_ELLIPSOID, target, t, fixref,
        AberrationCorrection.LT, Surfaces.CENTER, observer, new Vector3(0, 0, 1), 2 * Math.PI / n, n, 1e-4, 1e-7, n);
    Matrix3 toFov = backend.frames().pxform("J2000", fovFrame, t)
        .multiply(backend.frames().pxform(fixref, "J2000", cuts.get(0).get(0).epoch()));
    return cuts.stream().flatMap(List::stream)
        .mapToDouble(p -> measure.applyAsDouble(toFov.multiply(p.fromObserver()))).max().orElseThrow();
  }

  @Test
  void sphericalMoonInCircularFovEndsWhereItsDiskTouchesTheEdge() {
    defineInstruments();
    double[] radii = backend.idsNames().bodvrd("MOON", "RADII");
    assertTrue(radii[0] == radii[1] && radii[1] == radii[2]);
    List<TimeInterval> point = inView("TEST_CIRCLE", OccultingBody.point("MOON"), "EARTH", AberrationCorrection.LT_S,
        WEEK, 600);
    List<TimeInterval> disk = inView("TEST_CIRCLE", OccultingBody.ellipsoid("MOON", "IAU_MOON"), "EARTH",
        AberrationCorrection.LT_S, WEEK, 600);
    assertEquals(point.size(), disk.size());
    assertWider(disk, point);
    for (double t : boundaries(disk, WEEK)) {
      Vector3 p = backend.ephemeris().spkpos("MOON", t, "IAU_EARTH", "LT+S", "EARTH").position();
      // The nearest point of the disk: the center's angle from the boresight less the angular radius.
      assertEquals(0.5, Math.acos(p.x() / p.norm()) - Math.asin(radii[0] / p.norm()), 1e-9, "edge at ET " + t);
    }
  }

  @Test
  void moonInRectangularFovEndsWhereItsLimbTouchesTheEdge() {
    defineInstruments();
    double tan30 = Math.tan(Math.toRadians(30)), tan20 = Math.tan(Math.toRadians(20));
    List<TimeInterval> point = inView("TEST_RECTANGLE", OccultingBody.point("MOON"), "EARTH",
        AberrationCorrection.LT, WEEK, 600);
    List<TimeInterval> disk = inView("TEST_RECTANGLE", OccultingBody.ellipsoid("MOON", "IAU_MOON"), "EARTH",
        AberrationCorrection.LT, WEEK, 600);
    assertWider(disk, point);
    for (double t : boundaries(disk, WEEK)) {
      // Limb points every 0.1 degree of roll, 8e-6 rad apart on the Moon's disk: a contact along an edge is
      // resolved far below that (seen: 2e-9); a contact at a corner would need the spacing as tolerance.
      assertEquals(0, limbMeasure("MOON", "IAU_MOON", "EARTH", t, "IAU_EARTH", 3600,
          d -> Math.min(tan30 - Math.abs(d.z() / d.x()), tan20 - Math.abs(d.y() / d.x()))), 1e-7, "ET " + t);
    }
  }


  /** Puts an instrument's FOV (boundary by corners) in the pool and names it. */
  private void defineInstrument(String name, int id, String shape, String frame, Vector3 boresight,
      Vector3... bounds) {
    backend.pool().pcpool("INS" + id + "_FOV_SHAPE", List.of(shape));
    backend.pool().pcpool("INS" + id + "_FOV_FRAME", List.of(frame));
    backend.pool().pdpool("INS" + id + "_BORESIGHT", boresight.toArray());
    double[] corners = new double[3 * bounds.length];
    for (int i = 0; i < bounds.length; i++) System.arraycopy(bounds[i].toArray(), 0, corners, 3 * i, 3);
    backend.pool().pdpool("INS" + id + "_FOV_BOUNDARY_CORNERS", corners);
    backend.idsNames().boddef(name, id);
  }

  /** Mid-window of {@link #DAY_ONE}, when the J2000-fixed instruments on the Moon point at the Earth. */
  private static final double AIMED = Q1_2024.get(0).start() + DAY / 2;
  private static final List<TimeInterval> DAY_ONE =
      List.of(new TimeInterval(Q1_2024.get(0).start(), Q1_2024.get(0).start() + DAY));
  private static final double TAN2 = Math.tan(Math.toRadians(2)), TAN1 = Math.tan(Math.toRadians(1));

  /** Unit axes (boresight, first, second) of an FOV fixed in J2000 on the Moon, aimed at the Earth at {@link #AIMED}. */
  private Vector3[] aimedAtEarth() {
    Vector3 b = backend.ephemeris().spkpos("EARTH", AIMED, "J2000", "LT", "MOON").position().unit();
    Vector3 u1 = b.cross(new Vector3(0, 0, 1)).unit();
    return new Vector3[] {b, u1, b.cross(u1)};
  }

  /** TEST_ELLIPSE: 2 x 1 degree semi-axes, fixed in J2000 on the Moon, aimed at the Earth. */
  private Vector3[] defineEllipseAtEarth() {
    Vector3[] a = aimedAtEarth();
    defineInstrument("TEST_ELLIPSE", -999003, "ELLIPSE", "J2000", a[0], a[0].add(a[1].scale(TAN2)),
        a[0].add(a[2].scale(TAN1)));
    return a;
  }

  @Test
  void oblateEarthInEllipticalFovEndsWhereItsLimbTouchesTheEdge() {
    Vector3[] a = defineEllipseAtEarth();
    List<TimeInterval> point = inView("TEST_ELLIPSE", OccultingBody.point("EARTH"), "MOON", AberrationCorrection.LT,
        DAY_ONE, 600);
    List<TimeInterval> body = inView("TEST_ELLIPSE", OccultingBody.ellipsoid("EARTH", "IAU_EARTH"), "MOON",
        AberrationCorrection.LT, DAY_ONE, 600);
    assertEquals(1, body.size(), body::toString);
    assertWider(body, point);
    double[] ends = boundaries(body, DAY_ONE);
    assertEquals(2, ends.length);
    ToDoubleFunction<Vector3> ellipse = d -> {
      double x = d.dot(a[1]) / d.dot(a[0]) / TAN2, y = d.dot(a[2]) / d.dot(a[0]) / TAN1;
      return 1 - Math.sqrt(x * x + y * y);
    };
    for (double t : ends) {
      // The measure moves 1.5e-4 per second here, so 1e-8 is under 0.1 ms; 36000 limb points (0.01 degree of
      // roll apart) sample the limb finely enough for that.
      assertEquals(0, limbMeasure("EARTH", "IAU_EARTH", "MOON", t, "J2000", 36000, ellipse), 1e-8, "ET " + t);
    }
  }

  @Test
  void aTinyEllipsoidConvergesToThePoint() {
    defineEllipseAtEarth();
    backend.pool().pdpool("BODY399_RADII", new double[] {1e-3, 1e-3, 1e-3});
    List<TimeInterval> point = inView("TEST_ELLIPSE", OccultingBody.point("EARTH"), "MOON", AberrationCorrection.LT,
        DAY_ONE, 600);
    List<TimeInterval> body = inView("TEST_ELLIPSE", OccultingBody.ellipsoid("EARTH", "IAU_EARTH"), "MOON",
        AberrationCorrection.LT, DAY_ONE, 600);
    assertWider(body, point);
    // A 1 m body 384000 km away spans 2.6e-9 rad, crossed in about a millisecond at 2.6e-6 rad/s.
    assertWindows(point, body, 5e-3);
  }

  @Test
  void aBodyCoveringTheWholeFovIsInView() {
    Vector3[] a = aimedAtEarth();
    // A 0.05 degree circle: the Earth (0.95 degrees radius from the Moon) covers all of it for hours.
    defineInstrument("TEST_SMALL", -999004, "CIRCLE", "J2000", a[0],
        a[0].add(a[1].scale(Math.tan(Math.toRadians(0.05)))));
    List<TimeInterval> point = inView("TEST_SMALL", OccultingBody.point("EARTH"), "MOON", AberrationCorrection.LT,
        DAY_ONE, 300);
    List<TimeInterval> body = inView("TEST_SMALL", OccultingBody.ellipsoid("EARTH", "IAU_EARTH"), "MOON",
        AberrationCorrection.LT, DAY_ONE, 300);
    assertWider(body, point);
    // Where the Earth's center is 0.5 degree off the boresight, the FOV lies inside the Earth's disk.
    double t = point.get(0).stop();
    while (backend.ephemeris().spkpos("EARTH", t, "J2000", "LT", "MOON").position().angle(a[0]) < Math.toRadians(0.5)) t += 10;
    double covered = t;
    assertTrue(body.stream().anyMatch(iv -> iv.start() < covered && covered < iv.stop()), body::toString);
    assertTrue(point.stream().noneMatch(iv -> iv.start() < covered && covered < iv.stop()), point::toString);
  }

  private void assertSpiceError(String code, Executable call) {
    SpiceException e = assertThrows(SpiceException.class, call);
    assertEquals(code, e.shortMessage(), e::getMessage);
  }

  @Test
  void gftfovRejectsWhatCspiceDocumentsAndStaysUsable() {
    defineInstruments();
    EventFinder ev = spice.eventFinder();
    AberrationCorrection lt = AberrationCorrection.LT;
    OccultingBody moon = OccultingBody.ellipsoid("MOON", "IAU_MOON");
    assertSpiceError("SPICE(INVALIDSHAPE)", () -> inView("TEST_CIRCLE", new OccultingBody("MOON", "DSK", " "),
        "EARTH", lt, WEEK, 600));
    assertSpiceError("SPICE(INVALIDFRAME)", () -> inView("TEST_CIRCLE", OccultingBody.ellipsoid("MOON", " "),
        "EARTH", lt, WEEK, 600));
    assertSpiceError("SPICE(INVALIDFRAME)", () -> inView("TEST_CIRCLE", OccultingBody.ellipsoid("MOON", "NOSUCH"),
        "EARTH", lt, WEEK, 600));
    assertSpiceError("SPICE(INVALIDFRAME)", () -> inView("TEST_CIRCLE", OccultingBody.ellipsoid("MOON",
        "IAU_EARTH"), "EARTH", lt, WEEK, 600));
    assertSpiceError("SPICE(BODIESNOTDISTINCT)", () -> inView("TEST_CIRCLE", OccultingBody.point("EARTH"), "EARTH",
        lt, WEEK, 600));
    assertSpiceError("SPICE(IDCODENOTFOUND)", () -> inView("TEST_CIRCLE", moon, "NOSUCHBODY", lt, WEEK, 600));
    assertSpiceError("SPICE(IDCODENOTFOUND)", () -> inView("NOSUCHINSTRUMENT", moon, "EARTH", lt, WEEK, 600));
    backend.pool().pdpool("BODY301_RADII", new double[] {1737.4, 0, 1737.4});
    assertSpiceError("SPICE(BADAXISLENGTH)", () -> inView("TEST_CIRCLE", moon, "EARTH", lt, WEEK, 600));
    backend.pool().pdpool("BODY301_RADII", new double[] {1737.4, 1737.4});
    assertSpiceError("SPICE(INVALIDDIMENSION)", () -> inView("TEST_CIRCLE", moon, "EARTH", lt, WEEK, 600));
    backend.pool().pdpool("BODY301_RADII", new double[] {1737.4, 1737.4, 1737.4});
    // A boundary vector at right angles to the boresight, and a circle of zero radius.
    defineInstrument("TEST_WIDE", -999005, "CIRCLE", "IAU_EARTH", new Vector3(1, 0, 0), new Vector3(0, 0, 1));
    assertSpiceError("SPICE(FOVTOOWIDE)", () -> inView("TEST_WIDE", moon, "EARTH", lt, WEEK, 600));
    defineInstrument("TEST_NARROW", -999006, "CIRCLE", "IAU_EARTH", new Vector3(1, 0, 0), new Vector3(1, 0, 0));
    assertSpiceError("SPICE(DEGENERATECASE)", () -> inView("TEST_NARROW", moon, "EARTH", lt, WEEK, 600));
    assertFalse(inView("TEST_CIRCLE", moon, "EARTH", lt, WEEK, 600).isEmpty());
  }

  @Test
  void gfrfovAcceptsOnlyTheStellarAberrationCorrections() {
    defineInstruments();
    List<TimeInterval> day = List.of(new TimeInterval(Q1_2024.get(0).start(), Q1_2024.get(0).start() + DAY));
    Vector3 ray = new Vector3(1, 0, 0);
    for (String ok : List.of("NONE", "S", "XS", " x s ", "none")) {
      assertFalse(spice.eventFinder().rayInFov("TEST_CIRCLE", ray, "J2000", "EARTH", ok, day, 600).isEmpty(), ok);
    }
    assertSpiceError("SPICE(ZEROVECTOR)", () -> spice.eventFinder().rayInFov("TEST_CIRCLE", Vector3.ZERO, "J2000",
        "EARTH", "NONE", day, 600));
    for (String bad : List.of("LT", "LT+S", "CN", "CN+S", "XLT", "XLT+S", "XCN", "XCN+S", "RELATIVISTIC")) {
      assertSpiceError("SPICE(INVALIDOPTION)", () -> spice.eventFinder().rayInFov("TEST_CIRCLE", ray, "J2000", "EARTH",
          bad, day, 600));
    }
  }

  /**
   * The real Cassini ISS wide-angle camera FOV (cas_iss_v10.ti: a 1.74 degree square by ANGLES) mounted on the
   * Moon in a TK frame fixed to J2000 whose +Z (the IK's boresight) points at the Earth at {@link #AIMED}: the
   * rotation is the half-turn about the bisector of +Z and that direction, so either reading of a TK matrix works.
   */
  @Test
  void earthInTheRealCassiniWideAngleFovEndsWhereItsLimbTouchesTheEdge() {
    backend.kernels().furnsh(TestData.kernel("ik/cas_iss_v10.ti"));
    Vector3 e = aimedAtEarth()[0];
    Vector3 n = e.add(new Vector3(0, 0, 1)).unit();
    double[] m = new double[9];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) m[3 * i + j] = 2 * n.toArray()[i] * n.toArray()[j] - (i == j ? 1 : 0);
    }
    backend.pool().pipool("FRAME_TEST_MOUNT", new int[] {1999001});
    backend.pool().pcpool("FRAME_1999001_NAME", List.of("TEST_MOUNT"));
    backend.pool().pipool("FRAME_1999001_CLASS", new int[] {4});
    backend.pool().pipool("FRAME_1999001_CLASS_ID", new int[] {1999001});
    backend.pool().pipool("FRAME_1999001_CENTER", new int[] {301});
    backend.pool().pcpool("TKFRAME_1999001_RELATIVE", List.of("J2000"));
    backend.pool().pcpool("TKFRAME_1999001_SPEC", List.of("MATRIX"));
    backend.pool().pdpool("TKFRAME_1999001_MATRIX", m);
    backend.pool().pcpool("INS-82361_FOV_FRAME", List.of("TEST_MOUNT"));
    assertEquals(0, backend.frames().pxform("TEST_MOUNT", "J2000", AIMED).multiply(new Vector3(0, 0, 1)).angle(e), 1e-12);

    List<TimeInterval> point = inView("-82361", OccultingBody.point("EARTH"), "MOON", AberrationCorrection.LT,
        DAY_ONE, 600);
    List<TimeInterval> body = inView("-82361", OccultingBody.ellipsoid("EARTH", "IAU_EARTH"), "MOON",
        AberrationCorrection.LT, DAY_ONE, 600);
    assertWider(body, point);
    double half = Math.tan(Math.toRadians(1.74));
    for (double t : boundaries(body, DAY_ONE)) {
      assertEquals(0, limbMeasure("EARTH", "IAU_EARTH", "MOON", t, "TEST_MOUNT", 3600,
          d -> Math.min(half - Math.abs(d.x() / d.z()), half - Math.abs(d.y() / d.z()))), 1e-7, "ET " + t);
    }
  }
}
