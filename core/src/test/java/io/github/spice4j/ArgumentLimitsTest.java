package io.github.spice4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.jni.JniBackend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The argument defects of issue 11 item 9: each one a clean IllegalArgumentException with a message
 * (never a trap, an OutOfMemoryError or a plausible wrong value), and the engine answers as before.
 */
class ArgumentLimitsTest {
  private static final double ET = 757339269.1839061;
  private static final double INF = Double.POSITIVE_INFINITY;

  private JniBackend backend;
  private Spice spice;
  private StateVector reference;

  @BeforeEach
  void setUp() {
    backend = TestData.basicBackend();
    spice = Spice.over(backend);
    reference = backend.ephemeris().spkezr("MOON", ET, "J2000", "LT+S", "EARTH");
  }

  @AfterEach
  void tearDown() {
    backend.close();
  }

  private void refused(String mentions, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(mentions), () -> "message should mention " + mentions + ": " + e.getMessage());
    assertArrayEquals(reference.toArray(), backend.ephemeris().spkezr("MOON", ET, "J2000", "LT+S", "EARTH").toArray(), 0.0);
  }

  /** A path of exactly {@code length} characters to an existing file. */
  private static Path fileOfPathLength(Path dir, int length) throws IOException {
    String prefix = dir.toString() + "/";
    String name = "f".repeat(length - prefix.length());
    Path p = Path.of(prefix, name.length() > 200 ? name.substring(0, 200) : name);
    if (name.length() > 200) {
      Files.createDirectories(p);
      p = Path.of(p + "/" + "g".repeat(length - p.toString().length() - 1));
    }
    Files.writeString(p, "KPL/PCK\n");
    assertEquals(length, p.toString().length());
    return p;
  }

  @Test
  void fileNamesLongerThanCspiceCanHoldAreRefused(@TempDir Path dir) throws IOException {
    Path longest = fileOfPathLength(dir, 255);
    assertTrue(backend.fileIo().exists(longest.toString()), "CSPICE holds a 255-character file name");
    Path tooLong = fileOfPathLength(dir, 256);
    refused("255", () -> backend.fileIo().exists(tooLong.toString()));
    String p300 = "/no/such/" + "d".repeat(300);
    String p388 = "/no/such/" + "d".repeat(388);
    refused("255", () -> backend.fileIo().exists(p300));
    refused("255", () -> backend.fileIo().getfat(p388));
    refused("255", () -> backend.ephemeris().spkobj(p388));
    refused("255", () -> backend.ephemeris().spkcov(p388, 399));
    refused("255", () -> backend.ck().ckobj(p388));
    refused("255", () -> backend.dsk().dskobj(p388));
    refused("255", () -> backend.dsk().dsksrf(p388, 2000433));
    refused("255", () -> backend.spkWriter().spkopa(OutputTarget.file(Path.of(p388))));
    refused("255", () -> backend.kernels().furnsh(Path.of(p388)));
    // Trailing blanks are not part of a CSPICE name.
    assertTrue(backend.fileIo().exists(longest + " ".repeat(100)));
  }

  @Test
  void infinitiesAreRefusedWhereCspiceWouldTrapOrComputeGarbage() {
    refused("finite", () -> backend.coords().recgeo(new Vector3(1, 2, 3), INF, 0.0033));
    refused("finite", () -> backend.coords().recgeo(new Vector3(1, 2, 3), 6378, -INF));
    refused("finite", () -> backend.coords().georec(1, 0.5, 0, -INF, 0.0033));
    refused("finite", () -> backend.coords().georec(1, 0.5, 0, 6378, INF));
    refused("finite", () -> backend.gf().gfsstp(-INF));
    refused("finite", () -> backend.gf().gfstol(INF));
    refused("finite", () -> spice.etToUtc(INF, 3)); // was "1971-12-31T00:00:00.000"
    refused("finite", () -> spice.rotation("J2000", "IAU_EARTH", -INF)); // was a matrix of NaN
    refused("finite", () -> backend.coords().reclat(new Vector3(INF, 0, 0)));
    try (SpiceWindow w = spice.cells().window(4)) {
      refused("finite", () -> backend.cells().wninsd(INF, ET, w));
      refused("finite", () -> backend.cells().wninsd(ET, INF, w));
    }
  }

  @Test
  void hugeSizesFailBeforeAllocatingOrWriting() {
    double[] vertices = {0, 0, 0, 1, 0, 0, 0, 1, 0};
    int[] plates = {1, 2, 3};
    refused("spxisz", () -> spice.dskFiles().spatialIndex(vertices, plates, 5.0, 4, 10_000, 1000, 1000, false,
        Integer.MAX_VALUE)); // was an OutOfMemoryError
    refused("ncomch", () -> spice.spkFiles().create(OutputTarget.virtual("big/comments.bsp"), "big", 1 << 30));
    refused("ncomch", () -> backend.dsk().dskopn(OutputTarget.virtual("big/comments.bds"), "big", 1 << 30));
  }
}
