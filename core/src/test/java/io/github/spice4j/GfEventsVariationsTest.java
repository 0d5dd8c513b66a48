package io.github.spice4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The project's own GF searches on inputs the golden cases do not cover (other bodies, observers, frames,
 * corrections, coordinates, wrapped reference values, argument errors), checked against the engine's own CSPICE
 * routines sampled densely: a result window must hold exactly the sample epochs where the condition holds.
 */
class GfEventsVariationsTest extends GfFixture {
  /** 2021-02-26, inside jup310_excerpt.bsp with room for the Earth-Jupiter light time. */
  private static final List<TimeInterval> JUPITER_DAY = List.of(new TimeInterval(667573600, 667652000));
  /** 2015-02-27 .. 03-03, where ITRF93 and the de430 excerpt cover a DSN station's view. */
  private static final List<TimeInterval> STATION_DAYS = List.of(new TimeInterval(478267267.185342,
      478267267.185342 + 4 * DAY));

  @Override
  String goldenFile() {
    return "gf-events.json";
  }

  /**
   * Every sample epoch (spacing {@code h}) farther than 1 ms from an edge is in {@code result} exactly when
   * {@code condition} holds, and the condition holds at some samples and fails at others.
   */
  private static void assertWindowWhere(DoublePredicate condition, List<TimeInterval> result,
      List<TimeInterval> window, double h) {
    int in = 0, out = 0;
    for (TimeInterval iv : window) {
      for (double t = iv.start(); t <= iv.stop(); t += h) {
        boolean inside = false, nearEdge = false;
        for (TimeInterval r : result) {
          inside |= t >= r.start() && t <= r.stop();
          nearEdge |= Math.abs(t - r.start()) < 1e-3 || Math.abs(t - r.stop()) < 1e-3;
        }
        if (nearEdge) continue;
        boolean holds = condition.test(t);
        assertEquals(holds, inside, "ET " + t + " in " + result);
        if (holds) in++;
        else out++;
      }
    }
    assertTrue(in > 0 && out > 0, "the condition should both hold and fail: " + in + " / " + out);
  }

  /** Each edge of {@code result} inside the window is a transition of {@code condition} within 1e-5 s. */
  private static void assertEdgesAreTransitions(DoublePredicate condition, List<TimeInterval> result,
      List<TimeInterval> window) {
    double a = window.get(0).start(), b = window.get(window.size() - 1).stop();
    for (TimeInterval r : result) {
      if (r.start() > a) assertTrue(!condition.test(r.start() - 1e-5) && condition.test(r.start() + 1e-5), "start " + r);
      if (r.stop() < b) assertTrue(condition.test(r.stop() - 1e-5) && !condition.test(r.stop() + 1e-5), "stop " + r);
    }
  }

  /** The interior local minima of {@code f} found by sampling every {@code h} match {@code result} within h. */
  private static void assertLocalMinima(DoubleUnaryOperator f, List<TimeInterval> result, TimeInterval window,
      double h) {
    List<Double> minima = new ArrayList<>();
    double t0 = window.start(), v0 = f.applyAsDouble(t0), v1 = f.applyAsDouble(t0 + h);
    for (double t = t0 + 2 * h; t <= window.stop(); t += h) {
      double v2 = f.applyAsDouble(t);
      if (v1 < v0 && v1 < v2) minima.add(t - h);
      v0 = v1;
      v1 = v2;
    }
    assertEquals(minima.size(), result.size(), () -> "sampled " + minima + " found " + result);
    for (int i = 0; i < minima.size(); i++) assertEquals(minima.get(i), result.get(i).start(), h);
    assertFalse(minima.isEmpty());
  }

  private DoublePredicate occults(String type, OccultingBody front, OccultingBody back, String abcorr, String obs) {
    int wanted = switch (type) {
      case "PARTIAL" -> 1;
      case "ANNULAR" -> 2;
      case "FULL" -> 3;
      default -> 0;
    };
    return t -> {
      int code = backend.geometry().occult(front.body(), front.shape(), front.frame(), back.body(), back.shape(),
          back.frame(), abcorr, obs, t).code();
      return wanted == 0 ? code > 0 : code == wanted;
    };
  }

