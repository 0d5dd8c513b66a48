package io.github.spice4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@code spice4j events} searches of the project's own geometry finder, in-process, checked against
 * shared/goldens/gf-events.json (CSPICE N0067), and the {@code --relate}/{@code --refval} rules.
 */
class EventSearchesTest {
  @SuppressWarnings("unchecked")
  private static Map<String, Object> golden(String id) throws Exception {
    for (Map<String, Object> c : Goldens.cases("gf-events")) {
      if (id.equals(c.get("id"))) return c;
    }
    throw new AssertionError("no gf-events.json case " + id);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> args(Map<String, Object> golden) {
    return (Map<String, Object>) golden.get("args");
  }

  /** The golden's confinement window as --start-et/--stop-et. */
  @SuppressWarnings("unchecked")
  private static List<String> window(Map<String, Object> golden) {
    List<Object> iv = ((List<List<Object>>) args(golden).get("cnfine")).get(0);
    return List.of("--start-et", String.valueOf(Goldens.d(iv.get(0))), "--stop-et", String.valueOf(Goldens.d(iv.get(1))));
  }

  /** Runs the command as csv with the golden's window and checks the ET columns against its result. */
  @SuppressWarnings("unchecked")
  private static void assertMatches(String id, String... command) throws Exception {
    Map<String, Object> g = golden(id);
    List<String> argv = new ArrayList<>(List.of(command));
    argv.addAll(window(g));
    argv.addAll(List.of("--format", "csv"));
    Cli r = Cli.run(argv.toArray(String[]::new));
    assertEquals(0, r.code(), r::toString);
    List<String> lines = r.out().lines().toList();
    List<List<Object>> expected = (List<List<Object>>) ((Map<String, Object>) g.get("expect")).get("result");
    double tol = Goldens.d(((Map<String, Object>) g.get("tol")).get("abs"));
    assertEquals(expected.size(), lines.size() - 1, () -> id + ": interval count\n" + r);
    for (int i = 0; i < expected.size(); i++) {
      String[] f = lines.get(i + 1).split(",");
      for (int k = 0; k < 2; k++) {
        double e = Goldens.d(expected.get(i).get(k));
        double a = Double.parseDouble(f[2 + k]);
        assertTrue(Math.abs(a - e) <= tol, id + " [" + i + "][" + k + "]: expected " + e + " got " + a);
      }
    }
  }

  @Test
  void solarEclipseOfApril2024() throws Exception {
    assertMatches("gfoclt.solar-eclipse-2024-04-08.earth.ANY", "events", "occultation", "--front", "MOON",
        "--back", "SUN", "--observer", "EARTH", "--abcorr", "LT", "--step", "3m");
  }

  @Test
  void lunarEclipsesOf2025() throws Exception {
    assertMatches("gfoclt.lunar-eclipses-2025.moon.FULL", "events", "occultation", "--type", "full", "--front",
        "EARTH", "--back", "SUN", "--back-frame", "IAU_SUN", "--observer", "MOON", "--abcorr", "LT", "--step", "180");
  }

  @Test
  void sunBelowMinus6DegreesAtDss14WithUnits() throws Exception {
    assertMatches("gfposc.sun-elev-lt-minus6deg.dss14.2015w09", "events", "position", "--target", "SUN",
        "--observer", "DSS-14", "--frame", "DSS-14_TOPO", "--abcorr", "CN+S", "--crdsys", "LATITUDINAL", "--coord",
        "LATITUDE", "--relate", "<", "--refval", "-6deg", "--step", "5m");
  }

  @Test
  void phaseAboveAngleInRadians() throws Exception {
    assertMatches("gfpa.moon-phase-gt-150deg.2024q1", "events", "phase", "--target", "MOON", "--observer", "EARTH",
        "--relate", ">", "--refval", "2.6179938779914944", "--step", "1d");
  }

  @Test
  void rangeRateZeroInKmPerSecond() throws Exception {
    assertMatches("gfrr.moon-rr-eq-0.2024q1", "events", "rangerate", "--target", "MOON", "--observer", "EARTH",
        "--relate", "=", "--refval", "0km/s", "--step", "1d");
  }

  @Test
  void subObserverLatitudeAbove20Degrees() throws Exception {
    assertMatches("gfsubc.sub-moon-lat-gt-20deg.earth.2024q1", "events", "subpoint", "--target", "EARTH",
        "--fixref", "IAU_EARTH", "--observer", "MOON", "--abcorr", "LT+S", "--crdsys", "GEODETIC", "--coord",
        "LATITUDE", "--relate", ">", "--refval", "20deg", "--step", "1h");
  }

  @Test
  void incidenceBelow60DegreesAtDss14() throws Exception {
    assertMatches("gfilum.dss14-site-incidence-lt-60deg.moon-obs.2024-03w1", "events", "illumination", "--target",
        "EARTH", "--fixref", "IAU_EARTH", "--observer", "MOON", "--abcorr", "CN+S", "--angle", "INCIDENCE",
        "--point", "-2353.252437541618,-4640.613327787667,3676.47158333717", "--relate", "<", "--refval", "60deg",
        "--step", "10m");
  }

  @Test
  void refvalIsRequiredWhereTheRelationComparesAndTakesUnits() {
    String[] base = {"events", "distance", "--target", "MOON", "--observer", "EARTH", "--start", "2024-01-01",
        "--stop", "2024-02-01", "--step", "1d"};
    Cli missing = Cli.run(concat(base, "--relate", "<"));
    assertEquals(ExitCodes.USAGE, missing.code(), missing::toString);
    assertTrue(missing.err().contains("--relate < needs --refval"), missing::toString);

    Cli extremum = Cli.run(concat(base, "--relate", "LOCMIN"));
    assertEquals(0, extremum.code(), extremum::toString);

    Cli km = Cli.run(concat(base, "--relate", "<", "--refval", "370000km"));
    Cli meters = Cli.run(concat(base, "--relate", "<", "--refval", "370000000m"));
    assertEquals(0, km.code(), km::toString);
    assertTrue(km.out().contains("refval    370000 km"), km::toString);
    assertEquals(km.out(), meters.out());

    Cli wrongKind = Cli.run(concat(base, "--relate", "<", "--refval", "10deg"));
    assertEquals(ExitCodes.USAGE, wrongKind.code(), wrongKind::toString);
    assertTrue(wrongKind.err().contains("unit 'deg' does not fit"), wrongKind::toString);

    Cli sep = Cli.run("events", "separation", "--targ1", "MOON", "--targ2", "SUN", "--observer", "EARTH", "--relate",
        "<", "--refval", "90deg", "--start", "2024-01-01", "--stop", "2024-01-02", "--step", "1h");
    assertEquals(0, sep.code(), sep::toString);
    assertTrue(sep.out().contains("refval    " + Numbers.format(Math.PI / 2) + " rad"), sep::toString);

    Cli occRelate = Cli.run("events", "occultation", "--front", "MOON", "--back", "SUN", "--observer", "EARTH",
        "--relate", "<", "--start", "2024-01-01", "--stop", "2024-01-02", "--step", "1h");
    assertEquals(ExitCodes.USAGE, occRelate.code(), occRelate::toString);

    Cli noRelate = Cli.run("events", "phase", "--target", "MOON", "--observer", "EARTH", "--start", "2024-01-01",
        "--stop", "2024-01-02", "--step", "1h");
    assertEquals(ExitCodes.USAGE, noRelate.code(), noRelate::toString);
    assertTrue(noRelate.err().contains("missing --relate"), noRelate::toString);
  }

  @Test
  void cspiceErrorsKeepTheirShortCodes() {
    Cli azel = Cli.run("events", "position", "--target", "MOON", "--observer", "DSS-14", "--frame", "DSS-14_TOPO",
        "--crdsys", "AZ/EL", "--coord", "ELEVATION", "--relate", ">", "--refval", "10deg", "--start", "2015-02-27",
        "--stop", "2015-03-05", "--step", "5m");
    assertEquals(ExitCodes.FAILURE, azel.code(), azel::toString);
    assertTrue(azel.err().startsWith("error: SPICE(NOTSUPPORTED)"), azel::toString);

    Cli type = Cli.run("events", "occultation", "--type", "SOMETIMES", "--front", "MOON", "--back", "SUN",
        "--observer", "EARTH", "--start", "2024-04-01", "--stop", "2024-04-02", "--step", "3m");
    assertEquals(ExitCodes.FAILURE, type.code(), type::toString);
    assertTrue(type.err().startsWith("error: SPICE(INVALIDOCCTYPE)"), type::toString);
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
