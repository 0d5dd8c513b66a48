package io.github.spice4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.spice4j.backend.SpiceBackend;
import io.github.spice4j.jni.JniBackend;
import io.github.spice4j.parity.GoldenCompare;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Geometry finder: progress-reporting searches against the CSPICE goldens (gf.json) and against the
 * single CSPICE call, the facade, empty results, settings, and bad input leaving the engine usable.
 */
class GfTest extends GfFixture {
  @Override
  String goldenFile() {
    return "gf.json";
  }

  /** Records every callback and checks the listener contract as it goes. */
  private static final class Recorder implements GfProgressListener {
    int started, finished;
    double measure = Double.NaN;
    final List<Double> fractions = new ArrayList<>();

    @Override
    public void started(double m) {
      assertEquals(0, started, "started twice");
      assertTrue(fractions.isEmpty(), "progress before started");
      started++;
      measure = m;
    }

    @Override
    public void progress(double fraction) {
      assertEquals(1, started, "progress without started");
      assertEquals(0, finished, "progress after finished");
      assertTrue(fraction >= 0 && fraction <= 1, "fraction out of range: " + fraction);
      if (!fractions.isEmpty()) {
        assertTrue(fraction >= fractions.get(fractions.size() - 1), "progress went back: " + fractions + " " + fraction);
      }
      fractions.add(fraction);
    }

    @Override
    public void finished() {
      assertEquals(0, finished, "finished twice");
      finished++;
    }

    void assertCompleted() {
      assertEquals(1, started);
      assertEquals(1, finished);
      assertFalse(fractions.isEmpty());
      assertEquals(1.0, fractions.get(fractions.size() - 1), "last progress must be exactly 1.0");
      for (int i = 0; i < fractions.size() - 1; i++) assertTrue(fractions.get(i) < 1, "1.0 reported early");
    }
  }

  private static List<TimeInterval> window(JsonNode pairs) {
    List<TimeInterval> w = new ArrayList<>();
    for (JsonNode p : pairs) w.add(new TimeInterval(p.get(0).asDouble(), p.get(1).asDouble()));
    return w;
  }

  private static ArrayNode json(List<TimeInterval> w) {
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    for (TimeInterval iv : w) a.addArray().add(iv.start()).add(iv.stop());
    return a;
  }

  /** Runs a gf.json case through the contract, with the listener overload when listener != null. */
  private static List<TimeInterval> run(SpiceBackend b, JsonNode c, GfProgressListener listener) {
    JsonNode a = c.get("args");
    List<TimeInterval> cnfine = window(a.get("cnfine"));
    if (c.get("call").asText().equals("gfdist")) {
      return listener == null
          ? b.gf().gfdist(a.get("target").asText(), a.get("abcorr").asText(), a.get("obsrvr").asText(),
              a.get("relate").asText(), a.get("refval").asDouble(), a.get("adjust").asDouble(), a.get("step").asDouble(),
              a.get("nintvls").asInt(), cnfine)
          : b.gf().gfdist(a.get("target").asText(), a.get("abcorr").asText(), a.get("obsrvr").asText(),
              a.get("relate").asText(), a.get("refval").asDouble(), a.get("adjust").asDouble(), a.get("step").asDouble(),
              a.get("nintvls").asInt(), cnfine, listener);
    }
    return listener == null
        ? b.gf().gfsep(a.get("targ1").asText(), a.get("shape1").asText(), a.get("frame1").asText(), a.get("targ2").asText(),
            a.get("shape2").asText(), a.get("frame2").asText(), a.get("abcorr").asText(), a.get("obsrvr").asText(),
            a.get("relate").asText(), a.get("refval").asDouble(), a.get("adjust").asDouble(), a.get("step").asDouble(),
            a.get("nintvls").asInt(), cnfine)
        : b.gf().gfsep(a.get("targ1").asText(), a.get("shape1").asText(), a.get("frame1").asText(), a.get("targ2").asText(),
            a.get("shape2").asText(), a.get("frame2").asText(), a.get("abcorr").asText(), a.get("obsrvr").asText(),
            a.get("relate").asText(), a.get("refval").asDouble(), a.get("adjust").asDouble(), a.get("step").asDouble(),
            a.get("nintvls").asInt(), cnfine, listener);
  }

