package io.github.spice4j.jni;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.Spice;
import io.github.spice4j.SpiceException;
import io.github.spice4j.StateVector;
import io.github.spice4j.TestData;
import io.github.spice4j.TimeInterval;
import io.github.spice4j.OutputTarget;
import io.github.spice4j.SpkDescriptor;
import io.github.spice4j.SpkSegment;
import io.github.spice4j.SpkWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPK writing round trips: states sampled from the real DE440 excerpt are written as a type 8 segment,
 * loaded back from bytes into a fresh backend and compared with the original ephemeris.
 */
class SpkWriterTest {
  private static final String SPK = "spk/de440s_2023_2026_excerpt.bsp";
  /** 2024-01-01T00:00:00 TDB: a round ET inside the excerpt's coverage. */
  private static final double ET0 = 757339200.0;
  private static final double STEP = 600.0;
  /** One day of samples, both ends included. */
  private static final int N = 145;
  private static final double ET1 = ET0 + (N - 1) * STEP;
  private static final int DEGREE = 7;
  private static final String SEGID = "MOON WRT EARTH, 600 S";

  private JniBackend source;

  @BeforeEach
  void open() {
    source = JniBackend.create();
    source.kernels().furnsh(TestData.kernel(SPK));
  }

  @AfterEach
  void close() {
    source.close();
  }

  /** Geometric MOON wrt EARTH in J2000 from DE440 at the sample epochs, as spkw08 wants them. */
  private double[] moonStates() {
    double[] states = new double[6 * N];
    for (int i = 0; i < N; i++) {
      System.arraycopy(source.ephemeris().spkezr("MOON", ET0 + i * STEP, "J2000", "NONE", "EARTH").toArray(), 0, states, 6 * i, 6);
    }
    return states;
  }

  private void writeMoon(String virtualId) {
    double[] states = moonStates();
    try (SpkWriter w = source.spkWriter().spkopn(OutputTarget.virtual(virtualId), "SPICE4J TEST", 0)) {
      assertTrue(w.isOpen());
      w.writeType08(301, 399, "J2000", ET0, ET1, SEGID, DEGREE, states, ET0, STEP);
    }
  }

  private static void assertClose(double[] expected, double[] actual, double absPos, double absVel, String what) {
    for (int k = 0; k < 6; k++) {
      double tol = k < 3 ? absPos : absVel;
      int kk = k;
      assertTrue(Math.abs(expected[k] - actual[k]) <= tol,
          () -> what + " component " + kk + ": expected " + expected[kk] + " got " + actual[kk]);
    }
  }

  @Test
  void type08RoundTripReproducesTheEphemeris() {
    double[] states = moonStates();
    writeMoon("out/moon.bsp");
    byte[] bytes = source.kernels().virtualOutput("out/moon.bsp");
    assertTrue(bytes.length > 0 && bytes.length % 1024 == 0, "a DAF is whole 1024-byte records");

    try (JniBackend fresh = JniBackend.create()) {
      fresh.kernels().furnsh("moon.bsp", bytes);
      assertArrayEquals(new int[] {301}, fresh.ephemeris().spkobj("moon.bsp"));
      assertEquals(List.of(new TimeInterval(ET0, ET1)), fresh.ephemeris().spkcov("moon.bsp", 301));

      // At the sample epochs Lagrange interpolation returns the nodes themselves, up to rounding.
      for (int i = 0; i < N; i += 8) {
        double[] got = fresh.ephemeris().spkezr("MOON", ET0 + i * STEP, "J2000", "NONE", "EARTH").toArray();
        double[] want = java.util.Arrays.copyOfRange(states, 6 * i, 6 * i + 6);
        for (int k = 0; k < 6; k++) {
          assertEquals(want[k], got[k], 1e-12 * Math.abs(want[k]) + 1e-15, "sample " + i + " component " + k);
        }
      }

      // Between samples, degree-7 interpolation on 600 s steps: for the dominant lunar motion (radius
      // R = 4e5 km, rate w = 2.7e-6 rad/s, even at twice that rate for the main perturbations) the
      // Lagrange remainder R (w h)^8 max|prod(s - i)| / 8! stays below 1e-17 km, so what remains is
      // rounding: one ulp of 4e5 km is 6e-11 km, and the sums of 8 weighted nodes cost a few ulps.
      // 1e-8 km (10 um) and 1e-12 km/s leave a factor of about 50 over the observed 2e-10 km.
      for (int i = 0; i < N - 1; i += 5) {
        double et = ET0 + (i + 0.5) * STEP;
        StateVector truth = source.ephemeris().spkezr("MOON", et, "J2000", "NONE", "EARTH");
        StateVector written = fresh.ephemeris().spkezr("MOON", et, "J2000", "NONE", "EARTH");
        assertClose(truth.toArray(), written.toArray(), 1e-8, 1e-12, "mid-sample " + et);
      }

      // The segment CSPICE selects is the one written, described as written.
      SpkSegment seg = fresh.spkWriter().spksfs(301, ET0 + 1000).orElseThrow();
      assertEquals(SEGID, seg.ident());
      assertEquals(fresh.kernels().kinfo("moon.bsp").orElseThrow().handle(), seg.handle());
      SpkDescriptor d = fresh.spkWriter().spkuds(seg.descr());
      assertEquals(301, d.body());
      assertEquals(399, d.center());
      assertEquals(1, d.frame()); // J2000
      assertEquals(8, d.type());
      assertEquals(ET0, d.first());
      assertEquals(ET1, d.last());
      assertTrue(d.begin() > 0 && d.end() > d.begin(), "data addresses " + d);
      // Type 8 data: 6*N states plus 4 trailing doubles (epoch1, step, window size - 1, N).
      assertEquals(6 * N + 4, d.end() - d.begin() + 1);

      // spkpds packs the same descriptor fields (addresses are left 0).
      SpkDescriptor packed = fresh.spkWriter().spkuds(fresh.spkWriter().spkpds(301, 399, "J2000", 8, ET0, ET1));
      assertEquals(new SpkDescriptor(301, 399, 1, 8, ET0, ET1, 0, 0), packed);

      // Outside the written coverage there is nothing.
      assertEquals(Optional.empty(), fresh.spkWriter().spksfs(301, ET1 + 1));
      assertEquals(Optional.empty(), fresh.spkWriter().spksfs(399, ET0 + 1));
    }
  }