  private void assertOccultation(String type, OccultingBody front, OccultingBody back, AberrationCorrection abcorr,
      String obs, List<TimeInterval> window, double step) {
    List<TimeInterval> r = spice.eventFinder().occultation(type, front, back, abcorr, obs, window, step);
    DoublePredicate state = occults(type, front, back, abcorr.spiceName(), obs);
    assertWindowWhere(state, r, window, step / 3);
    assertEdgesAreTransitions(state, r, window);
  }

  @Test
  void occultationsInTheJupiterSystemMatchTheEnginesOccult() {
    OccultingBody jupiter = OccultingBody.ellipsoid("JUPITER", "IAU_JUPITER");
    OccultingBody io = OccultingBody.ellipsoid("IO", "IAU_IO");
    // Io passes behind Jupiter (partial, then full, then partial) and Europa crosses Jupiter's disk.
    for (String type : List.of("ANY", "PARTIAL", "FULL")) {
      assertOccultation(type, jupiter, io, AberrationCorrection.CN, "EARTH", JUPITER_DAY, 300);
    }
    assertOccultation("ANY", jupiter, OccultingBody.point("IO"), AberrationCorrection.XLT, "EARTH", JUPITER_DAY, 300);
    OccultingBody europa = OccultingBody.ellipsoid("EUROPA", "IAU_EUROPA");
    assertOccultation("ANNULAR", europa, jupiter, AberrationCorrection.LT, "EARTH", JUPITER_DAY, 300);
    assertOccultation("ANY", OccultingBody.point("EUROPA"), jupiter, AberrationCorrection.NONE, "EARTH", JUPITER_DAY, 300);
  }

  @Test
  void aFineStepWithStellarAberrationNearAnEclipse() {
    // Three hours around the start of the 2024-04-08 eclipse, sampled every 20 s.
    List<TimeInterval> w = List.of(new TimeInterval(765869752.0 - 5400, 765869752.0 + 5400));
    for (String type : List.of("ANY", "PARTIAL")) {
      assertOccultation(type, OccultingBody.ellipsoid("MOON", "IAU_MOON"), OccultingBody.ellipsoid("SUN", "IAU_SUN"),
          AberrationCorrection.LT_S, "EARTH", w, 20);
    }
  }

  @Test
  void occultationErrorsAreTheEnginesOccultErrors() {
    SpiceException engine = assertThrows(SpiceException.class, () -> backend.geometry().occult("NOSUCHBODY",
        "ELLIPSOID", "IAU_MOON", "SUN", "ELLIPSOID", "IAU_SUN", "LT", "EARTH", Q1_2024.get(0).start()));
    assertSpiceError(engine.shortMessage(), () -> spice.eventFinder().occultation("ANY",
        OccultingBody.ellipsoid("NOSUCHBODY", "IAU_MOON"), OccultingBody.ellipsoid("SUN", "IAU_SUN"),
        AberrationCorrection.LT, "EARTH", Q1_2024, 180));
  }

  @Test
  void theEarthHidesTheMoonFromADsnStation() {
    // Moonset and moonrise at DSS-14: the Earth's ellipsoid in front of the Moon, seen from its surface.
    assertOccultation("ANY", OccultingBody.ellipsoid("EARTH", "ITRF93"), OccultingBody.ellipsoid("MOON", "IAU_MOON"),
        AberrationCorrection.LT, "DSS-14", STATION_DAYS, 600);
  }

  /** Right ascension of the Moon seen from the Earth (J2000, geometric), [0, 2 pi), from the engine's reclat. */
  private double moonRa(double t) {
    double lon = backend.coords().reclat(backend.ephemeris().spkpos("MOON", t, "J2000", "NONE", "EARTH").position())
        .longitude();
    return lon < 0 ? lon + 2 * Math.PI : lon;
  }

