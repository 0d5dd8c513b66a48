package io.github.spice4j;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a kernel writer (SPK, EK, DSK) puts its file: a path on disk, or a virtual output identified
 * like a byte-backed kernel. A virtual output is written to a private temporary file that is removed
 * when the owning backend closes (and at JVM exit); its bytes are readable with
 * {@link io.github.spice4j.backend.KernelsApi#virtualOutput(String)} once the writer is closed.
 *
 * @param file the file to create, or null for a virtual output
 * @param virtualId the virtual id (relative, slash-separated, e.g. {@code "out/moon.bsp"}), or null for a file
 */
public record OutputTarget(Path file, String virtualId) {
  /** Validates that exactly one of file and virtualId is given. */
  public OutputTarget {
    if ((file == null) == (virtualId == null)) {
      throw new IllegalArgumentException("an output target is either a file or a virtual id, not both or neither");
    }
  }

  /**
   * A file on disk; CSPICE refuses to overwrite an existing file.
   *
   * @param file the path of the new file
   * @return the target
   * @throws NullPointerException if file is null
   */
  public static OutputTarget file(Path file) {
    return new OutputTarget(Objects.requireNonNull(file, "file"), null);
  }

  /**
   * A virtual output, readable as bytes after the writer closes.
   *
   * @param virtualId the id (relative, slash-separated)
   * @return the target
   * @throws NullPointerException if virtualId is null
   */
  public static OutputTarget virtual(String virtualId) {
    return new OutputTarget(null, Objects.requireNonNull(virtualId, "virtualId"));
  }

  /** Whether this is a virtual output. */
  public boolean isVirtual() {
    return virtualId != null;
  }
}
