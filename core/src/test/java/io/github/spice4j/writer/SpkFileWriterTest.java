package io.github.spice4j.writer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.Spice;
import io.github.spice4j.SpiceException;
import io.github.spice4j.TestData;
import io.github.spice4j.TimeInterval;
import io.github.spice4j.OutputTarget;
import io.github.spice4j.jni.JniBackend;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPK types 2, 3, 9 and 13 written by the project's DAF writer from the real DE440 Moon (geometric, MOON
 * wrt EARTH, J2000), loaded into a fresh engine and read back with spkezr, spkobj and spkcov.
 */
class SpkFileWriterTest {
  private static final String SPK = "spk/de440s_2023_2026_excerpt.bsp";
  /** 2024-01-01T00:00:00 TDB. */
  private static final double ET0 = 757339200.0;
  private static final int MOON = 301;
  private static final int EARTH = 399;
  private static final int J2000 = 1;
  private static final double DAY = 86400.0;
  /** Rounding of an interpolation evaluated at a node: a few ulps of the Moon's 4e5 km and 1 km/s. */
  private static final double NODE_POS = 1e-9;
  private static final double NODE_VEL = 1e-13;

  private JniBackend source;
  private JniBackend reader;

  @BeforeEach
  void open() {
    source = JniBackend.create();
    source.kernels().furnsh(TestData.kernel(SPK));
    reader = JniBackend.create();
  }

  @AfterEach
  void close() {
    source.close();
    reader.close();
  }

  private double[] de440(double et) {
    return source.ephemeris().spkezr("MOON", et, "J2000", "NONE", "EARTH").toArray();
  }

  private double[] written(double et) {
    return reader.ephemeris().spkezr("MOON", et, "J2000", "NONE", "EARTH").toArray();
  }

  /** Writes one file in memory and loads it into the reader under id. */
  private void writeAndLoad(String id, Consumer<SpkFileWriter> segments) {
    SpkFileWriter w = SpkFileWriter.open(KernelOutput.memory(), "SPICE4J WRITER TEST");
    segments.accept(w);
    w.close();
    reader.kernels().furnsh(id, w.toByteArray());
  }

  /**
   * Chebyshev interpolation coefficients (degree deg) of the given state components over
   * [mid - radius, mid + radius], from values at the Chebyshev nodes.
   */
  private double[] chebyshevFit(double mid, double radius, int deg, int components) {
    int m = deg + 1;
    double[][] values = new double[m][];
    double[] nodes = new double[m];
    for (int k = 0; k < m; k++) {
      nodes[k] = Math.cos(Math.PI * (k + 0.5) / m);
      values[k] = de440(mid + nodes[k] * radius);
    }
    double[] out = new double[components * m];
    for (int c = 0; c < components; c++) {
      for (int j = 0; j < m; j++) {
        double sum = 0;
        for (int k = 0; k < m; k++) sum += values[k][c] * Math.cos(j * Math.acos(nodes[k]));
        out[c * m + j] = (j == 0 ? 1.0 : 2.0) * sum / m;
      }
    }
    return out;
  }

  private double[] chebyshevData(int records, double intlen, int deg, int components) {
    double[] cdata = new double[records * components * (deg + 1)];
    for (int i = 0; i < records; i++) {
      double[] rec = chebyshevFit(ET0 + (i + 0.5) * intlen, intlen / 2, deg, components);
      System.arraycopy(rec, 0, cdata, i * rec.length, rec.length);
    }
    return cdata;
  }

  /** Clenshaw sum of a Chebyshev series at s in [-1, 1]: the position from the written coefficients. */
  private static double chebyshev(double[] c, int from, int m, double s) {
    double b1 = 0;
    double b2 = 0;
    for (int j = m - 1; j >= 1; j--) {
      double b = 2 * s * b1 - b2 + c[from + j];
      b2 = b1;
      b1 = b;
    }
    return s * b1 - b2 + c[from];
  }

  private static void assertNear(double[] expected, double[] actual, double posTol, double velTol, String what) {
    for (int k = 0; k < 6; k++) {
      double tol = k < 3 ? posTol : velTol;
      int kk = k;
      assertTrue(Math.abs(expected[k] - actual[k]) <= tol,
          () -> what + " component " + kk + ": expected " + expected[kk] + " got " + actual[kk] + " (diff "
              + (actual[kk] - expected[kk]) + ", tolerance " + tol + ")");
    }
  }

