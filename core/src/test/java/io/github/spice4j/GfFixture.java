package io.github.spice4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.spice4j.jni.JniBackend;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the GF tests share: a fresh engine per test with one golden file's kernels, the facade over it, the
 * first quarter of 2024 as search window, and the comparison of result windows.
 */
abstract class GfFixture {
  /** 2024-01-01 .. 2024-04-01 UTC. */
  static final List<TimeInterval> Q1_2024 = List.of(new TimeInterval(757339269.1839061, 765201669.1856554));
  static final double DAY = 86400;

  JniBackend backend;
  Spice spice;

  /** The golden file (in the goldens directory) whose kernels every test loads. */
  abstract String goldenFile();

  @BeforeEach
  void openEngine() {
    backend = JniBackend.create();
    TestData.loadGoldenKernels(backend, goldenFile());
    spice = Spice.over(backend);
  }

  @AfterEach
  void closeEngine() {
    spice.close();
  }

  /** Same number of intervals, each end within {@code tol} seconds. */
  static void assertWindows(List<TimeInterval> expected, List<TimeInterval> actual, double tol) {
    assertEquals(expected.size(), actual.size(), () -> "expected " + expected + " got " + actual);
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i).start(), actual.get(i).start(), tol, "start " + i);
      assertEquals(expected.get(i).stop(), actual.get(i).stop(), tol, "stop " + i);
    }
  }
}
