package io.github.spice4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pure-Java math checked against independent facts: rotations rebuilt from their factors, orbital
 * elements mapped back to the state, two-body propagation against a numerical integration of Newton's
 * equation, and CSPICE's short codes for bad input. (CSPICE's own values are checked by the golden parity
 * test, coords-extra.json.)
 */
class PureMathTest {
  private static final double GM_EARTH = 398600.4355070226;

  private static Matrix3 randomRotation(Random rnd) {
    Vector3 axis = new Vector3(rnd.nextGaussian(), rnd.nextGaussian(), rnd.nextGaussian());
    return Matrix3.axisAngle(axis, Math.PI * (2 * rnd.nextDouble() - 1));
  }

  private static void assertMatrixClose(Matrix3 expected, Matrix3 actual, double tol) {
    double[] e = expected.toRowMajor();
    double[] a = actual.toRowMajor();
    for (int i = 0; i < 9; i++) assertEquals(e[i], a[i], tol, "element " + i + " of " + actual + " vs " + expected);
  }

  @ParameterizedTest
  @CsvSource({"3,1,3", "1,2,1", "2,3,2", "3,2,3", "1,3,1", "2,1,2", "1,2,3", "2,3,1", "3,1,2", "3,2,1", "1,3,2",
      "2,1,3"})
  void eulerAnglesRebuildTheRotationForEverySequence(int a3, int a2, int a1) {
    Random rnd = new Random(31L * a3 + 7L * a2 + a1);
    for (int k = 0; k < 500; k++) {
      Matrix3 r = randomRotation(rnd);
      EulerAngles e = r.toEulerAngles(a3, a2, a1);
      // Near gimbal lock the outer angles are individually ill-conditioned: the input's own rounding
      // (~1e-16) is amplified by 1 / sin(angle2) (same outer axes) or 1 / cos(angle2).
      double lockDistance = Math.abs(a3 == a1 ? Math.sin(e.angle2()) : Math.cos(e.angle2()));
      assertMatrixClose(r, e.toMatrix(), 2e-15 + 4e-16 / lockDistance);
      assertTrue(Math.abs(e.angle3()) <= Math.PI && Math.abs(e.angle1()) <= Math.PI);
      if (a3 == a1) assertTrue(e.angle2() >= 0 && e.angle2() <= Math.PI);
      else assertTrue(Math.abs(e.angle2()) <= Math.PI / 2);
    }
    // Gimbal lock: the middle rotation at 0 (same outer axes) or 90 degrees; angle1 is then 0.
    double lock = a3 == a1 ? 0.0 : Math.PI / 2;
    Matrix3 locked = new EulerAngles(0.7, lock, 0.3, a3, a2, a1).toMatrix();
    EulerAngles e = locked.toEulerAngles(a3, a2, a1);
    if (a3 == a1) assertEquals(0.0, e.angle3()); // sin(0) is exactly 0: the degenerate branch
    assertMatrixClose(locked, e.toMatrix(), 1e-15);
  }

  @Test
  void eulerRatesRebuildTheStateTransform() {
    Random rnd = new Random(11);
    for (int k = 0; k < 200; k++) {
      EulerAngles angles = randomRotation(rnd).toEulerAngles(3, 1, 3);
      EulerAngleRates rates = new EulerAngleRates(angles, 1e-4 * rnd.nextGaussian(), 1e-6 * rnd.nextGaussian(),
          1e-5 * rnd.nextGaussian(), true);
      EulerAngleRates back = rates.toStateTransform().toEulerAngles(3, 1, 3);
      assertTrue(back.unique());
      assertEquals(rates.rate3(), back.rate3(), 1e-15);
      assertEquals(rates.rate2(), back.rate2(), 1e-15);
      assertEquals(rates.rate1(), back.rate1(), 1e-15);
      // The middle angle comes from acos of one element, as in CSPICE: a few ulp of that element near 1.
      assertEquals(angles.angle2(), back.angles().angle2(), 1e-13);
    }
  }