  private static void assertGolden(JsonNode c, List<TimeInterval> actual, String what) {
    List<String> problems = GoldenCompare.compare(c.get("expect"), c.get("tol"), Map.of("result", json(actual)));
    assertTrue(problems.isEmpty(), () -> c.get("id").asText() + " (" + what + "): " + problems + " actual " + actual);
  }

  /** The expected window of a gf.json case. */
  private static List<TimeInterval> golden(String id) {
    return window(TestData.goldenCase("gf.json", id).get("expect").get("result"));
  }

  private void assertEngineWorks() {
    assertWindows(golden("gfdist.moon-perigees-2024q1"), backend.gf().gfdist("MOON", "NONE", "EARTH", "LOCMIN", 0, 0,
        5 * DAY, 100, Q1_2024), 1e-2);
  }

  private SpiceException assertSpiceError(String expectedShort, Executable call) {
    SpiceException e = assertThrows(SpiceException.class, call);
    assertEquals(expectedShort, e.shortMessage(), e::getMessage);
    assertEngineWorks();
    return e;
  }

  @Test
  void everyGoldenCaseWithProgressMatchesTheGoldenAndTheSingleCall() {
    for (JsonNode c : TestData.golden("gf.json").get("cases")) {
      Recorder r = new Recorder();
      List<TimeInterval> withProgress = run(backend, c, r);
      assertGolden(c, withProgress, "with progress");
      r.assertCompleted();
      double measure = 0;
      for (TimeInterval iv : window(c.get("args").get("cnfine"))) measure += iv.duration();
      assertEquals(measure, r.measure, 0, "measure");
      // Joined pieces against one CSPICE call over the whole window, at the golden's tolerance.
      List<TimeInterval> single = run(backend, c, null);
      assertGolden(c, single, "single call");
      double tol = c.get("tol").get("abs").asDouble();
      assertWindows(single, withProgress, tol);
    }
  }

  @Test
  void longSearchReportsManyProgressStepsAndFindsTheEclipses() {
    // Moon and Sun disks overlapping as seen from Earth, April to mid-October 2024, 10-minute step: ~28,000 steps.
    List<TimeInterval> year = List.of(new TimeInterval(765201669.1856554, spice.utcToEt("2024-10-15")));
    Recorder r = new Recorder();
    List<TimeInterval> eclipses = backend.gf().gfsep("MOON", "SPHERE", "IAU_MOON", "SUN", "SPHERE", "IAU_SUN", "CN+S",
        "EARTH", "<", 0, 0, 600, 100, year, r);
    r.assertCompleted();
    assertTrue(r.fractions.size() >= 50, "expected fine-grained progress, got " + r.fractions);
    assertEquals(r.fractions.size(), r.fractions.stream().distinct().count(), "each piece advances the fraction");
    assertEquals(year.get(0).duration(), r.measure, 0);
    // The two solar eclipses of 2024: total on April 8 (the golden window) and annular on October 2.
    assertEquals(2, eclipses.size(), eclipses::toString);
    assertWindows(golden("gfsep.moon-sun-disks-overlap-apr2024"), eclipses.subList(0, 1), 1e-4);
    String annular = spice.etToUtc(eclipses.get(1).start(), 0);
    assertTrue(annular.startsWith("2024-10-02"), annular);
    assertWindows(backend.gf().gfsep("MOON", "SPHERE", "IAU_MOON", "SUN", "SPHERE", "IAU_SUN", "CN+S", "EARTH", "<", 0, 0,
        600, 100, year), eclipses, 1e-4);
  }

