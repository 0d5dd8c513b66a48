package io.github.spice4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code spice4j events} in-process, checked against shared/goldens/gf.json (default kernel set). */
class EventsCommandTest {
  /** A gf.json case by id. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> golden(String id) throws Exception {
    for (Map<String, Object> c : Goldens.cases("gf")) {
      if (id.equals(c.get("id"))) return c;
    }
    throw new AssertionError("no gf.json case " + id);
  }

  /** Asserts [start_et, stop_et] pairs against a golden case's result window and tolerance. */
  @SuppressWarnings("unchecked")
  private static void assertGolden(Map<String, Object> golden, List<double[]> actual) {
    List<List<Object>> expected = (List<List<Object>>) ((Map<String, Object>) golden.get("expect")).get("result");
    double tol = Goldens.d(((Map<String, Object>) golden.get("tol")).get("abs"));
    assertEquals(expected.size(), actual.size(), () -> golden.get("id") + ": interval count");
    for (int i = 0; i < expected.size(); i++) {
      for (int k = 0; k < 2; k++) {
        double e = Goldens.d(expected.get(i).get(k));
        double a = actual.get(i)[k];
        assertTrue(Math.abs(a - e) <= tol, golden.get("id") + " [" + i + "][" + k + "]: expected " + e + " got " + a);
      }
    }
  }

