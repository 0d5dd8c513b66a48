package io.github.spice4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.spice4j.kernels.LoopbackKernelServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code ./cli/spice4j} command in README.md's fenced shell blocks runs as written: through the
 * launcher script and the packaged fat jar, from the repository root, with the default kernel discovery
 * ({@code SPICE4J_KERNELS}, else {@code ../shared/kernels}). It must exit 0, and when the next fenced
 * block is a {@code text} block, print exactly that. {@code kernels get} is pointed at a loopback server
 * serving the shared kernels (never the internet), with its cache in a temp directory.
 */
class ReadmeCommandsIT {
  private static final Path REPO = Path.of(System.getProperty("spice4j.repoRoot", "..")).toAbsolutePath().normalize();
  private static final Path KERNELS = Path.of(System.getProperty("spice4j.kernels", REPO.resolve("../shared/kernels").toString()));
  private static final String LAUNCHER = "./cli/spice4j";

  /** One command from README: its line number, the shell text from the launcher on, and its shown output (or null). */
  record Command(int line, String shell, String expectedOutput) {}

  private static LoopbackKernelServer server;
  private static Path work;
  private static Set<Path> repoEntriesBefore;

  @BeforeAll
  static void start() throws IOException {
    server = new LoopbackKernelServer(KERNELS);
    // the catalog's de440s.bsp (no shipped checksum) is served as the shared excerpt of it
    server.substitute("de440s.bsp", KERNELS.resolve("spk/de440s_2023_2026_excerpt.bsp"));
    work = Files.createTempDirectory("spice4j-readme");
    repoEntriesBefore = topLevel();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    for (Path p : topLevel()) { // files README commands wrote into the checkout (e.g. basic.tm)
      if (!repoEntriesBefore.contains(p) && Files.isRegularFile(p)) Files.delete(p);
    }
  }

  private static Set<Path> topLevel() throws IOException {
    try (Stream<Path> s = Files.list(REPO)) {
      return s.collect(Collectors.toSet());
    }
  }

  @Test
  void readmeHasCommandsAndShownOutputs() throws IOException {
    List<Command> commands = commands(readme());
    assertTrue(commands.size() >= 10, () -> "expected the README's CLI examples, found " + commands);
    assertTrue(commands.stream().filter(c -> c.expectedOutput() != null).count() >= 2, commands::toString);
  }

  @TestFactory
  Stream<DynamicTest> everyReadmeCommandRunsAsWritten() throws IOException {
    return commands(readme()).stream().map(c -> DynamicTest.dynamicTest("README:" + c.line() + " " + c.shell(), () -> run(c)));
  }

  private static String readme() throws IOException {
    return Files.readString(REPO.resolve("README.md"), StandardCharsets.UTF_8);
  }

  /** The launcher commands of the shell blocks (bash, sh, shell or untyped fences), continuation lines joined. */
  static List<Command> commands(String markdown) {
    List<String> lines = markdown.lines().toList();
    List<Command> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      String fence = lines.get(i).strip();
      if (!fence.startsWith("```")) {
        i++;
        continue;
      }
      String info = fence.substring(3).strip();
      int start = ++i;
      while (i < lines.size() && !lines.get(i).strip().startsWith("```")) i++;
      List<String> body = lines.subList(start, Math.min(i, lines.size()));
      i++;
      if (!Set.of("bash", "sh", "shell", "").contains(info)) continue;
      List<Command> block = new ArrayList<>();
      for (int k = 0; k < body.size(); k++) {
        int first = k;
        StringBuilder logical = new StringBuilder(body.get(k));
        while (logical.toString().endsWith("\\") && k + 1 < body.size()) {
          logical.setLength(logical.length() - 1);
          logical.append(' ').append(body.get(++k).strip());
        }
        int at = logical.indexOf(LAUNCHER);
        if (at >= 0) block.add(new Command(start + first + 1, logical.substring(at).strip(), null));
      }
      String shown = block.size() == 1 ? textBlockAfter(lines, i) : null;
      for (Command c : block) out.add(shown == null ? c : new Command(c.line(), c.shell(), shown));
    }
    return out;
  }

  /** The body of a {@code text} fence that is the next fenced block after line {@code from}, or null. */
  private static String textBlockAfter(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (l.startsWith("#")) return null; // a new section: not this command's output
      if (!l.startsWith("```")) continue;
      if (!l.equals("```text")) return null;
      StringBuilder b = new StringBuilder();
      for (int k = i + 1; k < lines.size() && !lines.get(k).strip().startsWith("```"); k++) b.append(lines.get(k)).append('\n');
      return b.toString();
    }
    return null;
  }

  private static void run(Command c) throws Exception {
    assertFalse(c.shell().contains("://"), "README commands run in CI must not need the internet: " + c);
    Path stdout = work.resolve("out-" + c.line());
    Path stderr = work.resolve("err-" + c.line());
    ProcessBuilder pb = new ProcessBuilder("bash", "-c", "set -o pipefail; " + c.shell()).directory(REPO.toFile())
        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
    Map<String, String> env = pb.environment();
    env.put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    env.put("SPICE4J_KERNELS", KERNELS.toAbsolutePath().normalize().toString());
    env.put("SPICE4J_KERNELS_CACHE", work.resolve("kernel-cache").toString());
    env.put("SPICE4J_KERNELS_BASE_URL", server.genericBase().toString());
    env.remove("JAVA_OPTS");
    Process p = pb.start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("README:" + c.line() + " did not finish within 180 s: " + c.shell());
    }
    String out = Files.readString(stdout);
    String err = Files.readString(stderr);
    assertEquals(0, p.exitValue(), () -> "README:" + c.line() + " " + c.shell() + "\n--- stdout\n" + out + "--- stderr\n" + err);
    if (c.expectedOutput() != null) {
      assertEquals(stripTrailing(c.expectedOutput()), stripTrailing(out), () -> "README:" + c.line() + " output differs");
    }
  }

  private static String stripTrailing(String text) {
    return text.lines().map(String::stripTrailing).collect(Collectors.joining("\n")).strip();
  }
}
