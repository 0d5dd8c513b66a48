package io.github.spice4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * et2lst on bodies and longitudes the goldens do not cover, against NAIF's documented definition evaluated
 * with the engine's own routines: local time is {@code 12 + (SITLNG - SUNLNG)/15} hours (degrees, the
 * difference mapped into [-180, 180)), where SUNLNG is the planetocentric longitude of the Sun's LT+S
 * position seen from the body center in the body's frame ({@code spkezr_c}, {@code reclat_c}); time runs
 * the other way on retrograde rotators (negative {@code BODYnnn_PM} rate); planetographic longitudes
 * follow {@code pgrrec_c}'s spin-sense rules and errors.
 */
class LocalSolarTimeTest {
  private static Spice spice;
  private static Stations stations;

  @BeforeAll
  static void load() {
    spice = Spice.create();
    TestData.loadGoldenKernels(spice.backend(), "coords-extra.json");
    stations = spice.stations();
  }

  @AfterAll
  static void close() {
    spice.close();
  }

  private static int seconds(LocalSolarTime t) {
    return t.hours() * 3600 + t.minutes() * 60 + t.seconds();
  }

  @Test
  void localTimeFollowsTheSunOnOtherBodiesAndLongitudes() {
    Object[][] cases = {{"2024-09-18T02:44:00", new int[] {199, 299, 301, 399}},
        {"2021-02-26T05:00:00", new int[] {599, 501, 502, 503, 504}}};
    for (Object[] c : cases) {
      double et = spice.utcToEt((String) c[0]);
      for (int body : (int[]) c[1]) {
        String frame = spice.backend().frames().cidfrm(body).orElseThrow().name();
        Vector3 sun = spice.backend().ephemeris().spkezr("SUN", et, frame, "LT+S", Integer.toString(body)).position();
        double sunlon = spice.backend().coords().reclat(sun).longitude();
        boolean retrograde = spice.backend().pool().gdpool("BODY" + body + "_PM", 0, 3).orElseThrow()[1] < 0;
        for (double lon = -7.0; lon <= 7.0; lon += 0.37) {
          double angle = Math.IEEEremainder(lon - sunlon, 2 * Math.PI);
          double expected = 43200.0 + (retrograde ? -angle : angle) * 86400.0 / (2 * Math.PI);
          LocalSolarTime t = stations.localSolarTime(et, body, lon, LongitudeSystem.PLANETOCENTRIC);
          double diff = Math.IEEEremainder(expected - seconds(t), 86400.0);
          String what = body + " lon " + lon + ": " + t.time() + " expected " + expected + " s";
          assertTrue(diff >= -1e-6 && diff < 1.0 + 1e-6, what); // fields are truncated to whole seconds
          assertEquals(String.format("%02d:%02d:%02d", t.hours(), t.minutes(), t.seconds()), t.time(), what);
          int hr12 = t.hours() % 12 == 0 ? 12 : t.hours() % 12;
          assertEquals(String.format("%02d:%02d:%02d %s", hr12, t.minutes(), t.seconds(),
              t.hours() < 12 ? "A.M." : "P.M."), t.ampm(), what);
        }
      }
    }
  }

  @Test
  void planetographicLongitudeFollowsTheSpinSense() {
    double et = spice.utcToEt("2021-02-26T05:00:00");
    double et2 = spice.utcToEt("2024-09-18T02:44:00");
    for (double lon = -3.5; lon <= 3.5; lon += 0.5) {
      // Prograde bodies: planetographic longitude is positive west.
      for (int body : new int[] {599, 501}) {
        assertEquals(stations.localSolarTime(et, body, -lon, LongitudeSystem.PLANETOCENTRIC),
            stations.localSolarTime(et, body, lon, LongitudeSystem.PLANETOGRAPHIC), body + " " + lon);
      }
      assertEquals(stations.localSolarTime(et2, 199, -lon, LongitudeSystem.PLANETOCENTRIC),
          stations.localSolarTime(et2, 199, lon, LongitudeSystem.PLANETOGRAPHIC), "199 " + lon);
      // Retrograde Venus, and the Earth and Moon by convention: positive east.
      for (int body : new int[] {299, 301, 399}) {
        assertEquals(stations.localSolarTime(et2, body, lon, LongitudeSystem.PLANETOCENTRIC),
            stations.localSolarTime(et2, body, lon, LongitudeSystem.PLANETOGRAPHIC), body + " " + lon);
      }
    }
  }

  @Test
  void planetographicSenseOverridesAndErrorsAreThoseOfPgrrec() {
    try (Spice own = Spice.create()) {
      TestData.loadGoldenKernels(own.backend(), "coords-extra.json");
      Stations st = own.stations();
      double et = own.utcToEt("2021-02-26T05:00:00");
      own.backend().pool().pcpool("BODY599_PGR_POSITIVE_LON", java.util.List.of(" east "));
      assertEquals(st.localSolarTime(et, 599, 1.25, LongitudeSystem.PLANETOCENTRIC),
          st.localSolarTime(et, 599, 1.25, LongitudeSystem.PLANETOGRAPHIC));
      own.backend().pool().pcpool("BODY599_PGR_POSITIVE_LON", java.util.List.of("NORTH"));
      assertCode("SPICE(INVALIDOPTION)", () -> st.localSolarTime(et, 599, 1.25, LongitudeSystem.PLANETOGRAPHIC));
      // No BODY3_PM (the Earth-Moon barycenter) and no override: pgrrec cannot tell the sense.
      assertCode("SPICE(MISSINGDATA)", () -> st.localSolarTime(et, 3, 0.5, LongitudeSystem.PLANETOGRAPHIC));
      assertCode("SPICE(MISSINGDATA)", () -> st.localSolarTime(et, 123456, 0.5, LongitudeSystem.PLANETOGRAPHIC));
      assertCode("SPICE(CANTFINDFRAME)", () -> st.localSolarTime(et, 123456, 0.5, LongitudeSystem.PLANETOCENTRIC));
      assertCode("SPICE(SPKINSUFFDATA)", () -> st.localSolarTime(et, 499, 0.5, LongitudeSystem.PLANETOGRAPHIC));
      assertCode("SPICE(EMPTYSTRING)", () -> LongitudeSystem.parse(""));
      assertCode("SPICE(UNKNOWNSYSTEM)", () -> LongitudeSystem.parse(" "));
      assertEquals(LongitudeSystem.PLANETOGRAPHIC, LongitudeSystem.parse(" planetographic "));
      // Any point on the Sun is at noon.
      assertEquals("12:00:00 P.M.", st.localSolarTime(et, 10, 2.0, LongitudeSystem.PLANETOGRAPHIC).ampm());
      // The engine is usable afterwards.
      assertTrue(own.state("JUPITER", "EARTH", "J2000", AberrationCorrection.NONE, et).position().norm() > 5e8);
    }
  }

  private static void assertCode(String code, org.junit.jupiter.api.function.Executable call) {
    assertEquals(code, assertThrows(SpiceException.class, call).shortMessage());
  }
}
