package io.github.spice4j.orekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.TimeScale;

/** ET and Orekit dates: the TDB origin, round trips, and UTC through Orekit versus CSPICE's str2et. */
class EphemerisTimeTest extends WithKernels {
  @Test
  void originIsNoonTdbNotOrekitsTtJ2000() {
    EphemerisTime t = fx.bridge.time();
    TimeScale tdb = fx.scales.getTDB();
    assertEquals(0.0, t.toEt(new AbsoluteDate(2000, 1, 1, 12, 0, 0.0, tdb)), 0.0);
    // J2000_EPOCH is 12:00 TT; TDB-TT there is about -73 us (Orekit's TDB model), so its ET is not 0.
    double etOfTtJ2000 = t.toEt(fx.scales.getJ2000Epoch());
    assertTrue(Math.abs(etOfTtJ2000) > 5.0e-5 && Math.abs(etOfTtJ2000) < 1.0e-4, "ET of J2000 TT: " + etOfTtJ2000);
  }

  @Test
  void roundTripIsBelowAMicrosecond() {
    EphemerisTime t = fx.bridge.time();
    double[] ets = {-3.0e9, -1.0e6, -0.5, 0.0, 1.25e-3, 4.78612345678e8, 7.6e8 + 0.123456, 4.7e9};
    for (double et : ets) {
      assertEquals(et, t.toEt(t.toDate(et)), 1.0e-6, "round trip of ET " + et);
    }
    AbsoluteDate d = new AbsoluteDate(2024, 3, 1, 6, 30, 12.345678, fx.scales.getUTC());
    assertEquals(0.0, t.toDate(t.toEt(d)).durationFrom(d), 1.0e-6);
  }

  @Test
  void utcThroughOrekitMatchesStr2etWithinTheTdbModelDifference() {
    EphemerisTime t = fx.bridge.time();
    String[] utc = {"1972-01-01T00:00:00", "2000-01-01T12:00:00", "2015-03-02T10:00:00", "2016-12-31T23:59:59",
        "2017-01-01T00:00:00", "2024-03-01T06:30:12.5"};
    for (String s : utc) {
      double orekit = t.toEt(new AbsoluteDate(s, fx.scales.getUTC()));
      double spice = fx.spice.utcToEt(s);
      // Same leap seconds and TT-TAI; only the TDB-TT periodic models differ (Orekit's vs the LSK's).
      assertEquals(spice, orekit, 3.0e-6, s);
    }
    // Across the 2016 leap second: one UTC second later is two SI seconds later, in both.
    double before = t.toEt(new AbsoluteDate("2016-12-31T23:59:59", fx.scales.getUTC()));
    double after = t.toEt(new AbsoluteDate("2017-01-01T00:00:00", fx.scales.getUTC()));
    assertEquals(2.0, after - before, 1.0e-6);
  }

  @Test
  void lskTdbScaleReproducesStr2et() {
    EphemerisTime t = new EphemerisTime(SpiceTimeScales.lskTdb(fx.spice, fx.scales));
    String[] utc = {"1972-01-01T00:00:00", "1999-06-15T03:00:00", "2000-01-01T12:00:00", "2015-03-02T10:00:00",
        "2016-12-31T23:59:59", "2017-01-01T00:00:00", "2024-03-01T06:30:12.5", "2049-12-31T23:00:00"};
    // ET near 1e9 s has a ULP of 1.2e-7 s: both sides round, so a few ULPs apart at most.
    for (String s : utc) {
      AbsoluteDate date = new AbsoluteDate(s, fx.scales.getUTC());
      assertEquals(fx.spice.utcToEt(s), t.toEt(date), 5.0e-7, s);
      assertEquals(0.0, t.toDate(t.toEt(date)).durationFrom(date), 5.0e-7, "round trip " + s);
      assertEquals(fx.spice.etToUtc(t.toEt(date), 3), fx.spice.etToUtc(fx.spice.utcToEt(s), 3), s);
    }
  }

  @Test
  void rejectsNonFiniteEt() {
    assertThrows(IllegalArgumentException.class, () -> fx.bridge.time().toDate(Double.NaN));
  }
}
