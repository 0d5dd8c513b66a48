package io.github.spice4j.jni;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which files an engine may open or inspect (enforced by the native host on every open and stat, on
 * canonical paths, so neither {@code ..} nor a symlink leads outside).
 *
 * <p>By default an engine may use any path except other spice4j engines' staging directories (the
 * private files holding their byte-loaded kernels and virtual outputs); its own staging directory is
 * always allowed. {@link #confinedTo} restricts it further to the granted directories.
 *
 * @param confined whether only {@code roots} (and the own staging directory) are admitted
 * @param roots granted directories, canonical
 * @param ownStaging this engine's staging directory, canonical, or null before it exists
 */
record Confinement(boolean confined, List<String> roots, String ownStaging) {
  /** Unconfined; other engines' staging hidden. */
  static final Confinement DEFAULT = new Confinement(false, List.of(), null);

  /** The prefix of every engine's staging directory (see {@link KernelStaging}), canonical. */
  private static final String STAGING_PREFIX = stagingPrefix();

  private static String stagingPrefix() {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    try {
      tmp = tmp.toRealPath();
    } catch (IOException e) {
      tmp = tmp.toAbsolutePath().normalize();
    }
    return tmp.resolve(KernelStaging.DIRECTORY_PREFIX).toString();
  }

  /**
   * The same rules restricted to dirs.
   *
   * @throws IllegalArgumentException if a directory does not exist
   */
  Confinement confinedTo(List<Path> dirs) {
    List<String> canonical = new ArrayList<>();
    for (Path d : dirs) {
      if (d == null) throw new IllegalArgumentException("granted directory must not be null");
      if (!Files.isDirectory(d)) throw new IllegalArgumentException("granted directory does not exist: " + d);
      try {
        canonical.add(d.toRealPath().toString());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot resolve granted directory " + d, e);
      }
    }
    return new Confinement(true, List.copyOf(canonical), ownStaging);
  }

  /** The same rules with this engine's staging directory allowed. */
  Confinement withStaging(Path dir) {
    String canonical;
    try {
      canonical = dir.toRealPath().toString();
    } catch (IOException e) {
      canonical = dir.toAbsolutePath().normalize().toString();
    }
    return new Confinement(confined, roots, canonical);
  }

  void applyTo(long engine) {
    NativeEngine.confine(engine, confined, roots.toArray(new String[0]), new String[] {STAGING_PREFIX},
        ownStaging == null ? new String[0] : new String[] {ownStaging});
  }
}
