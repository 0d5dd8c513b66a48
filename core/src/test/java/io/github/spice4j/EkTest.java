package io.github.spice4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.spice4j.jni.JniBackend;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * EK files through the JNI backend: writing a table and reading it back in a fresh backend, queries and
 * their errors, handle ownership, and bad input. Expected values are what the test wrote (round trip) or
 * CSPICE goldens (ek.json) for the shared EK fixture.
 */
class EkTest {
  private static final String TABLE = "SPICE4J_EVENTS";
  private static final List<String> COLUMNS = List.of("ID", "ET", "NAME", "COUNTS", "T0");
  private static final List<String> DECLS = List.of(
      "DATATYPE = INTEGER, INDEXED = TRUE",
      "DATATYPE = DOUBLE PRECISION, NULLS_OK = TRUE",
      "DATATYPE = CHARACTER*(32), NULLS_OK = TRUE",
      "DATATYPE = INTEGER, SIZE = VARIABLE, NULLS_OK = TRUE",
      "DATATYPE = TIME, INDEXED = TRUE");

  // Four rows. Row 2 has a null ET and null COUNTS, row 3 a null NAME; COUNTS entries have 1, 2, 0, 3 elements.
  private static final int[] IDS = {101, 102, 103, 104};
  private static final double[] ETS = {1.5, -2.25e8, 0.0, 7.123456789012345e8};
  private static final boolean[] ET_NULL = {false, false, true, false};
  private static final List<String> NAMES = List.of("alpha", "beta", "gamma", "");
  private static final boolean[] NAME_NULL = {false, false, false, true};
  private static final int[] COUNTS = {7, 8, 9, 10, 11, 12};
  private static final int[] COUNT_SIZES = {1, 2, 0, 3};
  private static final boolean[] COUNT_NULL = {false, false, true, false};
  /** 2000-01-01T12:00 TDB, then about 2003-03, 2006-05 and 2009-07. */
  private static final double[] T0 = {0.0, 1.0e8, 2.0e8, 3.0e8};
  private static final int[] ONES = {1, 1, 1, 1};
  private static final boolean[] NO_NULLS = new boolean[4];

  private JniBackend backend;

  @BeforeEach
  void setUp() {
    backend = JniBackend.create();
  }

  @AfterEach
  void tearDown() {
    backend.close();
  }

  /** Writes the test table as one segment of an open writer. */
  private static void writeTable(JniBackend b, EkHandle w) {
    EkFastSegment seg = b.ek().ekifld(w, TABLE, 4, COLUMNS, DECLS);
    assertEquals(4, seg.nrows());
    int[] rc = seg.rcptrs();
    b.ek().ekacli(w, seg.segno(), "ID", IDS, ONES, NO_NULLS, rc);
    b.ek().ekacld(w, seg.segno(), "ET", ETS, ONES, ET_NULL, rc);
    b.ek().ekaclc(w, seg.segno(), "NAME", NAMES, ONES, NAME_NULL, rc);
    b.ek().ekacli(w, seg.segno(), "COUNTS", COUNTS, COUNT_SIZES, COUNT_NULL, rc);
    b.ek().ekacld(w, seg.segno(), "T0", T0, ONES, NO_NULLS, rc);
    b.ek().ekffld(w, seg.segno(), rc);
  }

  private static byte[] writeVirtual(JniBackend b, String id) {
    EkHandle w = b.ek().ekopn(OutputTarget.virtual(id), "SPICE4J TEST", 0);
    writeTable(b, w);
    assertEquals(1, b.ek().eknseg(w), "segments after ekffld");
    IllegalStateException open = assertThrows(IllegalStateException.class, () -> b.kernels().virtualOutput(id));
    assertTrue(open.getMessage().contains("still open"), open::getMessage);
    w.close();
    return b.kernels().virtualOutput(id);
  }

