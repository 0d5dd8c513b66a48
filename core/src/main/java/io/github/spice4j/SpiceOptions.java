package io.github.spice4j;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Engine settings for {@link Spice#create(SpiceOptions)} and {@link SpicePool#create(int, SpiceOptions,
 * java.util.function.Consumer)}. Immutable; start from {@link #defaults()} and derive with the
 * {@code with*} methods:
 *
 * <pre>{@code
 * Spice spice = Spice.create(SpiceOptions.defaults()
 *     .withCallTimeout(Duration.ofSeconds(30))
 *     .withConfinement(Path.of("/data/kernels")));
 * }</pre>
 *
 * @param callTimeout how long one entry into the engine (one CSPICE routine; a GF search with a progress
 *     listener enters once per piece) may run before it stops with {@link SpiceCancelledException}
 *     ({@code SPICE4J(DEADLINE)}) and the engine is rebuilt with its kernels; null keeps the default
 *     (120 seconds, or the system property {@code spice4j.callTimeoutSeconds})
 * @param confinement directories the engine may read and write (every open, stat, access check and
 *     delete is checked on the canonical path, so {@code ..} and symlinks cannot lead outside), besides
 *     its own staged byte-loaded kernels; an empty list allows only those; null leaves file access
 *     unconfined (other engines' staged files are refused either way)
 */
public record SpiceOptions(Duration callTimeout, List<Path> confinement) {
  /**
   * Checks and copies the settings.
   *
   * @throws IllegalArgumentException if callTimeout is zero or negative, or a confinement directory is null
   */
  public SpiceOptions {
    if (callTimeout != null && (callTimeout.isZero() || callTimeout.isNegative())) {
      throw new IllegalArgumentException("callTimeout must be positive, got " + callTimeout);
    }
    if (confinement != null) {
      // List.of's contains(null) throws, so look for null by iterating
      for (Path dir : confinement) if (dir == null) throw new IllegalArgumentException("confinement: a directory is null");
      confinement = List.copyOf(confinement);
    }
  }

  /** The defaults: the default call timeout and unconfined file access. */
  public static SpiceOptions defaults() {
    return new SpiceOptions(null, null);
  }

  /**
   * These options with another call timeout (see {@link #callTimeout()}).
   *
   * @param timeout positive
   * @return the new options
   * @throws IllegalArgumentException if timeout is null, zero or negative
   */
  public SpiceOptions withCallTimeout(Duration timeout) {
    if (timeout == null) throw new IllegalArgumentException("callTimeout: null");
    return new SpiceOptions(timeout, confinement);
  }

  /**
   * These options with file access confined to the given directories (see {@link #confinement()}).
   *
   * @param dirs directories that exist when the engine is created (none: only staged byte-loaded kernels)
   * @return the new options
   * @throws IllegalArgumentException if a directory is null
   */
  public SpiceOptions withConfinement(Path... dirs) {
    Objects.requireNonNull(dirs, "dirs");
    return new SpiceOptions(callTimeout, Arrays.asList(dirs));
  }
}
