package io.github.spice4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.jni.JniBackend;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Euler angles and units beyond the golden presets, against the engine's own CSPICE routines: every axis
 * sequence of m2eul/eul2m against rotate_c/rotmat_c (eul2m_c is rotate then two rotmat calls), gimbal lock as
 * CSPICE defines it, xf2eul/eul2xf against sxform_c of PCK, binary PCK and TK frames, and convrt with CSPICE's
 * unit table.
 */
class RotationOraclesTest {
  private static JniBackend backend;

  @BeforeAll
  static void load() {
    backend = JniBackend.create();
    TestData.loadKernels(backend, List.of("lsk/naif0012.tls", "pck/pck00011.tpc", "pck/earth_latest_high_prec.bpc",
        "pck/moon_pa_de421_1900-2050.bpc", "fk/moon_080317.tf", "fk/earth_topo_201023.tf"));
  }

  @AfterAll
  static void close() {
    backend.close();
  }

  /** eul2m_c as CSPICE composes it, from the engine's rotate_c and rotmat_c. */
  private static Matrix3 engineEul2m(double a3, double a2, double a1, int x3, int x2, int x1) {
    return backend.coords().rotmat(backend.coords().rotmat(backend.coords().rotate(a1, x1), a2, x2), a3, x3);
  }

