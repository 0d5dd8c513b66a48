package io.github.spice4j.jni;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.spice4j.GfProgressListener;
import io.github.spice4j.TestData;
import io.github.spice4j.TimeInterval;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The piecewise search cut as finely as its policy allows (pieces of 4 steps, so every few steps is a
 * seam): joined results must still equal the gf.json goldens and one CSPICE call over the whole window.
 */
class GfPiecesTest {
  private static final double DAY = 86400;

  private Engine engine;
  private JniGf fine;
  private JniGf single;

  @BeforeEach
  void setUp() {
    engine = new Engine();
    JniKernels kernels = new JniKernels(engine);
    for (String k : TestData.kernelList(TestData.golden("gf.json"))) kernels.furnsh(TestData.kernel(k));
    fine = new JniGf(engine, new GfPieces(100_000, 4));
    single = new JniGf(engine);
  }

  @AfterEach
  void tearDown() {
    engine.close();
  }

  private static List<TimeInterval> window(JsonNode pairs) {
    List<TimeInterval> w = new ArrayList<>();
    for (JsonNode p : pairs) w.add(new TimeInterval(p.get(0).asDouble(), p.get(1).asDouble()));
    return w;
  }

  /** Counts progress calls; checks they never go back. */
  private static final class Count implements GfProgressListener {
    int calls;
    double last = -1;

    @Override
    public void progress(double fraction) {
      assertTrue(fraction >= last, "progress went back");
      last = fraction;
      calls++;
    }
  }

  private static void assertWindow(List<TimeInterval> expected, List<TimeInterval> actual, double tol, String what) {
    assertEquals(expected.size(), actual.size(), () -> what + ": expected " + expected + " got " + actual);
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i).start(), actual.get(i).start(), tol, what + " start " + i);
      assertEquals(expected.get(i).stop(), actual.get(i).stop(), tol, what + " stop " + i);
    }
  }

  @Test
  void finePiecesReproduceEveryGoldenCase() {
    for (JsonNode c : TestData.golden("gf.json").get("cases")) {
      JsonNode a = c.get("args");
      String id = c.get("id").asText();
      List<TimeInterval> cnfine = window(a.get("cnfine"));
      Count count = new Count();
      List<TimeInterval> got = c.get("call").asText().equals("gfdist")
          ? fine.gfdist(a.get("target").asText(), a.get("abcorr").asText(), a.get("obsrvr").asText(),
              a.get("relate").asText(), a.get("refval").asDouble(), a.get("adjust").asDouble(),
              a.get("step").asDouble(), a.get("nintvls").asInt(), cnfine, count)
          : fine.gfsep(a.get("targ1").asText(), a.get("shape1").asText(), a.get("frame1").asText(),
              a.get("targ2").asText(), a.get("shape2").asText(), a.get("frame2").asText(), a.get("abcorr").asText(),
              a.get("obsrvr").asText(), a.get("relate").asText(), a.get("refval").asDouble(),
              a.get("adjust").asDouble(), a.get("step").asDouble(), a.get("nintvls").asInt(), cnfine, count);
      assertTrue(count.calls >= 3, id + ": window was not cut into pieces (" + count.calls + " progress calls)");
      assertWindow(window(c.get("expect").get("result")), got, c.get("tol").get("abs").asDouble(), id);
    }
  }

  @Test
  void finePiecesMatchOneCallForEveryOperatorOverAYear() {
    List<TimeInterval> year = List.of(new TimeInterval(757339269.1839061, 788961669.1839275));
    String[][] searches = {{">", "400000", "0"}, {"<", "370000", "0"}, {"=", "385000", "0"}, {"LOCMIN", "0", "0"},
        {"LOCMAX", "0", "0"}, {"ABSMIN", "0", "0"}, {"ABSMAX", "0", "0"}, {"ABSMIN", "0", "2000"},
        {"ABSMAX", "0", "3000"}};
    for (String[] s : searches) {
      double refval = Double.parseDouble(s[1]), adjust = Double.parseDouble(s[2]);
      List<TimeInterval> one = single.gfdist("MOON", "LT", "EARTH", s[0], refval, adjust, DAY / 2, 1000, year);
      assertTrue(!one.isEmpty(), s[0] + " found nothing");
      List<TimeInterval> pieces = fine.gfdist("MOON", "LT", "EARTH", s[0], refval, adjust, DAY / 2, 1000, year,
          new Count());
      // Roots are compared at the goldens' 1e-4 s; flat extrema at their 1e-2 s.
      double tol = s[0].startsWith("ABS") || s[0].startsWith("LOC") ? 1e-2 : 1e-4;
      assertWindow(one, pieces, tol, "MOON " + s[0] + " " + s[1] + " adjust " + s[2]);
    }
  }

  @Test
  void searchesFreeTheirEngineWindowsOnEveryPath() {
    List<TimeInterval> q1 = List.of(new TimeInterval(757339269.1839061, 765201669.1856554));
    Runnable ok = () -> single.gfdist("MOON", "NONE", "EARTH", "LOCMIN", 0, 0, 5 * DAY, 10_000, q1);
    Runnable failing = () -> {
      try {
        single.gfdist("MOON", "NONE", "EARTH", "FOO", 0, 0, 5 * DAY, 10_000, q1);
      } catch (io.github.spice4j.SpiceException expected) {
        // the windows were created before CSPICE rejected the operator
      }
    };
    for (int i = 0; i < 20; i++) {
      ok.run();
      failing.run();
    }
    long before = engine.call("memoryBytes", NativeEngine::memoryBytes);
    // Each call allocates a 10,000-interval result window (160 KB): 600 leaked ones would grow memory by ~96 MB.
    for (int i = 0; i < 300; i++) {
      ok.run();
      failing.run();
    }
    long after = engine.call("memoryBytes", NativeEngine::memoryBytes);
    assertEquals(before, after, "engine memory grew over 600 searches");
  }

  @Test
  void windowsOfManyIntervalsAreGroupedAndCut() {
    // Ten 3-day intervals, one 60-day interval and two single epochs: short ones are grouped into pieces,
    // the long one is cut.
    double t0 = 757339269.1839061;
    List<TimeInterval> cnfine = new ArrayList<>();
    for (int i = 0; i < 10; i++) cnfine.add(new TimeInterval(t0 + i * 5 * DAY, t0 + (i * 5 + 3) * DAY));
    cnfine.add(new TimeInterval(t0 + 60 * DAY, t0 + 120 * DAY));
    cnfine.add(new TimeInterval(t0 + 130 * DAY, t0 + 130 * DAY));
    cnfine.add(new TimeInterval(t0 + 131 * DAY, t0 + 131 * DAY));
    for (String relate : new String[] {"<", "LOCMIN", "LOCMAX", "ABSMIN", "ABSMAX"}) {
      double refval = relate.equals("<") ? 0.5 : 0;
      List<TimeInterval> one = single.gfsep("MOON", "POINT", " ", "SUN", "POINT", " ", "NONE", "EARTH", relate,
          refval, 0, 3600, 1000, cnfine);
      Count count = new Count();
      List<TimeInterval> pieces = new JniGf(engine, new GfPieces(20, 4)).gfsep("MOON", "POINT", " ", "SUN", "POINT",
          " ", "NONE", "EARTH", relate, refval, 0, 3600, 1000, cnfine, count);
      assertTrue(count.calls >= 4, relate + ": " + count.calls + " progress calls");
      assertWindow(one, pieces, relate.equals("<") ? 1e-4 : 1e-2, "MOON-SUN " + relate);
    }
  }
}
