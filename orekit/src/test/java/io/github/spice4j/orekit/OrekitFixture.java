package io.github.spice4j.orekit;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.spice4j.Spice;
import java.nio.file.Files;
import java.nio.file.Path;
import org.orekit.frames.Frame;
import org.orekit.frames.Frames;
import org.orekit.time.TimeScales;

/**
 * A spice4j engine with real NAIF kernels and a minimal, offline Orekit context: time scales built from
 * the LSK's leap seconds and EME2000 (which needs no data). Missing kernels fail the test, never skip it.
 */
final class OrekitFixture implements AutoCloseable {
  /** Kernels: LSK, PCKs (radii, GM, Earth and Moon orientation), DE SPK excerpts, DSN stations and FK. */
  static final String[] KERNELS = {"lsk/naif0012.tls", "pck/pck00010.tpc", "pck/gm_de440.tpc",
      "pck/earth_latest_high_prec.bpc", "pck/moon_pa_de421_1900-2050.bpc", "fk/moon_080317.tf",
      "fk/earth_topo_201023.tf", "spk/de430_2015-03-02_excerpt.bsp", "spk/de440s_2023_2026_excerpt.bsp",
      "spk/earthstns_itrf93_201023.bsp"};

  final Spice spice;
  final TimeScales scales;
  final Frame eme2000;
  final SpiceOrekit bridge;

  OrekitFixture() {
    spice = Spice.create();
    for (String k : KERNELS) spice.load(kernel(k));
    scales = SpiceTimeScales.fromLeapSeconds(spice);
    eme2000 = Frames.of(scales, () -> null).getEME2000();
    bridge = SpiceOrekit.over(spice, eme2000, scales.getTDB());
  }

  static Path kernel(String relative) {
    Path dir = Path.of(System.getProperty("spice4j.kernels", "../../shared/kernels"));
    Path p = dir.resolve(relative);
    if (!Files.isRegularFile(p)) fail("NAIF kernel " + relative + " not found at " + p + "; set -Dspice4j.kernels");
    return p;
  }

  @Override
  public void close() {
    spice.close();
  }
}