  /** The csv rows after the header: start_utc, stop_utc, start_et, stop_et, duration. */
  private static List<String[]> csvRows(Cli r) {
    List<String> lines = r.out().lines().toList();
    assertEquals(String.join(",", EventTable.COLUMNS), lines.get(0), r::toString);
    List<String[]> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) rows.add(line.split(","));
    return rows;
  }

  private static List<double[]> etPairs(List<String[]> rows, int startColumn) {
    List<double[]> out = new ArrayList<>();
    for (String[] f : rows) {
      out.add(new double[] {Double.parseDouble(f[startColumn]), Double.parseDouble(f[startColumn + 1])});
    }
    return out;
  }

  /** Each option is described once in the help (picocli 4.7.6 listed mixin arg-group options twice). */
  @Test
  void helpDescribesEachOptionOnce() {
    for (String sub : List.of("distance", "separation")) {
      Cli r = Cli.run("events", sub, "--help");
      assertEquals(0, r.code(), r.toString());
      for (String opt : List.of("--start=TIME", "--start-et=SECONDS", "--stop=TIME", "--stop-et=SECONDS", "--step=STEP")) {
        // Option-list lines: the option, then at least two spaces and its description (not the synopsis).
        long described = r.out().lines()
            .filter(l -> l.matches("\\s+" + java.util.regex.Pattern.quote(opt) + " {2,}\\S.*")).count();
        assertEquals(1, described, sub + " " + opt + ":\n" + r.out());
      }
    }
  }

  @Test
  void moonPerigees2024Q1AsCsv() throws Exception {
    Cli r = Cli.run("events", "distance", "--target", "MOON", "--observer", "EARTH", "--relate", "LOCMIN",
        "--start", "2024-01-01", "--stop", "2024-04-01", "--step", "5d", "--format", "csv");
    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.err(), "no progress bar for a short search / non-console stderr");
    List<String[]> rows = csvRows(r);
    assertGolden(golden("gfdist.moon-perigees-2024q1"), etPairs(rows, 2));
    // Perigees are instants: zero duration, and the UTC column is the ET column's time of day.
    assertEquals("2024-01-13T10:35:31.708", rows.get(0)[0]);
    assertEquals(rows.get(0)[0], rows.get(0)[1]);
    assertEquals("0", rows.get(0)[4]);
    assertTrue(rows.get(1)[0].startsWith("2024-02-10T18:52"), rows.get(1)[0]);
    assertTrue(rows.get(2)[0].startsWith("2024-03-10T07:04"), rows.get(2)[0]);
  }

  @Test
  void moonApogeesWithLightTimeAsTextTable() throws Exception {
    Cli r = Cli.run("events", "distance", "--target", "MOON", "--observer", "EARTH", "--abcorr", "LT",
        "--relate", "locmax", "--start", "2024-01-01", "--stop", "2024-04-01", "--step", "5d");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().contains("relate    LOCMAX"), r::toString);
    assertTrue(r.out().contains("abcorr    LT"), r::toString);
    assertTrue(r.out().contains("found     4"), r::toString);
    List<double[]> pairs = new ArrayList<>();
    for (String line : r.out().lines().toList()) {
      String[] f = line.trim().split("\\s+");
      if (f.length == 6 && f[0].matches("\\d+")) {
        assertEquals(f[1], f[2], line); // zero-length: same UTC start and stop
        pairs.add(new double[] {Double.parseDouble(f[3]), Double.parseDouble(f[4])});
      }
    }
    assertGolden(golden("gfdist.moon-apogees-2024q1-lt"), pairs);
  }

  @Test
  @SuppressWarnings("unchecked")
  void newMoonsAsJson() throws Exception {
    Cli r = Cli.run("events", "separation", "--targ1", "MOON", "--targ2", "SUN", "--observer", "EARTH",
        "--relate", "LOCMIN", "--start", "2024-01-01", "--stop", "2024-04-01", "--step", "5d", "--format", "json");
    assertEquals(0, r.code(), r::toString);
    Map<String, Object> json = MiniJson.object(r.out());
    assertEquals("separation", json.get("search"));
    assertEquals("POINT", json.get("shape1"));
    assertEquals("LOCMIN", json.get("relate"));
    assertEquals(432000.0, Goldens.d(json.get("step")));
    Map<String, Object> window = (Map<String, Object>) json.get("window");
    assertEquals(757339269.1839061, Goldens.d(window.get("start_et")));
    List<double[]> pairs = new ArrayList<>();
    for (Map<String, Object> iv : (List<Map<String, Object>>) json.get("intervals")) {
      pairs.add(new double[] {Goldens.d(iv.get("start_et")), Goldens.d(iv.get("stop_et"))});
      assertEquals(0.0, Goldens.d(iv.get("duration")));
    }
    assertGolden(golden("gfsep.moon-sun-new-moons-2024q1"), pairs);
    // The first new moon of 2024 was on January 11 at about 11:57 UTC.
    assertTrue(((String) ((List<Map<String, Object>>) json.get("intervals")).get(0).get("start_utc"))
        .startsWith("2024-01-11T11:5"), r::toString);
  }

  @Test
  void closerThan370000KmByEt() throws Exception {
    Cli r = Cli.run("events", "distance", "--target", "MOON", "--observer", "EARTH", "--relate", "<",
        "--refval", "370000", "--start-et", "757339269.1839061", "--stop-et", "760017669.1847728", "--step", "1d",
        "--format", "csv");
    assertEquals(0, r.code(), r::toString);
    List<String[]> rows = csvRows(r);
    assertGolden(golden("gfdist.moon-closer-than-370000km-jan2024"), etPairs(rows, 2));
    double duration = Double.parseDouble(rows.get(0)[4]);
    assertEquals(Double.parseDouble(rows.get(0)[3]) - Double.parseDouble(rows.get(0)[2]), duration);
  }

  @Test
  void solarEclipseOfApril2024WithProgressBar() throws Exception {
    Cli r = Cli.run("events", "separation", "--targ1", "MOON", "--shape1", "SPHERE", "--frame1", "IAU_MOON",
        "--targ2", "SUN", "--shape2", "sphere", "--frame2", "IAU_SUN", "--abcorr", "CN+S", "--observer", "EARTH",
        "--relate", "<", "--refval", "0", "--start", "2024-04-07", "--stop", "2024-04-10", "--step", "10m",
        "--format", "csv", "--progress");
    assertEquals(0, r.code(), r::toString);
    assertGolden(golden("gfsep.moon-sun-disks-overlap-apr2024"), etPairs(csvRows(r), 2));
    // The bar is drawn on stderr only, with carriage returns, and ends complete.
    assertTrue(r.err().startsWith("\r["), r::toString);
    assertTrue(r.err().contains("] 100.0%"), r::toString);
    assertTrue(r.err().endsWith(" \r"), "the bar erases its line when done: " + r);
  }

  @Test
  void absoluteMaximumWithAdjustment() throws Exception {
    Cli r = Cli.run("events", "distance", "--target", "MOON", "--observer", "EARTH", "--relate", "ABSMAX",
        "--adjust", "1000", "--start", "2024-06-01", "--stop", "2024-09-01", "--step", "2d", "--format", "csv",
        "--progress");
    assertEquals(0, r.code(), r::toString);
    assertGolden(golden("gfdist.moon-absmax-adjust-1000km"), etPairs(csvRows(r), 2));
  }

  @Test
  void nothingFoundPrintsAnEmptyWindow() throws Exception {
    String[] args = {"events", "distance", "--target", "MOON", "--observer", "EARTH", "--relate", "<",
        "--refval", "100000", "--start", "2024-01-01", "--stop", "2024-04-01", "--step", "1d"};
    Cli text = Cli.run(args);
    assertEquals(0, text.code(), text::toString);
    assertTrue(text.out().contains("found     0"), text::toString);
    assertTrue(text.out().contains("refval    100000 km"), text::toString);
    Cli json = Cli.run(concat(args, "--format", "json"));
    assertEquals(0, json.code(), json::toString);
    assertEquals(List.of(), MiniJson.object(json.out()).get("intervals"));
  }

  @Test
  void errorsHaveExitCodes() {
    String[] base = {"events", "distance", "--target", "MOON", "--observer", "EARTH", "--start", "2024-01-01",
        "--stop", "2024-04-01", "--step", "5d"};
    Cli badRelate = Cli.run(concat(base, "--relate", "FOO"));
    assertEquals(ExitCodes.USAGE, badRelate.code(), badRelate::toString);
    assertTrue(badRelate.err().contains("unknown relation 'FOO'"), badRelate::toString);

    Cli adjust = Cli.run(concat(base, "--relate", "LOCMIN", "--adjust", "5"));
    assertEquals(ExitCodes.USAGE, adjust.code(), adjust::toString);

    Cli tooMany = Cli.run(concat(base, "--relate", "LOCMIN", "--max-intervals", "1"));
    assertEquals(ExitCodes.FAILURE, tooMany.code(), tooMany::toString);
    assertTrue(tooMany.err().startsWith("error: SPICE(WINDOWEXCESS)"), tooMany::toString);

    Cli unknown = Cli.run("events", "distance", "--target", "NOSUCHBODY", "--observer", "EARTH", "--relate", "LOCMIN",
        "--start", "2024-01-01", "--stop", "2024-04-01", "--step", "5d");
    assertEquals(ExitCodes.FAILURE, unknown.code(), unknown::toString);
    assertTrue(unknown.err().startsWith("error: SPICE(IDCODENOTFOUND)"), unknown::toString);

    Cli backwards = Cli.run("events", "distance", "--target", "MOON", "--observer", "EARTH", "--relate", "LOCMIN",
        "--start", "2024-04-01", "--stop", "2024-01-01", "--step", "5d");
    assertEquals(ExitCodes.USAGE, backwards.code(), backwards::toString);
    assertTrue(backwards.err().contains("is before start"), backwards::toString);

    Cli noFrame = Cli.run("events", "separation", "--targ1", "MOON", "--shape1", "SPHERE", "--targ2", "SUN",
        "--observer", "EARTH", "--relate", "LOCMIN", "--start", "2024-01-01", "--stop", "2024-04-01", "--step", "5d");
    assertEquals(ExitCodes.USAGE, noFrame.code(), noFrame::toString);
    assertTrue(noFrame.err().contains("--frame1 is required"), noFrame::toString);

    Cli noSearch = Cli.run("events");
    assertEquals(ExitCodes.USAGE, noSearch.code(), noSearch::toString);
    assertTrue(noSearch.err().contains("distance, separation, occultation"), noSearch::toString);
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
