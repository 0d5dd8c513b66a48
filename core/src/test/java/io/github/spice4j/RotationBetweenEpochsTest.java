package io.github.spice4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.spice4j.jni.JniBackend;
import org.junit.jupiter.api.Test;

/**
 * pxfrm2 ({@link Spice#rotation}) over frame classes the visible goldens leave out (PCK text and binary, TK
 * topocentric and MOON_ME, inertial), checked against the engine's pxform_c: equal epochs give pxform(from, to, et);
 * different epochs equal the transfer through another inertial frame, pxform(ECLIPJ2000, to, etto) times
 * pxform(from, ECLIPJ2000, etfrom).
 */
class RotationBetweenEpochsTest {
  private static final String[] FRAMES = {"J2000", "ECLIPJ2000", "IAU_MOON", "MOON_ME", "MOON_PA", "IAU_EARTH",
      "ITRF93", "DSS-14_TOPO", "DSS-63_TOPO", "IAU_SUN", "IAU_MARS"};

  private static void assertClose(Matrix3 expected, Matrix3 actual, double tol, String what) {
    double[] e = expected.toRowMajor();
    double[] a = actual.toRowMajor();
    for (int i = 0; i < 9; i++) assertEquals(e[i], a[i], tol, what + " [" + i + "]");
  }

  @Test
  void agreesWithPxformAcrossFrameClasses() {
    try (Spice spice = Spice.over(JniBackend.create())) {
      TestData.loadGoldenKernels(spice.backend(), "ephemeris-extra.json");
      double[] epochs = {478548067.1853947, 3.0e8, 6.5e8};
      for (double et : epochs) {
        double later = et + 1234.5;
        for (String from : FRAMES) {
          for (String to : FRAMES) {
            String what = from + " -> " + to + " at " + et;
            assertClose(spice.backend().frames().pxform(from, to, et), spice.rotation(from, et, to, et), 1e-14, what);
            Matrix3 via = VectorMath.mxm(spice.backend().frames().pxform("ECLIPJ2000", to, later),
                spice.backend().frames().pxform(from, "ECLIPJ2000", et));
            assertClose(via, spice.rotation(from, et, to, later), 1e-14, what + " to " + later);
          }
        }
      }
    }
  }

  /** Frame names are checked before any orientation data is read, so a bad name wins over missing data. */
  @Test
  void unknownNamesComeFirst() {
    try (Spice spice = Spice.over(JniBackend.create())) {
      TestData.loadGoldenKernels(spice.backend(), "ephemeris-extra.json");
      double outsideItrf93 = 9.0e8;
      SpiceException e = assertThrows(SpiceException.class,
          () -> spice.rotation("ITRF93", outsideItrf93, "NO_SUCH_FRAME", 0.0));
      assertEquals("SPICE(UNKNOWNFRAME)", e.shortMessage());
      e = assertThrows(SpiceException.class, () -> spice.rotation("NO_SUCH_FRAME", 0.0, "ITRF93", outsideItrf93));
      assertEquals("SPICE(UNKNOWNFRAME)", e.shortMessage());
      e = assertThrows(SpiceException.class, () -> spice.rotation("ITRF93", outsideItrf93, "J2000", 0.0));
      assertEquals("SPICE(FRAMEDATANOTFOUND)", e.shortMessage());
      assertClose(spice.backend().frames().pxform("ITRF93", "IAU_MOON", 4.0e8), spice.rotation("ITRF93", 4.0e8,
          "IAU_MOON", 4.0e8), 1e-14, "usable afterwards");
    }
  }
}
