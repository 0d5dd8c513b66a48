package io.github.spice4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the process's stdout or stderr is an interactive terminal. JDK 17's {@link System#console()}
 * answers only for stdin and stdout together, so a table redirected to a file would hide a terminal on
 * stderr. Linux answers through /proc; elsewhere a {@code test -t} child inherits the descriptor.
 */
final class Terminals {
  private Terminals() {}

  /** Whether file descriptor 1 (stdout) is a terminal. */
  static boolean stdout() {
    return isTerminal(1);
  }

  /** Whether file descriptor 2 (stderr) is a terminal. */
  static boolean stderr() {
    return isTerminal(2);
  }

  private static boolean isTerminal(int fd) {
    Path proc = Path.of("/proc/self/fd/" + fd);
    if (Files.isDirectory(Path.of("/proc/self/fd"))) {
      try {
        String target = Files.readSymbolicLink(proc).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException e) {
        return false;
      }
    }
    try {
      ProcessBuilder pb = new ProcessBuilder("sh", "-c", "test -t " + fd);
      if (fd == 1) pb.redirectOutput(ProcessBuilder.Redirect.INHERIT);
      if (fd == 2) pb.redirectError(ProcessBuilder.Redirect.INHERIT);
      return pb.start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
