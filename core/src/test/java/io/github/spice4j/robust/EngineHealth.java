package io.github.spice4j.robust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.github.spice4j.StateVector;
import io.github.spice4j.TestData;
import io.github.spice4j.backend.SpiceBackend;
import io.github.spice4j.jni.JniBackend;
import java.util.List;
import java.util.function.Consumer;

/**
 * The oracle shared by the robustness tests and the fuzz harness: after whatever a test did to an engine,
 * it must answer exactly (bit for bit) as a fresh engine with the same kernels does.
 */
public final class EngineHealth {
  /** Kernels every health check loads: leap seconds, PCK, GM values and the DE440 excerpt (2023..2026). */
  public static final List<String> KERNELS =
      List.of("lsk/naif0012.tls", "pck/pck00011.tpc", "pck/gm_de440.tpc", "spk/de440s_2023_2026_excerpt.bsp");

  private static final String[][] QUERIES = {
    {"MOON", "EARTH", "J2000", "NONE"}, {"MARS BARYCENTER", "SUN", "ECLIPJ2000", "LT+S"},
    {"EARTH", "MOON", "IAU_MOON", "CN+S"}, {"SUN", "EARTH", "IAU_EARTH", "XCN"},
  };
  private static final double[] EPOCHS = {7.6e8, 7.7e8, 7.8e8, 7.9e8};

  private static final EngineHealth STANDARD = new EngineHealth(b -> TestData.loadKernels(b, KERNELS));

  private final Consumer<SpiceBackend> loader;
  private double[] reference;

  /** A health check over other kernels: loader must load a leap-seconds kernel, PCK frames and DE440 for the queries. */
  EngineHealth(Consumer<SpiceBackend> loader) {
    this.loader = loader;
  }

  /** Loads {@link #KERNELS} into a backend. */
  public static void load(SpiceBackend b) {
    STANDARD.loadInto(b);
  }

  /** Asserts that b (holding {@link #KERNELS}, possibly among others) answers exactly as a fresh engine. */
  public static void assertBitExact(SpiceBackend b, String after) {
    STANDARD.check(b, after);
  }

  /** Loads this check's kernels into a backend. */
  void loadInto(SpiceBackend b) {
    loader.accept(b);
  }

  /** Asserts that b (holding this check's kernels, possibly among others) answers exactly as a fresh engine. */
  void check(SpiceBackend b, String after) {
    assertArrayEquals(reference(), fingerprint(b), "engine answers differ from a fresh engine after " + after);
  }

  /** spkezr for every query and epoch, flattened. */
  private static double[] fingerprint(SpiceBackend b) {
    double[] out = new double[QUERIES.length * EPOCHS.length * 7];
    int i = 0;
    for (String[] q : QUERIES) {
      for (double et : EPOCHS) {
        StateVector s = b.ephemeris().spkezr(q[0], et, q[2], q[3], q[1]);
        System.arraycopy(s.toArray(), 0, out, i, 6);
        out[i + 6] = s.lightTime();
        i += 7;
      }
    }
    return out;
  }

  /** The fingerprint of a fresh engine with this check's kernels. */
  private synchronized double[] reference() {
    if (reference == null) {
      try (JniBackend fresh = JniBackend.create()) {
        loadInto(fresh);
        reference = fingerprint(fresh);
      }
    }
    return reference;
  }
}
