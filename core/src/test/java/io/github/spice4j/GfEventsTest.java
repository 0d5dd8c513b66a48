package io.github.spice4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The project's own GF searches ({@link EventFinder} beyond gfdist/gfsep): user-defined searches against the
 * engine's CSPICE {@code gfdist_c}, the result limit, progress and failures (golden parity is in
 * GoldenParityTest; field-of-view searches are in GfFovTest).
 */
class GfEventsTest extends GfFixture {
  @Override
  String goldenFile() {
    return "gf-events.json";
  }

  private DoubleUnaryOperator moonDistance() {
    return t -> backend.ephemeris().spkpos("MOON", t, "J2000", "NONE", "EARTH").position().norm();
  }

  @Test
  void userScalarSearchesMatchTheEnginesGfdist() {
    EventFinder events = spice.eventFinder();
    for (GfConstraint c : List.of(GfConstraint.lessThan(370000), GfConstraint.greaterThan(400000),
        GfConstraint.equalTo(380000), GfConstraint.absoluteMaximum(2000))) {
      assertWindows(events.distance("MOON", "EARTH", AberrationCorrection.NONE, c, Q1_2024, DAY),
          events.userScalar(moonDistance(), c, Q1_2024, DAY), 1e-4);
    }
    for (GfConstraint c : List.of(GfConstraint.localMinimum(), GfConstraint.localMaximum(),
        GfConstraint.absoluteMinimum(0))) {
      assertWindows(events.distance("MOON", "EARTH", AberrationCorrection.NONE, c, Q1_2024, DAY),
          events.userScalar(moonDistance(), c, Q1_2024, DAY), 1e-2);
    }
    // With the caller's own "decreasing" function (the range rate's sign), as CSPICE's udqdec.
    assertWindows(events.distance("MOON", "EARTH", AberrationCorrection.NONE, GfConstraint.localMinimum(), Q1_2024,
        DAY), events.userScalar(moonDistance(), t -> {
          StateVector s = backend.ephemeris().spkezr("MOON", t, "J2000", "NONE", "EARTH");
          Vector3 p = s.position(), v = s.velocity();
          return p.x() * v.x() + p.y() * v.y() + p.z() * v.z() < 0;
        }, GfConstraint.localMinimum(), Q1_2024, DAY), 1e-2);
  }

  @Test
  void userBooleanSearchMatchesTheEnginesGfdist() {
    List<TimeInterval> expected = spice.eventFinder().distance("MOON", "EARTH", AberrationCorrection.NONE,
        GfConstraint.lessThan(370000), Q1_2024, DAY);
    DoubleUnaryOperator d = moonDistance();
    assertWindows(expected, spice.eventFinder().userBoolean(t -> d.applyAsDouble(t) < 370000, Q1_2024, 3600), 1e-4);
  }

  @Test
  void confinementWindowsWithSeveralIntervals() {
    List<TimeInterval> two = List.of(new TimeInterval(Q1_2024.get(0).start() + 40 * DAY, Q1_2024.get(0).stop()),
        new TimeInterval(Q1_2024.get(0).start(), Q1_2024.get(0).start() + 30 * DAY));
    GfConstraint c = GfConstraint.greaterThan(400000);
    assertWindows(spice.eventFinder().distance("MOON", "EARTH", AberrationCorrection.NONE, c, two, DAY),
        spice.eventFinder().userScalar(moonDistance(), c, two, DAY), 1e-4);
  }

  @Test
  void surfaceInterceptOfARayAlongTheMoonDirection() {
    // A ray from the Earth toward where the Moon is at the window's middle: it hits the Moon near that epoch only.
    double mid = Q1_2024.get(0).start() + 10 * DAY;
    Vector3 dir = backend.ephemeris().spkpos("MOON", mid, "J2000", "NONE", "EARTH").position();
    List<TimeInterval> window = List.of(new TimeInterval(mid - DAY, mid + DAY));
    List<TimeInterval> hits = spice.eventFinder().surfaceIntercept("MOON", "IAU_MOON", "ELLIPSOID", "EARTH",
        AberrationCorrection.NONE, "J2000", dir, "LATITUDINAL", "RADIUS", GfConstraint.greaterThan(0), window, 300);
    assertEquals(1, hits.size(), hits::toString);
    assertTrue(hits.get(0).start() < mid && mid < hits.get(0).stop());
    // Outside the hit window sincpt finds nothing; inside it does (the engine's own sincpt_c).
    assertTrue(backend.geometry().sincpt("ELLIPSOID", "MOON", hits.get(0).start() - 60, "IAU_MOON", "NONE", "EARTH", "J2000", dir)
        .isEmpty());
    assertTrue(backend.geometry().sincpt("ELLIPSOID", "MOON", hits.get(0).start() + 60, "IAU_MOON", "NONE", "EARTH", "J2000", dir)
        .isPresent());
  }

  /** Right ascension of the Moon from the Earth (J2000), [0, 2 pi), by the engine's spkpos_c. */
  private double moonRa(double t) {
    Vector3 p = backend.ephemeris().spkpos("MOON", t, "J2000", "NONE", "EARTH").position();
    double ra = Math.atan2(p.y(), p.x());
    return ra < 0 ? ra + 2 * Math.PI : ra;
  }