  @Test
  void roundTripThroughVirtualOutput() {
    byte[] bytes = writeVirtual(backend, "out/events.bes");
    // An EK is a DAS file whose ID word is "DAS/EK".
    assertEquals("DAS/EK", new String(bytes, 0, 6, StandardCharsets.US_ASCII));
    assertEquals(0, backend.ownedObjects());

    try (JniBackend fresh = JniBackend.create()) {
      fresh.kernels().furnsh(TestData.kernel("lsk/naif0012.tls"));
      fresh.kernels().furnsh("kernels/events.bes", bytes);
      assertEquals(1, fresh.ek().ekntab());
      assertEquals(TABLE, fresh.ek().ektnam(0));

      EkQueryResult r = fresh.ek().ekfind("SELECT ID, ET, NAME, COUNTS, T0 FROM " + TABLE + " WHERE ID >= 102 ORDER BY ID");
      assertEquals(EkQueryResult.rows(3), r);
      // Row 0 = ID 102: every column present; COUNTS has two elements, a third is not found.
      assertEquals(EkValue.of(102), fresh.ek().ekgi(0, 0, 0));
      assertEquals(EkValue.of(-2.25e8), fresh.ek().ekgd(1, 0, 0));
      assertEquals(EkValue.of("beta"), fresh.ek().ekgc(2, 0, 0));
      assertEquals(EkValue.of(8), fresh.ek().ekgi(3, 0, 0));
      assertEquals(EkValue.of(9), fresh.ek().ekgi(3, 0, 1));
      assertEquals(EkValue.notFound(), fresh.ek().ekgi(3, 0, 2));
      assertEquals(EkValue.of(1.0e8), fresh.ek().ekgd(4, 0, 0));
      // Row 1 = ID 103: null ET and COUNTS.
      assertEquals(EkValue.of(103), fresh.ek().ekgi(0, 1, 0));
      EkValue<Double> nullEt = fresh.ek().ekgd(1, 1, 0);
      assertTrue(nullEt.found() && nullEt.isNull() && nullEt.value() == null, nullEt::toString);
      assertEquals(EkValue.nullEntry(), fresh.ek().ekgi(3, 1, 0));
      assertEquals(EkValue.of("gamma"), fresh.ek().ekgc(2, 1, 0));
      // Row 2 = ID 104: null NAME, three COUNTS.
      assertEquals(EkValue.of(7.123456789012345e8), fresh.ek().ekgd(1, 2, 0));
      assertEquals(EkValue.nullEntry(), fresh.ek().ekgc(2, 2, 0));
      assertEquals(EkValue.of(12), fresh.ek().ekgi(3, 2, 2));

      // A string condition and a TIME condition (UTC in the query, TDB seconds in the column).
      assertEquals(EkQueryResult.rows(1), fresh.ek().ekfind("SELECT ID FROM " + TABLE + " WHERE NAME = 'alpha'"));
      assertEquals(EkValue.of(101), fresh.ek().ekgi(0, 0, 0));
      assertEquals(EkQueryResult.rows(2),
          fresh.ek().ekfind("SELECT ID FROM " + TABLE + " WHERE T0 > '2005-01-01T00:00:00' ORDER BY ID"));
      assertEquals(EkValue.of(103), fresh.ek().ekgi(0, 0, 0));
      assertEquals(EkValue.of(104), fresh.ek().ekgi(0, 1, 0));

      // ekopr accepts the virtual id of the loaded bytes.
      try (EkHandle r2 = fresh.ek().ekopr("kernels/events.bes")) {
        assertEquals(1, fresh.ek().eknseg(r2));
      }
      assertEquals(0, fresh.ownedObjects());
    }
  }