  private List<TimeInterval> moonRaSearch(String crdsys, String coord, GfConstraint c, List<TimeInterval> w) {
    return spice.eventFinder().position("MOON", "EARTH", "J2000", AberrationCorrection.NONE, crdsys, coord, c, w, DAY);
  }

  @Test
  void wrappedReferenceValuesAreMovedIntoTheCoordinatesRange() {
    // CSPICE reads a longitude or right ascension reference value modulo 2 pi.
    for (double shift : new double[] {-2 * Math.PI, 2 * Math.PI}) {
      List<TimeInterval> r = moonRaSearch("RA/DEC", "RIGHT ASCENSION", GfConstraint.lessThan(2.0 + shift), Q1_2024);
      assertWindowWhere(t -> moonRa(t) < 2.0, r, Q1_2024, 3600);
    }
    // Longitude in (-pi, pi]: 4 rad means -2.28 rad.
    List<TimeInterval> r = moonRaSearch("LATITUDINAL", "LONGITUDE", GfConstraint.greaterThan(4.0), Q1_2024);
    assertWindowWhere(t -> Math.IEEEremainder(moonRa(t), 2 * Math.PI) > 4.0 - 2 * Math.PI, r, Q1_2024, 3600);
  }

  @Test
  void absoluteExtremaOfAWrappedCoordinateAreAtItsBranchCut() {
    // Ten days around one passage of the Moon's right ascension through 0: the largest value is just before it,
    // the smallest just after (the window's ends are near 5.4 and 1.0 rad).
    List<TimeInterval> w = List.of(new TimeInterval(758650088.66 - 5 * DAY, 758650088.66 + 5 * DAY));
    double cut = 0;
    for (GfConstraint c : List.of(GfConstraint.absoluteMaximum(0), GfConstraint.absoluteMinimum(0))) {
      List<TimeInterval> r = moonRaSearch("RA/DEC", "RIGHT ASCENSION", c, w);
      assertEquals(1, r.size(), r::toString);
      cut = r.get(0).start();
      assertTrue(moonRa(cut - 1e-3) > 2 * Math.PI - 1e-7 && moonRa(cut + 1e-3) < 1e-7, "ET " + cut);
    }
    // Within 0.1 rad of the maximum: from where RA = 2 pi - 0.1 up to the cut.
    List<TimeInterval> near = moonRaSearch("RA/DEC", "RIGHT ASCENSION", GfConstraint.absoluteMaximum(0.1), w);
    assertEquals(1, near.size(), near::toString);
    assertEquals(cut, near.get(0).stop(), 1e-3);
    assertWindowWhere(t -> moonRa(t) > 2 * Math.PI - 0.1, near, w, 3600);
  }

  @Test
  void coordinateNamesIgnoreCaseAndBlanksAsCspiceDoes() {
    GfConstraint c = GfConstraint.lessThan(2.0);
    List<TimeInterval> canonical = moonRaSearch("RA/DEC", "RIGHT ASCENSION", c, Q1_2024);
    assertWindowWhere(t -> moonRa(t) < 2.0, canonical, Q1_2024, 3600);
    assertWindows(canonical, moonRaSearch(" ra / dec ", "right  ascension", c, Q1_2024), 0);
  }

  @Test
  void planetographicLongitudeIsPositiveWestOnAProgradePlanet() {
    // Io over Jupiter (IAU_JUPITER): planetographic longitude is the geodetic one (engine's recgeo) negated,
    // modulo 2 pi, as NAIF defines it for a prograde rotator.
    double[] radii = backend.idsNames().bodvrd("JUPITER", "RADII");
    double flattening = (radii[0] - radii[2]) / radii[0];
    DoubleUnaryOperator west = t -> {
      Vector3 p = backend.ephemeris().spkpos("IO", t, "IAU_JUPITER", "NONE", "JUPITER").position();
      double lon = -backend.coords().recgeo(p, radii[0], flattening).longitude();
      return lon < 0 ? lon + 2 * Math.PI : lon;
    };
    List<TimeInterval> r = spice.eventFinder().position("IO", "JUPITER", "IAU_JUPITER", AberrationCorrection.NONE,
        "PLANETOGRAPHIC", "LONGITUDE", GfConstraint.lessThan(1.0), JUPITER_DAY, 1800);
    assertWindowWhere(t -> west.applyAsDouble(t) < 1.0, r, JUPITER_DAY, 600);
  }

