package io.github.spice4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.spice4j.jni.JniBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Coordinates and vector algebra: round trips through CSPICE's conversions, known rotation facts, and the
 * facade's pure-Java algebra equal bit for bit to CSPICE's (JNI) on the golden inputs and on random ones.
 */
class CoordsTest {
  /** WGS-84 equatorial radius (km) and flattening, as in coords.json. */
  private static final double RE = 6378.137;
  private static final double F = 0.0033528106647474805;

  private JniBackend backend;
  private Coordinates coords;

  @BeforeEach
  void setUp() {
    backend = JniBackend.create();
    coords = Spice.over(backend).coordinates();
  }

  @AfterEach
  void tearDown() {
    backend.close();
  }

  private static void assertClose(Vector3 expected, Vector3 actual, double relTol) {
    double scale = Math.max(1e-300, expected.norm());
    double[] e = expected.toArray();
    double[] a = actual.toArray();
    for (int i = 0; i < 3; i++) {
      if (Math.abs(e[i] - a[i]) > relTol * scale) fail("expected " + expected + " but got " + actual);
    }
  }

  private static Vector3 randomVector(Random rnd, double scale) {
    return new Vector3(scale * (2 * rnd.nextDouble() - 1), scale * (2 * rnd.nextDouble() - 1),
        scale * (2 * rnd.nextDouble() - 1));
  }

  @Test
  void conversionsRoundTrip() {
    Random rnd = new Random(20240101);
    for (int k = 0; k < 500; k++) {
      Vector3 v = randomVector(rnd, Math.pow(10, rnd.nextInt(12) - 3));
      assertClose(v, coords.fromLatitudinal(coords.toLatitudinal(v)), 1e-14);
      assertClose(v, coords.fromSpherical(coords.toSpherical(v)), 1e-14);
      Vector3 near = randomVector(rnd, 2 * RE); // recgeo iterates; keep within a few radii of the spheroid
      assertClose(near, coords.fromGeodetic(coords.toGeodetic(near, RE, F), RE, F), 1e-13);
    }
    // The other direction, with angles inside the principal ranges.
    for (int k = 0; k < 200; k++) {
      double r = 1 + 1e4 * rnd.nextDouble();
      double lon = Math.PI * (2 * rnd.nextDouble() - 1);
      double lat = 0.999 * Math.PI / 2 * (2 * rnd.nextDouble() - 1);
      LatitudinalCoordinates lc = coords.toLatitudinal(coords.fromLatitudinal(new LatitudinalCoordinates(r, lon, lat)));
      assertEquals(r, lc.radius(), 1e-14 * r);
      assertEquals(lon, lc.longitude(), 1e-13);
      assertEquals(lat, lc.latitude(), 1e-13);
      SphericalCoordinates sc = coords.toSpherical(coords.fromSpherical(new SphericalCoordinates(r, Math.PI / 2 - lat, lon)));
      assertEquals(Math.PI / 2 - lat, sc.colatitude(), 1e-13);
      assertEquals(lon, sc.longitude(), 1e-13);
      double alt = 1000 * (2 * rnd.nextDouble() - 1);
      GeodeticCoordinates gc = coords.toGeodetic(coords.fromGeodetic(new GeodeticCoordinates(lon, lat, alt), RE, F), RE, F);
      assertEquals(lon, gc.longitude(), 1e-12);
      assertEquals(lat, gc.latitude(), 1e-12);
      assertEquals(alt, gc.altitude(), 1e-8);
    }
  }

