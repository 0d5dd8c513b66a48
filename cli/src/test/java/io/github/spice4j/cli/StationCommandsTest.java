package io.github.spice4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code spice4j azel} and {@code spice4j lst} in-process on the default kernel set, checked against the
 * CSPICE values of shared/goldens/coords-extra.json (azlcpo and et2lst cases).
 */
class StationCommandsTest {
  private static final String KM = "km";

  private static Map<String, Object> golden(String id) throws IOException {
    return Goldens.byId("coords-extra", id);
  }

  private static String csv(double[] v) {
    StringBuilder b = new StringBuilder();
    for (double x : v) b.append(b.length() == 0 ? "" : ",").append(Numbers.format(x));
    return b.toString();
  }

  /** Asserts one azel JSON row against a golden azlcpo case (angles converted to degrees, elevation sign given). */
  private static void assertRow(Map<String, Object> golden, Map<String, Object> row, double elSign) {
    double[] e = Goldens.doubles(Goldens.map(golden.get("expect")).get("azlsta"));
    Map<String, Object> tol = Goldens.map(Goldens.map(Goldens.map(golden.get("tol")).get("fields")).get("azlsta"));
    double rel = Goldens.d(tol.get("rel"));
    double abs = Goldens.d(tol.get("abs"));
    String[] names = {"range_km", "az_deg", "el_deg", "range_rate_km_s", "az_rate_deg_s", "el_rate_deg_s"};
    for (int k = 0; k < 6; k++) {
      double expected = k == 0 || k == 3 ? e[k] : Math.toDegrees(e[k]);
      if (k == 2 || k == 5) expected *= elSign;
      double actual = Goldens.d(row.get(names[k]));
      double allowed = abs * (k == 0 || k == 3 ? 1 : Math.toDegrees(1)) + rel * Math.abs(expected);
      assertTrue(Math.abs(actual - expected) <= allowed, golden.get("id") + " " + names[k] + ": expected " + expected
          + " got " + actual);
    }
    double lt = Goldens.d(Goldens.map(golden.get("expect")).get("lt"));
    assertEquals(lt, Goldens.d(row.get("lt_s")), 1e-11 * lt, "lt");
  }

  @SuppressWarnings("unchecked")
  private static List<Object> rows(Cli r) {
    assertEquals(0, r.code(), r::toString);
    return (List<Object>) MiniJson.object(r.out()).get("rows");
  }

  @Test
  void azelMatchesAzlcpoForTheMoonFromDss14() throws IOException {
    Map<String, Object> g = golden("azlcpo.moon.dss14.ltps.2015-03-02");
    Map<String, Object> a = Goldens.map(g.get("args"));
    Cli r = Cli.run("azel", "--target", "MOON", "--position", csv(Goldens.doubles(a.get("obspos"))), "--center", "EARTH",
        "--frame", "ITRF93", "--abcorr", "LT+S", "--start-et", Numbers.format(Goldens.d(a.get("et"))), "--format",
        "json");
    List<Object> rows = rows(r);
    assertEquals(1, rows.size(), r::toString);
    assertRow(g, Goldens.map(rows.get(0)), 1.0);
  }

  @Test
  void azelCounterclockwiseMatchesAzlcpoWithoutCorrections() throws IOException {
    Map<String, Object> g = golden("azlcpo.moon.dss14.none.ccw.elneg.2015-03-02");
    Map<String, Object> a = Goldens.map(g.get("args"));
    Cli r = Cli.run("azel", "--target", "MOON", "--position", csv(Goldens.doubles(a.get("obspos"))), "--abcorr", "NONE",
        "--ccw", "--start-et", Numbers.format(Goldens.d(a.get("et"))), "--format", "json");
    // The golden case has elevation positive towards -Z; the CLI reports elevation above the horizon.
    assertRow(g, Goldens.map(rows(r).get(0)), -1.0);
  }

