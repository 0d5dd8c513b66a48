package io.github.spice4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.spice4j.jni.JniBackend;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The kernel pool through the facade ({@link KernelPool}) and the contract: typed reads checked against
 * kernel-pool.json, absent variables, windows, writes, watches, errors, and pool edits surviving an
 * engine trap.
 */
class PoolTest {
  private static final String GOLDEN = "kernel-pool.json";

  private JniBackend backend;
  private Spice spice;
  private KernelPool pool;

  @BeforeEach
  void setUp() {
    backend = JniBackend.create();
    TestData.loadGoldenKernels(backend, GOLDEN);
    spice = Spice.over(backend);
    pool = spice.kernelPool();
  }

  @AfterEach
  void tearDown() {
    spice.close();
  }

  private static JsonNode expect(String caseId) {
    return TestData.goldenCase(GOLDEN, caseId).get("expect");
  }

  private static double[] goldenDoubles(String caseId, String field) {
    JsonNode arr = expect(caseId).get(field);
    double[] v = new double[arr.size()];
    for (int i = 0; i < v.length; i++) v[i] = arr.get(i).asDouble();
    return v;
  }

  private static List<String> goldenStrings(String caseId, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode s : expect(caseId).get(field)) out.add(s.asText());
    return out;
  }

  private void assertEngineWorks() {
    assertArrayEquals(goldenDoubles("gdpool.body399_radii.0-10", "values"), pool.doubles("BODY399_RADII").orElseThrow(),
        "BODY399_RADII after a failure");
  }

  private SpiceException assertSpiceError(String expectedShort, Executable call) {
    SpiceException e = assertThrows(SpiceException.class, call);
    assertEquals(expectedShort, e.shortMessage(), e::getMessage);
    assertEngineWorks();
    return e;
  }

  @Test
  void typedWholeVariableReadsMatchGoldens() {
    // Text kernel values are exact decimal literals, so the golden doubles must match bit for bit.
    assertArrayEquals(goldenDoubles("gdpool.body399_radii.0-10", "values"), pool.doubles("BODY399_RADII").orElseThrow());
    assertArrayEquals(goldenDoubles("gdpool.body5_nut_prec_angles.0-6", "values"),
        pool.doubles("BODY5_NUT_PREC_ANGLES", 0, 6).orElseThrow());
    assertEquals(56, pool.doubles("DELTET/DELTA_AT").orElseThrow().length, "dtpool golden says 56 values");
    assertArrayEquals(new int[] {expect("gipool.frame_1399014_class.0-1").get("ivals").get(0).asInt()},
        pool.ints("FRAME_1399014_CLASS").orElseThrow());
    assertEquals(goldenStrings("gcpool.frame_31000_name.0-1", "cvals"), pool.strings("FRAME_31000_NAME").orElseThrow());
    assertEquals(new HashSet<>(goldenStrings("gnpool.body399_star.0-50", "kvars")), new HashSet<>(pool.names("BODY399_*")));
    assertArrayEquals(goldenDoubles("bodvcd.399.radii.3", "values"), pool.bodyConstant(399, "RADII"));
  }

  @Test
  void windowsFollowCspiceStartAndRoom() {
    assertArrayEquals(goldenDoubles("gdpool.deltet_delta_at.50-10", "values"),
        pool.doubles("DELTET/DELTA_AT", 50, 10).orElseThrow());
    assertArrayEquals(goldenDoubles("gdpool.ins_94031_euler_angles.1-2", "values"),
        pool.doubles("INS-94031_EULER_ANGLES", 1, 2).orElseThrow());
    assertEquals(goldenStrings("gcpool.naif_body_name.3-2", "cvals"), pool.strings("NAIF_BODY_NAME", 3, 2).orElseThrow());
    // The first 10 of DELTA_AT joined with the rest equal the whole variable.
    double[] all = pool.doubles("DELTET/DELTA_AT").orElseThrow();
    double[] head = pool.doubles("DELTET/DELTA_AT", 0, 10).orElseThrow();
    double[] tail = pool.doubles("DELTET/DELTA_AT", 10, 1000).orElseThrow();
    assertEquals(all.length, head.length + tail.length);
    assertArrayEquals(java.util.Arrays.copyOfRange(all, 10, all.length), tail);
    // CSPICE: start past the end -> found with no values; negative start counts as 0.
    assertEquals(0, pool.doubles("BODY399_RADII", 3, 5).orElseThrow().length);
    assertArrayEquals(pool.doubles("BODY399_RADII", 0, 2).orElseThrow(), pool.doubles("BODY399_RADII", -4, 2).orElseThrow());
    // gnpool windows partition the full set of matches.
    List<String> names = pool.names("DELTET/*");
    assertEquals(5, names.size());
    List<String> joined = new ArrayList<>(pool.names("DELTET/*", 0, 2).orElseThrow());
    joined.addAll(pool.names("DELTET/*", 2, 10).orElseThrow());
    assertEquals(names, joined);
    assertSpiceError("SPICE(BADARRAYSIZE)", () -> pool.doubles("BODY399_RADII", 0, 0));
    assertSpiceError("SPICE(BADARRAYSIZE)", () -> pool.names("BODY399_*", 0, -1));
  }

  @Test
  void absentOrOtherTypeIsEmpty() {
    assertEquals(Optional.empty(), pool.doubles("NO_SUCH_VARIABLE"));
    assertEquals(Optional.empty(), pool.ints("NO_SUCH_VARIABLE"));
    assertEquals(Optional.empty(), pool.strings("NO_SUCH_VARIABLE"));
    assertEquals(List.of(), pool.names("NOTHING_LIKE_THIS*"));
    assertEquals(Optional.empty(), pool.names("NOTHING_LIKE_THIS*", 0, 5));
    assertEquals(List.of(), pool.names("   "));
    // Wrong type: a character variable read as numbers and vice versa.
    assertEquals(Optional.empty(), pool.doubles("FRAME_31000_NAME"));
    assertEquals(Optional.empty(), pool.strings("BODY399_RADII"));
    assertEquals(PoolVariableInfo.NOT_FOUND, pool.describe("NO_SUCH_VARIABLE"));
    assertFalse(pool.hasNumeric("NO_SUCH_VARIABLE"));
    assertFalse(pool.hasNumeric("FRAME_31000_NAME"), "expool reports only numeric variables");
    assertTrue(pool.hasNumeric("BODY399_RADII"));
  }

  @Test
  void describeGivesSizeAndType() {
    JsonNode n = expect("dtpool.deltet_delta_at");
    PoolVariableInfo info = pool.describe("DELTET/DELTA_AT");
    assertEquals(new PoolVariableInfo(true, n.get("n").asInt(), n.get("type").asText().charAt(0)), info);
    assertTrue(info.numeric());
    PoolVariableInfo name = pool.describe("FRAME_31000_NAME");
    assertTrue(name.character());
    assertEquals(1, name.n());
  }

  @Test
  void writesAreReadBack() {
    pool.put("MY_DOUBLES", 1.5, -2.25, 3e10);
    assertArrayEquals(new double[] {1.5, -2.25, 3e10}, pool.doubles("MY_DOUBLES").orElseThrow());
    assertEquals(new PoolVariableInfo(true, 3, 'N'), pool.describe("MY_DOUBLES"));
    // Replacing, not appending.
    pool.put("MY_DOUBLES", 7);
    assertArrayEquals(new double[] {7}, pool.doubles("MY_DOUBLES").orElseThrow());

    pool.putInts("MY_INTS", 1, -2, Integer.MAX_VALUE);
    assertArrayEquals(new int[] {1, -2, Integer.MAX_VALUE}, pool.ints("MY_INTS").orElseThrow());
    assertArrayEquals(new double[] {1, -2, Integer.MAX_VALUE}, pool.doubles("MY_INTS").orElseThrow());

    // gipool rounds to the nearest integer (halves away from zero, as Fortran NINT).
    pool.put("MY_HALVES", 1.5, -1.5, 2.4);
    assertArrayEquals(new int[] {2, -2, 2}, pool.ints("MY_HALVES").orElseThrow());

    String eighty = "x".repeat(80);
    pool.putStrings("MY_STRINGS", "alpha", "Beta Gamma", "  padded  ", eighty + "TRUNCATED");
    assertEquals(List.of("alpha", "Beta Gamma", "  padded", eighty), pool.strings("MY_STRINGS").orElseThrow(),
        "trailing blanks dropped, leading kept, 80-character limit");
    assertEquals(Set.of("MY_DOUBLES", "MY_INTS", "MY_HALVES", "MY_STRINGS"), new HashSet<>(pool.names("MY_*")));

    // pdpool after a kernel overrides its value, as golden bodvrd.setup-pdpool-override.
    pool.put("BODY399_RADII", 6378.137, 6378.137, 6356.752314245);
    assertArrayEquals(new double[] {6378.137, 6378.137, 6356.752314245}, spice.bodyConstant("EARTH", "RADII"));
    assertArrayEquals(new double[] {6378.137, 6378.137, 6356.752314245}, pool.bodyConstant(399, "RADII"));

    // An empty write changes nothing.
    pool.put("MY_DOUBLES");
    assertArrayEquals(new double[] {7}, pool.doubles("MY_DOUBLES").orElseThrow());
    pool.putStrings("MY_NONE");
    assertFalse(pool.describe("MY_NONE").found());

    // kclear clears the pool, edits included.
    spice.clear();
    assertEquals(Optional.empty(), pool.doubles("MY_DOUBLES"));
  }

  @Test
  void watchReportsChangesSinceLastCheck() {
    PoolWatch watch = pool.watch("pool-test", "MY_WATCHED", "BODY10_RADII");
    assertEquals("pool-test", watch.agent());
    assertEquals(List.of("MY_WATCHED", "BODY10_RADII"), watch.names());
    assertTrue(watch.changed(), "cvpool is true on the first check after swpool");
    assertFalse(watch.changed(), "and false once checked");

    pool.put("MY_OTHER", 1);
    assertFalse(watch.changed(), "an unwatched variable does not count");
    pool.put("MY_WATCHED", 1);
    assertTrue(watch.changed());
    assertFalse(watch.changed());

    spice.load(TestData.kernel("pck/pck00010.tpc")); // defines BODY10_RADII
    assertTrue(watch.changed(), "loading a kernel that sets a watched variable");
    assertFalse(watch.changed());

    spice.clear();
    assertTrue(watch.changed(), "kclear clears watched variables; the watch itself survives");
    pool.put("MY_WATCHED", 2);
    assertTrue(watch.changed());

    assertFalse(backend.pool().cvpool("never-registered"), "an unknown agent has no pending update");
    PoolWatch empty = pool.watch("nothing-watched");
    assertTrue(empty.changed());
    assertFalse(empty.changed());
  }

  @Test
  void badInputGivesSpiceOrJavaExceptionsAndEngineStaysUsable() {
    assertSpiceError("SPICE(EMPTYSTRING)", () -> pool.doubles(""));
    assertSpiceError("SPICE(EMPTYSTRING)", () -> pool.ints(""));
    assertSpiceError("SPICE(EMPTYSTRING)", () -> pool.strings(""));
    assertSpiceError("SPICE(EMPTYSTRING)", () -> pool.names(""));
    assertSpiceError("SPICE(EMPTYSTRING)", () -> pool.describe(""));
    assertSpiceError("SPICE(EMPTYSTRING)", () -> pool.hasNumeric(""));
    assertSpiceError("SPICE(EMPTYSTRING)", () -> pool.put("", 1.0));
    assertSpiceError("SPICE(EMPTYSTRING)", () -> pool.watch(""));
    assertSpiceError("SPICE(EMPTYSTRING)", () -> pool.bodyConstant(399, ""));
    SpiceException e = assertSpiceError("SPICE(BADVARNAME)", () -> pool.put("X".repeat(40), 1.0));
    assertTrue(e.getMessage().contains("32"), e::getMessage);
    // errors.json gipool.value-exceeds-int32: SCLK01_MODULI_94 = (4294967296 256).
    pool.put("MY_BIG", 4294967296.0, 256);
    assertSpiceError("SPICE(INTOUTOFRANGE)", () -> pool.ints("MY_BIG"));
    // bodvcd's own checks.
    assertSpiceError("SPICE(KERNELVARNOTFOUND)", () -> pool.bodyConstant(399, "NO_SUCH_ITEM"));
    pool.putStrings("BODY399_LABEL", "earth");
    assertSpiceError("SPICE(TYPEMISMATCH)", () -> pool.bodyConstant(399, "LABEL"));
    assertSpiceError("SPICE(ARRAYTOOSMALL)", () -> backend.pool().bodvcd(399, "RADII", 2));
    // bodvrd's: the same room check and type check by name.
    assertSpiceError("SPICE(ARRAYTOOSMALL)", () -> backend.idsNames().bodvrd("EARTH", "RADII", 2));
    assertEquals(3, backend.idsNames().bodvrd("399", "RADII", 3).length);
    assertSpiceError("SPICE(TYPEMISMATCH)", () -> backend.idsNames().bodvrd("EARTH", "LABEL", 3));

    assertThrows(NullPointerException.class, () -> pool.doubles(null));
    assertThrows(NullPointerException.class, () -> pool.put("MY_NULL", (double[]) null));
    assertThrows(NullPointerException.class, () -> pool.putStrings("MY_NULL", "a", null));
    assertThrows(NullPointerException.class, () -> pool.watch("agent", (String) null));
    assertThrows(IllegalArgumentException.class, () -> pool.doubles("BAD\0NAME"));
    assertEngineWorks();
  }

  @Test
  void poolEditsAndWatchesSurviveAnEngineTrap() {
    pool.put("BODY399_RADII", 1, 2, 3); // overrides the PCK value loaded before it
    pool.putInts("MY_INTS", 4, 5);
    pool.putStrings("MY_STRINGS", "kept");
    PoolWatch watch = pool.watch("trap-test", "MY_INTS");
    assertTrue(watch.changed());
    assertFalse(watch.changed());

    assertThrows(SpiceEngineTrapException.class, backend::forceTrap);

    assertArrayEquals(new double[] {1, 2, 3}, pool.doubles("BODY399_RADII").orElseThrow(), "edit replayed after its kernel");
    assertArrayEquals(new int[] {4, 5}, pool.ints("MY_INTS").orElseThrow());
    assertEquals(List.of("kept"), pool.strings("MY_STRINGS").orElseThrow());
    assertArrayEquals(goldenDoubles("gdpool.body399_gm.0-1", "values"), pool.doubles("BODY399_GM").orElseThrow(),
        "kernels reloaded");
    assertTrue(watch.changed(), "the rebuilt engine's watch reports the reload");
    assertFalse(watch.changed());
    pool.put("MY_INTS", 6);
    assertTrue(watch.changed(), "and keeps watching");

    // Unloading a text kernel makes CSPICE rebuild the pool from kernels, dropping edits: a later
    // trap must not bring them back.
    backend.kernels().unload(TestData.kernel("pck/gm_de440.tpc").toString());
    assertEquals(Optional.empty(), pool.doubles("MY_INTS"));
    assertThrows(SpiceEngineTrapException.class, backend::forceTrap);
    assertEquals(Optional.empty(), pool.doubles("MY_INTS"));
    assertArrayEquals(goldenDoubles("gdpool.body399_radii.0-10", "values"), pool.doubles("BODY399_RADII").orElseThrow());

    // Edits after a kclear are replayed; those before it are not.
    pool.put("MY_BEFORE", 1);
    spice.clear();
    spice.load(TestData.kernel("lsk/naif0012.tls")); // forceTrap's hook needs a leapseconds kernel
    pool.put("MY_AFTER", 2);
    assertThrows(SpiceEngineTrapException.class, backend::forceTrap);
    assertEquals(Optional.empty(), pool.doubles("MY_BEFORE"));
    assertArrayEquals(new double[] {2}, pool.doubles("MY_AFTER").orElseThrow());
    assertArrayEquals(goldenDoubles("gdpool.deltet_delta_t_a.0-1", "values"), pool.doubles("DELTET/DELTA_T_A").orElseThrow());
  }
}