  @Test
  void fileTargetAndAppendingASegmentWithEkopw(@TempDir Path dir) {
    Path file = dir.resolve("events.bes");
    try (EkHandle w = backend.ek().ekopn(OutputTarget.file(file), "SPICE4J TEST", 100)) {
      writeTable(backend, w);
    }
    try (EkHandle w = backend.ek().ekopw(file.toString())) {
      assertEquals(1, backend.ek().eknseg(w));
      writeTable(backend, w);
      assertEquals(2, backend.ek().eknseg(w));
    }
    try (EkHandle r = backend.ek().ekopr(file.toString())) {
      assertEquals(2, backend.ek().eknseg(r));
    }
    backend.kernels().furnsh(file);
    assertEquals(1, backend.ek().ekntab(), "both segments belong to one table");
    assertEquals(EkQueryResult.rows(2), backend.ek().ekfind("SELECT NAME FROM " + TABLE + " WHERE ID = 102"));
    assertEquals(EkValue.of("beta"), backend.ek().ekgc(0, 1, 0));
    // CSPICE refuses to create over an existing file.
    assertSpiceError("SPICE(FILEOPENFAIL)", () -> backend.ek().ekopn(OutputTarget.file(file), "AGAIN", 0));
    assertEquals(0, backend.ownedObjects());
  }

  @Test
  void goldenFixtureThroughTheFacade() {
    try (Spice spice = Spice.over(backend)) {
      TestData.loadGoldenKernels(backend, "ek.json");
      EventsKernel ek = spice.eventsKernel();
      assertEquals(List.of(expect("ektnam.0").get("table").asText()), ek.tableNames());
      JsonNode c = TestData.goldenCase("ek.json", "ekgd.col1.row185");
      EkQueryResult r = ek.query(c.get("args").get("query").asText());
      assertEquals(expect("ekfind.all-rows").get("nmrows").asInt(), r.nmrows());
      double begin = ek.doubleValue(1, 185, 0).orElseThrow();
      assertEquals(c.get("expect").get("ddata").asDouble(), begin, c.get("tol").get("abs").asDouble());
      assertEquals(expect("ekgc.col0.row185").get("cdata").asText(), ek.stringValue(0, 185, 0).orElseThrow());
      try (EkHandle h = ek.openForRead(TestData.kernel("ek/ek-fixture.bes"))) {
        assertTrue(ek.segmentCount(h) >= 1);
      }
    }
  }

  @Test
  void facadeWritesATableAndReadsItBack() {
    try (Spice spice = Spice.over(backend)) {
      EventsKernel ek = spice.eventsKernel();
      try (EkHandle w = ek.create(OutputTarget.virtual("facade.bes"), "SPICE4J FACADE", 0)) {
        EkFastSegment seg = ek.beginSegment(w, TABLE, 4, COLUMNS, DECLS);
        ek.addIntColumn(w, seg, "ID", IDS, ONES, NO_NULLS);
        ek.addDoubleColumn(w, seg, "ET", ETS, ONES, ET_NULL);
        ek.addStringColumn(w, seg, "NAME", NAMES, ONES, NAME_NULL);
        ek.addIntColumn(w, seg, "COUNTS", COUNTS, COUNT_SIZES, COUNT_NULL);
        ek.addDoubleColumn(w, seg, "T0", T0, ONES, NO_NULLS);
        ek.endSegment(w, seg);
        assertEquals(1, ek.segmentCount(w));
      }
      spice.load("facade.bes", backend.kernels().virtualOutput("facade.bes"));
      assertEquals(List.of(TABLE), ek.tableNames());
      assertEquals(EkQueryResult.rows(4), ek.query("SELECT NAME, ET, ID FROM " + TABLE + " ORDER BY ID"));
      assertEquals(EkValue.nullEntry(), ek.stringValue(0, 3, 0));
      assertEquals(EkValue.nullEntry(), ek.doubleValue(1, 2, 0));
      assertEquals(EkValue.of(101), ek.intValue(2, 0, 0));
      assertEquals(EkValue.of(1.5), ek.doubleValue(1, 0, 0));
      assertEquals(EkValue.of("alpha"), ek.stringValue(0, 0, 0));
    }
  }

