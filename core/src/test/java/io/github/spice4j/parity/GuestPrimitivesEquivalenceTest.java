package io.github.spice4j.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.spice4j.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine's host fast paths for the guest's runtime primitives (memcpy/memmove/memset, s_copy/s_cmp,
 * MOVED/MOVEI, CHKIN/CHKOUT; native-src/engine-patch) give the same results as the guest's own code: every
 * golden case, run by {@link GoldenDump} in two child JVMs at once, one as is and one with
 * {@code SPICE4J_GUEST_PRIMS=off}, prints identical lines (outputs to the last bit, error messages verbatim).
 */
class GuestPrimitivesEquivalenceTest {
  private static final long TIMEOUT_MINUTES = 5;
  private static final int SHOWN_DIFFERENCES = 5;
  private static final int STDERR_SHOWN = 4000;

  /** One child JVM running {@link GoldenDump}, its stdout and stderr in files. */
  private record Child(Process process, Path stdout, Path stderr) {
    static Child start(Path dir, String name, boolean guestPrimsOff) throws IOException {
      List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
          "-Dspice4j.kernels=" + TestData.kernelsDir(), "-Dspice4j.goldens=" + TestData.goldensDir()));
      // The native library's location (spice4j.build.dir / spice4j.native.path) and any other spice4j setting.
      System.getProperties().stringPropertyNames().stream().sorted()
          .filter(p -> p.startsWith("spice4j.") && !p.equals("spice4j.kernels") && !p.equals("spice4j.goldens"))
          .forEach(p -> cmd.add("-D" + p + "=" + System.getProperty(p)));
      cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), GoldenDump.class.getName()));
      Path out = dir.resolve(name + ".out");
      Path err = dir.resolve(name + ".err");
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
      pb.environment().remove("SPICE4J_GUEST_PRIMS");
      if (guestPrimsOff) pb.environment().put("SPICE4J_GUEST_PRIMS", "off");
      return new Child(pb.start(), out, err);
    }

    /** Waits for a clean exit (bounded) and returns the printed lines. */
    List<String> lines(long deadlineNanos) throws IOException, InterruptedException {
      if (!process.waitFor(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS)) {
        fail("GoldenDump (" + stdout.getFileName() + ") did not finish within " + TIMEOUT_MINUTES + " minutes");
      }
      if (process.exitValue() != 0) {
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        fail("GoldenDump (" + stdout.getFileName() + ") exited with " + process.exitValue() + "; end of stderr:\n"
            + err.substring(Math.max(0, err.length() - STDERR_SHOWN)));
      }
      return Files.readAllLines(stdout, StandardCharsets.UTF_8);
    }
  }

  @Test
  void fastPathsGiveTheGuestsOwnResultsForEveryGoldenCase(@TempDir Path dir) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(TIMEOUT_MINUTES);
    Child fast = Child.start(dir, "fast", false);
    Child guest = null;
    try {
      guest = Child.start(dir, "guest", true);
      List<String> fastLines = fast.lines(deadline);
      List<String> guestLines = guest.lines(deadline);

      assertEquals(GoldenDump.MODE + true, fastLines.get(0), "mode of the child with the environment unchanged");
      assertEquals(GoldenDump.MODE + false, guestLines.get(0), "mode of the child with SPICE4J_GUEST_PRIMS=off");
      int cases = goldenCaseCount();
      assertEquals(cases, fastLines.size() - 1, "cases the fast-path child ran");
      assertEquals(cases, guestLines.size() - 1, "cases the guest-code child ran");

      List<String> differences = new ArrayList<>();
      int differing = 0;
      for (int k = 1; k < fastLines.size(); k++) {
        if (fastLines.get(k).equals(guestLines.get(k))) continue;
        if (differing++ < SHOWN_DIFFERENCES) {
          differences.add("fast paths: " + fastLines.get(k) + "\n  guest code: " + guestLines.get(k));
        }
      }
      if (differing > 0) {
        fail(differing + " of " + cases + " golden cases differ between the fast paths and the guest's own code; "
            + "first ones:\n  " + String.join("\n  ", differences));
      }
    } finally {
      fast.process().destroyForcibly();
      if (guest != null) guest.process().destroyForcibly();
    }
  }

  private static int goldenCaseCount() {
    int n = 0;
    for (String file : GoldenRunner.FILES) n += TestData.golden(file).get("cases").size();
    return n;
  }
}
