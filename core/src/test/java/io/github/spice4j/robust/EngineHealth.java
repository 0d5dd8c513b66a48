package io.github.spice4j.robust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.github.spice4j.StateVector;
import io.github.spice4j.TestData;
import io.github.spice4j.backend.SpiceBackend;
import io.github.spice4j.jni.JniBackend;
import java.util.List;

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

  private EngineHealth() {}

  /** Loads {@link #KERNELS} into a backend. */
  public static void load(SpiceBackend b) {
    TestData.loadKernels(b, KERNELS);
  }

  /** spkezr for every query and epoch, flattened. */
  public static double[] fingerprint(SpiceBackend b) {
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

  private static double[] reference;

  /** The fingerprint of a fresh engine with {@link #KERNELS}. */
  public static synchronized double[] reference() {
    if (reference == null) {
      try (JniBackend fresh = JniBackend.create()) {
        load(fresh);
        reference = fingerprint(fresh);
      }
    }
    return reference.clone();
  }

  /** Asserts that b (holding {@link #KERNELS}, possibly among others) answers exactly as a fresh engine. */
  public static void assertBitExact(SpiceBackend b, String after) {
    assertArrayEquals(reference(), fingerprint(b), "engine answers differ from a fresh engine after " + after);
  }
}
