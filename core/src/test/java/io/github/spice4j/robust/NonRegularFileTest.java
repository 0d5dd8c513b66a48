package io.github.spice4j.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.SpiceException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 2: the host refuses to open anything but regular files. Before, furnsh of a FIFO blocked
 * in open(2) forever and /dev/zero was read without end, also when a byte-loaded meta-kernel named them.
 */
class NonRegularFileTest extends HealthyEngineTest {
  @TempDir Path tmp;

  @AfterEach
  void onlyTheHealthKernelStaysOpen() {
    assertEquals(1, backend.openFiles(), "only the DE440 excerpt stays open");
  }

  private Path fifo() throws IOException, InterruptedException {
    Path p = tmp.resolve("kernel.fifo");
    Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
    assertEquals(0, mk.waitFor(), "mkfifo");
    return p;
  }

  private static void assertRefused(String what, Executable call) {
    SpiceException e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(SpiceException.class, call));
    assertTrue(e.getMessage().contains(what), "expected '" + what + "' in: " + e.getMessage());
  }

  private void loadMeta(String path) {
    String meta = "KPL/MK\n\\begindata\nKERNELS_TO_LOAD = ( '" + path + "' )\n\\begintext\n";
    backend.kernels().furnsh("meta.tm", meta.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void fifo_isRefused() throws Exception {
    Path p = fifo();
    assertRefused("a FIFO", () -> backend.kernels().furnsh(p));
    assertRefused("a FIFO", () -> loadMeta(p.toString()));
    assertRefused("a FIFO", () -> backend.ephemeris().spkobj(p.toString()));
  }

  @Test
  void devZero_isRefused() {
    assertRefused("a character device", () -> backend.kernels().furnsh(Path.of("/dev/zero")));
    assertRefused("a character device", () -> loadMeta("/dev/zero"));
    assertRefused("a character device", () -> backend.dsk().dskobj("/dev/zero"));
  }

  @Test
  void directory_isRefused() {
    assertRefused("a directory", () -> backend.kernels().furnsh(tmp));
    assertRefused("a directory", () -> loadMeta(tmp.toString()));
  }
}
