package io.github.spice4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code spice4j geometry} in-process against the default kernel set, checked with the CSPICE values of
 * shared/goldens/geometry.json (subpnt, subslr, ilumin for MOON seen from EARTH on 2024-01-01).
 */
class GeometryCommandTest {
  private static final String UTC_2024 = "2024-01-01T00:00:00";

  private static Map<String, Object> golden(String id) throws IOException {
    return Goldens.byId("geometry", id);
  }

  /** Tolerance of one output of a golden case: abs + rel * scale (elem or vec3 over the 3-vector). */
  private static void assertGolden(Map<String, Object> golden, String field, double[] actual) {
    Map<String, Object> tol = Goldens.map(golden.get("tol"));
    Map<String, Object> ft = Goldens.map(Goldens.map(tol.getOrDefault("fields", Map.of())).getOrDefault(field, tol));
    Object e = Goldens.map(golden.get("expect")).get(field);
    double[] expected = e instanceof List ? Goldens.doubles(e) : new double[] {Goldens.d(e)};
    assertEquals(expected.length, actual.length, field);
    double norm = Math.sqrt(Arrays.stream(expected).map(x -> x * x).sum());
    for (int k = 0; k < expected.length; k++) {
      double scale = "vec3".equals(ft.getOrDefault("scale", "elem")) ? norm : Math.abs(expected[k]);
      double allowed = Goldens.d(ft.get("abs")) + Goldens.d(ft.get("rel")) * scale;
      double diff = Math.abs(actual[k] - expected[k]);
      int i = k;
      assertTrue(diff <= allowed, () -> golden.get("id") + " " + field + "[" + i + "]: expected " + expected[i]
          + " got " + actual[i] + " (|diff| " + diff + " > " + allowed + ")");
    }
  }

  private static void assertPoint(Map<String, Object> golden, Map<String, Object> point) {
    assertGolden(golden, "spoint", Goldens.doubles(point.get("spoint")));
    assertGolden(golden, "trgepc", new double[] {Goldens.d(point.get("trgepc"))});
    assertGolden(golden, "srfvec", Goldens.doubles(point.get("srfvec")));
  }

  @Test
  void jsonMatchesGoldenSubObserverSubSolarAndIllumination() throws Exception {
    Cli r = Cli.run("geometry", "--target", "MOON", "--observer", "EARTH", "--fixref", "IAU_MOON", "--abcorr",
        "LT+S", "--utc", UTC_2024, "--json");
    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.err(), r::toString);
    Map<String, Object> json = MiniJson.object(r.out());
    assertEquals("MOON", json.get("target"));
    assertEquals("IAU_MOON", json.get("fixref"));
    assertEquals("LT+S", json.get("abcorr"));
    assertEquals("NEAR POINT/ELLIPSOID", json.get("method"));
    assertEquals(757339269.1839061, Goldens.d(json.get("et")), 1e-6);

    assertPoint(golden("subpnt.moon-from-earth.nearpoint.iau_moon.ltps.2024-01-01"), Goldens.map(json.get("sub_observer")));
    Map<String, Object> ilumin = golden("ilumin.moon-from-earth.iau_moon.ltps.2024-01-01");
    Map<String, Object> il = Goldens.map(json.get("illumination"));
    for (String f : List.of("phase", "incdnc", "emissn", "trgepc")) {
      assertGolden(ilumin, f, new double[] {Goldens.d(il.get(f))});
    }
    assertGolden(ilumin, "srfvec", Goldens.doubles(il.get("srfvec")));
    assertEquals(Math.toDegrees(Goldens.d(il.get("phase"))), Goldens.d(il.get("phase_deg")), 1e-12);