  @Test
  void subObserverSearchesCheckTheTargetFrame() {
    assertSpiceError("SPICE(INVALIDFRAME)", () -> spice.eventFinder().subObserverPoint("EARTH", "IAU_MOON",
        "NEAR POINT/ELLIPSOID", "MOON", AberrationCorrection.LT, "LATITUDINAL", "LATITUDE",
        GfConstraint.localMaximum(), Q1_2024, DAY));
    assertSpiceError("SPICE(NOFRAME)", () -> spice.eventFinder().subObserverPoint("EARTH", "NOSUCHFRAME",
        "NEAR POINT/ELLIPSOID", "MOON", AberrationCorrection.LT, "LATITUDINAL", "LATITUDE",
        GfConstraint.localMaximum(), Q1_2024, DAY));
  }

  private static void assertSpiceError(String shortMessage, Executable call) {
    assertEquals(shortMessage, assertThrows(SpiceException.class, call).shortMessage());
  }

  @Test
  void geodeticCoordinatesNeedAFrameCenteredOnABodyWithEqualEquatorialRadii() {
    // J2000 is centered on the solar system barycenter; Io's equatorial radii differ.
    assertSpiceError("SPICE(BADFRAME)", () -> spice.eventFinder().position("MOON", "EARTH", "J2000",
        AberrationCorrection.NONE, "GEODETIC", "LATITUDE", GfConstraint.localMaximum(), Q1_2024, DAY));
    assertSpiceError("SPICE(NOTSUPPORTED)", () -> spice.eventFinder().position("MOON", "EARTH", "IAU_IO",
        AberrationCorrection.NONE, "PLANETOGRAPHIC", "LONGITUDE", GfConstraint.localMaximum(), Q1_2024, DAY));
  }

  @Test
  void relationAndAdjustmentErrorsMatchTheEnginesGfdist() {
    // The engine's CSPICE gfdist_c checks the same arguments the same way.
    String[][] bad = {{"FOO", "0"}, {"ABSMAX", "-1"}, {">", "5"}};
    for (String[] a : bad) {
      double adjust = Double.parseDouble(a[1]);
      SpiceException engine = assertThrows(SpiceException.class, () -> backend.gf().gfdist("MOON", "NONE", "EARTH",
          a[0], 0, adjust, DAY, 100, Q1_2024));
      assertSpiceError(engine.shortMessage(), () -> GfConstraint.of(a[0], 0, adjust));
    }
    assertEquals(new GfConstraint(GfRelation.ABSMIN, 0, 2), GfConstraint.of(" absmin ", 0, 2));
  }

  @Test
  void documentedArgumentErrorsOfThePhaseRangeRateAndIlluminationSearches() {
    EventFinder f = spice.eventFinder();
    GfConstraint c = GfConstraint.localMinimum();
    assertSpiceError("SPICE(BODIESNOTDISTINCT)", () -> f.phaseAngle("MOON", "SUN", "SUN", AberrationCorrection.LT, c,
        Q1_2024, DAY));
    assertSpiceError("SPICE(INVALIDOPTION)", () -> f.phaseAngle("MOON", "SUN", "EARTH", AberrationCorrection.XLT, c,
        Q1_2024, DAY));
    assertSpiceError("SPICE(BODIESNOTDISTINCT)", () -> f.rangeRate("MOON", "MOON", AberrationCorrection.NONE, c,
        Q1_2024, DAY));
    Vector3 site = new Vector3(1737.4, 0, 0);
    assertSpiceError("SPICE(BODIESNOTDISTINCT)", () -> f.illumination("ELLIPSOID", "INCIDENCE", "MOON", "MOON",
        "IAU_MOON", "EARTH", AberrationCorrection.LT, site, c, Q1_2024, DAY));
    assertSpiceError("SPICE(NOTSUPPORTED)", () -> f.illumination("ELLIPSOID", "INCIDENCE", "MOON", "SUN",
        "IAU_MOON", "EARTH", AberrationCorrection.XCN_S, site, c, Q1_2024, DAY));
    assertSpiceError("SPICE(INVALIDMETHOD)", () -> f.illumination("DSK/UNPRIORITIZED", "INCIDENCE", "MOON", "SUN",
        "IAU_MOON", "EARTH", AberrationCorrection.LT, site, c, Q1_2024, DAY));
    assertSpiceError("SPICE(UNKNOWNFRAME)", () -> f.illumination("ELLIPSOID", "INCIDENCE", "MOON", "SUN",
        "NOSUCHFRAME", "EARTH", AberrationCorrection.LT, site, c, Q1_2024, DAY));
    assertSpiceError("SPICE(INVALIDFRAME)", () -> f.illumination("ELLIPSOID", "INCIDENCE", "MOON", "SUN",
        "IAU_EARTH", "EARTH", AberrationCorrection.LT, site, c, Q1_2024, DAY));
    // Still usable.
    assertEquals(3, f.phaseAngle("MOON", "SUN", "EARTH", AberrationCorrection.LT, c, Q1_2024, DAY).size());
  }

