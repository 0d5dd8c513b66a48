package io.github.spice4j.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.SpiceEngineTrapException;
import io.github.spice4j.SpiceException;
import io.github.spice4j.TestData;
import io.github.spice4j.jni.JniBackend;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 10: an engine's file access can be confined to granted directories (no escape by ".."
 * or symlinks, also from byte-loaded meta-kernels), and no engine ever sees another engine's staged files.
 */
class ConfinementTest {
  @TempDir Path tmp;

  private static void assertRefused(String why, Executable call) {
    SpiceException e = assertThrows(SpiceException.class, call);
    assertTrue(e.getMessage().contains(why), "expected '" + why + "' in: " + e.getMessage());
  }

  /** A meta-kernel naming path, split into '+'-continued strings: staged paths exceed a kernel line's 132 characters. */
  private static byte[] meta(String path) {
    StringBuilder parts = new StringBuilder();
    for (int i = 0; i < path.length(); i += 60) {
      boolean last = i + 60 >= path.length();
      parts.append("\n  '").append(path, i, Math.min(path.length(), i + 60)).append(last ? "'" : "+'");
    }
    return ("KPL/MK\n\\begindata\nKERNELS_TO_LOAD = (" + parts + " )\n\\begintext\n").getBytes(StandardCharsets.US_ASCII);
  }

  /** The staged kernel files of this JVM's engines: {@code <tmp>/spice4j-staging-<pid>-*}{@code /engine-*}{@code /*}. */
  private static List<Path> stagedFiles() throws IOException {
    String root = "spice4j-staging-" + ProcessHandle.current().pid() + "-";
    try (Stream<Path> roots = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return roots.filter(d -> d.getFileName().toString().startsWith(root) && Files.isDirectory(d))
          .flatMap(ConfinementTest::list).filter(Files::isDirectory).flatMap(ConfinementTest::list)
          .filter(Files::isRegularFile).toList();
    }
  }

  private static Stream<Path> list(Path dir) {
    try (Stream<Path> f = Files.list(dir)) {
      return f.toList().stream();
    } catch (IOException e) {
      return Stream.empty();
    }
  }

  @Test
  void anEngineNeverSeesAnotherEnginesStagedKernels() throws IOException {
    try (JniBackend a = JniBackend.create(); JniBackend b = JniBackend.create()) {
      a.kernels().furnsh("secret/naif0012.tls", Files.readAllBytes(TestData.kernel("lsk/naif0012.tls")));
      List<Path> staged = stagedFiles();
      assertFalse(staged.isEmpty(), "a's staged kernel");
      for (Path f : staged) {
        assertRefused("belongs to another spice4j engine", () -> b.kernels().furnsh(f));
        assertRefused("belongs to another spice4j engine", () -> b.kernels().furnsh("m.tm", meta(f.toString())));
        assertFalse(b.fileIo().exists(f.toString()), f.toString());
      }
      assertRefused("SPICE(NOLEAPSECONDS)", () -> b.time().str2et("2000-01-01T00:00:00"));
    }
  }

  @Test
  void aConfinedEngineReadsOnlyGrantedDirectories() throws IOException {
    Path granted = Files.createDirectories(tmp.resolve("granted"));
    Path lsk = Files.copy(TestData.kernel("lsk/naif0012.tls"), granted.resolve("naif0012.tls"));
    Path outside = Files.copy(TestData.kernel("pck/pck00011.tpc"), tmp.resolve("pck00011.tpc"));
    Path link = Files.createSymbolicLink(granted.resolve("link.tpc"), outside);
    try (JniBackend e = JniBackend.create()) {
      e.confineTo(granted);
      e.kernels().furnsh(lsk);
      e.kernels().furnsh("bytes/gm.tpc", Files.readAllBytes(TestData.kernel("pck/gm_de440.tpc"))); // own staging stays allowed
      String refused = "outside the directories this engine may read";
      assertRefused(refused, () -> e.kernels().furnsh(outside));
      assertRefused(refused, () -> e.kernels().furnsh(granted.resolve("..").resolve("pck00011.tpc")));
      assertRefused(refused, () -> e.kernels().furnsh(link));
      assertRefused(refused, () -> e.kernels().furnsh("m.tm", meta("/etc/passwd")));
      assertRefused(refused, () -> e.kernels().furnsh("m2.tm", meta("/proc/self/environ")));
      assertRefused(refused, () -> e.fileIo().getfat(outside.toString()));
      assertFalse(e.fileIo().exists(outside.toString()));
      assertTrue(e.fileIo().exists(lsk.toString()));
      double gm = e.idsNames().bodvrd("EARTH", "GM")[0];
      // A rebuilt engine keeps the rules.
      assertThrows(SpiceEngineTrapException.class, e::forceTrap);
      assertRefused(refused, () -> e.kernels().furnsh(outside));
      assertEquals(gm, e.idsNames().bodvrd("EARTH", "GM")[0]);
    }
  }

  @Test
  void grantedDirectoriesMustExist() {
    try (JniBackend e = JniBackend.create()) {
      assertThrows(IllegalArgumentException.class, () -> e.confineTo(tmp.resolve("missing")));
      assertThrows(IllegalArgumentException.class, () -> e.confineTo((Path) null));
    }
  }
}
