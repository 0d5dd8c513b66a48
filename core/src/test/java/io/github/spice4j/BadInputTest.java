package io.github.spice4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.spice4j.jni.JniBackend;
import io.github.spice4j.parity.GoldenCompare;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Caller mistakes, CSPICE errors and corrupt kernels: always a clean exception, and the engine keeps working. */
class BadInputTest {
  private static final List<String> KERNELS =
      List.of("lsk/naif0012.tls", "pck/pck00011.tpc", "spk/de440s_2023_2026_excerpt.bsp");
  /** Golden ET of 2024-01-01T00:00:00 UTC (time.json / frames.json notes), abs tolerance 1e-6 s as in time.json. */
  private static final double ET_2024 = 757339269.1839061;
  private static final String GOOD_UTC = "2024-01-01T00:00:00";

  private JniBackend backend;

  @BeforeEach
  void setUp() {
    backend = JniBackend.create();
    TestData.loadKernels(backend, KERNELS);
  }

  @AfterEach
  void tearDown() {
    backend.close();
  }

  private void assertEngineWorks() {
    assertEquals(ET_2024, backend.time().str2et(GOOD_UTC), 1e-6, "str2et after a failure");
  }

  private SpiceException assertSpiceError(String expectedShort, Executable call) {
    SpiceException e = assertThrows(SpiceException.class, call);
    assertEquals(expectedShort, e.shortMessage(), e::getMessage);
    assertEngineWorks();
    return e;
  }

  /** Checks spkezr MOON/EARTH J2000 NONE at 2024-01-01 against ephemeris.json with the golden tolerance. */
  private static void assertMoonMatchesGolden(JniBackend b) {
    JsonNode c = TestData.goldenCase("ephemeris.json", "spkezr.moon-wrt-earth.j2000.none.2024-01-01");
    JsonNode a = c.get("args");
    StateVector s = b.ephemeris().spkezr(a.get("targ").asText(), a.get("et").asDouble(), a.get("ref").asText(),
        a.get("abcorr").asText(), a.get("obs").asText());
    Map<String, JsonNode> actual = new LinkedHashMap<>();
    com.fasterxml.jackson.databind.node.ArrayNode arr = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    for (double x : s.toArray()) arr.add(x);
    actual.put("starg", arr);
    actual.put("lt", com.fasterxml.jackson.databind.node.DoubleNode.valueOf(s.lightTime()));
    List<String> problems = GoldenCompare.compare(c.get("expect"), c.get("tol"), actual);
    assertTrue(problems.isEmpty(), () -> "spkezr MOON/EARTH vs golden: " + problems);
  }

  @Test
  void nullArgumentsAreNullPointerExceptions() {
    assertThrows(NullPointerException.class, () -> backend.time().str2et(null));
    assertThrows(NullPointerException.class, () -> backend.idsNames().bodn2c(null));
    assertThrows(NullPointerException.class, () -> backend.ephemeris().spkezr(null, ET_2024, "J2000", "NONE", "EARTH"));
    assertThrows(NullPointerException.class, () -> backend.ephemeris().spkezr("MOON", ET_2024, null, "NONE", "EARTH"));
    assertThrows(NullPointerException.class, () -> backend.frames().pxform("J2000", null, ET_2024));
    assertThrows(NullPointerException.class, () -> backend.kernels().furnsh((Path) null));
    assertThrows(NullPointerException.class, () -> backend.kernels().furnsh("x/y.bsp", null));
    assertEngineWorks();
  }

  @Test
  void emptyStringsAreEmptyStringErrors() {
    assertSpiceError("SPICE(EMPTYSTRING)", () -> backend.time().str2et(""));
    assertSpiceError("SPICE(EMPTYSTRING)", () -> backend.idsNames().bodn2c(""));
    assertSpiceError("SPICE(EMPTYSTRING)", () -> backend.ephemeris().spkezr("", ET_2024, "J2000", "NONE", "EARTH"));
    assertSpiceError("SPICE(EMPTYSTRING)", () -> backend.frames().pxform("", "J2000", ET_2024));
  }

  @Test
  void hugeStrings() {
    String xs = "X".repeat(100_000);
    // CSPICE's tokenizer rejects the first unrecognizable substring: SPICE(UNPARSEDTIME), as for "hello world"
    // in errors.json (str2et.garbage).
    SpiceException e = assertSpiceError("SPICE(UNPARSEDTIME)", () -> backend.time().str2et(xs));
    assertFalse(e.shortMessage().isEmpty());
    // An unknown (over-long) name is a clean not-found in CSPICE's bodn2c.
    assertEquals(java.util.OptionalInt.empty(), backend.idsNames().bodn2c(xs));
    assertEngineWorks();
    // Trailing blanks are insignificant to CSPICE: a valid string padded to 100 000 characters still parses.
    assertEquals(ET_2024, backend.time().str2et(GOOD_UTC + " ".repeat(100_000 - GOOD_UTC.length())), 1e-6);
    assertEquals(399, backend.idsNames().bodn2c("EARTH" + " ".repeat(100_000 - 5)).orElseThrow());
  }

  @Test
  void cspiceErrors() {
    assertSpiceError("SPICE(IDCODENOTFOUND)", () -> backend.ephemeris().spkezr("FOOBAR", ET_2024, "J2000", "NONE", "EARTH"));
    assertSpiceError("SPICE(UNKNOWNFRAME)", () -> backend.frames().pxform("J2000", "NOT_A_FRAME", ET_2024));
    assertSpiceError("SPICE(NOSUCHFILE)",
        () -> backend.kernels().furnsh(TestData.kernelsDir().resolve("spk/does_not_exist.bsp")));
    assertSpiceError("SPICE(BADTIMESTRING)", () -> backend.time().str2et("2024-02-30"));
    assertMoonMatchesGolden(backend);
  }

