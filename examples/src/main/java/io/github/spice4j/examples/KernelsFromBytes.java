package io.github.spice4j.examples;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.Spice;
import io.github.spice4j.StateVector;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads kernels from memory rather than from files ({@link Spice#load(String, byte[])}, CSPICE
 * {@code furnsh_c} on a private staged copy, https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/furnsh_c.html),
 * as a service would that receives kernels from a database, an object store or a jar's resources, then
 * computes the Moon's state.
 *
 * <p>Run: {@code KernelsFromBytes [utc]} (default 2024-01-01). Prints the loaded kernels' ids and the
 * Moon's J2000 state relative to the Earth, corrected with LT+S (km, km/s) and its light time (s).
 */
public final class KernelsFromBytes {
  private KernelsFromBytes() {}

  /**
   * Prints the kernels and the state.
   *
   * @param args optional UTC epoch
   */
  public static void main(String[] args) {
    run(args.length > 0 ? args[0] : "2024-01-01T00:00:00", Kernels.dir(), System.out);
  }

  /**
   * The work behind {@link #main}.
   *
   * @param utc the epoch (UTC)
   * @param kernels directory holding {@code lsk/naif0012.tls} and {@code spk/de440s_2023_2026_excerpt.bsp}
   * @param out where the lines go
   */
  public static void run(String utc, Path kernels, PrintStream out) {
    try (Spice spice = Spice.create()) {
      // Any byte source works; here the bytes happen to come from the kernels directory.
      spice.load("memory/naif0012.tls", bytes(kernels.resolve("lsk/naif0012.tls")));
      spice.load("memory/de440s.bsp", bytes(kernels.resolve("spk/de440s_2023_2026_excerpt.bsp")));
      spice.loadedKernels().forEach(k -> out.println("loaded " + k.file()));
      StateVector moon = spice.state("MOON", "EARTH", "J2000", AberrationCorrection.LT_S, spice.utcToEt(utc));
      double[] s = moon.toArray();
      out.printf("MOON %s %s %s %s %s %s lt %s%n", s[0], s[1], s[2], s[3], s[4], s[5], moon.lightTime());
    }
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