  @Test
  void gimbalLockedStateTransformKeepsTheRotationRate() {
    EulerAngles locked = new EulerAngles(0.0, 0.0, 0.9, 3, 1, 3);
    EulerAngleRates spin = new EulerAngleRates(locked, 0.0, 1e-5, 7e-5, true);
    EulerAngleRates back = spin.toStateTransform().toEulerAngles(3, 1, 3);
    assertFalse(back.unique());
    assertEquals(0.0, back.angles().angle3());
    assertEquals(0.0, back.rate3());
    double[] expected = spin.toStateTransform().toRowMajor();
    double[] actual = back.toStateTransform().toRowMajor();
    for (int i = 0; i < 36; i++) assertEquals(expected[i], actual[i], 1e-15, "element " + i);
  }

  @Test
  void quaternionsRoundTripAndFollowSpiceSign() {
    Random rnd = new Random(12);
    for (int k = 0; k < 1000; k++) {
      Matrix3 r = randomRotation(rnd);
      Quaternion q = r.toQuaternion();
      assertTrue(q.q0() >= 0);
      assertEquals(1.0, Math.sqrt(q.q0() * q.q0() + q.q1() * q.q1() + q.q2() * q.q2() + q.q3() * q.q3()), 1e-15);
      assertMatrixClose(r, q.toMatrix(), 1e-15);
    }
    // SPICE convention: q = (cos(t/2), sin(t/2) n) stands for the rotation of vectors by t about n.
    double t = 0.4;
    Quaternion q = Matrix3.axisAngle(new Vector3(0, 0, 1), t).toQuaternion();
    assertEquals(Math.cos(t / 2), q.q0(), 1e-16);
    assertEquals(Math.sin(t / 2), q.q3(), 1e-16);
    assertMatrixClose(Matrix3.identity(), new Quaternion(0, 0, 0, 0).toMatrix(), 0.0);
    assertMatrixClose(q.toMatrix(), new Quaternion(2 * q.q0(), 2 * q.q1(), 2 * q.q2(), 2 * q.q3()).toMatrix(), 1e-16);
  }

  @ParameterizedTest
  @CsvSource({"1,2", "1,3", "2,1", "2,3", "3,1", "3,2"})
  void twoVectorFramesAreRightHandedWithTheRequestedAxes(int indexa, int indexp) {
    Random rnd = new Random(13L * indexa + indexp);
    for (int k = 0; k < 200; k++) {
      Vector3 axdef = new Vector3(rnd.nextGaussian(), rnd.nextGaussian(), rnd.nextGaussian());
      Vector3 plndef = new Vector3(rnd.nextGaussian(), rnd.nextGaussian(), rnd.nextGaussian());
      Matrix3 m = Matrix3.twoVectors(axdef, indexa, plndef, indexp);
      assertTrue(m.isRotation(1e-14, 1e-14));
      // Axis indexa along axdef; axis indexp in the plane, on plndef's side.
      Vector3 a = m.multiply(axdef);
      Vector3 p = m.multiply(plndef);
      double[] ac = a.toArray();
      double[] pc = p.toArray();
      assertEquals(axdef.norm(), ac[indexa - 1], 1e-14 * axdef.norm());
      assertEquals(0.0, pc[6 - indexa - indexp - 1], 1e-14 * plndef.norm());
      assertTrue(pc[indexp - 1] > 0);
    }
  }

  @Test
  void invortInvertsMatricesWithOrthogonalColumns() {
    Random rnd = new Random(14);
    for (int k = 0; k < 200; k++) {
      double[] r = randomRotation(rnd).toRowMajor();
      double[] s = {Math.exp(rnd.nextGaussian()), Math.exp(rnd.nextGaussian()), Math.exp(rnd.nextGaussian())};
      double[] m = new double[9];
      for (int i = 0; i < 9; i++) m[i] = r[i] * s[i % 3];
      Matrix3 mm = Matrix3.ofRowMajor(m);
      // Off-diagonal rounding scales with the ratio of column norms (up to e^6 here).
      assertMatrixClose(Matrix3.identity(), mm.invertOrthogonal().multiply(mm), 1e-12);
    }
  }

  // --- orbital elements ---------------------------------------------------------------------------

