package io.github.spice4j.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.spice4j.SpiceException;
import io.github.spice4j.TestData;
import io.github.spice4j.backend.SpiceBackend;
import io.github.spice4j.jni.JniBackend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One dynamic test per golden case (shared/goldens), run on a {@link JniBackend} per golden file. Each
 * domain's {@link GoldenCases} dispatcher maps CSPICE call names to the Java API; a case whose call or
 * setup step no dispatcher handles fails (and is listed in the summary as out of scope).
 */
class GoldenParityTest {
  /** Per file: in scope (ran), passed, out of scope. */
  private static final Map<String, int[]> COUNTS = new ConcurrentHashMap<>();
  private static final Map<String, List<String>> OUT_OF_SCOPE_CALLS = new ConcurrentHashMap<>();

  @TestFactory
  Stream<DynamicNode> goldenCases() {
    Path kernels = TestData.kernelsDir();
    TestData.goldensDir();
    // -Dspice4j.goldens.only=gf-events.json runs one file while working on its domain.
    String only = System.getProperty("spice4j.goldens.only", "");
    return GoldenRunner.FILES.stream().filter(f -> only.isEmpty() || f.equals(only)).map(file ->
        DynamicContainer.dynamicContainer(file,
            // flatMap keeps this lazy: the file's backend is created only when its container runs.
            Stream.of(file).flatMap(f -> casesOf(f, kernels))));
  }

  private Stream<DynamicNode> casesOf(String file, Path kernelsDir) {
    JsonNode doc = TestData.golden(file);
    List<String> fileKernels = TestData.kernelList(doc);
    int[] counts = COUNTS.computeIfAbsent(file, k -> new int[3]);
    List<JsonNode> cases = new ArrayList<>();
    List<String> oos = new ArrayList<>();
    for (JsonNode c : doc.get("cases")) {
      if (GoldenRunner.inScope(c)) {
        cases.add(c);
      } else {
        counts[2]++;
        oos.add(c.path("call").asText() + (c.has("setup") ? "(setup)" : ""));
      }
    }
    OUT_OF_SCOPE_CALLS.put(file, oos);

    JniBackend backend = JniBackend.create();
    TestData.loadKernels(backend, fileKernels);
    AtomicInteger remaining = new AtomicInteger(cases.size());

    List<DynamicNode> tests = new ArrayList<>();
    // A case no dispatcher handles is a routine the library lacks: it fails rather than being skipped.
    for (String call : oos) {
      tests.add(DynamicTest.dynamicTest("out of scope: " + call,
          () -> fail(file + ": no dispatcher handles " + call + "; every golden case must run")));
    }
    for (JsonNode c : cases) {
      String id = c.path("id").asText();
      tests.add(DynamicTest.dynamicTest(id, () -> {
        counts[0]++;
        try {
          runCase(backend, c, fileKernels, kernelsDir);
          counts[1]++;
        } finally {
          if (remaining.decrementAndGet() == 0) backend.close();
        }
      }));
    }
    if (cases.isEmpty()) backend.close();
    return tests.stream();
  }

  private static void runCase(SpiceBackend backend, JsonNode c, List<String> fileKernels, Path kernelsDir) {
    if (c.has("expectError")) {
      String expectedShort = c.get("expectError").path("short").asText();
      Map<String, JsonNode> result;
      try {
        result = GoldenRunner.run(backend, c, fileKernels, kernelsDir);
      } catch (SpiceException e) {
        assertEquals(expectedShort, e.shortMessage(),
            () -> c.path("id").asText() + ": wrong short message; exception: " + e.getMessage());
        return;
      }
      fail(c.path("id").asText() + ": expected " + expectedShort + " but the call succeeded with " + result);
    } else {
      Map<String, JsonNode> actual = GoldenRunner.run(backend, c, fileKernels, kernelsDir);
      List<String> problems = GoldenCompare.compare(c.get("expect"), c.get("tol"), actual);
      if (!problems.isEmpty()) {
        fail(c.path("id").asText() + " (" + c.path("call").asText() + " " + c.get("args") + "):\n  "
            + String.join("\n  ", problems) + "\n  actual: " + actual);
      }
    }
  }

  /**
   * Every golden file in the directory is listed in {@link GoldenRunner#FILES}, so a new domain cannot go
   * unnoticed.
   */
  @Test
  void everyGoldenFileIsRun() throws java.io.IOException {
    try (Stream<Path> files = java.nio.file.Files.list(TestData.goldensDir())) {
      List<String> present = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
          .toList();
      assertEquals(present, GoldenRunner.FILES.stream().sorted().toList());
    }
  }

  @AfterAll
  static void summary() {
    StringBuilder sb = new StringBuilder("\nGolden parity summary (in scope ran / passed / out of scope):\n");
    int[] total = new int[3];
    for (String f : GoldenRunner.FILES) {
      int[] c = COUNTS.get(f);
      if (c == null) continue;
      sb.append(String.format("  %-18s %4d / %4d / %4d", f, c[0], c[1], c[2]));
      List<String> oos = OUT_OF_SCOPE_CALLS.getOrDefault(f, List.of());
      if (!oos.isEmpty()) {
        Map<String, Integer> byCall = new java.util.TreeMap<>();
        for (String s : oos) byCall.merge(s, 1, Integer::sum);
        sb.append("   out of scope: ").append(byCall);
      }
      sb.append('\n');
      for (int i = 0; i < 3; i++) total[i] += c[i];
    }
    sb.append(String.format("  %-18s %4d / %4d / %4d%n", "TOTAL", total[0], total[1], total[2]));
    System.out.println(sb);
  }
}
