package io.github.spice4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.Spice;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs each example's {@code main} on the shared kernels and checks the windows it prints against
 * shared/goldens/gf-events.json (CSPICE N0067's gfoclt and gfposc results).
 */
class ExamplesTest {
  private static final Pattern ET_PAIR = Pattern.compile("ET (\\S+) \\.\\. (\\S+)$");
  private static final Pattern ET_ONE = Pattern.compile("ET (\\S+)  elevation");

  private static String capture(Consumer<String[]> main, String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream old = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      main.accept(args);
    } finally {
      System.setOut(old);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** [start, stop] of the lines starting with {@code prefix}. */
  private static List<double[]> windows(String out, String prefix) {
    List<double[]> w = new ArrayList<>();
    for (String line : out.lines().filter(l -> l.startsWith(prefix)).toList()) {
      Matcher m = ET_PAIR.matcher(line);
      assertTrue(m.find(), line);
      w.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
    }
    return w;
  }

  private static JsonNode golden(String id) throws IOException {
    Path dir = Path.of(System.getProperty("spice4j.goldens", "../../shared/goldens"));
    for (JsonNode c : new ObjectMapper().readTree(dir.resolve("gf-events.json").toFile()).get("cases")) {
      if (c.get("id").asText().equals(id)) return c;
    }
    throw new AssertionError("no golden " + id);
  }

  private static void assertInterval(JsonNode expected, double[] actual, double tol, String what) {
    for (int k = 0; k < 2; k++) {
      double e = expected.get(k).asDouble();
      assertEquals(e, actual[k], tol, what + " endpoint " + k);
    }
  }

  @Test
  void eclipsesOf2024() throws IOException {
    String out = capture(EclipseSearch::main, "2024");
    List<double[]> solar = windows(out, "solar eclipse");
    assertEquals(2, solar.size(), out);
    assertInterval(golden("gfoclt.solar-eclipse-2024-04-08.earth.ANY").at("/expect/result/0"), solar.get(0), 1e-4,
        "8 April 2024");
    // The golden of 2 October corrects light time by converged Newtonian iteration (CN), the example by one
    // iteration (LT): that moves the contacts by about 1e-4 s, so this one is compared at 1e-3 s.
    assertInterval(golden("gfoclt.solar-eclipse-2024-10-02.earth.ANY").at("/expect/result/0"), solar.get(1), 1e-3,
        "2 October 2024");
    List<double[]> lunar = windows(out, "lunar eclipse");
    JsonNode penumbral = golden("gfoclt.lunar-eclipses-2024.moon.PARTIAL").at("/expect/result");
    assertEquals(penumbral.size(), lunar.size(), out);
    for (int i = 0; i < lunar.size(); i++) assertInterval(penumbral.get(i), lunar.get(i), 1e-4, "lunar " + i);
  }

  @Test
  void moonViewPeriodsAtDss14() throws IOException {
    String out = capture(StationViewPeriods::main, "MOON", "10");
    JsonNode culm = golden("gfposc.moon-culmination.dss14.2015w09").at("/expect/result");
    List<Double> culminations = new ArrayList<>();
    for (String line : out.lines().filter(l -> l.startsWith("culmination")).toList()) {
      Matcher m = ET_ONE.matcher(line);
      assertTrue(m.find(), line);
      culminations.add(Double.parseDouble(m.group(1)));
    }
    assertEquals(culm.size(), culminations.size(), out);
    for (int i = 0; i < culm.size(); i++) assertEquals(culm.get(i).get(0).asDouble(), culminations.get(i), 1e-2, out);

    // Every culmination lies in a pass, and each pass ends (inside the window) where the engine's own spkpos
    // puts the Moon at 10 deg.
    List<double[]> views = windows(out, "view");
    for (double c : culminations) assertTrue(views.stream().anyMatch(v -> v[0] < c && c < v[1]), out);
    JsonNode cnfine = golden("gfposc.moon-culmination.dss14.2015w09").at("/args/cnfine/0");
    try (Spice spice = Spice.create()) {
      Path k = Kernels.dir();
      Kernels.load(spice, k, "lsk/naif0012.tls", "pck/pck00011.tpc", "pck/earth_latest_high_prec.bpc",
          "fk/earth_topo_201023.tf", "spk/de430_2015-03-02_excerpt.bsp", "spk/earthstns_itrf93_201023.bsp");
      for (double[] v : views) {
        for (double t : v) {
          if (t == cnfine.get(0).asDouble() || t == cnfine.get(1).asDouble()) continue;
          var p = spice.position("MOON", "DSS-14", "DSS-14_TOPO", AberrationCorrection.LT_S, t).position();
          assertEquals(Math.toRadians(10), Math.asin(p.z() / p.norm()), 1e-8, "elevation at ET " + t);
        }
      }
    }
  }

  @Test
  void sunAboveMinus6DegreesIsTheComplementOfTheGoldenNights() throws IOException {
    String out = capture(StationViewPeriods::main, "SUN", "-6");
    JsonNode golden = golden("gfposc.sun-elev-lt-minus6deg.dss14.2015w09");
    JsonNode nights = golden.at("/expect/result");
    JsonNode cnfine = golden.at("/args/cnfine/0");
    // Complement of the nights within the confinement window.
    List<double[]> days = new ArrayList<>();
    double from = cnfine.get(0).asDouble();
    for (JsonNode n : nights) {
      if (n.get(0).asDouble() > from) days.add(new double[] {from, n.get(0).asDouble()});
      from = n.get(1).asDouble();
    }
    if (from < cnfine.get(1).asDouble()) days.add(new double[] {from, cnfine.get(1).asDouble()});
    List<double[]> views = windows(out, "view");
    assertEquals(days.size(), views.size(), out);
    // The golden corrects with CN+S, the example with LT+S: the Sun's light time differs by far less than the tolerance.
    for (int i = 0; i < days.size(); i++) {
      assertEquals(days.get(i)[0], views.get(i)[0], 1e-4, out);
      assertEquals(days.get(i)[1], views.get(i)[1], 1e-4, out);
    }
  }
}