  @Test
  void phaseAngleFromADsnStationMatchesSampledGeometry() {
    // The phase angle at the Moon between DSS-14 and the Sun, from the engine's spkpos_c (LT: the Sun seen from
    // the Moon when the light left it).
    DoubleUnaryOperator phase = t -> {
      PositionVector m = backend.ephemeris().spkpos("MOON", t, "J2000", "LT", "DSS-14");
      Vector3 sun = backend.ephemeris().spkpos("SUN", t - m.lightTime(), "J2000", "LT", "MOON").position();
      return m.position().negate().angle(sun);
    };
    double ref = phase.applyAsDouble(STATION_DAYS.get(0).start() + 1.3 * DAY);
    List<TimeInterval> r = spice.eventFinder().phaseAngle("MOON", "SUN", "DSS-14", AberrationCorrection.LT,
        GfConstraint.lessThan(ref), STATION_DAYS, 3600);
    assertWindowWhere(t -> phase.applyAsDouble(t) < ref, r, STATION_DAYS, 1200);
  }

  @Test
  void rangeRateWithATransmissionCorrectionMatchesTheEnginesSpkezr() {
    // The Earth seen from the Moon with XCN: its range rate changes sign twice a month.
    DoubleUnaryOperator rr = t -> {
      StateVector s = backend.ephemeris().spkezr("EARTH", t, "J2000", "XCN", "MOON");
      return s.position().dot(s.velocity()) / s.position().norm();
    };
    List<TimeInterval> r = spice.eventFinder().rangeRate("EARTH", "MOON", AberrationCorrection.XCN,
        GfConstraint.greaterThan(0), Q1_2024, DAY);
    assertWindowWhere(t -> rr.applyAsDouble(t) > 0, r, Q1_2024, DAY / 4);
    assertEdgesAreTransitions(t -> rr.applyAsDouble(t) > 0, r, Q1_2024);
  }

  @Test
  void incidenceAtALunarSiteMatchesTheEnginesIllumg() {
    Vector3 site = new Vector3(1000, 500, Math.sqrt(1737.4 * 1737.4 - 1000 * 1000 - 500 * 500));
    DoubleUnaryOperator incidence = t -> backend.geometry().illumg("ELLIPSOID", "MOON", "SUN", t, "MOON_ME", "CN+S",
        "EARTH", site).incdnc();
    TimeInterval w = new TimeInterval(Q1_2024.get(0).start(), Q1_2024.get(0).start() + 40 * DAY);
    List<TimeInterval> r = spice.eventFinder().illumination("ELLIPSOID", "INCIDENCE", "MOON", "SUN", "MOON_ME",
        "EARTH", AberrationCorrection.CN_S, site, GfConstraint.localMinimum(), List.of(w), 6 * 3600);
    assertLocalMinima(incidence, r, w, 3600);
  }
}