  @Test
  void knownFacts() {
    // Latitudinal and spherical views of one point agree: colatitude = pi/2 - latitude.
    Vector3 p = new Vector3(1234.5, -6789.25, 345.125);
    LatitudinalCoordinates lc = coords.toLatitudinal(p);
    SphericalCoordinates sc = coords.toSpherical(p);
    assertEquals(lc.radius(), sc.radius());
    assertEquals(lc.longitude(), sc.longitude());
    assertEquals(Math.PI / 2 - lc.latitude(), sc.colatitude(), 1e-15);
    // Geodetic on a sphere (f = 0) is latitudinal with altitude = radius - re.
    GeodeticCoordinates gc = coords.toGeodetic(p, 6000, 0);
    assertEquals(lc.latitude(), gc.latitude(), 1e-15);
    assertEquals(lc.radius() - 6000, gc.altitude(), 1e-9);

    // rotate(a, 3) maps +X to (cos a, -sin a, 0) (a frame rotation); axisar(+Z, a) is its transpose.
    double a = 0.7;
    Matrix3 r = coords.frameRotation(a, 3);
    assertClose(new Vector3(Math.cos(a), -Math.sin(a), 0), coords.multiply(r, new Vector3(1, 0, 0)), 1e-15);
    Matrix3 q = coords.axisAngle(new Vector3(0, 0, 5), a);
    for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) assertEquals(r.get(i, j), q.get(j, i), 1e-15);
    Matrix3 identity = coords.multiply(r, q);
    for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) assertEquals(i == j ? 1 : 0, identity.get(i, j), 1e-15);
    // rotmat(m, a, axis) = rotate(a, axis) * m.
    Matrix3 m = Matrix3.ofRowMajor(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 10});
    Matrix3 viaRotmat = coords.rotateFrame(m, a, 2);
    Matrix3 viaProduct = coords.multiply(coords.frameRotation(a, 2), m);
    for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) assertEquals(viaProduct.get(i, j), viaRotmat.get(i, j), 1e-14);
    // Right-handed basis.
    assertEquals(new Vector3(0, 0, 1), coords.cross(new Vector3(1, 0, 0), new Vector3(0, 1, 0)));
    assertEquals(13.0, coords.norm(new Vector3(3, 4, 12)));
    // vnorm's scaling keeps huge and tiny vectors finite and non-zero (a naive sum of squares would not).
    assertEquals(Math.sqrt(3) * 1e300, coords.norm(new Vector3(1e300, 1e300, 1e300)), 1e285);
    assertTrue(coords.norm(new Vector3(1e-200, 1e-200, 0)) > 0);
  }

  /** Compares two doubles bit for bit (0.0 and -0.0 differ; all NaNs are one value). */
  private static void assertSameBits(String what, double expected, double actual) {
    if (Double.doubleToLongBits(expected) != Double.doubleToLongBits(actual)) {
      fail(what + ": JNI " + expected + " (" + Long.toHexString(Double.doubleToRawLongBits(expected)) + ") vs Java "
          + actual + " (" + Long.toHexString(Double.doubleToRawLongBits(actual)) + ")");
    }
  }

  private static void assertSameBits(String what, double[] expected, double[] actual) {
    for (int i = 0; i < expected.length; i++) assertSameBits(what + "[" + i + "]", expected[i], actual[i]);
  }

  /** Checks every pure-Java operation of the facade against the JNI backend on one set of inputs. */
  private void assertJavaEqualsJni(String ctx, Vector3 v1, Vector3 v2, double s, Matrix3 m1, Matrix3 m2) {
    assertSameBits(ctx + " vadd", backend.coords().vadd(v1, v2).toArray(), coords.add(v1, v2).toArray());
    assertSameBits(ctx + " vsub", backend.coords().vsub(v1, v2).toArray(), coords.subtract(v1, v2).toArray());
    assertSameBits(ctx + " vminus", backend.coords().vminus(v1).toArray(), coords.negate(v1).toArray());
    assertSameBits(ctx + " vscl", backend.coords().vscl(s, v1).toArray(), coords.scale(s, v1).toArray());
    assertSameBits(ctx + " vdot", backend.coords().vdot(v1, v2), coords.dot(v1, v2));
    assertSameBits(ctx + " vcrss", backend.coords().vcrss(v1, v2).toArray(), coords.cross(v1, v2).toArray());
    assertSameBits(ctx + " vnorm", backend.coords().vnorm(v1), coords.norm(v1));
    if (Double.isFinite(v1.x()) && Double.isFinite(v1.y()) && Double.isFinite(v1.z())) {
      assertSameBits(ctx + " vhat", backend.coords().vhat(v1).toArray(), coords.unit(v1).toArray());
    } else { // CSPICE's vhat answers the zero vector: both refuse instead (issue 11)
      assertThrows(IllegalArgumentException.class, () -> backend.coords().vhat(v1), ctx);
      assertThrows(IllegalArgumentException.class, () -> coords.unit(v1), ctx);
    }
    assertSameBits(ctx + " mxv", backend.coords().mxv(m1, v2).toArray(), coords.multiply(m1, v2).toArray());
    assertSameBits(ctx + " mtxv", backend.coords().mtxv(m1, v2).toArray(), coords.multiplyTransposed(m1, v2).toArray());
    assertSameBits(ctx + " mxm", backend.coords().mxm(m1, m2).toRowMajor(), coords.multiply(m1, m2).toRowMajor());
  }

  private static Vector3 vec(JsonNode a, String f) {
    JsonNode n = a.get(f);
    return new Vector3(n.get(0).asDouble(), n.get(1).asDouble(), n.get(2).asDouble());
  }

  private static Matrix3 mat(JsonNode a, String f) {
    double[] m = new double[9];
    for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) m[3 * i + j] = a.get(f).get(i).get(j).asDouble();
    return Matrix3.ofRowMajor(m);
  }

  @Test
  void javaAlgebraEqualsJniOnGoldenInputs() {
    // Every vector and matrix appearing in coords.json, combined with each other.
    List<Vector3> vs = new ArrayList<>();
    List<Matrix3> ms = new ArrayList<>();
    List<Double> scalars = new ArrayList<>(List.of(1.0, -0.75));
    for (JsonNode c : TestData.golden("coords.json").get("cases")) {
      JsonNode a = c.get("args");
      for (String f : List.of("rectan", "v1", "v2", "vin", "axis", "normal")) if (a.has(f)) vs.add(vec(a, f));
      for (String f : List.of("m1", "m2")) if (a.has(f)) ms.add(mat(a, f));
      if (a.has("s")) scalars.add(a.get("s").asDouble());
    }
    assertTrue(vs.size() > 20 && ms.size() >= 2, "golden inputs found");
    for (Vector3 v1 : vs) {
      for (Vector3 v2 : vs) {
        Matrix3 m1 = ms.get(Math.floorMod(v1.hashCode(), ms.size()));
        Matrix3 m2 = ms.get(Math.floorMod(v2.hashCode(), ms.size()));
        for (double s : scalars) assertJavaEqualsJni(v1 + "," + v2, v1, v2, s, m1, m2);
      }
    }
  }

  @Test
  void javaAlgebraEqualsJniOnRandomInputs() {
    Random rnd = new Random(42);
    Supplier<Double> component = () -> {
      // Mixed magnitudes and signs, with exact zeros, signed zeros and extremes now and then.
      switch (rnd.nextInt(20)) {
        case 0: return 0.0;
        case 1: return -0.0;
        case 2: return rnd.nextBoolean() ? Double.MAX_VALUE / 2 : -Double.MIN_VALUE * rnd.nextInt(1000);
        default: return (2 * rnd.nextDouble() - 1) * Math.pow(10, rnd.nextInt(40) - 20);
      }
    };
    for (int k = 0; k < 3000; k++) {
      Vector3 v1 = new Vector3(component.get(), component.get(), component.get());
      Vector3 v2 = new Vector3(component.get(), component.get(), component.get());
      double[] a = new double[9];
      double[] b = new double[9];
      for (int i = 0; i < 9; i++) {
        a[i] = component.get();
        b[i] = component.get();
      }
      assertJavaEqualsJni("random #" + k, v1, v2, component.get(), Matrix3.ofRowMajor(a), Matrix3.ofRowMajor(b));
    }
    // Special values: NaN and infinities follow the same IEEE path (vhat refuses them in both).
    double[] specials = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0, 1.0};
    for (double x : specials) {
      for (double y : specials) {
        Vector3 v = new Vector3(x, y, 2.0);
        Vector3 w = new Vector3(y, 1.0, x);
        Matrix3 m = Matrix3.ofRowMajor(new double[] {x, y, 1, 0, x, y, y, 1, x});
        assertJavaEqualsJni("special " + x + "," + y, v, w, x, m, m);
      }
    }
  }

  @Test
  void badInputGivesCleanExceptions() {
    SpiceException e = assertThrows(SpiceException.class, () -> coords.fromGeodetic(new GeodeticCoordinates(0, 0, 0), 0, F));
    assertEquals("SPICE(VALUEOUTOFRANGE)", e.shortMessage());
    e = assertThrows(SpiceException.class, () -> coords.toGeodetic(new Vector3(7000, 0, 0), RE, 1.0));
    assertEquals("SPICE(VALUEOUTOFRANGE)", e.shortMessage());
    assertThrows(IllegalArgumentException.class, () -> coords.toGeodetic(new Vector3(Double.NaN, 0, 0), RE, F));
    assertThrows(NullPointerException.class, () -> coords.toLatitudinal(null));
    assertThrows(NullPointerException.class, () -> coords.add(null, new Vector3(1, 2, 3)));
    assertThrows(NullPointerException.class, () -> backend.coords().mxv(null, new Vector3(1, 2, 3)));
    // Still usable, and still right (coords.json recgeo.equatorial).
    GeodeticCoordinates g = coords.toGeodetic(new Vector3(7000, 0, 0), RE, F);
    JsonNode expect = TestData.goldenCase("coords.json", "recgeo.equatorial").get("expect");
    assertEquals(expect.get("alt").asDouble(), g.altitude(), 1e-9);
  }
}