  /** Epochs inside [from, to] that avoid any fit node. */
  private static double[] probes(double from, double to, int n) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) out[i] = from + (to - from) * (i + 0.37) / n;
    return out;
  }

  @Test
  void type02PositionChebyshevMatchesDe440AndItsOwnCoefficients() {
    int records = 4;
    int deg = 15;
    double intlen = DAY;
    double[] cdata = chebyshevData(records, intlen, deg, 3);
    writeAndLoad("out/moon02.bsp", w -> w.writeType02(MOON, EARTH, J2000, ET0, ET0 + records * intlen, "MOON 2",
        intlen, deg, cdata, ET0));
    int m = deg + 1;
    for (double et : probes(ET0, ET0 + records * intlen, 40)) {
      double[] s = written(et);
      // The engine's evaluation of the stored coefficients equals the Chebyshev sum of cdata.
      int rec = (int) ((et - ET0) / intlen);
      double x = (et - (ET0 + (rec + 0.5) * intlen)) / (intlen / 2);
      for (int c = 0; c < 3; c++) {
        double expected = chebyshev(cdata, (rec * 3 + c) * m, m, x);
        assertEquals(expected, s[c], 1e-12 * Math.abs(expected) + 1e-9, "coefficient sum, component " + c);
      }
      // A degree-15 daily fit reproduces DE440's Moon to well under a millimetre; velocity is the derivative.
      assertNear(de440(et), s, 1e-6, 1e-10, "type 2 at " + et);
    }
    assertArrayEquals(new int[] {MOON}, reader.ephemeris().spkobj("out/moon02.bsp"));
    assertEquals(List.of(new TimeInterval(ET0, ET0 + records * intlen)), reader.ephemeris().spkcov("out/moon02.bsp", MOON));
  }

  @Test
  void type03PositionAndVelocityChebyshevMatchesDe440() {
    int records = 3;
    int deg = 13;
    double intlen = DAY;
    double[] cdata = chebyshevData(records, intlen, deg, 6);
    // Coverage deliberately narrower than the records.
    double first = ET0 + 3600;
    double last = ET0 + records * intlen - 3600;
    writeAndLoad("out/moon03.bsp", w -> w.writeType03(MOON, EARTH, J2000, first, last, "MOON 3", intlen, deg, cdata,
        ET0));
    for (double et : probes(first, last, 40)) assertNear(de440(et), written(et), 1e-6, 1e-11, "type 3 at " + et);
    assertEquals(List.of(new TimeInterval(first, last)), reader.ephemeris().spkcov("out/moon03.bsp", MOON));
  }

  /** The highest degree the writers accept (27) is one the engine's readers evaluate. */
  @Test
  void highestDegreeIsReadable() {
    int deg = ChebyshevSegment.MAX_DEGREE;
    double[] cdata = chebyshevData(1, DAY, deg, 6);
    writeAndLoad("out/deg27.bsp", w -> w.writeType03(MOON, EARTH, J2000, ET0, ET0 + DAY, "DEGREE 27", DAY, deg,
        cdata, ET0));
    for (double et : probes(ET0, ET0 + DAY, 5)) assertNear(de440(et), written(et), 1e-6, 1e-11, "type 3 at " + et);
    reader.kernels().unload("out/deg27.bsp");
    double[] t = epochs(40);
    double[] states = states(t);
    writeAndLoad("out/deg27h.bsp", w -> w.writeType13(MOON, EARTH, J2000, t[0], t[39], "DEGREE 27", 27, states, t));
    for (int i = 10; i < 30; i += 5) {
      double et = (t[i] + t[i + 1]) / 2;
      assertNear(de440(et), written(et), 1e-8, 1e-11, "type 13 at " + et);
    }
  }

  /** n states at unequal epochs (spacing 540..660 s), enough for epoch directories. */
  private double[] epochs(int n) {
    double[] t = new double[n];
    for (int i = 0; i < n; i++) t[i] = ET0 + 600.0 * i + 60.0 * Math.sin(i);
    return t;
  }

  private double[] states(double[] epochs) {
    double[] out = new double[6 * epochs.length];
    for (int i = 0; i < epochs.length; i++) System.arraycopy(de440(epochs[i]), 0, out, 6 * i, 6);
    return out;
  }

  private void checkDiscrete(String id, int n, double[] t, double[] states) {
    // At the nodes the interpolant is the given state, up to rounding in the interpolation arithmetic
    // (about 1e-14 relative; the Moon is 4e5 km and 1 km/s away).
    for (int i : new int[] {0, 1, 7, 50, 98, 99, 100, 101, 150, 198, 199, 200, 201, n - 2, n - 1}) {
      double[] expected = java.util.Arrays.copyOfRange(states, 6 * i, 6 * i + 6);
      assertNear(expected, written(t[i]), NODE_POS, NODE_VEL, id + " node " + i);
    }
    // Between nodes (spaced about 600 s), degree-7 interpolation of the Moon is good to 10 micrometres.
    for (int i = 0; i + 1 < n; i += 5) {
      double et = (t[i] + t[i + 1]) / 2;
      assertNear(de440(et), written(et), 1e-8, 1e-11, id + " between nodes " + i);
    }
    assertArrayEquals(new int[] {MOON}, reader.ephemeris().spkobj(id));
    assertEquals(List.of(new TimeInterval(t[0], t[n - 1])), reader.ephemeris().spkcov(id, MOON));
  }

  /** Degree-7 Lagrange (type 9) and Hermite (type 13) segments of the same 250 unequally spaced states. */
  @Test
  void types09And13AreExactAtNodesAndMatchDe440Between() {
    int n = 250;
    double[] t = epochs(n);
    double[] states = states(t);
    writeAndLoad("out/moon09.bsp", w -> w.writeType09(MOON, EARTH, J2000, t[0], t[n - 1], "MOON 9", 7, states, t));
    checkDiscrete("out/moon09.bsp", n, t, states);
    reader.kernels().unload("out/moon09.bsp");
    writeAndLoad("out/moon13.bsp", w -> w.writeType13(MOON, EARTH, J2000, t[0], t[n - 1], "MOON 13", 7, states, t));
    checkDiscrete("out/moon13.bsp", n, t, states);
  }

  /**
   * The window each type uses, told apart with 6-hour spacing where windows of other sizes differ by
   * kilometres: type 9 of degree 1 is the straight line through the two neighbouring states (each of the
   * six components), type 13 of degree 3 the cubic Hermite polynomial through the two neighbouring
   * positions and velocities (velocity is its derivative), both as the SPK Required Reading defines them.
   */
  @Test
  void windowsAreTheDocumentedNeighbours() {
    int n = 12;
    double h = 6 * 3600.0;
    double[] t = new double[n];
    for (int i = 0; i < n; i++) t[i] = ET0 + h * i;
    double[] states = states(t);
    double s = 0.3;
    writeAndLoad("out/linear.bsp", w -> w.writeType09(MOON, EARTH, J2000, t[0], t[n - 1], "LINEAR", 1, states, t));
    for (int i = 0; i + 1 < n; i++) {
      double[] line = new double[6];
      for (int c = 0; c < 6; c++) line[c] = states[6 * i + c] + s * (states[6 * i + 6 + c] - states[6 * i + c]);
      assertNear(line, written(t[i] + s * h), NODE_POS, NODE_VEL, "straight line after node " + i);
    }
    reader.kernels().unload("out/linear.bsp");
    writeAndLoad("out/cubic.bsp", w -> w.writeType13(MOON, EARTH, J2000, t[0], t[n - 1], "CUBIC", 3, states, t));
    for (int i = 0; i + 1 < n; i++) {
      double[] hermite = new double[6];
      for (int c = 0; c < 3; c++) {
        double p0 = states[6 * i + c];
        double p1 = states[6 * i + 6 + c];
        double v0 = states[6 * i + 3 + c] * h;
        double v1 = states[6 * i + 9 + c] * h;
        hermite[c] = (2 * s * s * s - 3 * s * s + 1) * p0 + (s * s * s - 2 * s * s + s) * v0
            + (-2 * s * s * s + 3 * s * s) * p1 + (s * s * s - s * s) * v1;
        hermite[c + 3] = ((6 * s * s - 6 * s) * p0 + (3 * s * s - 4 * s + 1) * v0 + (-6 * s * s + 6 * s) * p1
            + (3 * s * s - 2 * s) * v1) / h;
      }
      assertNear(hermite, written(t[i] + s * h), NODE_POS, NODE_VEL, "cubic Hermite after node " + i);
    }
  }

  @Test
  void manySegmentsSpanSeveralSummaryRecords() {
    // 60 segments: three summary/name record pairs of 25 each.
    int segments = 60;
    double[] t = epochs(4);
    double[] states = states(t);
    writeAndLoad("out/many.bsp", w -> {
      for (int k = 0; k < segments; k++) {
        w.writeType13(-1000 - k, EARTH, J2000, t[0], t[3], "BODY " + k, 3, states, t);
      }
    });
    int[] ids = reader.ephemeris().spkobj("out/many.bsp");
    assertEquals(segments, ids.length);
    for (int k = 0; k < segments; k++) {
      assertEquals(List.of(new TimeInterval(t[0], t[3])), reader.ephemeris().spkcov("out/many.bsp", -1000 - k));
      double[] s = reader.ephemeris().spkezr(Integer.toString(-1000 - k), t[2], "J2000", "NONE", "EARTH").toArray();
      assertNear(java.util.Arrays.copyOfRange(states, 12, 18), s, NODE_POS, NODE_VEL, "body " + k);
    }
  }

  @Test
  void writesFilesOnDiskAndNeverReplacesOne(@TempDir Path dir) {
    Path file = dir.resolve("moon.bsp");
    double[] t = epochs(10);
    double[] states = states(t);
    try (SpkFileWriter w = SpkFileWriter.open(KernelOutput.file(file), "ON DISK")) {
      assertEquals(file, w.file());
      w.writeType09(MOON, EARTH, J2000, t[0], t[9], "MOON 9", 3, states, t);
    }
    reader.kernels().furnsh(file);
    assertNear(java.util.Arrays.copyOfRange(states, 30, 36), written(t[5]), NODE_POS, NODE_VEL, "disk file");
    assertThrows(UncheckedIOException.class, () -> SpkFileWriter.open(KernelOutput.file(file), "AGAIN"));
  }

  @Test
  void emptyFileIsAValidSpk() {
    SpkFileWriter w = SpkFileWriter.open(KernelOutput.memory(), "EMPTY");
    assertThrows(IllegalStateException.class, w::toByteArray);
    w.close();
    w.close();
    reader.kernels().furnsh("out/empty.bsp", w.toByteArray());
    assertEquals(0, reader.ephemeris().spkobj("out/empty.bsp").length);
  }

  private static void assertCode(String code, org.junit.jupiter.api.function.Executable call) {
    SpiceException e = assertThrows(SpiceException.class, call);
    assertEquals("SPICE(" + code + ")", e.shortMessage(), e::getMessage);
    assertFalse(e.longMessage().isBlank(), e::getMessage);
  }

  @Test
  void refusesBadInputWithCspiceCodesAndStaysUsable() {
    double[] t = epochs(10);
    double[] states = states(t);
    try (SpkFileWriter w = SpkFileWriter.open(KernelOutput.memory(), "BAD INPUT")) {
      double[] backwards = t.clone();
      backwards[4] = backwards[3];
      SpiceException e = assertThrows(SpiceException.class,
          () -> w.writeType09(MOON, EARTH, J2000, t[0], t[9], "X", 3, states, backwards));
      assertEquals("SPICE(TIMESOUTOFORDER)", e.shortMessage());
      assertTrue(e.longMessage().contains("strictly increasing"), e.getMessage());
      assertEquals("spkw09", e.routine());
      // Java-level misuse: array lengths, NaN, null.
      IllegalArgumentException iae = assertThrows(IllegalArgumentException.class, () -> w.writeType13(MOON, EARTH,
          J2000, t[0], t[9], "X", 3, java.util.Arrays.copyOf(states, 54), t));
      assertTrue(iae.getMessage().contains("double[60]"), iae.getMessage());
      double[] nan = states.clone();
      nan[17] = Double.NaN;
      iae = assertThrows(IllegalArgumentException.class,
          () -> w.writeType13(MOON, EARTH, J2000, t[0], t[9], "X", 3, nan, t));
      assertTrue(iae.getMessage().contains("states[17]"), iae.getMessage());
      assertThrows(NullPointerException.class,
          () -> w.writeType09(MOON, EARTH, J2000, t[0], t[9], "X", 3, null, t));
      assertThrows(IllegalArgumentException.class,
          () -> w.writeType02(MOON, EARTH, J2000, ET0, ET0 + DAY, "X", DAY, 3, new double[11], ET0));
      // The conditions CSPICE's spkw02/03/09/13 (and spkpds under them) document.
      assertCode("INVALIDDEGREE", () -> w.writeType13(MOON, EARTH, J2000, t[0], t[9], "X", 4, states, t));
      assertCode("INVALIDDEGREE", () -> w.writeType09(MOON, EARTH, J2000, t[0], t[9], "X", 0, states, t));
      assertCode("TOOFEWSTATES", () -> w.writeType09(MOON, EARTH, J2000, t[0], t[9], "X", 10, states, t));
      assertCode("TOOFEWSTATES", () -> w.writeType13(MOON, EARTH, J2000, t[0], t[9], "X", 27, states, t));
      assertCode("BADDESCRTIMES", () -> w.writeType09(MOON, EARTH, J2000, t[0] - 1, t[9], "X", 3, states, t));
      assertCode("BADDESCRTIMES", () -> w.writeType13(MOON, EARTH, J2000, t[0], t[9] + 1, "X", 3, states, t));
      assertCode("BADDESCRTIMES", () -> w.writeType09(MOON, EARTH, J2000, t[5], t[5], "X", 3, states, t));
      assertCode("INVALIDREFFRAME", () -> w.writeType09(MOON, EARTH, 0, t[0], t[9], "X", 3, states, t));
      assertCode("BODYANDCENTERSAME", () -> w.writeType09(MOON, MOON, J2000, t[0], t[9], "X", 3, states, t));
      assertCode("BARYCENTEREPHEM", () -> w.writeType13(0, EARTH, J2000, t[0], t[9], "X", 3, states, t));
      assertCode("SEGIDTOOLONG", () -> w.writeType09(MOON, EARTH, J2000, t[0], t[9], "X".repeat(41), 3, states,
          t));
      assertCode("NONPRINTABLECHARS", () -> w.writeType09(MOON, EARTH, J2000, t[0], t[9], "TAB\t", 3, states, t));
      assertCode("EMPTYSTRING", () -> w.writeType09(MOON, EARTH, J2000, t[0], t[9], "", 3, states, t));
      assertCode("INTLENNOTPOS", () -> w.writeType03(MOON, EARTH, J2000, ET0, ET0 + DAY, "X", -DAY, 3,
          new double[24], ET0));
      assertCode("COVERAGEGAP", () -> w.writeType03(MOON, EARTH, J2000, ET0, ET0 + 2 * DAY, "X", DAY, 3,
          new double[24], ET0));
      assertCode("INVALIDDEGREE", () -> w.writeType02(MOON, EARTH, J2000, ET0, ET0 + DAY, "X", DAY, 28,
          new double[87], ET0));
      assertCode("NUMCOEFFSNOTPOS", () -> w.writeType02(MOON, EARTH, J2000, ET0, ET0 + DAY, "X", DAY, 3,
          new double[0], ET0));
      assertCode("BADDESCRTIMES", () -> w.writeType02(MOON, EARTH, J2000, ET0 + DAY, ET0, "X", DAY, 3,
          new double[12], ET0));
      // Names need an engine.
      assertThrows(IllegalStateException.class,
          () -> w.writeType09("MOON", "EARTH", "J2000", t[0], t[9], "X", 3, states, t));
      // Still usable after the refusals; a 40-character identifier with trailing blanks fits, as in CSPICE.
      w.writeType09(MOON, EARTH, J2000, t[0], t[9], "G".repeat(40) + "  ", 3, states, t);
      w.close();
      assertThrows(IllegalStateException.class,
          () -> w.writeType09(MOON, EARTH, J2000, t[0], t[9], "LATE", 3, states, t));
      reader.kernels().furnsh("out/bad.bsp", w.toByteArray());
    }
    assertNear(java.util.Arrays.copyOfRange(states, 6, 12), written(t[1]), NODE_POS, NODE_VEL, "after refusals");
    assertThrows(IllegalArgumentException.class, () -> SpkFileWriter.open(KernelOutput.memory(), " "));
  }

  /**
   * A writer opened on a Spice takes body names or decimal IDs and frame names as spkezr does, writes to a
   * virtual output of that Spice (refused to readers and other writers while open) and the Spice loads
   * it by id. A segment written in ECLIPJ2000 is read back in J2000 through the engine's rotation.
   */
  @Test
  void namedBodiesAndFramesGoToAVirtualOutputLoadedById() {
    Spice spice = Spice.over(source);
    int n = 120;
    double[] t = epochs(n);
    double[] j2000 = states(t);
    double[] ecliptic = new double[6 * n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(source.ephemeris().spkezr("MOON", t[i], "ECLIPJ2000", "NONE", "EARTH").toArray(), 0, ecliptic, 6 * i, 6);
    }
    String id = "out/named.bsp";
    byte[] bytes;
    try (SpkFileWriter w = SpkFileWriter.open(KernelOutput.of(spice, OutputTarget.virtual(id)), "NAMED")) {
      w.writeType13("-999", "EARTH", "ECLIPJ2000", t[0], t[n - 1], "ECLIPTIC 13", 7, ecliptic, t);
      w.writeType09("-998", "399", "J2000", t[0], t[n - 1], "J2000 9", 7, j2000, t);
      assertCode("IDCODENOTFOUND", () -> w.writeType13("NO SUCH BODY", "EARTH", "J2000", t[0], t[9], "X", 3,
          j2000, t));
      assertCode("IDCODENOTFOUND", () -> w.writeType09("-997", "NOWHERE", "J2000", t[0], t[9], "X", 3, j2000, t));
      assertCode("INVALIDREFFRAME", () -> w.writeType13("-999", "EARTH", "NO_SUCH_FRAME", t[0], t[9], "X", 3,
          j2000, t));
      assertCode("INVALIDREFFRAME", () -> w.writeType13(-999, 399, 987654, t[0], t[9], "X", 3, j2000, t));
      assertCode("EMPTYSTRING", () -> w.writeType09("", "EARTH", "J2000", t[0], t[9], "X", 3, j2000, t));
      assertThrows(IllegalStateException.class, () -> spice.loadOutput(id));
      assertThrows(IllegalStateException.class, () -> source.kernels().virtualOutput(id));
      assertThrows(IllegalStateException.class,
          () -> SpkFileWriter.open(KernelOutput.of(spice, OutputTarget.virtual(id)), "2ND"));
      w.close();
      bytes = w.toByteArray();
    }
    assertArrayEquals(bytes, source.kernels().virtualOutput(id));
    spice.loadOutput(id);
    assertTrue(spice.loadedKernels().stream().anyMatch(k -> k.file().equals(id)));
    for (int i : new int[] {0, 50, 99, 100, n - 1}) {
      double[] ecl = java.util.Arrays.copyOfRange(ecliptic, 6 * i, 6 * i + 6);
      assertNear(ecl, source.ephemeris().spkezr("-999", t[i], "ECLIPJ2000", "NONE", "EARTH").toArray(), NODE_POS, NODE_VEL,
          "ecliptic node " + i);
      double[] eq = java.util.Arrays.copyOfRange(j2000, 6 * i, 6 * i + 6);
      assertNear(eq, source.ephemeris().spkezr("-998", t[i], "J2000", "NONE", "EARTH").toArray(), NODE_POS, NODE_VEL,
          "J2000 node " + i);
    }
    for (int i = 0; i + 1 < n; i += 7) {
      double et = (t[i] + t[i + 1]) / 2;
      assertNear(de440(et), source.ephemeris().spkezr("-999", et, "J2000", "NONE", "EARTH").toArray(), 1e-8, 1e-11,
          "ecliptic segment in J2000 between nodes " + i);
    }
  }

  /** Coverage may exceed the records by CSPICE's relative 1e-13 (type 2 and 3 writers' TOLSCL), no more. */
  @Test
  void chebyshevCoverageToleranceIsCspices() {
    double[] cdata = chebyshevData(1, DAY, 7, 3);
    double slack = 0.5e-13 * (ET0 + DAY);
    writeAndLoad("out/slack.bsp", w -> w.writeType02(MOON, EARTH, J2000, ET0 - slack, ET0 + DAY + slack, "SLACK",
        DAY, 7, cdata, ET0));
    assertNear(de440(ET0 + 1000), written(ET0 + 1000), 1e-3, 1e-8, "within the tolerance");
    try (SpkFileWriter w = SpkFileWriter.open(KernelOutput.memory(), "TOO MUCH")) {
      assertCode("COVERAGEGAP", () -> w.writeType02(MOON, EARTH, J2000, ET0, ET0 + DAY + 4 * slack, "X", DAY, 7,
          cdata, ET0));
    }
  }
}
