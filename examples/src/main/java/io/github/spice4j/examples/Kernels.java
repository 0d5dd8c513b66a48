package io.github.spice4j.examples;

import io.github.spice4j.Spice;
import java.nio.file.Path;

/** Where the examples find NAIF kernels, and loading them. */
final class Kernels {
  private Kernels() {}

  /** The kernels directory: {@code -Dspice4j.kernels}, else {@code ../shared/kernels}. */
  static Path dir() {
    return Path.of(System.getProperty("spice4j.kernels", "../shared/kernels"));
  }

  /** Loads kernels given relative to {@code dir}. */
  static void load(Spice spice, Path dir, String... relative) {
    for (String k : relative) spice.load(dir.resolve(k));
  }
}
