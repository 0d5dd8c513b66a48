package io.github.spice4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.Spice;
import io.github.spice4j.Vector3;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code spice4j events fov} on an instrument defined by a text IK (a 0.5 rad circle fixed in IAU_EARTH on the
 * Earth's prime meridian) and the shared kernels: each boundary of the Moon-in-view windows is where the engine's
 * {@code spkpos_c} puts the Moon's center (POINT) or the edge of its disk (ELLIPSOID) on the FOV's edge.
 */
class EventsFovTest {
  private static final double HALF_ANGLE = 0.5;
  /** 2024-01-01 .. 2024-01-04 UTC, ET. */
  private static final double START = 757339269.1839061, STOP = START + 3 * 86400;

  private static Path instrumentKernel(Path dir) throws Exception {
    Path ik = dir.resolve("test_circle.ti");
    Files.writeString(ik, String.join("\n", "KPL/IK", "\\begindata",
        "INS-999001_FOV_SHAPE = 'CIRCLE'", "INS-999001_FOV_FRAME = 'IAU_EARTH'",
        "INS-999001_BORESIGHT = ( 1 0 0 )",
        "INS-999001_FOV_BOUNDARY_CORNERS = ( " + Math.cos(HALF_ANGLE) + " 0 " + Math.sin(HALF_ANGLE) + " )",
        "NAIF_BODY_NAME += 'TEST_CIRCLE'", "NAIF_BODY_CODE += -999001", "\\begintext", ""));
    return ik;
  }

  /** The kernels: the shared defaults, then the IK. */
  private static List<Path> kernels(Path ik) {
    List<Path> k = new ArrayList<>(DefaultKernels.locate(null).files());
    k.add(ik);
    return k;
  }

  /** Runs {@code events fov} as csv and returns the interval ends (ET) that are not window ends. */
  private static List<Double> boundaries(List<Path> kernels, List<String> shape) {
    List<String> argv = new ArrayList<>(List.of("events", "fov", "--instrument", "TEST_CIRCLE", "--target", "MOON",
        "--observer", "EARTH", "--abcorr", "LT+S", "--start-et", String.valueOf(START),
        "--stop-et", String.valueOf(STOP), "--step", "10m", "--format", "csv"));
    argv.addAll(shape);
    for (Path k : kernels) argv.addAll(List.of("--kernel", k.toString()));
    Cli r = Cli.run(argv.toArray(String[]::new));
    assertEquals(0, r.code(), r::toString);
    List<Double> ends = new ArrayList<>();
    for (String line : r.out().lines().skip(1).toList()) {
      String[] f = line.split(",");
      for (int k = 2; k < 4; k++) {
        double t = Double.parseDouble(f[k]);
        if (t != START && t != STOP) ends.add(t);
      }
    }
    return ends;
  }

  @Test
  void moonInACircularFovAsPointAndAsEllipsoid(@TempDir Path dir) throws Exception {
    List<Path> kernels = kernels(instrumentKernel(dir));
    List<Double> point = boundaries(kernels, List.of());
    List<Double> disk = boundaries(kernels, List.of("--ellipsoid"));
    assertEquals(disk, boundaries(kernels, List.of("--ellipsoid", "IAU_MOON")));
    assertTrue(point.size() >= 4, point::toString);
    assertEquals(point.size(), disk.size());
    try (Spice spice = Spice.create()) {
      spice.load(kernels.toArray(Path[]::new));
      double radius = spice.bodyConstant("MOON", "RADII")[0];
      for (int i = 0; i < point.size(); i++) {
        Vector3 p = spice.position("MOON", "EARTH", "IAU_EARTH", io.github.spice4j.AberrationCorrection.LT_S,
            point.get(i)).position();
        assertEquals(HALF_ANGLE, Math.acos(p.x() / p.norm()), 1e-9, "center at ET " + point.get(i));
        Vector3 d = spice.position("MOON", "EARTH", "IAU_EARTH", io.github.spice4j.AberrationCorrection.LT_S,
            disk.get(i)).position();
        assertEquals(HALF_ANGLE, Math.acos(d.x() / d.norm()) - Math.asin(radius / d.norm()), 1e-9,
            "disk edge at ET " + disk.get(i));
      }
    }
  }
}
