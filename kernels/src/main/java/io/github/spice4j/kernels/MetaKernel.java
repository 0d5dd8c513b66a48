package io.github.spice4j.kernels;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a meta-kernel ({@code KPL/MK}): a text kernel whose {@code KERNELS_TO_LOAD} lists files for
 * {@code furnsh} (<a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/furnsh_c.html">furnsh_c</a>)
 * to load in order. Paths are written absolute; a path longer than a kernel-pool string allows is split
 * over several strings joined by the {@code +} continuation mark, as the kernel required reading
 * describes for {@code KERNELS_TO_LOAD}.
 */
public final class MetaKernel {
  /** Longest piece of one string value on a line, leaving room for the continuation mark (pool strings hold 80). */
  static final int PIECE = 78;

  private MetaKernel() {}

  /**
   * Writes {@code file} listing {@code kernels} (later entries take precedence when loaded).
   *
   * @param file the meta-kernel to write (its parent directories are created; an existing file is replaced)
   * @param kernels the kernel files, in load order
   * @return {@code file}
   * @throws IOException when writing fails
   * @throws IllegalArgumentException when {@code kernels} is empty or holds null or a non-ASCII path
   */
  public static Path write(Path file, List<Path> kernels) throws IOException {
    if (kernels.isEmpty()) throw new IllegalArgumentException("a meta-kernel needs at least one kernel");
    List<String> lines = new ArrayList<>();
    lines.add("KPL/MK");
    lines.add("");
    lines.add("Meta-kernel written by spice4j: load it with furnsh to load the kernels below in order.");
    lines.add("");
    lines.add("\\begindata");
    lines.add("");
    lines.add("KERNELS_TO_LOAD = (");
    for (Path k : kernels) {
      if (k == null) throw new IllegalArgumentException("null kernel path (a MISSING fetch result has no file)");
      List<String> pieces = pieces(k.toAbsolutePath().normalize().toString());
      for (String p : pieces) lines.add("    '" + p.replace("'", "''") + "'");
    }
    lines.add(")");
    lines.add("");
    lines.add("\\begintext");
    lines.add("");
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    Files.write(file, lines, StandardCharsets.US_ASCII);
    return file;
  }

  /** One value as pool strings: every piece but the last ends with the continuation mark. */
  static List<String> pieces(String value) {
    if (value.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
      throw new IllegalArgumentException("kernel paths in a meta-kernel must be printable ASCII: " + value);
    }
    List<String> out = new ArrayList<>();
    int i = 0;
    while (value.length() - i > PIECE) {
      int end = i + PIECE;
      // quotes double when written: shorten the piece by that much so the line stays short
      String piece = value.substring(i, end);
      int quotes = (int) piece.chars().filter(c -> c == '\'').count();
      end -= quotes;
      out.add(value.substring(i, end) + "+");
      i = end;
    }
    out.add(value.substring(i));
    return out;
  }
}