  @Test
  void azelTableFromNamedStationHasLabelledUnitsAndOneRowPerStep() throws IOException {
    Map<String, Object> g = golden("azlcpo.sun.dss14.cnps.2015-03-03");
    Map<String, Object> a = Goldens.map(g.get("args"));
    double et = Goldens.d(a.get("et"));
    Cli text = Cli.run("azel", "--target", "SUN", "--station", "DSS-14", "--abcorr", "CN+S", "--start-et",
        Numbers.format(et), "--stop-et", Numbers.format(et + 6 * 3600), "--step", "1h");
    assertEquals(0, text.code(), text::toString);
    assertTrue(text.out().contains("range (km)") && text.out().contains("az (deg)") && text.out().contains("el (deg)"),
        text.out());
    assertTrue(text.out().contains("DSS-14") && text.out().contains(KM + " in ITRF93"), text.out());
    Cli json = Cli.run("azel", "--target", "SUN", "--station", "DSS-14", "--abcorr", "CN+S", "--start-et",
        Numbers.format(et), "--stop-et", Numbers.format(et + 6 * 3600), "--step", "1h", "--format", "json");
    List<Object> rows = rows(json);
    assertEquals(7, rows.size());
    // DSS-14's SPK position at this epoch is the golden's station vector to well below a millimetre.
    double[] pos = Goldens.doubles(MiniJson.object(json.out()).get("position_km"));
    double[] expectedPos = Goldens.doubles(a.get("obspos"));
    for (int k = 0; k < 3; k++) assertEquals(expectedPos[k], pos[k], 1e-6, "station position");
    double[] e = Goldens.doubles(Goldens.map(g.get("expect")).get("azlsta"));
    // A 1e-6 km station offset tilts the topocentric frame by at most 1e-6/6378 rad (1e-8 deg).
    Map<String, Object> first = Goldens.map(rows.get(0));
    assertEquals(e[0], Goldens.d(first.get("range_km")), 1e-6, "range");
    assertEquals(Math.toDegrees(e[1]), Goldens.d(first.get("az_deg")), 1e-8, "az");
    assertEquals(Math.toDegrees(e[2]), Goldens.d(first.get("el_deg")), 1e-8, "el");
    Cli csv = Cli.run("azel", "--target", "SUN", "--station", "DSS-14", "--start-et", Numbers.format(et),
        "--stop-et", Numbers.format(et + 2 * 3600), "--step", "1h", "--format", "csv");
    assertEquals(0, csv.code(), csv::toString);
    String[] lines = csv.out().strip().split("\n");
    assertEquals(String.join(",", AzElCommand.COLUMNS), lines[0]);
    assertEquals(4, lines.length);
  }

  @Test
  void azelReportsSpiceErrors() {
    Cli r = Cli.run("azel", "--target", "NO_SUCH_BODY", "--position", "-2353.6,-4641.3,3677.0", "--start-et", "478548067");
    assertEquals(ExitCodes.FAILURE, r.code(), r::toString);
    assertTrue(r.err().contains("SPICE(IDCODENOTFOUND)"), r::toString);
  }

  private static void assertLst(String id, String... extra) throws IOException {
    Map<String, Object> g = golden(id);
    Map<String, Object> a = Goldens.map(g.get("args"));
    Map<String, Object> e = Goldens.map(g.get("expect"));
    String[] base = {"lst", "--body", String.valueOf(((Number) a.get("body")).intValue()), "--lon",
        Numbers.format(Math.toDegrees(Goldens.d(a.get("lon")))), "--et", Numbers.format(Goldens.d(a.get("et"))),
        "--format", "json"};
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    Cli r = Cli.run(args);
    assertEquals(0, r.code(), r::toString);
    Map<String, Object> out = MiniJson.object(r.out());
    for (String k : List.of("hr", "mn", "sc")) assertEquals(((Number) e.get(k)).intValue(), ((Number) out.get(k)).intValue(), id + " " + k);
    assertEquals(e.get("time"), out.get("time"), id);
    assertEquals(e.get("ampm"), out.get("ampm"), id);
  }

  @Test
  void lstMatchesEt2lst() throws IOException {
    assertLst("et2lst.earth.lon0.2025-01-01");
    assertLst("et2lst.moon.lon-90.2024-09-18");
    assertLst("et2lst.earth.lon150e.planetographic.2024-03-20", "--planetographic");
  }

  @Test
  void lstTextNamesTheBodyAndTime() {
    Cli r = Cli.run("lst", "--body", "EARTH", "--lon", "0", "--utc", "2025-01-01T00:00:00");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().contains("lst       23:56:13") && r.out().contains("ampm      11:56:13 P.M."), r.out());
  }
}