  private static JsonNode expect(String id) {
    return TestData.goldenCase("ek.json", id).get("expect");
  }

  // --- query errors ---------------------------------------------------------------------------------

  @Test
  void querySyntaxErrorIsAResultWithCspiceMessage() {
    TestData.loadGoldenKernels(backend, "ek.json");
    EkQueryResult bad = backend.ek().ekfind("SELECT FROM CASSINI_NOISE_EVENTS");
    assertTrue(bad.error());
    assertFalse(bad.ok());
    assertEquals(0, bad.nmrows());
    assertFalse(bad.errmsg().isBlank(), "CSPICE explains the rejection");
    // Golden: an unknown table is a rejected query with CSPICE's exact message.
    JsonNode badTable = TestData.goldenCase("ek.json", "ekfind.bad-table");
    EkQueryResult r = backend.ek().ekfind(badTable.get("args").get("query").asText());
    assertEquals(EkQueryResult.rejected(badTable.get("expect").get("errmsg").asText()), r);
    // The engine still answers queries.
    assertEquals(expect("ekfind.all-rows").get("nmrows").asInt(),
        backend.ek().ekfind("SELECT EVENT FROM CASSINI_NOISE_EVENTS").nmrows());
  }

  @Test
  void spiceFailureInAQueryIsAnException() {
    backend.kernels().furnsh(TestData.kernel("ek/ek-fixture.bes")); // no leapseconds kernel for the time condition
    JsonNode c = TestData.goldenCase("ek.json", "ekfind.where-time-gt");
    String query = c.get("args").get("query").asText();
    assertSpiceError("SPICE(NOLEAPSECONDS)", () -> backend.ek().ekfind(query));
    backend.kernels().furnsh(TestData.kernel("lsk/naif0012.tls"));
    assertEquals(EkQueryResult.rows(c.get("expect").get("nmrows").asInt()), backend.ek().ekfind(query));
  }

  // --- ownership ------------------------------------------------------------------------------------

  @Test
  void closingTwiceIsFineAndUseAfterCloseThrows() {
    EkHandle h = backend.ek().ekopr(TestData.kernel("ek/ek-fixture.bes").toString());
    assertTrue(h.isOpen());
    assertEquals(1, backend.ownedObjects());
    h.close();
    h.close();
    backend.ek().ekcls(h);
    assertFalse(h.isOpen());
    assertEquals(0, backend.ownedObjects());
    assertThrows(IllegalStateException.class, () -> backend.ek().eknseg(h));
    assertThrows(IllegalStateException.class, () -> backend.ek().ekifld(h, TABLE, 1, List.of("A"), List.of("DATATYPE = INTEGER")));
    assertEquals(0, backend.ownedObjects());
  }

  @Test
  void writerClosedTwiceKeepsItsBytes() {
    EkHandle w = backend.ek().ekopn(OutputTarget.virtual("twice.bes"), "SPICE4J TEST", 0);
    writeTable(backend, w);
    w.close();
    byte[] first = backend.kernels().virtualOutput("twice.bes");
    w.close();
    assertArrayEquals(first, backend.kernels().virtualOutput("twice.bes"));
    assertThrows(IllegalStateException.class, () -> backend.ek().ekffld(w, 0, new int[4]));
  }

  @Test
  void aSecondWriterForAnOpenVirtualOutputIsRefused() {
    try (EkHandle w = backend.ek().ekopn(OutputTarget.virtual("busy.bes"), "SPICE4J TEST", 0)) {
      assertThrows(IllegalStateException.class, () -> backend.ek().ekopn(OutputTarget.virtual("busy.bes"), "X", 0));
      assertEquals(1, backend.ownedObjects());
    }
    assertEquals(0, backend.ownedObjects());
  }

