package io.github.spice4j.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The target check on a fixed JMH result fixture (no benchmark runs, no timing). */
class TargetCheckTest {
  @TempDir Path dir;
  private Path result;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void copyFixture() throws IOException {
    result = dir.resolve("jmh-result.json");
    try (InputStream in = getClass().getResourceAsStream("/jmh-result-fixture.json")) {
      Files.copy(in, result);
    }
  }

  private int check(String... targetLines) throws IOException {
    Path targets = dir.resolve("targets.properties");
    Files.write(targets, List.of(targetLines), StandardCharsets.UTF_8);
    return TargetCheck.run(new String[] {result.toString(), targets.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String line(String name) {
    String text = out.toString(StandardCharsets.UTF_8);
    return text.lines().filter(l -> l.substring(6).startsWith(name + " ")).findFirst()
        .orElseThrow(() -> new AssertionError("no line for " + name + " in\n" + text));
  }

  @Test
  void allTargetsMetExitsZero() throws IOException {
    int status = check(
        "# comment",
        "TimeBenchmark.str2et = max 10 us/op   # measured 3 us/op",
        "TimeBenchmark.str2et:gc.alloc.rate.norm = max 2000 B/op",
        "ThroughputBenchmark.sharedEngine = min 20000 ops/s",
        "EngineFootprint.createLoadClose:engineBytes = max 200000000 bytes");
    assertEquals(0, status, out::toString);
    assertTrue(line("TimeBenchmark.str2et").startsWith("PASS"), out::toString);
    assertTrue(line("TimeBenchmark.str2et:gc.alloc.rate.norm").startsWith("PASS"), out::toString);
    assertTrue(line("ThroughputBenchmark.sharedEngine [t=2]").startsWith("PASS"), out::toString);
    // JMH sums the counter over 3 iterations (4.0e8); the check uses one engine's 134217728 bytes.
    assertTrue(line("EngineFootprint.createLoadClose:engineBytes").contains("134217728 bytes"), out::toString);
    assertTrue(line("EngineFootprint.createLoadClose").startsWith("----"), out::toString);
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("bench targets: 4 met, 0 missed"), out::toString);
  }

  @Test
  void missedTargetsFailAndExitOne() throws IOException {
    int status = check(
        "TimeBenchmark.str2et = max 2 us/op",
        "ThroughputBenchmark.sharedEngine = min 100000 ops/s",
        "EngineFootprint.createLoadClose:engineBytes = max 100000000 bytes",
        "EngineFootprint.createLoadClose = max 50 ms/op");
    assertEquals(1, status, out::toString);
    assertTrue(line("TimeBenchmark.str2et").startsWith("FAIL"), out::toString);
    assertTrue(line("ThroughputBenchmark.sharedEngine [t=2]").startsWith("FAIL"), out::toString);
    assertTrue(line("EngineFootprint.createLoadClose:engineBytes").startsWith("FAIL"), out::toString);
    assertTrue(line("EngineFootprint.createLoadClose").startsWith("PASS"), out::toString);
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("bench targets: 1 met, 3 missed"), out::toString);
  }

  @Test
  void convertsBetweenTimeUnits() throws IOException {
    assertEquals(0, check("TimeBenchmark.str2et = max 3500 ns/op", "ThroughputBenchmark.sharedEngine = min 40 ops/ms"),
        out::toString);
    assertTrue(line("TimeBenchmark.str2et").contains("3000 ns/op"), out::toString);
    assertTrue(line("ThroughputBenchmark.sharedEngine [t=2]").contains("50 ops/ms"), out::toString);
    assertEquals(1, check("TimeBenchmark.str2et = max 0.001 ms/op"), out::toString);
  }

  @Test
  void incomparableUnitsAndMissingMetricsFail() throws IOException {
    assertEquals(1, check("TimeBenchmark.str2et = min 10 ops/s"), out::toString);
    assertTrue(line("TimeBenchmark.str2et").contains("cannot compare us/op"), out::toString);
    out.reset();
    assertEquals(1, check("TimeBenchmark.str2et:residentBytes = max 1 bytes"), out::toString);
    assertTrue(line("TimeBenchmark.str2et:residentBytes").contains("no such secondary result"), out::toString);
  }

  @Test
  void targetsOfBenchmarksNotRunAreSkipped() throws IOException {
    assertEquals(0, check("KernelsBenchmark.furnshUnloadLsk = max 100 us/op"), out::toString);
    assertTrue(line("KernelsBenchmark.furnshUnloadLsk").startsWith("SKIP"), out::toString);
  }

  @Test
  void malformedInputExitsTwo() throws IOException {
    assertEquals(2, check("TimeBenchmark.str2et = at most 10 us/op"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("TimeBenchmark.str2et"), err::toString);
    assertEquals(2, check("TimeBenchmark.str2et max 10 us/op"));
    Files.writeString(result, "[{\"benchmark\": ");
    assertEquals(2, check("TimeBenchmark.str2et = max 10 us/op"));
    assertEquals(2, TargetCheck.run(new String[] {result.toString()}, new PrintStream(out), new PrintStream(err)));
  }

  @Test
  void targetParsing() {
    Target t = Target.parse("EngineFootprint.createLoadClose:\u00b7gc.alloc.rate.norm ", " min 5e3 B/op");
    assertEquals(new Target("EngineFootprint.createLoadClose", "gc.alloc.rate.norm", Target.Bound.MIN, 5000, "B/op"), t);
    assertTrue(t.matches("io.github.spice4j.bench.EngineFootprint.createLoadClose"));
    assertTrue(!t.matches("io.github.spice4j.bench.XEngineFootprint.createLoadClose"));
    assertTrue(!t.accepts(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Target.parse("A.b", "max ten us/op"));
  }

  @Test
  void jsonReader() {
    Object v = Json.parse("{\"a\": [1, -2.5e1, \"NaN\", NaN, true, null], \"b\\u00e9\\n\": {}}");
    Map<?, ?> m = (Map<?, ?>) v;
    List<?> a = (List<?>) m.get("a");
    assertEquals(1.0, a.get(0));
    assertEquals(-25.0, a.get(1));
    assertEquals("NaN", a.get(2));
    assertTrue(((Double) a.get(3)).isNaN());
    assertEquals(Boolean.TRUE, a.get(4));
    assertEquals(null, a.get(5));
    assertEquals(Map.of(), m.get("b\u00e9\n"));
    assertThrows(IllegalArgumentException.class, () -> Json.parse("[1, 2"));
    assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\" 1}"));
    assertThrows(IllegalArgumentException.class, () -> Json.parse("[1] x"));
  }
}