  @Test
  void appendAddsSegmentsToAVirtualOutput() {
    writeMoon("append.bsp");
    int before = source.kernels().virtualOutput("append.bsp").length;
    double[] earth = new double[6 * 9];
    for (int i = 0; i < 9; i++) {
      System.arraycopy(source.ephemeris().spkezr("EARTH", ET0 + i * 3600.0, "J2000", "NONE", "EARTH BARYCENTER").toArray(), 0,
          earth, 6 * i, 6);
    }
    try (SpkWriter w = source.spkWriter().spkopa(OutputTarget.virtual("append.bsp"))) {
      w.writeType08(399, 3, "J2000", ET0, ET0 + 8 * 3600.0, "EARTH WRT EMB", 3, earth, ET0, 3600.0);
    }
    byte[] bytes = source.kernels().virtualOutput("append.bsp");
    assertTrue(bytes.length > before);
    try (JniBackend fresh = JniBackend.create()) {
      fresh.kernels().furnsh("append.bsp", bytes);
      assertArrayEquals(new int[] {301, 399}, fresh.ephemeris().spkobj("append.bsp"));
      assertEquals(List.of(new TimeInterval(ET0, ET0 + 8 * 3600.0)), fresh.ephemeris().spkcov("append.bsp", 399));
      assertClose(java.util.Arrays.copyOfRange(earth, 24, 30),
          fresh.ephemeris().spkezr("EARTH", ET0 + 4 * 3600.0, "J2000", "NONE", "EARTH BARYCENTER").toArray(), 1e-9, 1e-12,
          "appended node");
    }
    // Appending to an id no writer produced is refused without touching the engine.
    assertThrows(IllegalArgumentException.class, () -> source.spkWriter().spkopa(OutputTarget.virtual("nothing.bsp")));
    assertEquals("SPICE(FILENOTFOUND)", assertThrows(SpiceException.class,
        () -> source.spkWriter().spkopa(OutputTarget.file(Path.of("no-such-dir", "none.bsp")))).shortMessage());
    // A loaded SPK cannot be opened for writing.
    assertEquals("SPICE(FILEOPENCONFLICT)", assertThrows(SpiceException.class,
        () -> source.spkWriter().spkopa(OutputTarget.file(TestData.kernel(SPK)))).shortMessage());
    assertEquals(0, source.ownedObjects());
  }

  @Test
  void fileTargetWritesALoadableFile(@TempDir Path dir) {
    Path file = dir.resolve("moon.bsp");
    try (SpkWriter w = source.spkWriter().spkopn(OutputTarget.file(file), "FILE TARGET", 100)) {
      w.writeType08(301, 399, "J2000", ET0, ET1, SEGID, DEGREE, moonStates(), ET0, STEP);
    }
    assertTrue(Files.isRegularFile(file));
    assertArrayEquals(new int[] {301}, source.ephemeris().spkobj(file.toString()));
    // CSPICE never overwrites: a second spkopn on the same path fails and the engine stays usable.
    SpiceException e = assertThrows(SpiceException.class, () -> source.spkWriter().spkopn(OutputTarget.file(file), "AGAIN", 0));
    assertEquals("SPICE(FILEOPENFAIL)", e.shortMessage());
    assertEquals(0, source.ownedObjects());
    assertArrayEquals(new int[] {301}, source.ephemeris().spkobj(file.toString()));
  }