  /** Elliptic (one nearly parabolic) and hyperbolic orbits in several orientations. */
  private static StateVector[] states() {
    return new StateVector[] {
        StateVector.of(new double[] {-367980.8742440072, 142721.0232863649, 89314.42181696178, -0.4096121157256828,
            -0.7798565504567598, -0.40271628632289536}, 0),
        StateVector.of(new double[] {7000, 0, 0, 0, 7.2, 1.5}, 0),
        StateVector.of(new double[] {-6800, 1200, 300, -1.0, -9.5, 4.0}, 0),
        StateVector.of(new double[] {6678, 0, 0, 0, 0.3 * Math.sqrt(2 * GM_EARTH / 6678), 0.95 * Math.sqrt(
            2 * GM_EARTH / 6678)}, 0),
        StateVector.of(new double[] {4000, -5000, 2000, 5.5, 3.1, -2.2}, 0),
        StateVector.of(new double[] {7000, 1000, -500, 1.0, 11.5, 3.0}, 0),
        StateVector.of(new double[] {-9000, 2000, 4000, -3.0, -14.0, 1.0}, 0)};
  }

  private static void assertStateClose(StateVector expected, StateVector actual, double rel) {
    double[] e = expected.toArray();
    double[] a = actual.toArray();
    double rScale = expected.position().norm();
    double vScale = expected.velocity().norm();
    for (int i = 0; i < 6; i++) {
      assertEquals(e[i], a[i], rel * (i < 3 ? rScale : vScale), "component " + i + ": " + actual + " vs " + expected);
    }
  }

  @Test
  void conicsOfOsculatingElementsGivesTheStateBack() {
    double et0 = 757339269.1839061;
    int hyperbolas = 0;
    for (StateVector s : states()) {
      ConicElements el = ConicElements.fromState(s, et0, GM_EARTH);
      // oscelt_c's anomaly relations (cos E and sin E from nu) round a little worse near periapsis at e ~ 0.9.
      assertStateClose(s, el.stateAt(et0), 2e-12);
      // Later epochs agree with two-body propagation of the original state.
      for (double dt : new double[] {-86400, 600, 3e5}) {
        assertStateClose(s.propagateTwoBody(GM_EARTH, dt), el.stateAt(et0 + dt), 1e-10);
      }
      OsculatingElements x = OsculatingElements.fromState(s, et0, GM_EARTH);
      assertEquals(el, x.conic());
      if (el.eccentricity() < 1) {
        double a = x.semiMajorAxis();
        assertEquals(el.periapsisDistance() / (1 - el.eccentricity()), a, 1e-12 * a);
        // Vis-viva fixes a from the state alone.
        double r = s.position().norm();
        double v2 = s.velocity().dot(s.velocity());
        assertEquals(1 / a, 2 / r - v2 / GM_EARTH, 1e-12 / a);
        assertEquals(x.period(), 2 * Math.PI * Math.sqrt(a * a * a / GM_EARTH), 1e-12 * x.period());
      } else {
        hyperbolas++;
        assertEquals(0.0, x.period());
        assertTrue(x.semiMajorAxis() < 0);
      }
    }
    assertEquals(2, hyperbolas);
  }

  @Test
  void elementsFollowTheDocumentedConventions() {
    // Equatorial orbit: node longitude 0, argument of periapsis from +X.
    ConicElements eq = ConicElements.fromState(StateVector.of(new double[] {0, 7000, 0, -8.0, 0, 0}, 0), 0, GM_EARTH);
    assertEquals(0.0, eq.inclination());
    assertEquals(0.0, eq.ascendingNodeLongitude());
    assertEquals(Math.PI / 2, eq.periapsisArgument(), 1e-15);
    // Circular orbit: argument of periapsis 0, mean anomaly = argument of latitude.
    double vc = Math.sqrt(GM_EARTH / 7000);
    ConicElements circ = ConicElements.fromState(StateVector.of(new double[] {0, 7000, 0, -vc, 0, 0.0}, 0), 0, GM_EARTH);
    assertTrue(circ.eccentricity() < 1e-15);
  }