  @Test
  void rightAscensionCrossingsNearTheBranchCut() {
    // RA = 0.1 rad, just past the cut at 0 / 2 pi: once a month, and the cut itself is no crossing.
    List<TimeInterval> eq = spice.eventFinder().position("MOON", "EARTH", "J2000", AberrationCorrection.NONE, "RA/DEC",
        "RIGHT ASCENSION", GfConstraint.equalTo(0.1), Q1_2024, DAY);
    assertEquals(3, eq.size(), eq::toString);
    for (TimeInterval iv : eq) assertEquals(0.1, moonRa(iv.start()), 1e-9);
    // RA < 0.1: windows from the cut (RA jumps from 2 pi to 0) to the crossing.
    List<TimeInterval> below = spice.eventFinder().position("MOON", "EARTH", "J2000", AberrationCorrection.NONE, "RA/DEC",
        "RIGHT ASCENSION", GfConstraint.lessThan(0.1), Q1_2024, DAY);
    assertEquals(3, below.size(), below::toString);
    for (int i = 0; i < 3; i++) {
      assertEquals(eq.get(i).start(), below.get(i).stop(), 1e-4);
      double start = below.get(i).start();
      assertTrue(moonRa(start - 1) > 6.2 && moonRa(start + 1) < 0.01, "cut at ET " + start);
    }
  }

  @Test
  void tooManyIntervalsIsWindowExcess() {
    SpiceException e = assertThrows(SpiceException.class, () -> spice.eventFinder().withMaxIntervals(1)
        .userScalar(moonDistance(), GfConstraint.localMinimum(), Q1_2024, DAY));
    assertEquals("SPICE(WINDOWEXCESS)", e.shortMessage());
  }

  @Test
  void progressIsReportedUpToOne() {
    List<Double> fractions = new ArrayList<>();
    int[] calls = new int[2];
    GfProgressListener l = new GfProgressListener() {
      @Override
      public void started(double measure) {
        calls[0]++;
        assertEquals(Q1_2024.get(0).duration(), measure);
      }

      @Override
      public void progress(double f) {
        if (!fractions.isEmpty()) assertTrue(f >= fractions.get(fractions.size() - 1));
        fractions.add(f);
      }

      @Override
      public void finished() {
        calls[1]++;
      }
    };
    spice.eventFinder().withProgress(l).occultation("ANY", OccultingBody.ellipsoid("MOON", "IAU_MOON"),
        OccultingBody.ellipsoid("SUN", "IAU_SUN"), AberrationCorrection.LT, "EARTH", Q1_2024, 180);
    assertEquals(1, calls[0]);
    assertEquals(1, calls[1]);
    assertTrue(fractions.size() > 10, fractions::toString);
    assertEquals(1.0, fractions.get(fractions.size() - 1));
  }

  @Test
  void failuresPropagateAndTheEngineStaysUsable() {
    IllegalStateException stop = new IllegalStateException("stop");
    assertTrue(assertThrows(IllegalStateException.class, () -> spice.eventFinder().userBoolean(t -> {
      throw stop;
    }, Q1_2024, DAY)) == stop);
    SpiceException step = assertThrows(SpiceException.class, () -> spice.eventFinder().userBoolean(t -> true, Q1_2024, 0));
    assertEquals("SPICE(INVALIDSTEP)", step.shortMessage());
    SpiceException unknown = assertThrows(SpiceException.class, () -> spice.eventFinder().phaseAngle("NOSUCHBODY", "SUN",
        "EARTH", AberrationCorrection.NONE, GfConstraint.localMinimum(), Q1_2024, DAY));
    assertFalse(unknown.shortMessage().isEmpty());
    SpiceException pointFull = assertThrows(SpiceException.class, () -> spice.eventFinder().occultation("FULL",
        OccultingBody.ellipsoid("MOON", "IAU_MOON"), OccultingBody.point("VENUS"), AberrationCorrection.LT, "EARTH",
        Q1_2024, 180));
    assertEquals("SPICE(BADTYPESHAPECOMBO)", pointFull.shortMessage());
    // The codes of CSPICE's GF coordinate set-up: unknown frame, same observer and target.
    SpiceException noFrame = assertThrows(SpiceException.class, () -> spice.eventFinder().position("MOON", "EARTH",
        "NOSUCHFRAME", AberrationCorrection.NONE, "LATITUDINAL", "LATITUDE", GfConstraint.localMinimum(), Q1_2024,
        DAY));
    assertEquals("SPICE(NOFRAME)", noFrame.shortMessage());
    SpiceException same = assertThrows(SpiceException.class, () -> spice.eventFinder().position("MOON", "MOON", "J2000",
        AberrationCorrection.NONE, "LATITUDINAL", "LATITUDE", GfConstraint.localMinimum(), Q1_2024, DAY));
    assertEquals("SPICE(BODIESNOTDISTINCT)", same.shortMessage());
    // An empty window is searched as CSPICE searches it: nothing is found.
    assertEquals(List.of(), spice.eventFinder().userBoolean(t -> true, List.of(), DAY));
    assertEquals(List.of(), spice.eventFinder().occultation("ANY", OccultingBody.ellipsoid("MOON", "IAU_MOON"),
        OccultingBody.ellipsoid("SUN", "IAU_SUN"), AberrationCorrection.LT, "EARTH", List.of(), 180));
    // Still usable.
    assertEquals(1, spice.eventFinder().userBoolean(t -> true, Q1_2024, DAY).size());
  }
}