  @Test
  void readingAVirtualOutputWhileItsWriterIsOpenIsRefused() {
    SpkWriter w = source.spkWriter().spkopn(OutputTarget.virtual("open.bsp"), "OPEN", 0);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> source.kernels().virtualOutput("open.bsp"));
    assertTrue(e.getMessage().contains("still open"), e.getMessage());
    // A second writer on the same id is refused too.
    assertThrows(IllegalStateException.class, () -> source.spkWriter().spkopn(OutputTarget.virtual("open.bsp"), "TWICE", 0));
    w.writeType08(301, 399, "J2000", ET0, ET1, SEGID, DEGREE, moonStates(), ET0, STEP);
    w.close();
    assertTrue(source.kernels().virtualOutput("open.bsp").length > 0);
  }

  @Test
  void closingTwiceIsFineAndWritingAfterCloseIsRefused() {
    int files = source.openFiles();
    SpkWriter w = source.spkWriter().spkopn(OutputTarget.virtual("twice.bsp"), "TWICE", 0);
    assertEquals(1, source.ownedObjects());
    w.writeType08(301, 399, "J2000", ET0, ET1, SEGID, DEGREE, moonStates(), ET0, STEP);
    w.close();
    w.close();
    assertFalse(w.isOpen());
    assertEquals(0, source.ownedObjects());
    assertEquals(files, source.openFiles());
    double[] states = moonStates();
    assertThrows(IllegalStateException.class,
        () -> w.writeType08(301, 399, "J2000", ET0, ET1, SEGID, DEGREE, states, ET0, STEP));
  }

  @Test
  void closingAWriterWithoutSegmentsReportsCspiceErrorButReleasesTheFile() {
    int files = source.openFiles();
    SpkWriter w = source.spkWriter().spkopn(OutputTarget.virtual("empty.bsp"), "EMPTY", 0);
    assertEquals(files + 1, source.openFiles());
    SpiceException e = assertThrows(SpiceException.class, w::close);
    assertEquals("SPICE(NOSEGMENTSFOUND)", e.shortMessage());
    assertFalse(w.isOpen());
    assertEquals(files, source.openFiles());
    assertEquals(0, source.ownedObjects());
    w.close(); // nothing left to do
    // The result is a valid SPK with no segments.
    try (JniBackend fresh = JniBackend.create()) {
      fresh.kernels().furnsh("empty.bsp", source.kernels().virtualOutput("empty.bsp"));
      assertArrayEquals(new int[0], fresh.ephemeris().spkobj("empty.bsp"));
    }
  }

  @Test
  void badInputGivesClearErrorsAndTheWriterStaysUsable() {
    try (SpkWriter w = source.spkWriter().spkopn(OutputTarget.virtual("bad.bsp"), "BAD", 0)) {
      double[] states = moonStates();
      assertThrows(IllegalArgumentException.class,
          () -> w.writeType08(301, 399, "J2000", ET0, ET1, SEGID, DEGREE, new double[7], ET0, STEP));
      assertThrows(NullPointerException.class,
          () -> w.writeType08(301, 399, null, ET0, ET1, SEGID, DEGREE, states, ET0, STEP));
      assertThrows(IllegalArgumentException.class,
          () -> w.writeType08(301, 399, "J2000", Double.NaN, ET1, SEGID, DEGREE, states, ET0, STEP));
      assertEquals("SPICE(EMPTYSTRING)", assertThrows(SpiceException.class,
          () -> w.writeType08(301, 399, "J2000", ET0, ET1, "", DEGREE, states, ET0, STEP)).shortMessage());
      // Degree 7 needs at least 8 states.
      double[] few = java.util.Arrays.copyOf(states, 6 * 4);
      SpiceException e = assertThrows(SpiceException.class,
          () -> w.writeType08(301, 399, "J2000", ET0, ET0 + 3 * STEP, SEGID, DEGREE, few, ET0, STEP));
      assertEquals("SPICE(TOOFEWSTATES)", e.shortMessage());
      e = assertThrows(SpiceException.class,
          () -> w.writeType08(301, 399, "NO_SUCH_FRAME", ET0, ET1, SEGID, DEGREE, states, ET0, STEP));
      assertEquals("SPICE(INVALIDREFFRAME)", e.shortMessage());
      w.writeType08(301, 399, "J2000", ET0, ET1, SEGID, DEGREE, states, ET0, STEP);
    }
    assertThrows(IllegalArgumentException.class, () -> source.spkWriter().spkopn(OutputTarget.virtual("neg.bsp"), "NEG", -1));
    assertEquals("SPICE(EMPTYSTRING)",
        assertThrows(SpiceException.class, () -> source.spkWriter().spkopn(OutputTarget.virtual("e.bsp"), "", 0)).shortMessage());
    assertThrows(IllegalArgumentException.class, () -> source.spkWriter().spkuds(new double[4]));
    assertEquals("SPICE(BADDESCRTIMES)",
        assertThrows(SpiceException.class, () -> source.spkWriter().spkpds(301, 399, "J2000", 8, ET1, ET0)).shortMessage());
    assertEquals(0, source.ownedObjects());
  }

  @Test
  void aDroppedWriterIsClosedByTheCleaner() throws InterruptedException {
    int files = source.openFiles();
    openAndDrop("dropped.bsp");
    assertEquals(1, source.ownedObjects());
    for (int i = 0; i < 200 && source.ownedObjects() > 0; i++) {
      System.gc();
      Thread.sleep(20);
    }
    assertEquals(0, source.ownedObjects(), "the Cleaner closed the writer");
    assertEquals(files, source.openFiles());
    // The Cleaner finished the file, so its bytes are readable and hold the segment written.
    byte[] bytes = source.kernels().virtualOutput("dropped.bsp");
    try (JniBackend fresh = JniBackend.create()) {
      fresh.kernels().furnsh("dropped.bsp", bytes);
      assertEquals(List.of(new TimeInterval(ET0, ET1)), fresh.ephemeris().spkcov("dropped.bsp", 301));
    }
  }

  private void openAndDrop(String id) {
    SpkWriter w = source.spkWriter().spkopn(OutputTarget.virtual(id), "DROPPED", 0);
    w.writeType08(301, 399, "J2000", ET0, ET1, SEGID, DEGREE, moonStates(), ET0, STEP);
  }

  @Test
  void virtualOutputFilesArePrivateAndRemovedWhenTheBackendCloses() throws Exception {
    JniBackend b = JniBackend.create();
    SpkWriter open;
    Path closedFile;
    Path openFile;
    try {
      try (SpkWriter w = b.spkWriter().spkopn(OutputTarget.virtual("gone.bsp"), "GONE", 0)) {
        w.writeType08(301, 399, "J2000", ET0, ET1, SEGID, DEGREE, moonStates(), ET0, STEP);
      }
      open = b.spkWriter().spkopn(OutputTarget.virtual("still-open.bsp"), "OPEN AT CLOSE", 0);
      closedFile = b.virtualOutputFile("gone.bsp");
      openFile = b.virtualOutputFile("still-open.bsp");
      assertNotNull(closedFile);
      assertTrue(Files.isRegularFile(closedFile) && Files.isRegularFile(openFile));
      if (closedFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(closedFile.getParent())));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(closedFile)));
      }
    } finally {
      b.close();
    }
    assertFalse(Files.exists(closedFile));
    assertFalse(Files.exists(openFile));
    assertFalse(Files.exists(closedFile.getParent()));
    // A writer outliving its backend: closing it is harmless, writing is refused.
    assertFalse(open.isOpen());
    open.close();
    double[] states = new double[6 * 8];
    assertThrows(IllegalStateException.class,
        () -> open.writeType08(301, 399, "J2000", ET0, ET1, SEGID, DEGREE, states, ET0, STEP));
  }

  @Test
  void facadeWritesAndFindsSegments() {
    try (Spice spice = Spice.create()) {
      spice.load(TestData.kernel(SPK));
      double[] states = moonStates();
      try (SpkWriter w = spice.spkFiles().create(OutputTarget.virtual("facade.bsp"), "FACADE")) {
        w.writeType08(301, 399, "J2000", ET0, ET1, SEGID, DEGREE, states, ET0, STEP);
      }
      spice.load("facade.bsp", spice.backend().kernels().virtualOutput("facade.bsp"));
      // Loaded later, the written segment now has priority over DE440's for the Moon.
      SpkSegment seg = spice.spkFiles().findSegment(301, ET0 + 60).orElseThrow();
      assertEquals(SEGID, seg.ident());
      assertEquals(8, spice.spkFiles().describe(seg).type());
      // Before its coverage DE440 is found again.
      assertEquals(2, spice.spkFiles().describe(spice.spkFiles().findSegment(301, ET0 - 60).orElseThrow()).type());
    }
  }
}