  @Test
  void facadeFindsPerigeesAndNewMoons() {
    EventFinder events = spice.eventFinder();
    assertEquals(EventFinder.DEFAULT_MAX_INTERVALS, events.maxIntervals());
    assertWindows(golden("gfdist.moon-perigees-2024q1"),
        events.distance("MOON", "EARTH", AberrationCorrection.NONE, GfConstraint.localMinimum(), Q1_2024, 5 * DAY), 1e-2);
    Recorder r = new Recorder();
    assertWindows(golden("gfsep.moon-sun-new-moons-2024q1"), events.separation(GfTarget.point("MOON"),
        GfTarget.point("SUN"), "EARTH", AberrationCorrection.NONE, GfConstraint.localMinimum(), Q1_2024, 5 * DAY, r),
        1e-2);
    r.assertCompleted();
    assertWindows(golden("gfdist.moon-closer-than-370000km-jan2024"), events.distance("MOON", "EARTH",
        AberrationCorrection.NONE, GfConstraint.lessThan(370000), List.of(new TimeInterval(757339269.1839061,
            760017669.1847728)), DAY), 1e-4);
    assertWindows(golden("gfsep.moon-sun-disks-overlap-apr2024"), events.separation(
        GfTarget.sphere("MOON", "IAU_MOON"), GfTarget.sphere("SUN", "IAU_SUN"), "EARTH", AberrationCorrection.CN_S,
        GfConstraint.lessThan(0), List.of(new TimeInterval(765720069.1856542, 765979269.1856469)), 600), 1e-4);
    assertWindows(golden("gfdist.moon-absmax-adjust-1000km"), events.distance("MOON", "EARTH",
        AberrationCorrection.NONE, GfConstraint.absoluteMaximum(1000), List.of(new TimeInterval(770472069.184899,
            778420869.1826185)), 2 * DAY, new Recorder()), 1e-2);
  }

  @Test
  void nothingFoundIsAnEmptyList() {
    // The Moon never comes within 100,000 km of the Earth.
    assertEquals(List.of(), backend.gf().gfdist("MOON", "NONE", "EARTH", "<", 100000, 0, DAY, 100, Q1_2024));
    Recorder r = new Recorder();
    assertEquals(List.of(), backend.gf().gfdist("MOON", "NONE", "EARTH", "<", 100000, 0, DAY, 100, Q1_2024, r));
    r.assertCompleted();
    assertEquals(List.of(), spice.eventFinder().distance("MOON", "EARTH", AberrationCorrection.NONE,
        GfConstraint.greaterThan(500000), Q1_2024, DAY));
    // CSPICE searches an empty confinement window without complaint.
    assertEquals(List.of(), backend.gf().gfdist("MOON", "NONE", "EARTH", "LOCMIN", 0, 0, DAY, 100, List.of()));
  }

