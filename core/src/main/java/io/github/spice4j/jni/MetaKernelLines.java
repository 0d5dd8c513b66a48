package io.github.spice4j.jni;

import io.github.spice4j.SpiceException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Refuses a meta-kernel with a data line longer than CSPICE reads: CSPICE keeps only the first
 * {@value #MAX_LINE} characters of a text kernel line, and from a meta-kernel whose
 * {@code KERNELS_TO_LOAD} or {@code PATH_VALUES} string is cut there it silently loads nothing. A string
 * value longer than the kernel pool's {@value #MAX_STRING} characters is cut too (and its continuation
 * {@code +} lost), so it is refused as well. Checked in Java before CSPICE sees the file, for the
 * meta-kernels given to {@code furnsh}. A meta-kernel named in another's KERNELS_TO_LOAD needs no check:
 * CSPICE loads it as a plain text kernel and does not load the files it lists.
 */
final class MetaKernelLines {
  /** Longest text kernel line CSPICE reads, per the Kernel Required Reading. */
  static final int MAX_LINE = 132;
  /** Longest string value the kernel pool keeps; longer ones are continued with '+' over several strings. */
  static final int MAX_STRING = 80;
  /** Larger text files are no meta-kernels worth scanning (PCKs and the like). */
  private static final long MAX_SCANNED = 1 << 24;

  private MetaKernelLines() {}

  /**
   * Checks a kernel file; files that cannot be read are left to CSPICE's own error.
   *
   * @param shown the name to put in the message
   * @throws SpiceException {@code SPICE4J(LINETOOLONG)} for a meta-kernel with an over-long data line
   */
  static void check(Path file, String shown) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_SCANNED) return;
      try (InputStream in = Files.newInputStream(file)) {
        if (isBinary(in.readNBytes(8))) return;
      }
      check(Files.readAllBytes(file), shown);
    } catch (IOException | SecurityException e) {
      // CSPICE reports an unreadable file itself.
    }
  }

  /** Checks a kernel's bytes (a kernel loaded from memory). */
  static void check(byte[] bytes, String shown) {
    if (bytes.length > MAX_SCANNED || isBinary(bytes)) return;
    String[] lines = new String(bytes, StandardCharsets.ISO_8859_1).split("\n", -1);
    boolean meta = lines[0].startsWith("KPL/MK");
    boolean data = false;
    String problem = null;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].stripTrailing();
      String token = line.strip();
      if (token.equals("\\begindata")) {
        data = true;
      } else if (token.equals("\\begintext")) {
        data = false;
      } else if (data) {
        meta |= line.contains("KERNELS_TO_LOAD") || line.contains("PATH_VALUES");
        if (problem == null) problem = problem(line, i + 1);
      }
    }
    if (meta && problem != null) {
      String msg = problem.replace("%s", shown) + " Split the string over several lines: end each piece with '+'"
          + " inside its quotes, e.g. 'data/kernels/spk/+' followed on the next line by 'de440s.bsp', and CSPICE"
          + " joins the pieces.";
      throw new SpiceException("SPICE4J(LINETOOLONG)", msg, "", "furnsh", msg);
    }
  }

  /** What is wrong with a data line ({@code %s} standing for the file), or null. */
  private static String problem(String line, int number) {
    if (line.length() > MAX_LINE) {
      return "Line " + number + " of meta-kernel %s is " + line.length() + " characters long; CSPICE reads at most "
          + MAX_LINE + " characters of a kernel line and would silently load nothing from this meta-kernel.";
    }
    int open = -1;
    int doubled = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) != '\'') continue;
      if (open < 0) {
        open = i;
        doubled = 0;
      } else if (i + 1 < line.length() && line.charAt(i + 1) == '\'') {
        i++; // a doubled quote stands for one quote inside the string
        doubled++;
      } else {
        int length = i - open - 1 - doubled;
        if (length > MAX_STRING) {
          return "Line " + number + " of meta-kernel %s holds a string of " + length + " characters; the"
              + " kernel pool keeps at most " + MAX_STRING + " characters of a string, so CSPICE would load a"
              + " truncated name.";
        }
        open = -1;
      }
    }
    return null;
  }

  private static boolean isBinary(byte[] head) {
    String s = new String(head, 0, Math.min(head.length, 8), StandardCharsets.ISO_8859_1);
    return s.startsWith("DAF/") || s.startsWith("DAS/") || s.startsWith("NAIF/");
  }
}
