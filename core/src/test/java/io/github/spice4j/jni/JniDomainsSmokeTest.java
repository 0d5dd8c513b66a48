package io.github.spice4j.jni;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.SpiceException;
import io.github.spice4j.StateVector;
import io.github.spice4j.TimeInterval;
import io.github.spice4j.KernelData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Smoke test of the error, kernels, ids/names, frames and ephemeris domains over JNI (values from the goldens). */
class JniDomainsSmokeTest {
  private static final Path KERNELS = Path.of(System.getProperty("spice4j.kernels", "../../shared/kernels"));
  private static final Path SPK = KERNELS.resolve("spk/de440s_2023_2026_excerpt.bsp");
  private static final double ET = 757339269.1839061;

  private JniBackend spice;

  @BeforeEach
  void load() {
    spice = JniBackend.create();
    spice.furnsh(KERNELS.resolve("lsk/naif0012.tls"));
    spice.furnsh(KERNELS.resolve("pck/pck00011.tpc"));
    spice.furnsh(SPK);
  }

  @AfterEach
  void close() {
    spice.close();
  }

  private static void assertRel(double expected, double actual, double rel) {
    assertTrue(Math.abs(actual - expected) <= rel * Math.abs(expected), () -> "expected " + expected + " got " + actual);
  }