  @Test
  void badInputIsAnExceptionAndTheEngineStaysUsable() {
    assertSpiceError("SPICE(NOTRECOGNIZED)",
        () -> backend.gf().gfdist("MOON", "NONE", "EARTH", "FOO", 0, 0, DAY, 100, Q1_2024));
    assertSpiceError("SPICE(NOTRECOGNIZED)",
        () -> backend.gf().gfdist("MOON", "NONE", "EARTH", "FOO", 0, 0, DAY, 100, Q1_2024, new Recorder()));
    assertSpiceError("SPICE(INVALIDSTEP)",
        () -> backend.gf().gfdist("MOON", "NONE", "EARTH", "LOCMIN", 0, 0, -DAY, 100, Q1_2024));
    assertSpiceError("SPICE(INVALIDSTEP)", () -> spice.eventFinder().distance("MOON", "EARTH", AberrationCorrection.NONE,
        GfConstraint.localMinimum(), Q1_2024, -DAY, new Recorder()));
    assertSpiceError("SPICE(VALUEOUTOFRANGE)",
        () -> backend.gf().gfdist("MOON", "NONE", "EARTH", "LOCMIN", 0, 0, DAY, 0, Q1_2024));
    assertSpiceError("SPICE(VALUEOUTOFRANGE)",
        () -> backend.gf().gfdist("MOON", "NONE", "EARTH", "ABSMIN", 0, -1, DAY, 100, Q1_2024));
    assertSpiceError("SPICE(INVALIDVALUE)",
        () -> backend.gf().gfdist("MOON", "NONE", "EARTH", "LOCMIN", 0, 5, DAY, 100, Q1_2024));
    assertSpiceError("SPICE(NOTRECOGNIZED)", () -> backend.gf().gfsep("MOON", "ELLIPSOID", "IAU_MOON", "SUN", "POINT", " ",
        "NONE", "EARTH", "LOCMIN", 0, 0, DAY, 100, Q1_2024));
    assertSpiceError("SPICE(IDCODENOTFOUND)",
        () -> backend.gf().gfdist("NOSUCHBODY", "NONE", "EARTH", "LOCMIN", 0, 0, DAY, 100, Q1_2024));
    assertSpiceError("SPICE(EMPTYSTRING)", () -> backend.gf().gfdist("", "NONE", "EARTH", "LOCMIN", 0, 0, DAY, 100, Q1_2024));
    // Three perigees do not fit a one-interval result, piecewise or not.
    assertSpiceError("SPICE(WINDOWEXCESS)",
        () -> backend.gf().gfdist("MOON", "NONE", "EARTH", "LOCMIN", 0, 0, 5 * DAY, 1, Q1_2024));
    assertSpiceError("SPICE(WINDOWEXCESS)",
        () -> backend.gf().gfdist("MOON", "NONE", "EARTH", "LOCMIN", 0, 0, 5 * DAY, 1, Q1_2024, new Recorder()));
    // No ephemeris for 1950.
    assertSpiceError("SPICE(SPKINSUFFDATA)", () -> backend.gf().gfdist("MOON", "NONE", "EARTH", "LOCMIN", 0, 0, DAY, 100,
        List.of(new TimeInterval(-1.6e9, -1.59e9))));

    EventFinder events = spice.eventFinder();
    // An empty window gives an empty result, as the engine's gfdist_c does.
    assertEquals(backend.gf().gfdist("MOON", "NONE", "EARTH", "LOCMIN", 0, 0, DAY, 100, List.of()),
        events.distance("MOON", "EARTH", AberrationCorrection.NONE, GfConstraint.localMinimum(), List.of(), DAY));
    assertEquals(List.of(), events.withProgress(f -> {}).distance("MOON", "EARTH", AberrationCorrection.NONE,
        GfConstraint.localMinimum(), List.of(), DAY));
    assertThrows(IllegalArgumentException.class,
        () -> backend.gf().gfdist("MOON", "NONE", "EARTH", "LOCMIN", 0, 0, Double.NaN, 100, Q1_2024));
    assertThrows(IllegalArgumentException.class,
        () -> backend.gf().gfdist("MOON", "NONE", "EARTH", "LOCMIN", 0, 0, DAY, 100,
            List.of(new TimeInterval(0, Double.POSITIVE_INFINITY))));
    assertThrows(IllegalArgumentException.class, () -> GfRelation.parse("FOO"));
    assertThrows(IllegalArgumentException.class, () -> new GfConstraint(GfRelation.LOCMIN, 0, 5));
    assertThrows(IllegalArgumentException.class, () -> GfConstraint.absoluteMinimum(-1));
    // The engine's gfdist_c rejects a zero interval count the same way.
    assertSpiceError(assertThrows(SpiceException.class, () -> backend.gf().gfdist("MOON", "NONE", "EARTH", "LOCMIN",
        0, 0, DAY, 0, Q1_2024)).shortMessage(), () -> events.withMaxIntervals(0));
    assertThrows(IllegalArgumentException.class, () -> new TimeInterval(2, 1));
    assertThrows(NullPointerException.class,
        () -> backend.gf().gfdist("MOON", "NONE", "EARTH", "LOCMIN", 0, 0, DAY, 100, null));
    assertThrows(NullPointerException.class,
        () -> backend.gf().gfdist("MOON", "NONE", "EARTH", "LOCMIN", 0, 0, DAY, 100, Q1_2024, null));
    assertThrows(NullPointerException.class, () -> events.distance("MOON", "EARTH", null,
        GfConstraint.localMinimum(), Q1_2024, DAY));
    assertEngineWorks();
  }

