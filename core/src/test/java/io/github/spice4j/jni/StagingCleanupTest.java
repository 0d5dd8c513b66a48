package io.github.spice4j.jni;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staged kernels of a JVM that was killed are deleted when the next spice4j JVM starts staging (issue 11
 * item 7), and unclosed backends share one JVM shutdown hook instead of one each. Runs child JVMs with
 * their own temporary directory.
 */
class StagingCleanupTest {
  private static Process child(Path tmp, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--add-opens", "java.base/java.lang=ALL-UNNAMED", "-Djava.io.tmpdir=" + tmp,
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path")));
    for (String p : List.of("spice4j.build.dir", "spice4j.native.path")) {
      if (System.getProperty(p) != null) cmd.add("-D" + p + "=" + System.getProperty(p));
    }
    cmd.add(StagingChild.class.getName());
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  private static String firstLine(Process p, String prefix) throws IOException, InterruptedException {
    BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    for (String line; (line = r.readLine()) != null; ) {
      if (line.startsWith(prefix)) return line.substring(prefix.length());
    }
    throw new AssertionError("child printed no " + prefix + "line; exit " + p.waitFor(0, TimeUnit.SECONDS));
  }

  @Test
  void killedJvmsStagedKernelsAreDeletedAtTheNextStart(@TempDir Path tmp) throws Exception {
    Process killed = child(tmp, "stage");
    Path staged = Path.of(firstLine(killed, "STAGED "));
    killed.destroyForcibly(); // SIGKILL: no shutdown hook runs
    assertTrue(killed.waitFor(60, TimeUnit.SECONDS));
    assertTrue(Files.exists(staged), "a killed JVM leaves its staged kernel behind");
    assertTrue(staged.startsWith(tmp));

    Process next = child(tmp, "stage");
    Path nextStaged = Path.of(firstLine(next, "STAGED "));
    try {
      assertFalse(Files.exists(staged), "staged kernel of the killed JVM still there: " + staged);
      assertTrue(Files.exists(nextStaged), "a live JVM's staged kernel is kept");
    } finally {
      next.destroy(); // SIGTERM: its shutdown hook deletes its own directory
      assertTrue(next.waitFor(60, TimeUnit.SECONDS));
    }
    try (var left = Files.list(tmp)) {
      assertEquals(List.of(), left.toList(), "nothing left in the temporary directory");
    }
  }

  @Test
  void unclosedBackendsShareOneShutdownHook(@TempDir Path tmp) throws Exception {
    Process p = child(tmp, "hooks", "200");
    String[] counts = firstLine(p, "HOOKS ").split(" ");
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals("200", counts[1]);
    assertEquals("1", counts[0], "shutdown hooks added by 200 unclosed staging areas");
    try (var left = Files.list(tmp)) {
      assertEquals(List.of(), left.toList(), "the hook deleted every staged file at exit");
    }
  }
}
