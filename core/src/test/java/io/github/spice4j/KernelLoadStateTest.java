package io.github.spice4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.backend.SpiceBackend;
import io.github.spice4j.jni.JniBackend;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * State after a failed load (issue 11 items 4 and 6): the engine is exactly as before the call (pool,
 * kernel list, later results bit-identical to a fresh engine's), and virtual ids never pass for real paths.
 */
class KernelLoadStateTest {
  private static final double ET = 757339269.1839061;

  private JniBackend backend;

  @BeforeEach
  void setUp() {
    backend = TestData.basicBackend();
  }

  @AfterEach
  void tearDown() {
    backend.close();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** Every pool variable with its values, and the kernel list: what a failed load must leave unchanged. */
  private static Map<String, Object> state(SpiceBackend b) {
    Map<String, Object> out = new TreeMap<>();
    for (String name : b.pool().gnpool("*", 0, 30000).orElse(List.of())) {
      PoolVariableInfo info = b.pool().dtpool(name);
      out.put(name, info.numeric() ? Arrays.toString(b.pool().gdpool(name, 0, info.n()).orElseThrow())
          : b.pool().gcpool(name, 0, info.n()).orElseThrow());
    }
    List<KernelData> kernels = new ArrayList<>();
    for (int i = 0; i < b.kernels().ktotal("ALL"); i++) kernels.add(b.kernels().kdata(i, "ALL").orElseThrow());
    out.put(" kernels", kernels);
    return out;
  }

  /** The engine answers exactly as a fresh engine with the same kernels: pool, kernel list, bodvrd, spkezr. */
  private void assertSameAsFresh() {
    assertSameAsFresh(true);
  }

  private void assertSameAsFresh(boolean sameHandles) {
    try (JniBackend fresh = TestData.basicBackend()) {
      Map<String, Object> expected = state(fresh);
      Map<String, Object> actual = state(backend);
      if (!sameHandles) {
        expected.put(" kernels", expected.get(" kernels").toString().replaceAll("handle=\\d+", ""));
        actual.put(" kernels", actual.get(" kernels").toString().replaceAll("handle=\\d+", ""));
      }
      assertEquals(expected, actual);
      assertArrayEquals(fresh.idsNames().bodvrd("EARTH", "RADII"), backend.idsNames().bodvrd("EARTH", "RADII"), 0.0);
      assertArrayEquals(fresh.ephemeris().spkezr("MOON", ET, "J2000", "LT+S", "EARTH").toArray(),
          backend.ephemeris().spkezr("MOON", ET, "J2000", "LT+S", "EARTH").toArray(), 0.0);
    }
  }

  @Test
  void failedTextKernelLeavesNoAssignment() {
    // CSPICE assigns FOO and both NAIF_BODY_* vectors, then its body-name watcher rejects the code.
    byte[] pck = ascii("KPL/PCK\n\\begindata\nFOO = 1\nNAIF_BODY_NAME += ( 'XX' )\nNAIF_BODY_CODE += ( 1e30 )\n"
        + "\\begintext\n");
    SpiceException e = assertThrows(SpiceException.class, () -> backend.kernels().furnsh("bad/body.tpc", pck));
    assertEquals("SPICE(INTOUTOFRANGE)", e.shortMessage());
    assertSameAsFresh();
  }

  @Test
  void failedParseLeavesNoAssignment() {
    byte[] pck = ascii("KPL/PCK\n\\begindata\nFOO = 1\nBAR = ( 1 2\nBAZ = 'x'\n\\begintext\n");
    assertThrows(SpiceException.class, () -> backend.kernels().furnsh("bad/syntax.tpc", pck));
    assertSameAsFresh();
  }

  @Test
  void failedMetaKernelLeavesNoPathSymbolsNorKernels() {
    String meta = "KPL/MK\n\\begindata\nPATH_SYMBOLS = ( 'K' )\nPATH_VALUES = ( '" + TestData.kernelsDir() + "' )\n"
        + "KERNELS_TO_LOAD = ( '$K/pck/gm_de440.tpc' '$K/spk/jup310_excerpt.bsp' '$K/spk/no_such.bsp' )\n\\begintext\n";
    SpiceException e = assertThrows(SpiceException.class, () -> backend.kernels().furnsh("bad/meta.tm", ascii(meta)));
    assertEquals("SPICE(NOSUCHFILE)", e.shortMessage());
    // Reported by its id, never by the private staged copy.
    assertTrue(e.getMessage().contains("bad/meta.tm"), e::getMessage);
    assertFalse(e.getMessage().contains("spice4j-staging"), e::getMessage);
    assertSameAsFresh();
  }

  @Test
  void failedBinaryKernelIsReportedByItsId() {
    byte[] daf = new byte[4096];
    System.arraycopy(ascii("DAF/SPK "), 0, daf, 0, 8);
    SpiceException e = assertThrows(SpiceException.class, () -> backend.kernels().furnsh("bad/random.bsp", daf));
    assertTrue(e.longMessage().contains("bad/random.bsp"), e::longMessage);
    assertFalse(e.getMessage().contains(System.getProperty("java.io.tmpdir")), e::getMessage);
    assertSameAsFresh();
  }

  @Test
  void failedReplacementKeepsTheKernelItReplaces() {
    backend.kernels().furnsh("mem/extra.tpc", ascii("KPL/PCK\n\\begindata\nEXTRA = 7\n\\begintext\n"));
    assertThrows(SpiceException.class,
        () -> backend.kernels().furnsh("mem/extra.tpc", ascii("KPL/PCK\n\\begindata\nEXTRA = 8\nBAD = ( 1\nX = 'y'\n")));
    assertArrayEquals(new double[] {7}, backend.pool().gdpool("EXTRA", 0, 1).orElseThrow(), 0.0);
    assertEquals("mem/extra.tpc", backend.kernels().kinfo("mem/extra.tpc").orElseThrow().file());
    backend.kernels().unload("mem/extra.tpc");
    assertSameAsFresh(false); // the replaced kernel is reloaded in place: binary kernels get new handles
  }

  @Test
  void poolEditsSurviveARolledBackLoad() {
    backend.pool().pdpool("MY_EDIT", new double[] {42});
    assertThrows(SpiceException.class, () -> backend.kernels().furnsh("bad/x.tpc", ascii("\\begindata\nA = 1\nB = ( 2\nC = 'x'\n")));
    assertArrayEquals(new double[] {42}, backend.pool().gdpool("MY_EDIT", 0, 1).orElseThrow(), 0.0);
    assertEquals(java.util.Optional.empty(), backend.pool().gdpool("A", 0, 1));
  }

  // --- item 6: virtual ids and real paths ---------------------------------------------------------------

  @Test
  void absolutePathAndVirtualIdDoNotCollide(@TempDir Path dir) throws IOException {
    Path real = dir.resolve("data/a.tls");
    Files.createDirectories(real.getParent());
    Files.writeString(real, "KPL/PCK\n\\begindata\nREAL_ONE = 1\n\\begintext\n");
    String id = real.toString().substring(1); // the same string without its leading slash
    backend.kernels().furnsh(real);
    backend.kernels().furnsh(id, ascii("KPL/PCK\n\\begindata\nVIRTUAL_ONE = 2\n\\begintext\n"));
    assertEquals(real.toString(), backend.kernels().kinfo(real.toString()).orElseThrow().file());
    assertEquals(id, backend.kernels().kinfo(id).orElseThrow().file());

    backend.kernels().unload(real.toString()); // the real file, not the bytes
    assertEquals(java.util.Optional.empty(), backend.pool().gdpool("REAL_ONE", 0, 1));
    assertArrayEquals(new double[] {2}, backend.pool().gdpool("VIRTUAL_ONE", 0, 1).orElseThrow(), 0.0);
    assertEquals(java.util.Optional.empty(), backend.kernels().kinfo(real.toString()));
    assertTrue(backend.kernels().kinfo(id).isPresent());
  }

  @Test
  void idsCspiceCannotRepresentAreRefusedUpFront() {
    byte[] lsk = ascii("KPL/LSK\n");
    IllegalArgumentException trailing = assertThrows(IllegalArgumentException.class,
        () -> backend.kernels().furnsh("k/a.tls ", lsk));
    assertTrue(trailing.getMessage().contains("white space"), trailing::getMessage);
    assertThrows(IllegalArgumentException.class, () -> backend.kernels().furnsh("/k/a.tls", lsk));
    assertThrows(IllegalArgumentException.class, () -> backend.kernels().furnsh("k/a\tb.tls", lsk));
    assertThrows(IllegalArgumentException.class, () -> backend.kernels().furnsh("k/" + "a".repeat(300), lsk));
    // Any printable id works, however CSPICE would read it as a file name.
    backend.kernels().furnsh("k/with space & ünïcode (1).tls", ascii("KPL/PCK\n\\begindata\nODD_NAME = 3\n\\begintext\n"));
    assertEquals("k/with space & ünïcode (1).tls", backend.kernels().kinfo("k/with space & ünïcode (1).tls").orElseThrow().file());
  }

  @Test
  void relativePathEqualToALoadedIdIsRefused() {
    backend.kernels().furnsh("k/a.tls", ascii("KPL/PCK\n\\begindata\nAA = 1\n\\begintext\n"));
    assertThrows(IllegalArgumentException.class, () -> backend.kernels().furnsh(Path.of("k/a.tls")));
    assertThrows(IllegalArgumentException.class, () -> backend.kernels().furnsh(Path.of("./k/a.tls")));
  }
}