  /** Newton's two-body equation integrated with classical Runge-Kutta, 2 s steps: independent of prop2b's method. */
  private static double[] integrate(double gm, double[] y0, double dt) {
    int steps = (int) Math.ceil(Math.abs(dt) / 2.0);
    double h = dt / steps;
    double[] y = y0.clone();
    for (int n = 0; n < steps; n++) {
      double[] k1 = accel(gm, y);
      double[] k2 = accel(gm, axpy(y, k1, h / 2));
      double[] k3 = accel(gm, axpy(y, k2, h / 2));
      double[] k4 = accel(gm, axpy(y, k3, h));
      for (int i = 0; i < 6; i++) y[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
    }
    return y;
  }

  private static double[] axpy(double[] y, double[] k, double h) {
    double[] out = new double[6];
    for (int i = 0; i < 6; i++) out[i] = y[i] + h * k[i];
    return out;
  }

  private static double[] accel(double gm, double[] y) {
    double r = Math.sqrt(y[0] * y[0] + y[1] * y[1] + y[2] * y[2]);
    double k = -gm / (r * r * r);
    return new double[] {y[3], y[4], y[5], k * y[0], k * y[1], k * y[2]};
  }

  @Test
  void prop2bMatchesNumericalIntegration() {
    for (StateVector s : states()) {
      for (double dt : new double[] {5400, -3000}) {
        StateVector expected = StateVector.of(integrate(GM_EARTH, s.toArray(), dt), 0);
        assertStateClose(expected, s.propagateTwoBody(GM_EARTH, dt), 1e-9);
      }
    }
  }

  @Test
  void prop2bConservesTheIntegralsOverManyOrbits() {
    for (StateVector s : states()) {
      StateVector later = s.propagateTwoBody(GM_EARTH, 1e7);
      Vector3 h0 = s.position().cross(s.velocity());
      Vector3 h1 = later.position().cross(later.velocity());
      assertEquals(0.0, h0.subtract(h1).norm(), 1e-9 * h0.norm());
      double e0 = s.velocity().dot(s.velocity()) / 2 - GM_EARTH / s.position().norm();
      double e1 = later.velocity().dot(later.velocity()) / 2 - GM_EARTH / later.position().norm();
      assertEquals(e0, e1, 1e-9 * Math.abs(e0));
      assertStateClose(s, later.propagateTwoBody(GM_EARTH, -1e7), 1e-8);
    }
  }

  // --- units and errors ---------------------------------------------------------------------------

  @Test
  void unitsConvertBothWaysAndRefuseMixedKinds() {
    assertEquals(482.8032, Units.convert(300, "statute_miles", "km"), 1e-12);
    assertEquals(3.261564, Units.convert(1, "parsecs ", "LIGHTYEARS"), 1e-6);
    assertEquals(1.0, Units.convert(Units.convert(1, "HOURANGLE", "ARCSECONDS"), "ARCSECONDS", "HOURANGLE"), 1e-15);
    assertEquals(86400.0, Units.convert(1, "DAYS", "SECONDS"));
    assertEquals(31556925.97632, Units.convert(1, "TROPICAL_YEARS", "SECONDS"));
    assertCode("INCOMPATIBLEUNITS", () -> Units.convert(1, "DAYS", "KM"));
    assertCode("UNITSNOTREC", () -> Units.convert(1, "FURLONGS", "KM"));
    assertCode("EMPTYSTRING", () -> Units.convert(1, "", "KM"));
    assertCode("UNITSNOTREC", () -> Units.convert(1, " ", "KM"));
  }

  @Test
  void badInputRaisesCspiceShortCodes() {
    assertCode("NOTAROTATION", () -> Matrix3.ofRowMajor(new double[] {1, 0, 0, 0, 2, 0, 0, 0, 1}).toQuaternion());
    assertCode("NOTAROTATION", () -> Matrix3.ofRowMajor(new double[] {1, 0, 0, 0, 1, 0, 0, 0, -1}).toEulerAngles(3, 1, 3));
    assertCode("BADAXISNUMBERS", () -> Matrix3.identity().toEulerAngles(3, 3, 1));
    assertCode("BADAXISNUMBERS", () -> new EulerAngles(0, 0, 0, 4, 1, 3).toMatrix());
    assertCode("ZEROLENGTHCOLUMN", () -> Matrix3.ofRowMajor(new double[] {1, 0, 0, 0, 0, 0, 0, 0, 1}).invertOrthogonal());
    Vector3 x = new Vector3(1, 0, 0);
    assertCode("DEPENDENTVECTORS", () -> Matrix3.twoVectors(x, 1, x.scale(-2), 2));
    assertCode("UNDEFINEDFRAME", () -> Matrix3.twoVectors(x, 2, new Vector3(0, 1, 0), 2));
    assertCode("BADINDEX", () -> Matrix3.twoVectors(x, 0, new Vector3(0, 1, 0), 2));
    StateVector s = states()[0];
    assertCode("NONPOSITIVEMASS", () -> ConicElements.fromState(s, 0, 0));
    assertCode("DEGENERATECASE", () -> ConicElements.fromState(StateVector.of(new double[] {1, 2, 3, 2, 4, 6}, 0), 0, 1));
    assertCode("NONPOSITIVEMASS", () -> s.propagateTwoBody(-1, 10));
    assertCode("BADECCENTRICITY", () -> new ConicElements(7000, -0.1, 0, 0, 0, 0, 0, GM_EARTH).stateAt(0));
    assertCode("BADPERIAPSEVALUE", () -> new ConicElements(0, 0.1, 0, 0, 0, 0, 0, GM_EARTH).stateAt(0));
    assertCode("BADGM", () -> new ConicElements(7000, 0.1, 0, 0, 0, 0, 0, 0).stateAt(0));
    assertCode("NONCONICMOTION", () -> StateVector.of(new double[] {1, 2, 3, 2, 4, 6}, 0).propagateTwoBody(1, 10));
    assertCode("ZEROPOSITION", () -> StateVector.of(new double[] {0, 0, 0, 2, 4, 6}, 0).propagateTwoBody(1, 10));
    assertCode("VALUEOUTOFRANGE", () -> CoordinateSystems.recpgr(x, 0, 0.1, true));
    assertCode("VALUEOUTOFRANGE", () -> CoordinateSystems.georec(new GeodeticCoordinates(0, 0, 0), 1, 1));
    assertFalse(Matrix3.ofRowMajor(new double[] {1, 0, 0, 0, 1, 0, 0, 0, -1}).isRotation(0.1, 0.1));
  }

  @Test
  void coordinateSystemsRoundTrip() {
    Random rnd = new Random(15);
    for (int k = 0; k < 1000; k++) {
      Vector3 v = new Vector3(rnd.nextGaussian() * 1e4, rnd.nextGaussian() * 1e4, rnd.nextGaussian() * 1e4);
      double tol = 1e-15 * v.norm() * 4;
      assertEquals(0.0, v.distance(CoordinateSystems.cylrec(CoordinateSystems.reccyl(v))), tol);
      assertEquals(0.0, v.distance(CoordinateSystems.radrec(CoordinateSystems.recrad(v))), tol);
      for (boolean west : new boolean[] {true, false}) {
        PlanetographicCoordinates p = CoordinateSystems.recpgr(v, 3396.19, 0.005886007555525526, west);
        assertTrue(p.longitude() >= 0 && p.longitude() < 2 * Math.PI);
        assertEquals(0.0, v.distance(CoordinateSystems.pgrrec(p, 3396.19, 0.005886007555525526, west)), 1e-11 * v.norm());
      }
    }
  }

  @Test
  void angleIsAccurateNearZeroAndPi() {
    Vector3 x = new Vector3(1, 0, 0);
    assertEquals(1e-12, x.angle(new Vector3(1, 1e-12, 0)), 1e-27);
    assertEquals(Math.PI - 1e-12, x.angle(new Vector3(-1, 1e-12, 0)), 1e-27 + Math.ulp(Math.PI));
    assertEquals(0.0, x.angle(Vector3.ZERO));
    assertEquals(Math.PI / 2, Vectors.angle(new double[] {1, 0, 0, 0}, new double[] {0, 0, 0, 3}), 1e-16);
  }

  private static void assertCode(String code, org.junit.jupiter.api.function.Executable call) {
    SpiceException e = assertThrows(SpiceException.class, call);
    assertEquals("SPICE(" + code + ")", e.shortMessage(), e.getMessage());
  }
}
