package io.github.spice4j.examples;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.SpicePool;
import io.github.spice4j.StateVector;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Computes states of several bodies in parallel on a {@link SpicePool}: one engine per processor, each
 * with the same kernels, fed through {@link SpicePool#submit} (CSPICE {@code spkezr_c},
 * https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/spkezr_c.html). Results come back in
 * submission order whichever engine computed them.
 *
 * <p>Run: {@code ParallelStates [utc]} (default 2024-01-01). Prints one line per body: name, then the
 * geometric J2000 state relative to the Earth (km, km/s).
 */
public final class ParallelStates {
  /** The bodies, all in the DE440s excerpt. */
  static final List<String> BODIES = List.of("MOON", "SUN", "MERCURY", "VENUS", "MARS BARYCENTER",
      "JUPITER BARYCENTER", "SATURN BARYCENTER");

  private ParallelStates() {}

  /**
   * Prints the states.
   *
   * @param args optional UTC epoch
   */
  public static void main(String[] args) {
    run(args.length > 0 ? args[0] : "2024-01-01T00:00:00", Kernels.dir(), System.out);
  }

  /**
   * The computation behind {@link #main}.
   *
   * @param utc the epoch (UTC)
   * @param kernels directory holding {@code lsk/naif0012.tls} and {@code spk/de440s_2023_2026_excerpt.bsp}
   * @param out where the lines go
   */
  public static void run(String utc, Path kernels, PrintStream out) {
    int engines = Math.max(2, Runtime.getRuntime().availableProcessors());
    try (SpicePool pool = SpicePool.create(engines, kernels.resolve("lsk/naif0012.tls"),
        kernels.resolve("spk/de440s_2023_2026_excerpt.bsp"))) {
      double et = pool.call(spice -> spice.utcToEt(utc));
      List<CompletableFuture<StateVector>> states = new ArrayList<>();
      for (String body : BODIES) {
        states.add(pool.submit(spice -> spice.state(body, "EARTH", "J2000", AberrationCorrection.NONE, et)));
      }
      for (int i = 0; i < BODIES.size(); i++) {
        double[] s = states.get(i).join().toArray();
        out.printf("%s %s %s %s %s %s %s%n", BODIES.get(i), s[0], s[1], s[2], s[3], s[4], s[5]);
      }
    }
  }
}
