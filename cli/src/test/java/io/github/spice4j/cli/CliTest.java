package io.github.spice4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs the picocli commands in-process against the shared kernels (default set via -Dspice4j.kernels). */
class CliTest {
  private static final String UTC_2024 = "2024-01-01T00:00:00";

  private static double[] stateOf(Map<String, Object> json) {
    double[] s = new double[6];
    String[] names = {"x", "y", "z", "vx", "vy", "vz"};
    for (int i = 0; i < 6; i++) s[i] = Goldens.d(json.get(names[i]));
    return s;
  }

  private static String utcOf(Map<String, Object> golden) {
    return ((String) golden.get("note")).replace(" UTC", "");
  }

  @Test
  void stateJsonMatchesGoldenMoonWrtEarthLtS() throws Exception {
    Map<String, Object> golden = Goldens.spkezr("MOON", "EARTH", "J2000", "LT+S", "2024-01-01T00:00:00 UTC");
    Cli r = Cli.run("state", "--target", "MOON", "--observer", "EARTH", "--frame", "J2000", "--abcorr", "LT+S",
        "--utc", UTC_2024, "--format", "json");
    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.err(), r::toString);
    Map<String, Object> json = MiniJson.object(r.out());
    assertEquals("MOON", json.get("target"));
    assertEquals("LT+S", json.get("abcorr"));
    assertEquals(Goldens.d(((Map<?, ?>) golden.get("args")).get("et")), Goldens.d(json.get("et")), 1e-6);
    Goldens.assertState(golden, stateOf(json), Goldens.d(json.get("lt")));
  }

  @ParameterizedTest(name = "{0} wrt {1} in {2} with {3} at {4}")
  @CsvSource({
    "SUN, EARTH, ECLIPJ2000, LT+S, 2025-06-21T12:00:00 UTC",
    "MOON, EARTH, IAU_EARTH, NONE, 2024-01-01T00:00:00 UTC",
    "MOON, EARTH, J2000, NONE, 1969-07-27T00:00:00 UTC",
    "MERCURY, VENUS, J2000, CN, 2024-09-30T00:00:00 UTC",
  })
  void stateMatchesMoreGoldenCases(String targ, String obs, String ref, String abcorr, String note) throws Exception {
    Map<String, Object> golden = Goldens.spkezr(targ, obs, ref, abcorr, note);
    Cli r = Cli.run("state", "--target", targ, "--observer", obs, "--frame", ref, "--abcorr", abcorr,
        "--utc", utcOf(golden), "--format", "json");
    assertEquals(0, r.code(), r::toString);
    Map<String, Object> json = MiniJson.object(r.out());
    Goldens.assertState(golden, stateOf(json), Goldens.d(json.get("lt")));
  }

  @Test
  void stateByEtInCsvAndTextRoundTrips() throws Exception {
    Map<String, Object> golden = Goldens.spkezr("MOON", "EARTH", "J2000", "NONE", "ET -960120000");
    Cli csv = Cli.run("state", "--target", "MOON", "--observer", "EARTH", "--et", "-960120000", "--format", "csv");
    assertEquals(0, csv.code(), csv::toString);
    String[] lines = csv.out().split("\\R");
    assertEquals("et,x,y,z,vx,vy,vz,lt", lines[0]);
    double[] v = Arrays.stream(lines[1].split(",")).mapToDouble(Double::parseDouble).toArray();
    assertEquals(-960120000.0, v[0]);
    Goldens.assertState(golden, Arrays.copyOfRange(v, 1, 7), v[7]);

    Cli text = Cli.run("state", "--target", "MOON", "--observer", "EARTH", "--et", "-960120000");
    assertEquals(0, text.code(), text::toString);
    for (String line : text.out().split("\\R")) {
      String[] f = line.trim().split("\\s+");
      int col = Arrays.asList(StateColumns.NAMES).indexOf(f[0]);
      if (col >= 0) assertEquals(Double.doubleToLongBits(v[col]), Double.doubleToLongBits(Double.parseDouble(f[1])), line);
    }
    assertTrue(text.out().contains("lt "), text::toString);
  }

  @Test
  void ephemerisStreamsExpectedRowsStartingAtGoldenState() throws Exception {
    Map<String, Object> golden = Goldens.spkezr("MOON", "EARTH", "J2000", "NONE", "2024-01-01T00:00:00 UTC");
    Cli r = Cli.run("ephemeris", "--target", "MOON", "--observer", "EARTH", "--start", UTC_2024,
        "--stop", "2024-01-01T05:00:00", "--step", "1h");
    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.err(), "no progress bar for short runs / non-console stderr");
    List<String> lines = r.out().lines().toList();
    assertEquals("utc,et,x,y,z,vx,vy,vz,lt", lines.get(0));
    assertEquals(1 + 6, lines.size(), r::toString);
    String[] first = lines.get(1).split(",");
    assertEquals("2024-01-01T00:00:00.000", first[0]);
    double[] v = Arrays.stream(first).skip(1).mapToDouble(Double::parseDouble).toArray();
    Goldens.assertState(golden, Arrays.copyOfRange(v, 1, 7), v[7]);
    assertEquals("2024-01-01T05:00:00.000", lines.get(6).split(",")[0]);
  }

  @Test
  void ephemerisJsonToFileByEtWithProgress(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("eph.json");
    double et0 = 757339269.1839061;
    Cli r = Cli.run("ephemeris", "--target", "MOON", "--observer", "EARTH", "--abcorr", "lt+s",
        "--start-et", Numbers.format(et0), "--stop-et", Numbers.format(et0 + 3600), "--step", "10m",
        "--format", "json", "--output", file.toString(), "--progress");
    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.out());
    assertTrue(r.err().contains("100.0% 7/7"), r::toString);
    Map<String, Object> json = MiniJson.object(Files.readString(file));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) json.get("rows");
    assertEquals(7, rows.size());
    assertEquals("2024-01-01T00:00:00.000", rows.get(0).get("utc"));
    Goldens.assertState(Goldens.spkezr("MOON", "EARTH", "J2000", "LT+S", "2024-01-01T00:00:00 UTC"),
        stateOf(rows.get(0)), Goldens.d(rows.get(0).get("lt")));
  }

  @Test
  void timeUtcPrintsExactEtAndUtcBack() {
    Cli r = Cli.run("time", "--utc", UTC_2024);
    assertEquals(0, r.code(), r::toString);
    String et = field(r.out(), "et");
    assertEquals("757339269.1839061", et);
    assertEquals(Double.doubleToLongBits(757339269.1839061), Double.doubleToLongBits(Double.parseDouble(et)));
    assertEquals("2024-01-01T00:00:00.000", field(r.out(), "utc"));
  }

  @Test
  void timeEtWithPrecisionPictureAndScales() {
    Cli r = Cli.run("time", "--et", "757339269.1839061", "--precision", "6",
        "--picture", "YYYY-MM-DD HR:MN:SC.### ::UTC", "--to", "TAI,JDTDB", "--format", "json");
    assertEquals(0, r.code(), r::toString);
    Map<String, Object> json = MiniJson.object(r.out());
    assertEquals("2024-01-01T00:00:00.000000", json.get("utc"));
    assertEquals("2024-01-01 00:00:00.000", json.get("picture"));
    assertEquals(2451545.0 + 757339269.1839061 / 86400.0, Goldens.d(json.get("jdtdb")), 1e-8);
    assertEquals(757339269.1839061 - 32.184, Goldens.d(json.get("tai")), 0.002);
  }

  @Test
  void kernelsListsSpkBodiesWithCoverage() throws Exception {
    Path spk = Path.of(System.getProperty("spice4j.kernels"), "spk", "de440s_2023_2026_excerpt.bsp");
    Cli r = Cli.run("kernels", spk.toString(), "--format", "json");
    assertEquals(0, r.code(), r::toString);
    Map<String, Object> json = MiniJson.object(r.out());
    @SuppressWarnings("unchecked")
    Map<String, Object> k = ((List<Map<String, Object>>) json.get("kernels")).get(0);
    assertEquals("SPK", k.get("type"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> bodies = (List<Map<String, Object>>) k.get("bodies");
    List<Integer> ids = new ArrayList<>();
    for (Map<String, Object> b : bodies) ids.add((int) Goldens.d(b.get("id")));
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 199, 299, 301, 399), ids);
    Map<String, Object> earth = bodies.get(13);
    assertEquals("EARTH", earth.get("name"));
    assertEquals(725716800.0, Goldens.d(earth.get("start_et")));
    assertEquals(820756800.0, Goldens.d(earth.get("stop_et")));
    assertEquals("2022-12-30T23:58:50.816", earth.get("start_utc"));
    assertEquals("2026-01-03T23:58:50.816", earth.get("stop_utc"));

    Cli text = Cli.run("kernels", spk.toString());
    assertEquals(0, text.code(), text::toString);
    assertTrue(text.out().contains("type: SPK"), text::toString);
    assertTrue(text.out().matches("(?s).*399\\s+EARTH\\s+2022-12-30T23:58:50.816 \\.\\. 2026-01-03T23:58:50.816\\s+\\(ET 725716800 \\.\\. 820756800\\).*"),
        text::toString);
  }

  @Test
  void unknownBodyIsASpiceErrorWithExitCode2() {
    Cli r = Cli.run("state", "--target", "NOT_A_BODY", "--observer", "EARTH", "--utc", UTC_2024);
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().startsWith("error: SPICE(IDCODENOTFOUND) "), r::toString);
    assertFalse(r.err().contains("trace:"), r::toString);
    assertEquals("", r.out());

    Cli verbose = Cli.run("state", "--target", "NOT_A_BODY", "--observer", "EARTH", "--utc", UTC_2024, "--verbose");
    assertEquals(2, verbose.code(), verbose::toString);
    assertTrue(verbose.err().contains("trace: "), verbose::toString);
  }

  @Test
  void emptyKernelsDirectoryGivesHelpfulMessage(@TempDir Path empty) {
    Cli r = Cli.run("state", "--target", "MOON", "--observer", "EARTH", "--utc", UTC_2024, "--kernels-dir", empty.toString());
    assertEquals(1, r.code(), r::toString);
    assertTrue(r.err().contains(empty.toAbsolutePath().normalize().toString()), r::toString);
    assertTrue(r.err().contains("--kernel") && r.err().contains("--meta") && r.err().contains("SPICE4J_KERNELS"), r::toString);
    assertTrue(r.err().contains("naif0012.tls") && r.err().contains("de440s.bsp"), r::toString);

    Cli missing = Cli.run("time", "--utc", UTC_2024, "--kernels-dir", empty.resolve("nope").toString());
    assertEquals(1, missing.code(), missing::toString);
    assertTrue(missing.err().contains("no kernels directory found"), missing::toString);
  }

  @Test
  void explicitKernelsReplaceTheDefaultSet() {
    Path lsk = Path.of(System.getProperty("spice4j.kernels"), "lsk", "naif0012.tls");
    Cli r = Cli.run("time", "--utc", UTC_2024, "--kernel", lsk.toString(), "--kernels-dir", "/nonexistent");
    assertEquals(0, r.code(), r::toString);
    assertEquals("757339269.1839061", field(r.out(), "et"));
  }

  @Test
  void usageErrorsExitWith1() {
    assertEquals(1, Cli.run("state", "--observer", "EARTH", "--utc", UTC_2024).code());
    assertEquals(1, Cli.run("state", "--target", "MOON", "--observer", "EARTH", "--utc", UTC_2024, "--et", "0").code());
    Cli bad = Cli.run("state", "--target", "MOON", "--observer", "EARTH", "--utc", UTC_2024, "--abcorr", "LT+X");
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains("unknown aberration correction"), bad::toString);
    assertEquals(1, Cli.run("ephemeris", "--target", "MOON", "--observer", "EARTH", "--start", UTC_2024,
        "--stop", UTC_2024, "--step", "1y").code());
    assertEquals(1, Cli.run("nonsense").code());
    assertEquals(1, Cli.run().code());
  }

  @Test
  void versionPrintsSpice4jAndToolkit() {
    Cli r = Cli.run("--version");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().contains("spice4j 0.1.0-SNAPSHOT"), r::toString);
    assertTrue(r.out().contains("CSPICE_N0067"), r::toString);
  }

  private static String field(String text, String name) {
    for (String line : text.split("\\R")) {
      String[] f = line.trim().split("\\s+", 2);
      if (f[0].equals(name)) return f[1];
    }
    throw new AssertionError("no " + name + " in\n" + text);
  }
}
