package io.github.spice4j.robust;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel fuzz harness ({@link KernelFuzzer}). In the build it is a short seeded smoke run; a campaign
 * runs the same test with a larger budget (scripts/fuzz-campaign.sh): {@code -Dspice4j.fuzz.seed},
 * {@code -Dspice4j.fuzz.inputs}, {@code -Dspice4j.fuzz.seconds}, {@code -Dspice4j.fuzz.callSeconds} (the engine's
 * call deadline, beyond which a call counts as a hang; 30). Failing inputs are saved under
 * {@code target/fuzz-findings}.
 */
class KernelFuzzTest {
  @TempDir Path work;

  @Test
  void mutatedKernelsNeitherCrashHangLeakNorCorruptTheEngine() {
    long seed = Long.getLong("spice4j.fuzz.seed", 11L);
    long inputs = Long.getLong("spice4j.fuzz.inputs", 1500L);
    long seconds = Long.getLong("spice4j.fuzz.seconds", 60L);
    KernelFuzzer.Stats st = new KernelFuzzer(work, Path.of("target", "fuzz-findings"))
        .run(seed, inputs, Duration.ofSeconds(seconds));
    System.out.println("kernel fuzz (seed " + seed + "): " + st);
    st.findings.forEach(f -> System.out.println("  " + f));
    assertTrue(st.inputs > 0, "no input ran");
    assertTrue(st.clean(), () -> st + "\n" + String.join("\n", st.findings));
  }
}