    // The sub-Earth point stays within the Moon's libration (about 8 degrees) of longitude and latitude 0.
    Map<String, Object> sub = Goldens.map(json.get("sub_observer"));
    double[] p = Goldens.doubles(sub.get("spoint"));
    assertEquals(Math.toDegrees(Math.atan2(p[1], p[0])), Goldens.d(sub.get("lon_deg")), 1e-12);
    assertEquals(Math.toDegrees(Math.asin(p[2] / Math.sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]))),
        Goldens.d(sub.get("lat_deg")), 1e-9);
    assertTrue(Math.abs(Goldens.d(sub.get("lon_deg"))) < 8 && Math.abs(Goldens.d(sub.get("lat_deg"))) < 8, r::toString);
    assertEquals(Math.sqrt(Arrays.stream(Goldens.doubles(sub.get("srfvec"))).map(x -> x * x).sum()),
        Goldens.d(sub.get("range")), 1e-6);

    Cli intercept = Cli.run("geometry", "--target", "MOON", "--observer", "EARTH", "--fixref", "IAU_MOON",
        "--abcorr", "LT+S", "--method", "INTERCEPT/ELLIPSOID", "--utc", UTC_2024, "--json");
    assertEquals(0, intercept.code(), intercept::toString);
    Map<String, Object> ij = MiniJson.object(intercept.out());
    assertPoint(golden("subpnt.moon-from-earth.intercept.iau_moon.ltps.2024-01-01"), Goldens.map(ij.get("sub_observer")));
    assertPoint(golden("subslr.moon-from-earth.intercept.iau_moon.ltps.2024-01-01"), Goldens.map(ij.get("sub_solar")));
  }

  @Test
  void textTableMatchesGoldenWithoutCorrection() throws Exception {
    Cli r = Cli.run("geometry", "--target", "MOON", "--observer", "EARTH", "--fixref", "IAU_MOON", "--utc", UTC_2024);
    assertEquals(0, r.code(), r::toString);
    Map<String, String[]> rows = new HashMap<>();
    for (String line : r.out().split("\\R")) {
      String[] cells = line.trim().split("\\s{2,}");
      if (cells.length == 3) rows.put(cells[0], cells);
    }
    assertTrue(r.out().lines().anyMatch(l -> l.trim().matches("sub-observer\\s+sub-solar")), r::toString);
    double[] sub = new double[3];
    double[] sun = new double[3];
    String[] axes = {"x (km)", "y (km)", "z (km)"};
    for (int k = 0; k < 3; k++) {
      String[] row = rows.get(axes[k]);
      assertTrue(row != null, () -> "no row " + axes[0] + " in\n" + r);
      sub[k] = Double.parseDouble(row[1]);
      sun[k] = Double.parseDouble(row[2]);
    }
    assertGolden(golden("subpnt.moon-from-earth.nearpoint.iau_moon.none.2024-01-01"), "spoint", sub);
    assertGolden(golden("subslr.moon-from-earth.nearpoint.iau_moon.none.2024-01-01"), "spoint", sun);
    // Geometric (NONE): the target epoch is the observation epoch.
    assertEquals(757339269.1839061, Double.parseDouble(rows.get("trgepc (s)")[1]), 1e-6);
    // Emission at the near sub-observer point is zero by definition; phase equals incidence there.
    assertEquals(0.0, Double.parseDouble(rows.get("emission")[2]), 1e-9);
    assertEquals(Double.parseDouble(rows.get("phase")[2]), Double.parseDouble(rows.get("incidence")[2]), 1e-9);
    assertTrue(r.out().contains("fixref    IAU_MOON"), r::toString);
  }

  @Test
  void csvAndDefaultFixref() throws Exception {
    Cli r = Cli.run("geometry", "--target", "MOON", "--observer", "EARTH", "--utc", UTC_2024, "--method",
        "INTERCEPT/ELLIPSOID", "--format", "csv");
    assertEquals(0, r.code(), r::toString);
    String[] lines = r.out().split("\\R");
    assertEquals(2, lines.length, r::toString);
    List<String> head = Arrays.asList(lines[0].split(","));
    String[] v = lines[1].split(",");
    assertEquals("IAU_MOON", v[head.indexOf("fixref")], "cnmfrm(MOON) is IAU_MOON");
    // radians columns are labelled like the degree columns
    assertTrue(head.containsAll(List.of("phase_rad", "incdnc_rad", "emissn_rad", "subpnt_lon_deg")), lines[0]);
    assertFalse(head.contains("phase"), lines[0]);
    double[] sub = {Double.parseDouble(v[head.indexOf("subpnt_x")]), Double.parseDouble(v[head.indexOf("subpnt_y")]),
        Double.parseDouble(v[head.indexOf("subpnt_z")])};
    assertGolden(golden("subpnt.moon-from-earth.intercept.iau_moon.none.2024-01-01"), "spoint", sub);
  }

  @Test
  void errorsAndUsage() {
    Cli bad = Cli.run("geometry", "--target", "MOON", "--observer", "EARTH", "--utc", UTC_2024, "--method", "NEAR POINT");
    assertEquals(ExitCodes.FAILURE, bad.code(), bad::toString);
    assertTrue(bad.err().startsWith("error: SPICE(BADMETHODSYNTAX) "), bad::toString);
    assertEquals("", bad.out());

    Cli frame = Cli.run("geometry", "--target", "MOON", "--observer", "EARTH", "--fixref", "IAU_EARTH", "--utc", UTC_2024);
    assertEquals(ExitCodes.FAILURE, frame.code(), frame::toString);
    assertTrue(frame.err().startsWith("error: SPICE(INVALIDFRAME) "), frame::toString);

    assertEquals(ExitCodes.USAGE, Cli.run("geometry", "--observer", "EARTH", "--utc", UTC_2024).code());
    assertEquals(ExitCodes.USAGE, Cli.run("geometry", "--target", "MOON", "--observer", "EARTH").code());
    Cli abcorr = Cli.run("geometry", "--target", "MOON", "--observer", "EARTH", "--utc", UTC_2024, "--abcorr", "S");
    assertEquals(ExitCodes.USAGE, abcorr.code(), abcorr::toString);
    Cli both = Cli.run("geometry", "--target", "MOON", "--observer", "EARTH", "--utc", UTC_2024, "--json",
        "--format", "csv");
    assertEquals(ExitCodes.USAGE, both.code(), both::toString);
    assertTrue(both.err().contains("--json"), both::toString);
  }
}
