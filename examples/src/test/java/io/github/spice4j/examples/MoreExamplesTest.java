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
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Runs the ephemeris-table, parallel-pool and byte-kernel examples on the shared kernels and checks what
 * they print against shared/goldens/ephemeris.json (CSPICE N0067's spkezr) and, for bodies the goldens do
 * not hold at that epoch, against the engine's own single spkezr call.
 */
class MoreExamplesTest {
  private static String run(Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    example.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static JsonNode spkezrGolden(String id) throws IOException {
    Path dir = Path.of(System.getProperty("spice4j.goldens", "../../shared/goldens"));
    for (JsonNode c : new ObjectMapper().readTree(dir.resolve("ephemeris.json").toFile()).get("cases")) {
      if (c.get("id").asText().equals(id)) return c;
    }
    throw new AssertionError("no golden " + id);
  }

  /** Compares a printed state with a golden spkezr state at the golden's relative tolerance (vec3 scale). */
  private static void assertGoldenState(JsonNode golden, double[] state) {
    JsonNode expected = golden.at("/expect/starg");
    double rel = golden.at("/tol/rel").asDouble(1e-11);
    for (int half = 0; half < 2; half++) {
      double norm = 0;
      for (int k = 0; k < 3; k++) norm += Math.pow(expected.get(3 * half + k).asDouble(), 2);
      for (int k = 0; k < 3; k++) {
        int i = 3 * half + k;
        assertEquals(expected.get(i).asDouble(), state[i], rel * Math.sqrt(norm), "component " + i);
      }
    }
  }

  private static double[] numbers(String[] fields, int from, int count) {
    return Arrays.stream(fields, from, from + count).mapToDouble(Double::parseDouble).toArray();
  }

  @Test
  void ephemerisCsvStartsAtTheGoldenStateAndStepsHourly() throws IOException {
    String out = run(o -> EphemerisCsv.run("2024-01-01T00:00:00", "2024-01-02T00:00:00", 3600, Kernels.dir(), o));
    List<String> lines = out.lines().toList();
    assertEquals("utc,et,x,y,z,vx,vy,vz,lt", lines.get(0));
    assertEquals(26, lines.size(), out); // header + 25 hourly rows, both ends included
    String[] first = lines.get(1).split(",");
    assertEquals("2024-01-01T00:00:00.000", first[0]);
    JsonNode golden = spkezrGolden("spkezr.moon-wrt-earth.j2000.ltps.2024-01-01");
    assertEquals(golden.at("/args/et").asDouble(), Double.parseDouble(first[1]), 1e-6);
    assertGoldenState(golden, numbers(first, 2, 6));
    assertEquals(golden.at("/expect/lt").asDouble(), Double.parseDouble(first[8]), 1e-11);
    assertEquals("2024-01-02T00:00:00.000", lines.get(25).split(",")[0]);
  }

  @Test
  void parallelStatesEqualSingleCallsAndTheGolden() throws IOException {
    String out = run(o -> ParallelStates.run("2024-01-01T00:00:00", Kernels.dir(), o));
    List<String> lines = out.lines().toList();
    assertEquals(ParallelStates.BODIES.size(), lines.size(), out);
    try (Spice spice = Spice.create()) {
      Kernels.load(spice, Kernels.dir(), "lsk/naif0012.tls", "spk/de440s_2023_2026_excerpt.bsp");
      double et = spice.utcToEt("2024-01-01T00:00:00");
      for (int i = 0; i < lines.size(); i++) {
        String body = ParallelStates.BODIES.get(i);
        assertTrue(lines.get(i).startsWith(body + " "), lines.get(i));
        String[] f = lines.get(i).substring(body.length() + 1).split(" ");
        double[] single = spice.state(body, "EARTH", "J2000", AberrationCorrection.NONE, et).toArray();
        for (int k = 0; k < 6; k++) assertEquals(single[k], Double.parseDouble(f[k]), 0.0, body + " component " + k);
      }
    }
    String[] moon = lines.get(0).substring("MOON ".length()).split(" ");
    assertGoldenState(spkezrGolden("spkezr.moon-wrt-earth.j2000.none.2024-01-01"), numbers(moon, 0, 6));
  }

  @Test
  void byteLoadedKernelsGiveTheGoldenState() throws IOException {
    String out = run(o -> KernelsFromBytes.run("2024-01-01T00:00:00", Kernels.dir(), o));
    List<String> lines = out.lines().toList();
    assertEquals(List.of("loaded memory/naif0012.tls", "loaded memory/de440s.bsp"), lines.subList(0, 2));
    String[] f = lines.get(2).split(" ");
    assertEquals("MOON", f[0]);
    JsonNode golden = spkezrGolden("spkezr.moon-wrt-earth.j2000.ltps.2024-01-01");
    assertGoldenState(golden, numbers(f, 1, 6));
    assertEquals("lt", f[7]);
    assertEquals(golden.at("/expect/lt").asDouble(), Double.parseDouble(f[8]), 1e-11);
  }
}
