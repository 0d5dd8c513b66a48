package io.github.spice4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.spice4j.jni.JniBackend;
import io.github.spice4j.parity.GoldenCompare;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** CK pointing and coverage through the {@link Pointing} facade and the backend: goldens, virtual ids, cklpf/ckupf, traps. */
class CkTest {
  private static final String CK = "ck/mgs_hga_hinge_v2.bc";
  private static final int HGA = -94070;
  private static final int MGS = -94;
  private static final String REF = "MGS_SPACECRAFT";
  /** sce2c(-94, 2001-01-01T00:00:00 UTC), from sclk-ck.json. */
  private static final double TICKS_2001 = 33558919670.892227;
  /** Only the clock and leapseconds: the CK itself is loaded by each test as needed. */
  private static final List<String> CLOCK_KERNELS = List.of("lsk/naif0012.tls", "sclk/mgs_sclkscet_00061.tsc");

  private JniBackend backend;
  private Spice spice;
  private Pointing ck;

  @BeforeEach
  void setUp() {
    backend = JniBackend.create();
    TestData.loadKernels(backend, CLOCK_KERNELS);
    spice = Spice.over(backend);
    ck = spice.pointing();
  }

  @AfterEach
  void tearDown() {
    spice.close();
  }

  private static String ckPath() {
    return TestData.kernel(CK).toString();
  }

  private static byte[] ckBytes() throws IOException {
    return Files.readAllBytes(TestData.kernel(CK));
  }

  /** Checks ckgp at 2001-01-01 against the golden case with its tolerances. */
  private void assertPointing2001() {
    JsonNode c = TestData.goldenCase("sclk-ck.json", "ckgp.mgs-hga-hinge.2001");
    Optional<CkPointing> p = ck.at(HGA, TICKS_2001, 0, REF);
    assertTrue(p.isPresent(), "pointing at 2001-01-01");
    Map<String, JsonNode> actual = new LinkedHashMap<>();
    actual.put("cmat", rows(p.get().cmat()));
    actual.put("clkout", DoubleNode.valueOf(p.get().clkout()));
    actual.put("found", com.fasterxml.jackson.databind.node.BooleanNode.TRUE);
    List<String> problems = GoldenCompare.compare(c.get("expect"), c.get("tol"), actual);
    assertTrue(problems.isEmpty(), () -> "ckgp vs golden: " + problems);
  }

  private static ArrayNode rows(Matrix3 m) {
    ArrayNode rows = JsonNodeFactory.instance.arrayNode();
    for (int i = 0; i < 3; i++) rows.addArray().add(m.get(i, 0)).add(m.get(i, 1)).add(m.get(i, 2));
    return rows;
  }

  private void assertNoCkLoaded() {
    SpiceException e = assertThrows(SpiceException.class, () -> ck.at(HGA, TICKS_2001, 0, REF));
    assertEquals("SPICE(NOLOADEDFILES)", e.shortMessage(), e::getMessage);
  }

