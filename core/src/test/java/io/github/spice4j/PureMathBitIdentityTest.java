package io.github.spice4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.spice4j.jni.JniBackend;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Java vector algebra, rotations and coordinate systems against the engine's CSPICE routines of the same
 * name, on seeded random inputs spanning many magnitudes: bit-identical where the Javadoc says so; where
 * {@code cos}/{@code sin} enter (Java's fdlibm and the engine's musl differ in the last bit for a few percent
 * of arguments), within the number of ulps the Javadoc states, counted at the largest expected magnitude.
 */
class PureMathBitIdentityTest {
  private static final int N = 20_000;
  private static JniBackend engine;

  @BeforeAll
  static void start() {
    engine = JniBackend.create();
  }

  @AfterAll
  static void stop() {
    engine.close();
  }

  private static double component(Random rnd) {
    double mag = Math.pow(10, rnd.nextInt(16) - 6);
    return rnd.nextInt(20) == 0 ? 0.0 : mag * (2 * rnd.nextDouble() - 1);
  }

  private static Vector3 vector(Random rnd) {
    return new Vector3(component(rnd), component(rnd), component(rnd));
  }

  private static double angle(Random rnd) {
    return rnd.nextInt(10) == 0 ? 100 * (2 * rnd.nextDouble() - 1) : 2 * Math.PI * (2 * rnd.nextDouble() - 1);
  }

  private static Matrix3 matrix(Random rnd) {
    double[] m = new double[9];
    for (int i = 0; i < 9; i++) m[i] = component(rnd);
    return Matrix3.ofRowMajor(m);
  }

  private static void sameBits(double[] expected, double[] actual, String what) {
    for (int i = 0; i < expected.length; i++) {
      if (Double.doubleToLongBits(expected[i]) != Double.doubleToLongBits(actual[i])
          && !(expected[i] == 0.0 && actual[i] == 0.0)) {
        assertEquals(expected[i], actual[i], 0.0, what + " component " + i);
        throw new AssertionError(what + " component " + i + ": " + expected[i] + " vs " + actual[i]);
      }
    }
  }

  /** Largest difference in units of the last place of the largest expected magnitude (1 for unit matrices). */
  static double ulps(double[] expected, double[] actual) {
    double scale = 0;
    for (double e : expected) scale = Math.max(scale, Math.abs(e));
    double worst = 0;
    for (int i = 0; i < expected.length; i++) {
      worst = Math.max(worst, Math.abs(expected[i] - actual[i]) / Math.ulp(scale == 0 ? Double.MIN_NORMAL : scale));
    }
    return worst;
  }

  private static void forRandom(long seed, Function<Random, String> check) {
    Random rnd = new Random(seed);
    for (int k = 0; k < N; k++) check.apply(rnd);
  }

  @Test
  void vectorAlgebraIsBitIdentical() {
    forRandom(1, rnd -> {
      Vector3 a = vector(rnd);
      Vector3 b = vector(rnd);
      double s = component(rnd);
      sameBits(engine.coords().vadd(a, b).toArray(), a.add(b).toArray(), "vadd " + a + b);
      sameBits(engine.coords().vsub(a, b).toArray(), a.subtract(b).toArray(), "vsub " + a + b);
      sameBits(engine.coords().vminus(a).toArray(), a.negate().toArray(), "vminus " + a);
      sameBits(engine.coords().vscl(s, a).toArray(), a.scale(s).toArray(), "vscl " + s + a);
      sameBits(new double[] {engine.coords().vdot(a, b)}, new double[] {a.dot(b)}, "vdot " + a + b);
      sameBits(engine.coords().vcrss(a, b).toArray(), a.cross(b).toArray(), "vcrss " + a + b);
      sameBits(new double[] {engine.coords().vnorm(a)}, new double[] {a.norm()}, "vnorm " + a);
      sameBits(engine.coords().vhat(a).toArray(), a.unit().toArray(), "vhat " + a);
      return null;
    });
  }

  @Test
  void matrixAlgebraIsBitIdentical() {
    forRandom(2, rnd -> {
      Matrix3 m = matrix(rnd);
      Matrix3 n = matrix(rnd);
      Vector3 v = vector(rnd);
      sameBits(engine.coords().mxv(m, v).toArray(), m.multiply(v).toArray(), "mxv");
      sameBits(engine.coords().mtxv(m, v).toArray(), m.multiplyTransposed(v).toArray(), "mtxv");
      sameBits(engine.coords().mxm(m, n).toRowMajor(), m.multiply(n).toRowMajor(), "mxm");
      return null;
    });
  }