  @Test
  void nanEpochsAreIllegalArguments() {
    assertThrows(IllegalArgumentException.class, () -> backend.ephemeris().spkezr("MOON", Double.NaN, "J2000", "NONE", "EARTH"));
    assertThrows(IllegalArgumentException.class, () -> backend.time().et2utc(Double.NaN, "ISOC", 3));
    assertThrows(IllegalArgumentException.class, () -> backend.frames().pxform("J2000", "IAU_EARTH", Double.NaN));
    assertEngineWorks();
  }

  /**
   * (a) Random bytes carry no DAF/DAS ID word, so CSPICE's FURNSH treats the file as a text kernel, and a text
   * kernel without a \begindata marker defines nothing: CSPICE loads it without error. We assert exactly that,
   * and that the same random bytes behind a DAF/SPK ID word are rejected by DAFOPR.
   */
  @Test
  void corruptRandomBytes() {
    byte[] rnd = new byte[4096];
    new Random(42).nextBytes(rnd);
    backend.kernels().furnsh("corrupt/random.bin", rnd);
    Optional<KernelData> info = backend.kernels().kinfo("corrupt/random.bin");
    assertEquals("TEXT", info.orElseThrow().type());
    assertEngineWorks();
    assertMoonMatchesGolden(backend);
    backend.kernels().unload("corrupt/random.bin");

    byte[] daf = rnd.clone();
    System.arraycopy("DAF/SPK ".getBytes(StandardCharsets.US_ASCII), 0, daf, 0, 8);
    assertSpiceError("SPICE(UNSUPPORTEDBFF)", () -> backend.kernels().furnsh("corrupt/daf-random.bsp", daf));
    assertMoonMatchesGolden(backend);
  }

  /** (b) The first 1000 bytes of de440s: a file record but no summary or data records. */
  @Test
  void corruptTruncatedSpk() throws Exception {
    byte[] spk = Arrays.copyOf(Files.readAllBytes(TestData.kernel("spk/de440s_2023_2026_excerpt.bsp")), 1000);
    // 1000 bytes hold a complete DAF file record (ID word, ND/NI, FTP string) but none of the summary
    // or data records. Like CSPICE, furnsh only reads the file record, so the damage may surface only
    // when an SPK search reaches the file; either way it must be a SpiceException, never a crash, and
    // unloading the bad file must restore the engine.
    try {
      try {
        backend.kernels().furnsh("corrupt/truncated.bsp", spk);
        SpiceException e = assertThrows(SpiceException.class,
            () -> backend.ephemeris().spkezr("MOON", 757339269.1839061, "J2000", "NONE", "EARTH"),
            "an SPK search through the truncated file must report the damage");
        assertTrue(e.shortMessage().startsWith("SPICE(DAF"), e::getMessage);
      } catch (SpiceException e) {
        assertTrue(e.shortMessage().startsWith("SPICE("), e::getMessage);
      }
      assertEngineWorks();
    } finally {
      if (backend.kernels().kinfo("corrupt/truncated.bsp").isPresent()) backend.kernels().unload("corrupt/truncated.bsp");
    }
    assertMoonMatchesGolden(backend);
  }

  /** (c) A text kernel whose \begindata assignment has no value after '='. */
  @Test
  void corruptTextKernel() {
    byte[] text = "KPL/PCK\n\\begindata\nBODY399_RADII = = 3\n\\begintext\n".getBytes(StandardCharsets.US_ASCII);
    assertSpiceError("SPICE(BADVARASSIGN)", () -> backend.kernels().furnsh("corrupt/broken.tpc", text));
    byte[] noOperator = "KPL/PCK\n\\begindata\nBODY399_RADII 6378.1\n\\begintext\n".getBytes(StandardCharsets.US_ASCII);
    assertSpiceError("SPICE(BADVARASSIGN)", () -> backend.kernels().furnsh("corrupt/broken2.tpc", noOperator));
    assertMoonMatchesGolden(backend);
  }

  @Test
  void forcedTrapRebuildsTheEngineWithItsKernels() {
    assertMoonMatchesGolden(backend);
    assertThrows(SpiceEngineTrapException.class, backend::forceTrap);
    assertEquals(KERNELS.size(), backend.kernels().ktotal("ALL"));
    assertMoonMatchesGolden(backend);
    assertEngineWorks();
  }

  @Test
  void kclearReleasesFileHandles() {
    try (JniBackend fresh = JniBackend.create()) {
      int before = fresh.openFiles();
      TestData.loadKernels(fresh, List.of("lsk/naif0012.tls", "pck/earth_latest_high_prec.bpc",
          "spk/de440s_2023_2026_excerpt.bsp", "spk/jup310_excerpt.bsp"));
      assertTrue(fresh.openFiles() > before, "binary kernels should hold files open");
      fresh.kernels().kclear();
      assertEquals(before, fresh.openFiles(), "open files after kclear");
      // and after a failed load
      assertThrows(SpiceException.class, () -> fresh.kernels().furnsh(TestData.kernelsDir().resolve("ck/cook_01.tc")));
      fresh.kernels().kclear();
      assertEquals(before, fresh.openFiles(), "open files after a failed furnsh and kclear");
    }
  }
}