  @Test
  void pointingFoundIsARotationAtTheRequestedTime() {
    spice.load(TestData.kernel(CK));
    assertPointing2001();
    CkPointing p = ck.at(HGA, TICKS_2001, 0, REF).orElseThrow();
    assertEquals(TICKS_2001, p.clkout(), 0.0, "tol 0: pointing at exactly the requested time");
    double[] m = p.cmat().toRowMajor();
    double det = m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6])
        + m[2] * (m[3] * m[7] - m[4] * m[6]);
    assertEquals(1.0, det, 1e-12, "a rotation has determinant 1");
    Vector3 x = p.cmat().multiply(new Vector3(1, 0, 0));
    assertEquals(1.0, x.norm(), 1e-12, "rotations keep lengths");

    // ckgpav: same matrix, and this segment's angular velocity is zero (sclk-ck.json)
    CkPointingAv av = ck.withAngularVelocity(HGA, TICKS_2001, 0, REF).orElseThrow();
    assertEquals(p, av.pointing());
    assertEquals(0.0, av.av().norm(), 1e-15);
  }

  @Test
  void pointingNotFoundIsEmpty() {
    spice.load(TestData.kernel(CK));
    // segment covers ticks 46775005.63385691 .. 146650318190.83716
    assertTrue(ck.at(HGA, 46775000, 0, REF).isEmpty(), "before the segment");
    assertTrue(ck.at(HGA, 146650400000.0, 0, REF).isEmpty(), "after the segment");
    assertTrue(ck.withAngularVelocity(HGA, 146650400000.0, 0, REF).isEmpty(), "ckgpav after the segment");
    assertTrue(ck.at(-12345, TICKS_2001, 0, REF).isEmpty(), "an instrument the CK does not have");
    // within tolerance the first pointing is found, at the segment start
    CkPointing p = ck.at(HGA, 46775000, 100, REF).orElseThrow();
    assertEquals(46775005.63385691, p.clkout(), 1e-3);
  }

  @Test
  void etToTicksToPointing() {
    spice.load(TestData.kernel(CK));
    double et = spice.utcToEt("2001-01-01T00:00:00");
    double ticks = spice.spacecraftClock().etToTicks(MGS, et);
    assertEquals(TICKS_2001, ticks, 1e-3);
    assertEquals(ticks, ck.at(HGA, ticks, 0, REF).orElseThrow().clkout(), 0.0);
  }

  @Test
  void objectsAndCoverageOnPathAndVirtualIdAgree() throws IOException {
    spice.load("kernels/mgs_hinge.bc", ckBytes());
    assertEquals(List.of(HGA), ck.objects(ckPath()));
    assertEquals(List.of(HGA), ck.objects("kernels/mgs_hinge.bc"));
    for (Pointing.Level level : Pointing.Level.values()) {
      for (Pointing.TimeSystem sys : Pointing.TimeSystem.values()) {
        for (boolean needav : new boolean[] {false, true}) {
          List<TimeInterval> onPath = ck.coverage(ckPath(), HGA, needav, level, 0, sys);
          assertEquals(1, onPath.size(), level + " " + sys);
          assertEquals(onPath, ck.coverage("kernels/mgs_hinge.bc", HGA, needav, level, 0, sys), level + " " + sys);
        }
      }
    }
    // golden: ckcov SEGMENT/TDB
    List<TimeInterval> tdb = ck.coverage("kernels/mgs_hinge.bc", HGA, false, Pointing.Level.SEGMENT, 0,
        Pointing.TimeSystem.TDB);
    assertEquals(-99327537.81737909, tdb.get(0).start(), 1e-6);
    assertEquals(473342461.62838113, tdb.get(0).stop(), 1e-6);
    // a tolerance widens each side by that many ticks
    TimeInterval sclk = ck.coverage(ckPath(), HGA, false, Pointing.Level.SEGMENT, 0, Pointing.TimeSystem.SCLK).get(0);
    TimeInterval wide = ck.coverage(ckPath(), HGA, false, Pointing.Level.SEGMENT, 1000, Pointing.TimeSystem.SCLK).get(0);
    assertEquals(sclk.start() - 1000, wide.start(), 1e-3);
    assertEquals(sclk.stop() + 1000, wide.stop(), 1e-3);
    // an ID the file does not have: empty
    assertTrue(ck.coverage(ckPath(), -12345, false, Pointing.Level.SEGMENT, 0, Pointing.TimeSystem.SCLK).isEmpty());
  }

  @Test
  void loadAndUnloadForPointing() {
    assertNoCkLoaded();
    int handle = ck.load(ckPath());
    assertTrue(handle > 0, "DAF handle");
    assertEquals(handle, ck.load(ckPath()), "loading a loaded file returns its handle");
    assertPointing2001();
    assertEquals(0, backend.kernels().ktotal("CK"), "cklpf files are not in the kernel database");
    spice.clear();
    TestData.loadKernels(backend, CLOCK_KERNELS);
    assertPointing2001(); // kclear leaves cklpf files loaded
    ck.unload(handle);
    assertNoCkLoaded();
    ck.unload(handle); // unknown handles are ignored, as in CSPICE
    assertNoCkLoaded();
  }

  @Test
  void loadForPointingByVirtualId() throws IOException {
    spice.load("kernels/mgs_hinge.bc", ckBytes());
    assertPointing2001();
    int furnished = backend.kernels().kinfo("kernels/mgs_hinge.bc").map(KernelData::handle).orElseThrow();
    // The same file, opened by its staged path: CSPICE hands back the handle furnsh got.
    int handle = ck.load("kernels/mgs_hinge.bc");
    assertEquals(furnished, handle);
    ck.unload(handle);
    assertNoCkLoaded();
    assertTrue(ck.load("kernels/mgs_hinge.bc") > 0, "reloaded by virtual id (CSPICE opens it under a new handle)");
    assertPointing2001();
  }

  @Test
  void cklpfFilesSurviveAnEngineRebuild(@TempDir Path dir) throws IOException {
    // A second, distinct CK file (same content, other path), so CSPICE gives it its own handle.
    Path copy = Files.copy(TestData.kernel(CK), dir.resolve("copy.bc"));
    // An SPK loaded first takes a handle; unloading it frees the number, so after the rebuild the CK
    // reopens under a different handle than the one the caller holds.
    backend.kernels().furnsh(TestData.kernel("spk/de440s_2023_2026_excerpt.bsp"));
    int first = ck.load(ckPath());
    backend.kernels().unload(TestData.kernel("spk/de440s_2023_2026_excerpt.bsp").toString());
    int files = backend.openFiles();

    assertThrows(SpiceEngineTrapException.class, backend::forceTrap);
    assertPointing2001();
    assertEquals(files, backend.openFiles(), "the rebuilt engine reopened the CK");

    int second = ck.load(copy.toString());
    assertNotEquals(first, second, "handles the caller holds stay distinct");
    ck.unload(first); // must unload the first file, wherever the rebuild put it
    assertPointing2001(); // the copy still provides pointing
    ck.unload(second);
    assertNoCkLoaded();
    assertEquals(files - 1, backend.openFiles(), "both CK files closed");
  }

  private void assertEngineWorks() {
    assertEquals(-31579157.50207733, spice.spacecraftClock().toEt(MGS, "1/0599616000.128"), 1e-6, "scs2e after a failure");
  }

  private void assertSpiceError(String expectedShort, Executable call) {
    SpiceException e = assertThrows(SpiceException.class, call);
    assertEquals(expectedShort, e.shortMessage(), e::getMessage);
    assertTrue(!e.longMessage().isEmpty() && !e.trace().isEmpty(), "long message and trace");
    assertEngineWorks();
  }

  @Test
  void badInput() {
    spice.load(TestData.kernel(CK));
    assertSpiceError("SPICE(EMPTYSTRING)", () -> ck.at(HGA, TICKS_2001, 0, ""));
    assertSpiceError("SPICE(EMPTYSTRING)", () -> ck.withAngularVelocity(HGA, TICKS_2001, 0, ""));
    assertSpiceError("SPICE(EMPTYSTRING)", () -> ck.load(""));
    assertSpiceError("SPICE(EMPTYSTRING)", () -> ck.objects(""));
    assertSpiceError("SPICE(EMPTYSTRING)", () -> backend.ck().ckcov(ckPath(), HGA, false, "", 0, "TDB"));
    assertSpiceError("SPICE(INVALIDOPTION)", () -> backend.ck().ckcov(ckPath(), HGA, false, "FOO", 0, "TDB"));
    assertSpiceError("SPICE(NOTSUPPORTED)", () -> backend.ck().ckcov(ckPath(), HGA, false, "SEGMENT", 0, "UTC"));
    assertSpiceError("SPICE(NOFRAMECONNECT)", () -> ck.at(HGA, 1e10, 0, "J2000"));
    assertSpiceError("SPICE(UNKNOWNFRAME)", () -> ck.at(HGA, TICKS_2001, 0, "NO_SUCH_FRAME"));
    assertSpiceError("SPICE(FILENOTFOUND)", () -> ck.load("/no/such/file.bc"));
    assertSpiceError("SPICE(FILENOTFOUND)", () -> ck.objects("/no/such/file.bc"));
    assertSpiceError("SPICE(UNKNOWNFILARC)", () -> ck.load(TestData.kernel("lsk/naif0012.tls").toString()));
    assertThrows(NullPointerException.class, () -> ck.at(HGA, TICKS_2001, 0, null));
    assertThrows(NullPointerException.class, () -> ck.coverage(ckPath(), HGA, false, null, 0, Pointing.TimeSystem.TDB));
    assertThrows(IllegalArgumentException.class, () -> ck.at(HGA, Double.NaN, 0, REF));
    assertThrows(IllegalArgumentException.class, () -> ck.at(HGA, TICKS_2001, Double.NaN, REF));
    assertPointing2001();
  }

  @Test
  void ckobjIdsMatchTheManifestThroughTheBackend() {
    assertArrayEquals(new int[] {HGA}, backend.ck().ckobj(ckPath()));
  }
}