  @Test
  void aListenerCanStopTheSearch() {
    RuntimeException stop = new RuntimeException("stop");
    List<TimeInterval> year = List.of(new TimeInterval(757339269.1839061, 788961669.1839275));
    RuntimeException thrown = assertThrows(RuntimeException.class, () -> backend.gf().gfdist("MOON", "NONE", "EARTH",
        "LOCMIN", 0, 0, 3600, 100, year, f -> {
          if (f > 0.2) throw stop;
        }));
    assertEquals(stop, thrown);
    assertEngineWorks();
  }

  @Test
  void stepSetting() {
    assertSpiceError("SPICE(NOTINITIALIZED)", () -> backend.gf().gfstep(0));
    JniBackend fresh = JniBackend.create();
    try {
      assertThrows(SpiceException.class, () -> fresh.gf().gfstep(0));
      fresh.gf().gfsstp(123.5);
      assertEquals(123.5, fresh.gf().gfstep(757339269.0));
      assertThrows(SpiceException.class, () -> fresh.gf().gfsstp(0));
      assertEquals(123.5, fresh.gf().gfstep(0), "a rejected step leaves the setting alone");
    } finally {
      fresh.close();
    }
    // gfdist sets the step from its argument (GFDIST calls GFSSTP).
    backend.gf().gfdist("MOON", "NONE", "EARTH", "LOCMIN", 0, 0, 5 * DAY, 100, Q1_2024);
    assertEquals(5 * DAY, backend.gf().gfstep(0));
    assertSpiceError("SPICE(INVALIDSTEP)", () -> backend.gf().gfsstp(-1));
  }

  @Test
  void toleranceSettingChangesTheRoots() {
    JsonNode c = TestData.goldenCase("gf.json", "gfdist.moon-closer-than-370000km-jan2024");
    assertSpiceError("SPICE(INVALIDTOLERANCE)", () -> backend.gf().gfstol(0));
    // A 100 s tolerance moves the roots away from CSPICE's 1e-6 s answer, but by less than the tolerance.
    backend.gf().gfstol(100);
    List<TimeInterval> coarse = run(backend, c, null);
    List<TimeInterval> expected = golden("gfdist.moon-closer-than-370000km-jan2024");
    assertWindows(expected, coarse, 100);
    double moved = Math.max(Math.abs(coarse.get(0).start() - expected.get(0).start()),
        Math.abs(coarse.get(0).stop() - expected.get(0).stop()));
    assertTrue(moved > 1e-3, "tolerance had no effect: " + coarse);
    backend.gf().gfstol(1e-6);
    assertGolden(c, run(backend, c, null), "tolerance restored");
  }

  @Test
  void refinementIsBisection() {
    assertEquals(1.5, backend.gf().gfrefn(1, 2, true, false));
    assertEquals(757339269.5, backend.gf().gfrefn(757339269, 757339270, false, true));
  }

  @Test
  void progressReporterTextIsReturned() {
    String begin = backend.gf().gfrepi(Q1_2024, "Perigee search", "done.");
    assertTrue(begin.contains("Perigee search") && begin.contains("0.00% done."), begin);
    String end = backend.gf().gfrepf();
    assertTrue(end.contains("Perigee search") && end.endsWith("\n"), end);
    assertSpiceError("SPICE(MESSAGETOOLONG)", () -> backend.gf().gfrepi(Q1_2024, "x".repeat(80), "done."));
    assertSpiceError("SPICE(NONPRINTABLECHARS)", () -> backend.gf().gfrepi(Q1_2024, "bad\u0007", "done."));
  }
}