  @Test
  void handlesOfAnotherBackendAreRejected() {
    try (JniBackend other = JniBackend.create(); EkHandle h = other.ek().ekopr(TestData.kernel("ek/ek-fixture.bes").toString())) {
      assertThrows(IllegalArgumentException.class, () -> backend.ek().eknseg(h));
      assertThrows(IllegalArgumentException.class, () -> backend.ek().ekcls(h));
      assertTrue(h.isOpen());
    }
  }

  @Test
  void handlesDieWithTheirBackend() {
    JniBackend b = JniBackend.create();
    EkHandle h = b.ek().ekopr(TestData.kernel("ek/ek-fixture.bes").toString());
    b.close();
    assertFalse(h.isOpen());
    h.close(); // nothing left to close: no exception
    assertThrows(IllegalStateException.class, () -> b.ek().eknseg(h));
  }

  @Test
  void handlesDieWhenTheEngineIsRebuiltAfterATrap() {
    backend.kernels().furnsh(TestData.kernel("lsk/naif0012.tls")); // the trap hook needs a str2et that gets to its output
    EkHandle h = backend.ek().ekopr(TestData.kernel("ek/ek-fixture.bes").toString());
    assertThrows(SpiceEngineTrapException.class, backend::forceTrap);
    assertFalse(h.isOpen());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> backend.ek().eknseg(h));
    assertTrue(e.getMessage().contains("rebuilt"), e::getMessage);
    h.close();
    assertEquals(0, backend.ownedObjects());
    // The rebuilt engine opens EKs again.
    try (EkHandle again = backend.ek().ekopr(TestData.kernel("ek/ek-fixture.bes").toString())) {
      assertTrue(backend.ek().eknseg(again) >= 1);
    }
  }

  @Test
  void anUnclosedHandleIsClosedByTheCleaner() throws InterruptedException {
    openAndDrop();
    assertEquals(1, backend.ownedObjects());
    for (int i = 0; i < 200 && backend.ownedObjects() > 0; i++) {
      System.gc();
      Thread.sleep(50);
    }
    assertEquals(0, backend.ownedObjects(), "the Cleaner ran ekcls for the dropped handle");
    // CSPICE's handle was really released: the same file opens and closes again normally.
    try (EkHandle h = backend.ek().ekopr(TestData.kernel("ek/ek-fixture.bes").toString())) {
      assertTrue(backend.ek().eknseg(h) >= 1);
    }
  }

  private void openAndDrop() {
    backend.ek().ekopr(TestData.kernel("ek/ek-fixture.bes").toString());
  }

  @Test
  void virtualOutputFilesArePrivateAndRemovedWhenTheBackendCloses() throws IOException {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    Set<Path> before = stagingDirs(tmp);
    JniBackend b = JniBackend.create();
    Set<Path> created;
    try (EkHandle w = b.ek().ekopn(OutputTarget.virtual("private/events.bes"), "SPICE4J TEST", 0)) {
      writeTable(b, w);
      created = new HashSet<>(stagingDirs(tmp));
      created.removeAll(before);
      assertEquals(1, created.size(), "one private staging directory: " + created);
      Path dir = created.iterator().next();
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
      }
      try (Stream<Path> files = Files.list(dir)) {
        assertTrue(files.anyMatch(f -> f.getFileName().toString().endsWith("-events.bes")));
      }
    }
    assertTrue(b.kernels().virtualOutput("private/events.bes").length > 0);
    b.close();
    for (Path d : created) assertFalse(Files.exists(d), d + " removed on close");
  }

  /** Each backend's private directory inside the JVM's staging root ({@code spice4j-staging-<pid>-*}). */
  private static Set<Path> stagingDirs(Path tmp) throws IOException {
    String root = "spice4j-staging-" + ProcessHandle.current().pid() + "-";
    try (Stream<Path> s = Files.list(tmp)) {
      Set<Path> out = new HashSet<>();
      for (Path r : s.filter(p -> p.getFileName().toString().startsWith(root)).toList()) {
        try (Stream<Path> engines = Files.list(r)) {
          engines.filter(Files::isDirectory).forEach(out::add);
        }
      }
      return out;
    }
  }

  // --- bad input ------------------------------------------------------------------------------------

  private void assertEngineWorks() {
    backend.kernels().furnsh(TestData.kernel("lsk/naif0012.tls"));
    // Golden ET of 2024-01-01T00:00:00 UTC (time.json), as in BadInputTest.
    assertEquals(757339269.1839061, backend.time().str2et("2024-01-01T00:00:00"), 1e-6);
  }

  private SpiceException assertSpiceError(String expectedShort, Executable call) {
    SpiceException e = assertThrows(SpiceException.class, call);
    assertEquals(expectedShort, e.shortMessage(), e::getMessage);
    assertFalse(e.longMessage().isEmpty(), e::getMessage);
    assertEngineWorks();
    return e;
  }

  @Test
  void cspiceErrorsAreSpiceExceptionsAndTheEngineKeepsWorking() {
    assertSpiceError("SPICE(NOLOADEDFILES)", () -> backend.ek().ektnam(0));
    assertSpiceError("SPICE(FILENOTFOUND)", () -> backend.ek().ekopr("/no/such/dir/events.bes"));
    assertSpiceError("SPICE(UNKNOWNFILARC)", () -> backend.ek().ekopr(TestData.kernel("lsk/naif0012.tls").toString()));
    assertSpiceError("SPICE(EMPTYSTRING)", () -> backend.ek().ekfind(""));

    TestData.loadGoldenKernels(backend, "ek.json");
    assertSpiceError("SPICE(INVALIDINDEX)", () -> backend.ek().ektnam(1));
    assertEquals(186, backend.ek().ekfind("SELECT EVENT, BEGIN_TIME FROM CASSINI_NOISE_EVENTS").nmrows());
    assertSpiceError("SPICE(INVALIDTYPE)", () -> backend.ek().ekgd(0, 0, 0));
    assertSpiceError("SPICE(INVALIDTYPE)", () -> backend.ek().ekgc(1, 0, 0));
    assertSpiceError("SPICE(INVALIDINDEX)", () -> backend.ek().ekgc(0, 186, 0));
    assertSpiceError("SPICE(INVALIDINDEX)", () -> backend.ek().ekgc(2, 0, 0));

    try (EkHandle w = backend.ek().ekopn(OutputTarget.virtual("bad.bes"), "SPICE4J TEST", 0)) {
      assertSpiceError("SPICE(BADCOLUMNDECL)",
          () -> backend.ek().ekifld(w, TABLE, 2, List.of("A"), List.of("DATATYPE = BOGUS")));
      EkFastSegment seg = backend.ek().ekifld(w, TABLE, 2, List.of("A"), List.of("DATATYPE = INTEGER"));
      assertSpiceError("SPICE(WRONGDATATYPE)", () -> backend.ek().ekacld(w, seg.segno(), "A", new double[] {1, 2},
          new int[] {1, 1}, new boolean[2], seg.rcptrs()));
      backend.ek().ekacli(w, seg.segno(), "A", new int[] {1, 2}, new int[] {1, 1}, new boolean[2], seg.rcptrs());
      backend.ek().ekffld(w, seg.segno(), seg.rcptrs());
    }
    assertTrue(backend.kernels().virtualOutput("bad.bes").length > 0);
    assertEquals(0, backend.ownedObjects());
  }

  @Test
  void callerMistakesAreJavaExceptionsBeforeReachingCspice() {
    backend.kernels().furnsh(TestData.kernel("ek/ek-fixture.bes"));
    assertThrows(IllegalArgumentException.class, () -> backend.ek().ektnam(-1));
    assertThrows(IllegalArgumentException.class, () -> backend.ek().ekgc(0, -1, 0));
    assertThrows(IllegalArgumentException.class, () -> backend.ek().ekgi(0, 0, -1));
    assertThrows(NullPointerException.class, () -> backend.ek().ekfind(null));
    assertThrows(NullPointerException.class, () -> backend.ek().eknseg(null));
    assertThrows(IllegalArgumentException.class, () -> backend.ek().ekopn(OutputTarget.virtual("x.bes"), "X", -1));
    assertThrows(IllegalArgumentException.class, () -> backend.ek().ekopn(OutputTarget.virtual("../x.bes"), "X", 0));

    try (EkHandle w = backend.ek().ekopn(OutputTarget.virtual("mistakes.bes"), "SPICE4J TEST", 0)) {
      assertThrows(IllegalArgumentException.class, () -> backend.ek().ekifld(w, TABLE, 0, COLUMNS, DECLS));
      assertThrows(IllegalArgumentException.class, () -> backend.ek().ekifld(w, TABLE, 4, List.of(), List.of()));
      assertThrows(IllegalArgumentException.class, () -> backend.ek().ekifld(w, TABLE, 4, COLUMNS, DECLS.subList(0, 2)));
      assertThrows(IllegalArgumentException.class,
          () -> backend.ek().ekacli(w, 0, "ID", IDS, ONES, NO_NULLS, new int[4]), "segment not started");
      EkFastSegment seg = backend.ek().ekifld(w, TABLE, 4, COLUMNS, DECLS);
      int[] rc = seg.rcptrs();
      int s = seg.segno();
      // Shapes: one entry per row, values = sum(entszs), no empty non-null entry, fixed sizes kept for nulls.
      assertThrows(IllegalArgumentException.class, () -> backend.ek().ekacli(w, s, "ID", IDS, new int[] {1, 1, 1}, NO_NULLS, rc));
      assertThrows(IllegalArgumentException.class, () -> backend.ek().ekacli(w, s, "ID", new int[] {1, 2, 3}, ONES, NO_NULLS, rc));
      assertThrows(IllegalArgumentException.class,
          () -> backend.ek().ekacli(w, s, "COUNTS", new int[] {1, 2, 3}, new int[] {1, 0, 1, 1}, NO_NULLS, rc));
      assertThrows(IllegalArgumentException.class,
          () -> backend.ek().ekacld(w, s, "ET", new double[] {1, 2, 3}, new int[] {1, 1, 0, 1}, ET_NULL, rc),
          "a null row of a scalar column still occupies one value");
      assertThrows(IllegalArgumentException.class,
          () -> backend.ek().ekacld(w, s, "ET", new double[] {1, Double.NaN, 3, 4}, ONES, NO_NULLS, rc));
      assertThrows(NullPointerException.class,
          () -> backend.ek().ekaclc(w, s, "NAME", Arrays.asList("a", null, "c", "d"), ONES, NO_NULLS, rc));
      assertThrows(IllegalArgumentException.class, () -> backend.ek().ekffld(w, s, new int[3]));
      // None of that reached CSPICE: the segment is still written normally.
      backend.ek().ekacli(w, s, "ID", IDS, ONES, NO_NULLS, rc);
      backend.ek().ekacld(w, s, "ET", ETS, ONES, ET_NULL, rc);
      backend.ek().ekaclc(w, s, "NAME", NAMES, ONES, NAME_NULL, rc);
      backend.ek().ekacli(w, s, "COUNTS", COUNTS, COUNT_SIZES, COUNT_NULL, rc);
      backend.ek().ekacld(w, s, "T0", T0, ONES, NO_NULLS, rc);
      backend.ek().ekffld(w, s, rc);
      assertThrows(IllegalArgumentException.class, () -> backend.ek().ekffld(w, s, rc), "segment already finished");
      assertEquals(1, backend.ek().eknseg(w));
    }
    assertEquals(0, backend.ownedObjects());
  }
}