  private static void withinUlps(double[] expected, double[] actual, double maxUlps, String what) {
    double u = ulps(expected, actual);
    if (u > maxUlps) throw new AssertionError(what + ": " + u + " ulps apart");
  }

  @Test
  void frameRotationsAgreeToTheLastBits() {
    forRandom(3, rnd -> {
      double angle = angle(rnd);
      int axis = 1 + rnd.nextInt(3);
      Matrix3 m = matrix(rnd);
      withinUlps(engine.coords().rotate(angle, axis).toRowMajor(), Matrix3.frameRotation(angle, axis).toRowMajor(), 1,
          "rotate " + angle + " " + axis);
      withinUlps(engine.coords().rotmat(m, angle, axis).toRowMajor(), m.rotateFrame(angle, axis).toRowMajor(), 2,
          "rotmat " + angle + " " + axis);
      Vector3 v = vector(rnd);
      withinUlps(engine.coords().axisar(v, angle).toRowMajor(), Matrix3.axisAngle(v, angle).toRowMajor(), 8,
          "axisar " + v + " " + angle);
      return null;
    });
  }

  @Test
  void reclatAndRecsphAreBitIdentical() {
    forRandom(4, rnd -> {
      Vector3 v = vector(rnd);
      LatitudinalCoordinates lat = engine.coords().reclat(v);
      LatitudinalCoordinates latJava = CoordinateSystems.reclat(v);
      sameBits(new double[] {lat.radius(), lat.longitude(), lat.latitude()},
          new double[] {latJava.radius(), latJava.longitude(), latJava.latitude()}, "reclat " + v);
      SphericalCoordinates sph = engine.coords().recsph(v);
      SphericalCoordinates sphJava = CoordinateSystems.recsph(v);
      sameBits(new double[] {sph.radius(), sph.colatitude(), sph.longitude()},
          new double[] {sphJava.radius(), sphJava.colatitude(), sphJava.longitude()}, "recsph " + v);
      return null;
    });
  }

  @Test
  void latrecAndSphrecAgreeToTwoUlps() {
    forRandom(5, rnd -> {
      double r = Math.abs(component(rnd));
      double a1 = angle(rnd);
      double a2 = angle(rnd);
      withinUlps(engine.coords().latrec(r, a1, a2).toArray(), CoordinateSystems.latrec(new LatitudinalCoordinates(r, a1, a2))
          .toArray(), 2, "latrec " + r + " " + a1 + " " + a2);
      withinUlps(engine.coords().sphrec(r, a1, a2).toArray(), CoordinateSystems.sphrec(new SphericalCoordinates(r, a1, a2))
          .toArray(), 2, "sphrec " + r + " " + a1 + " " + a2);
      return null;
    });
  }

  @Test
  void geodeticAwayFromTheCentreAgreesToOneInTenToTheFifteen() {
    double re = 6378.137;
    double f = 0.0033528106647474805;
    forRandom(6, rnd -> {
      Vector3 v = new Vector3(rnd.nextGaussian(), rnd.nextGaussian(), rnd.nextGaussian()).unit()
          .scale(re * (0.5 + 3 * rnd.nextDouble()));
      GeodeticCoordinates e = engine.coords().recgeo(v, re, f);
      GeodeticCoordinates j = CoordinateSystems.recgeo(v, re, f);
      double dist = v.norm();
      assertEquals(e.longitude(), j.longitude(), 0.0, "recgeo longitude " + v);
      assertEquals(e.latitude(), j.latitude(), 1e-15, "recgeo latitude " + v);
      assertEquals(e.altitude(), j.altitude(), 1e-15 * dist, "recgeo altitude " + v);
      double lon = angle(rnd);
      double lat = Math.PI / 2 * (2 * rnd.nextDouble() - 1);
      double alt = re * (3 * rnd.nextDouble() - 0.5);
      double[] back = CoordinateSystems.georec(new GeodeticCoordinates(lon, lat, alt), re, f).toArray();
      withinUlps(engine.coords().georec(lon, lat, alt, re, f).toArray(), back, 16, "georec " + lon + " " + lat + " " + alt);
      return null;
    });
  }
}