  private static double maxDiff(double[] a, double[] b) {
    double d = 0;
    for (int i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i] - b[i]));
    return d;
  }

  @Test
  void everyAxisSequenceFactorsEngineRotationsIncludingGimbalLock() {
    Random rnd = new Random(7);
    int sequences = 0;
    for (int x3 = 1; x3 <= 3; x3++) {
      for (int x2 = 1; x2 <= 3; x2++) {
        for (int x1 = 1; x1 <= 3; x1++) {
          if (x2 == x3 || x2 == x1) continue;
          sequences++;
          boolean aba = x3 == x1;
          double lock = aba ? 0.0 : Math.PI / 2;
          double[] middles = {lock, aba ? Math.PI : -Math.PI / 2, lock + 1e-9, 1e-3, 0.4, aba ? 3.0 : -1.2};
          for (int k = 0; k < 60; k++) {
            double a3 = (2 * rnd.nextDouble() - 1) * Math.PI;
            double a1 = (2 * rnd.nextDouble() - 1) * Math.PI;
            double a2 = middles[k % middles.length];
            Matrix3 r = engineEul2m(a3, a2, a1, x3, x2, x1);
            EulerAngles e = r.toEulerAngles(x3, x2, x1);
            Matrix3 rebuilt = engineEul2m(e.angle3(), e.angle2(), e.angle1(), x3, x2, x1);
            double[] m = r.toRowMajor();
            double middle = aba ? m[4 * (x3 - 1)] : m[3 * (x3 - 1) + x1 - 1];
            // CSPICE's gimbal lock: the element carrying cos (a-b-a) or sin (c-b-a) of angle2 is exactly +-1; angle3
            // is then 0 and angle2 exact, which drops a middle angle below ~1e-8 rad (as CSPICE does).
            boolean locked = Math.abs(middle) == 1.0;
            if (locked) {
              assertEquals(0.0, e.angle3(), "lock sets angle3 to 0");
              double handed = x2 == x3 % 3 + 1 ? 1.0 : -1.0; // left-handed c-b-a sequences flip the element's sign
              assertEquals(aba ? Math.acos(middle) : -Math.asin(handed * middle), e.angle2());
            }
            // Off lock, acos/asin of that element (CSPICE's choice) costs an ulp over sqrt(1 - element^2).
            double tol = locked ? 2e-8 : 2e-15 + 4e-16 / Math.sqrt(1 - middle * middle);
            assertTrue(maxDiff(m, rebuilt.toRowMajor()) < tol, x3 + "-" + x2 + "-" + x1 + " " + e);
            assertTrue(maxDiff(rebuilt.toRowMajor(), e.toMatrix().toRowMajor()) < 5e-16, "eul2m vs rotate/rotmat");
            assertTrue(Math.abs(e.angle3()) <= Math.PI && Math.abs(e.angle1()) <= Math.PI);
            if (aba) assertTrue(e.angle2() >= 0 && e.angle2() <= Math.PI);
            else assertTrue(Math.abs(e.angle2()) <= Math.PI / 2);
          }
        }
      }
    }
    assertEquals(12, sequences);
  }

  @Test
  void eulerFactorsOfNearRotationsUseUnitizedColumns() {
    Matrix3 r = engineEul2m(0.3, -0.7, 2.1, 1, 2, 3);
    double[] scaled = r.toRowMajor();
    double[] colScale = {1.05, 0.97, 1.02};
    for (int i = 0; i < 9; i++) scaled[i] *= colScale[i % 3];
    EulerAngles exact = r.toEulerAngles(1, 2, 3);
    EulerAngles loose = Matrix3.ofRowMajor(scaled).toEulerAngles(1, 2, 3);
    assertEquals(exact.angle3(), loose.angle3(), 1e-15);
    assertEquals(exact.angle2(), loose.angle2(), 1e-15);
    assertEquals(exact.angle1(), loose.angle1(), 1e-15);
    assertCode("BADAXISNUMBERS", () -> r.toEulerAngles(0, 1, 3));
    assertCode("BADAXISNUMBERS", () -> r.toEulerAngles(3, 3, 1));
    assertCode("BADAXISNUMBERS", () -> r.toEulerAngles(1, 2, 4));
    assertCode("BADAXISNUMBERS", () -> new EulerAngles(0, 0, 0, 1, 2, 0).toMatrix());
    assertCode("NOTAROTATION", () -> Matrix3.ofRowMajor(new double[] {-1, 0, 0, 0, 1, 0, 0, 0, 1}).toEulerAngles(3, 1, 3));
    // eul2m_c accepts a repeated middle axis.
    assertEquals(0.0, maxDiff(new EulerAngles(0.2, 0.3, 0.4, 3, 3, 1).toMatrix().toRowMajor(),
        engineEul2m(0.2, 0.3, 0.4, 3, 3, 1).toRowMajor()), 5e-16);
  }

  @Test
  void stateTransformEulerAnglesRebuildSxform() {
    int[][] sequences = {{3, 1, 3}, {1, 2, 3}, {3, 2, 1}, {2, 1, 2}, {1, 3, 1}, {2, 3, 1}};
    for (String frame : List.of("IAU_EARTH", "IAU_MOON", "IAU_MARS", "IAU_JUPITER", "IAU_NEPTUNE", "IAU_IO", "ITRF93",
        "MOON_PA_DE421", "MOON_ME", "DSS-14_TOPO", "ECLIPJ2000")) {
      for (double et = 478267200 + 1000; et < 478958400; et += 86400 * 2.3) {
        double[] x = backend.frames().sxform("J2000", frame, et).toRowMajor();
        for (int[] s : sequences) {
          EulerAngleRates e = Matrix6.ofRowMajor(x).toEulerAngles(s[0], s[1], s[2]);
          double[] y = e.toStateTransform().toRowMajor();
          for (int i = 0; i < 36; i++) {
            // Rotation blocks to 1e-12; the derivative block relative to the frame's rotation rate.
            double scale = i >= 18 && i % 6 < 3 ? 1e-4 : 1.0;
            assertEquals(x[i], y[i], 1e-12 * scale, frame + " " + s[0] + s[1] + s[2] + " element " + i);
          }
        }
      }
    }
  }

  @Test
  void eul2xfAcceptsARepeatedMiddleAxisAndMatchesEngineDerivatives() {
    double[] angles = {0.4, -0.9, 2.2};
    double[] rates = {1e-4, -3e-5, 7e-6};
    int[][] sequences = {{3, 3, 1}, {1, 2, 2}, {2, 2, 2}, {3, 1, 3}, {1, 2, 3}};
    double h = 1.0;
    for (int[] s : sequences) {
      EulerAngles e = new EulerAngles(angles[0], angles[1], angles[2], s[0], s[1], s[2]);
      double[] x = new EulerAngleRates(e, rates[0], rates[1], rates[2], true).toStateTransform().toRowMajor();
      double[] r = engineEul2m(angles[0], angles[1], angles[2], s[0], s[1], s[2]).toRowMajor();
      double[] plus = engineEul2m(angles[0] + h * rates[0], angles[1] + h * rates[1], angles[2] + h * rates[2], s[0], s[1],
          s[2]).toRowMajor();
      double[] minus = engineEul2m(angles[0] - h * rates[0], angles[1] - h * rates[1], angles[2] - h * rates[2], s[0],
          s[1], s[2]).toRowMajor();
      for (int row = 0; row < 3; row++) {
        for (int col = 0; col < 3; col++) {
          int k = 3 * row + col;
          assertEquals(r[k], x[6 * row + col], 5e-16);
          assertEquals(r[k], x[6 * (row + 3) + col + 3], 5e-16);
          assertEquals(0.0, x[6 * row + col + 3]);
          // Central difference of the engine's rotation: error of order h^2 * rate^3.
          assertEquals((plus[k] - minus[k]) / (2 * h), x[6 * (row + 3) + col], 1e-12, s[0] + "" + s[1] + s[2]);
        }
      }
    }
    // xf2eul_c's rates are not unique exactly when the middle angle locks.
    Matrix6 locked = new EulerAngleRates(new EulerAngles(0.3, 0.0, 1.1, 3, 1, 3), 4e-5, 1e-5, 2e-5, true)
        .toStateTransform();
    EulerAngleRates back = locked.toEulerAngles(3, 1, 3);
    assertFalse(back.unique());
    assertEquals(0.0, back.angles().angle3());
    assertEquals(1.4, back.angles().angle1(), 1e-15);
    assertEquals(0.0, back.rate3());
    assertEquals(6e-5, back.rate1(), 1e-19); // both Z rates land on angle1
    assertEquals(1e-5 * Math.cos(0.3), back.rate2(), 1e-19); // the X rate seen along the unturned X axis
    assertTrue(new EulerAngleRates(new EulerAngles(0.3, 0.2, 1.1, 3, 1, 3), 0, 1e-5, 2e-5, true).toStateTransform()
        .toEulerAngles(3, 1, 3).unique());
  }

  @Test
  void quaternionsOfEngineAxisAngleRotations() {
    Random rnd = new Random(5);
    for (int k = 0; k < 300; k++) {
      Vector3 axis = new Vector3(rnd.nextGaussian(), rnd.nextGaussian(), rnd.nextGaussian()).unit();
      double angle = (2 * rnd.nextDouble() - 1) * Math.PI;
      if (k % 7 == 0) angle = 1e-9 * angle;
      // axisar_c turns vectors by +angle; its matrix's quaternion is (cos(angle/2), sin(angle/2) axis), q0 >= 0.
      Quaternion q = backend.coords().axisar(axis, angle).toQuaternion();
      double sign = Math.cos(angle / 2) >= 0 ? 1 : -1;
      double s = sign * Math.sin(angle / 2);
      assertEquals(sign * Math.cos(angle / 2), q.q0(), 1e-15);
      assertEquals(s * axis.x(), q.q1(), 1e-15);
      assertEquals(s * axis.y(), q.q2(), 1e-15);
      assertEquals(s * axis.z(), q.q3(), 1e-15);
    }
    // Half turns: scalar part 0 and, from m2q_c's sign rule (negate unless q0 > 0), a negative vector part.
    assertArrayEquals(new double[] {0, -1, 0, 0},
        Matrix3.ofRowMajor(new double[] {1, 0, 0, 0, -1, 0, 0, 0, -1}).toQuaternion().toArray(), 0.0);
    assertArrayEquals(new double[] {0, 0, 0, -1},
        Matrix3.ofRowMajor(new double[] {-1, 0, 0, 0, -1, 0, 0, 0, 1}).toQuaternion().toArray(), 0.0);
    // A near-rotation (columns 5% long) still gives a unit quaternion.
    double[] scaled = backend.coords().axisar(new Vector3(1, 2, 3), 0.7).toRowMajor();
    for (int i = 0; i < 9; i++) scaled[i] *= 1.05;
    double[] q = Matrix3.ofRowMajor(scaled).toQuaternion().toArray();
    assertEquals(1.0, Math.sqrt(q[0] * q[0] + q[1] * q[1] + q[2] * q[2] + q[3] * q[3]), 2e-16);
    assertCode("NOTAROTATION", () -> Matrix3.ofRowMajor(new double[] {1, 0, 0, 0, 1, 0, 0, 0, -1}).toQuaternion());
    assertCode("COLUMNTOOSMALL",
        () -> Matrix3.ofRowMajor(new double[] {1, 0, 0, 0, 1e-309, 0, 0, 0, 1}).invertOrthogonal());
    assertCode("ZEROLENGTHCOLUMN", () -> Matrix3.ofRowMajor(new double[] {1, 0, 0, 0, 0, 0, 0, 0, 1}).invertOrthogonal());
  }

  @Test
  void twovecForEveryIndexPairAndScale() {
    Random rnd = new Random(9);
    for (int ia = 1; ia <= 3; ia++) {
      for (int ip = 1; ip <= 3; ip++) {
        if (ia == ip) continue;
        for (double scale : new double[] {1e-200, 1.0, 1e200}) {
          Vector3 axdef = new Vector3(rnd.nextGaussian(), rnd.nextGaussian(), rnd.nextGaussian()).scale(scale);
          Vector3 plndef = new Vector3(rnd.nextGaussian(), rnd.nextGaussian(), rnd.nextGaussian()).scale(scale);
          double[] m = Matrix3.twoVectors(axdef, ia, plndef, ip).toRowMajor();
          Vector3 rowA = new Vector3(m[3 * ia - 3], m[3 * ia - 2], m[3 * ia - 1]);
          Vector3 rowP = new Vector3(m[3 * ip - 3], m[3 * ip - 2], m[3 * ip - 1]);
          // Row indexa is axdef's direction, row indexp lies in the plane on plndef's side, the frame is right-handed:
          // the engine's mxv maps axdef onto axis indexa and plndef into the (indexa, indexp) half-plane.
          Vector3 a = backend.coords().mxv(Matrix3.ofRowMajor(m), backend.coords().vhat(axdef));
          Vector3 p = backend.coords().mxv(Matrix3.ofRowMajor(m), backend.coords().vhat(plndef));
          assertEquals(1.0, new double[] {a.x(), a.y(), a.z()}[ia - 1], 1e-15);
          assertEquals(0.0, new double[] {p.x(), p.y(), p.z()}[6 - ia - ip - 1], 1e-15);
          assertTrue(new double[] {p.x(), p.y(), p.z()}[ip - 1] > 0);
          assertEquals(1.0, Rotations.determinant(m), 1e-15);
          assertEquals(0.0, rowA.dot(rowP), 1e-15);
        }
      }
    }
    Vector3 x = new Vector3(1, 0, 0);
    assertCode("DEPENDENTVECTORS", () -> Matrix3.twoVectors(x, 1, new Vector3(-2, 0, 0), 2));
    assertCode("DEPENDENTVECTORS", () -> Matrix3.twoVectors(new Vector3(0, 0, 0), 1, x, 2));
    assertCode("UNDEFINEDFRAME", () -> Matrix3.twoVectors(x, 2, new Vector3(0, 1, 0), 2));
    assertCode("BADINDEX", () -> Matrix3.twoVectors(x, 0, new Vector3(0, 1, 0), 2));
    assertCode("BADINDEX", () -> Matrix3.twoVectors(x, 1, new Vector3(0, 1, 0), 4));
  }

  @Test
  void unitConversionsUseCspiceValuesAndNames() {
    // CSPICE's values for the non-SI units (the parsec is the AU over sin(1"), the tropical year 365.24219878 d).
    assertEquals(30856775797231604.0, Units.convert(1, "PARSECS", "M"));
    assertEquals(31556925.97632, Units.convert(1, "TROPICAL_YEARS", "SECONDS"));
    assertEquals(149597870.6136889, Units.convert(1, "AU", "KM"));
    assertEquals(9460730472580800.0, Units.convert(1, "LIGHTYEARS", "M"));
    assertEquals(Math.PI, Units.convert(180, "DEGREES", "RADIANS"));
    assertEquals(360.0, Units.convert(24, "HOURANGLE", "DEGREES"));
    assertEquals(1.0, Units.convert(299792.458, "KM", "LIGHTSECS"));
    String[][] kinds = {
        {"RADIANS", "DEGREES", "ARCMINUTES", "ARCSECONDS", "HOURANGLE", "MINUTEANGLE", "SECONDANGLE"},
        {"M", "METERS", "KM", "KILOMETERS", "CM", "CENTIMETERS", "MM", "MILLIMETERS", "FEET", "INCHES", "YARDS",
            "STATUTE_MILES", "NAUTICAL_MILES", "AU", "PARSECS", "LIGHTSECS", "LIGHTYEARS"},
        {"SECONDS", "MINUTES", "HOURS", "DAYS", "JULIAN_YEARS", "TROPICAL_YEARS", "YEARS"}};
    for (int k = 0; k < kinds.length; k++) {
      for (String in : kinds[k]) {
        for (String out : kinds[k]) {
          double y = Units.convert(1.25, in, out);
          assertEquals(1.25, Units.convert(y, out.toLowerCase(), in + "  "), 1e-15 * 1.25, in + " -> " + out);
        }
        for (int other = 0; other < kinds.length; other++) {
          String foreign = kinds[other][0];
          if (other != k) assertCode("INCOMPATIBLEUNITS", () -> Units.convert(1, in, foreign));
        }
      }
    }
    assertEquals(Units.convert(1, "YEARS", "DAYS"), Units.convert(1, "JULIAN_YEARS", "DAYS"));
    assertCode("UNITSNOTREC", () -> Units.convert(1, "FURLONGS", "M"));
    assertCode("UNITSNOTREC", () -> Units.convert(1, " KM", "M")); // leading blanks are significant
    assertCode("UNITSNOTREC", () -> Units.convert(1, "KM", "   "));
    assertCode("EMPTYSTRING", () -> Units.convert(1, "KM", ""));
  }

  static void assertCode(String code, org.junit.jupiter.api.function.Executable call) {
    SpiceException e = assertThrows(SpiceException.class, call);
    assertEquals("SPICE(" + code + ")", e.shortMessage(), e.getMessage());
    assertFalse(e.getMessage().isBlank());
  }
}