  @Test
  void ephemeris() {
    StateVector s = spice.spkezr("MOON", ET, "J2000", "NONE", "EARTH");
    assertRel(-367980.8742440072, s.position().x(), 5e-12);
    assertRel(-0.4096121157256828, s.velocity().x(), 5e-12);
    StateVector ssb = spice.spkssb(301, ET, "J2000");
    assertRel(-26373027.30181889, ssb.position().x(), 5e-12);
    assertEquals(0, ssb.lightTime());
    assertArrayEquals(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 199, 299, 301, 399}, spice.spkobj(SPK.toString()));
    assertEquals(List.of(new TimeInterval(725716800, 820756800)), spice.spkcov(SPK.toString(), 399));
  }

  @Test
  void idsNamesAndFrames() {
    assertEquals(OptionalInt.of(1), spice.namfrm("J2000"));
    assertEquals(OptionalInt.empty(), spice.namfrm("NOT_A_FRAME"));
    assertEquals(Optional.of("J2000"), spice.frmnam(1));
    assertEquals(Optional.empty(), spice.frmnam(-987654));
    assertEquals(10013, spice.cidfrm(399).orElseThrow().code());
    assertEquals("IAU_MOON", spice.cnmfrm("MOON").orElseThrow().name());
    assertEquals(1, spice.frinfo(1).orElseThrow().frameClass());
    assertEquals("ECLIPJ2000", spice.ccifrm(1, 17).orElseThrow().name());
    assertRel(-0.16960727967151842, spice.pxform("J2000", "IAU_EARTH", ET).get(0, 0), 1e-12);
    assertRel(-0.16960727967151842, spice.sxform("J2000", "IAU_EARTH", ET).get(0, 0), 1e-12);

    assertEquals(OptionalInt.of(301), spice.bodn2c("MOON"));
    assertEquals(OptionalInt.empty(), spice.bodn2c("FOOBAR"));
    assertEquals(Optional.of("MOON"), spice.bodc2n(301));
    assertEquals(Optional.empty(), spice.bodc2n(-987654));
    assertEquals(OptionalInt.of(399), spice.bods2c("399"));
    assertEquals(3, spice.bodvrd("EARTH", "RADII").length);
    assertEquals(3, spice.bodvar(399, "RADII").length);
    SpiceException unknown = assertThrows(SpiceException.class, () -> spice.bodvrd("FOOBAR", "RADII"));
    assertEquals("SPICE(IDCODENOTFOUND)", unknown.shortMessage());
    SpiceException missing = assertThrows(SpiceException.class, () -> spice.bodvar(399, "NO_SUCH_ITEM"));
    assertEquals("SPICE(KERNELVARNOTFOUND)", missing.shortMessage());
  }

  @Test
  void byteBackedKernel() throws Exception {
    byte[] lsk = Files.readAllBytes(KERNELS.resolve("lsk/naif0012.tls"));
    int before = spice.ktotal("ALL");
    spice.furnsh("kernels/./naif0012.tls", lsk);
    assertEquals(before + 1, spice.ktotal("ALL"));
    KernelData k = spice.kdata(before, "ALL").orElseThrow();
    assertEquals("kernels/naif0012.tls", k.file());
    assertEquals("TEXT", k.type());
    assertEquals("kernels/naif0012.tls", spice.kinfo("kernels/naif0012.tls").orElseThrow().file());
    assertEquals("SPK", spice.kinfo(SPK.toString()).orElseThrow().type());

    String staged = new JniKernelsProbe(spice).stagedPath("kernels/naif0012.tls");
    assertTrue(Files.exists(Path.of(staged)));
    spice.furnsh("kernels/naif0012.tls", lsk); // replaces, not adds
    assertEquals(before + 1, spice.ktotal("ALL"));
    assertFalse(Files.exists(Path.of(staged)));

    String restaged = new JniKernelsProbe(spice).stagedPath("kernels/naif0012.tls");
    spice.unload("kernels/naif0012.tls");
    assertEquals(before, spice.ktotal("ALL"));
    assertFalse(Files.exists(Path.of(restaged)));
    assertEquals(Optional.empty(), spice.kinfo("kernels/naif0012.tls"));
    assertEquals(Optional.empty(), spice.kdata(before, "ALL"));

    assertThrows(IllegalArgumentException.class, () -> spice.furnsh("a/../../b.tls", lsk));
    assertThrows(IllegalArgumentException.class, () -> spice.furnsh(" ", lsk));
  }

  @Test
  void byteBackedSpkAndCleanupOnClose() throws Exception {
    spice.furnsh("mem/de440s.bsp", Files.readAllBytes(SPK));
    assertEquals(14, spice.spkobj("mem/de440s.bsp").length);
    assertEquals(List.of(new TimeInterval(725716800, 820756800)), spice.spkcov("mem/./de440s.bsp", 399));
    Path staged = Path.of(new JniKernelsProbe(spice).stagedPath("mem/de440s.bsp"));
    assertTrue(Files.exists(staged));
    spice.close();
    assertFalse(Files.exists(staged.getParent()));
    spice = JniBackend.create(); // for @AfterEach
  }

  @Test
  void errors() {
    SpiceException e = assertThrows(SpiceException.class,
        () -> spice.spkezr("FOOBAR", ET, "J2000", "NONE", "EARTH"));
    assertEquals("SPICE(IDCODENOTFOUND)", e.shortMessage());
    assertFalse(spice.failed());
    assertRel(-367980.8742440072, spice.spkezr("MOON", ET, "J2000", "NONE", "EARTH").position().x(), 5e-12);

    spice.setmsg("custom failure");
    SpiceException signalled = assertThrows(SpiceException.class, () -> spice.sigerr("SPICE(MYERROR)"));
    assertEquals("SPICE(MYERROR)", signalled.shortMessage());
    assertEquals("custom failure", signalled.longMessage());
    assertFalse(spice.failed());
    assertThrows(IllegalArgumentException.class, () -> spice.getmsg("MEDIUM"));
    spice.getmsg("short");
    spice.chkin("SMOKE");
    spice.chkout("SMOKE");

    SpiceException cov = assertThrows(SpiceException.class, () -> spice.spkcov("spk/does_not_exist.bsp", 399));
    assertEquals("SPICE(FILENOTFOUND)", cov.shortMessage());
  }

  /** Reaches the staged path of a virtual id (package-private state) to check file deletion. */
  private static final class JniKernelsProbe {
    private final JniKernels kernels;

    JniKernelsProbe(JniBackend backend) throws ReflectiveOperationException {
      var f = JniBackend.class.getDeclaredField("kernels");
      f.setAccessible(true);
      kernels = (JniKernels) f.get(backend);
    }

    String stagedPath(String id) {
      return kernels.resolve(id);
    }
  }
}
