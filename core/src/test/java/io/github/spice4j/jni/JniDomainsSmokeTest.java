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
    spice.kernels().furnsh(KERNELS.resolve("lsk/naif0012.tls"));
    spice.kernels().furnsh(KERNELS.resolve("pck/pck00011.tpc"));
    spice.kernels().furnsh(SPK);
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
    StateVector s = spice.ephemeris().spkezr("MOON", ET, "J2000", "NONE", "EARTH");
    assertRel(-367980.8742440072, s.position().x(), 5e-12);
    assertRel(-0.4096121157256828, s.velocity().x(), 5e-12);
    StateVector ssb = spice.ephemeris().spkssb(301, ET, "J2000");
    assertRel(-26373027.30181889, ssb.position().x(), 5e-12);
    assertEquals(0, ssb.lightTime());
    assertArrayEquals(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 199, 299, 301, 399}, spice.ephemeris().spkobj(SPK.toString()));
    assertEquals(List.of(new TimeInterval(725716800, 820756800)), spice.ephemeris().spkcov(SPK.toString(), 399));
  }

  @Test
  void idsNamesAndFrames() {
    assertEquals(OptionalInt.of(1), spice.frames().namfrm("J2000"));
    assertEquals(OptionalInt.empty(), spice.frames().namfrm("NOT_A_FRAME"));
    assertEquals(Optional.of("J2000"), spice.frames().frmnam(1));
    assertEquals(Optional.empty(), spice.frames().frmnam(-987654));
    assertEquals(10013, spice.frames().cidfrm(399).orElseThrow().code());
    assertEquals("IAU_MOON", spice.frames().cnmfrm("MOON").orElseThrow().name());
    assertEquals(1, spice.frames().frinfo(1).orElseThrow().frameClass());
    assertEquals("ECLIPJ2000", spice.frames().ccifrm(1, 17).orElseThrow().name());
    assertRel(-0.16960727967151842, spice.frames().pxform("J2000", "IAU_EARTH", ET).get(0, 0), 1e-12);
    assertRel(-0.16960727967151842, spice.frames().sxform("J2000", "IAU_EARTH", ET).get(0, 0), 1e-12);

    assertEquals(OptionalInt.of(301), spice.idsNames().bodn2c("MOON"));
    assertEquals(OptionalInt.empty(), spice.idsNames().bodn2c("FOOBAR"));
    assertEquals(Optional.of("MOON"), spice.idsNames().bodc2n(301));
    assertEquals(Optional.empty(), spice.idsNames().bodc2n(-987654));
    assertEquals(OptionalInt.of(399), spice.idsNames().bods2c("399"));
    assertEquals(3, spice.idsNames().bodvrd("EARTH", "RADII").length);
    assertEquals(3, spice.idsNames().bodvar(399, "RADII").length);
    SpiceException unknown = assertThrows(SpiceException.class, () -> spice.idsNames().bodvrd("FOOBAR", "RADII"));
    assertEquals("SPICE(IDCODENOTFOUND)", unknown.shortMessage());
    SpiceException missing = assertThrows(SpiceException.class, () -> spice.idsNames().bodvar(399, "NO_SUCH_ITEM"));
    assertEquals("SPICE(KERNELVARNOTFOUND)", missing.shortMessage());
  }

  @Test
  void byteBackedKernel() throws Exception {
    byte[] lsk = Files.readAllBytes(KERNELS.resolve("lsk/naif0012.tls"));
    int before = spice.kernels().ktotal("ALL");
    spice.kernels().furnsh("kernels/./naif0012.tls", lsk);
    assertEquals(before + 1, spice.kernels().ktotal("ALL"));
    KernelData k = spice.kernels().kdata(before, "ALL").orElseThrow();
    assertEquals("kernels/naif0012.tls", k.file());
    assertEquals("TEXT", k.type());
    assertEquals("kernels/naif0012.tls", spice.kernels().kinfo("kernels/naif0012.tls").orElseThrow().file());
    assertEquals("SPK", spice.kernels().kinfo(SPK.toString()).orElseThrow().type());

    String staged = new JniKernelsProbe(spice).stagedPath("kernels/naif0012.tls");
    assertTrue(Files.exists(Path.of(staged)));
    spice.kernels().furnsh("kernels/naif0012.tls", lsk); // replaces, not adds
    assertEquals(before + 1, spice.kernels().ktotal("ALL"));
    assertFalse(Files.exists(Path.of(staged)));

    String restaged = new JniKernelsProbe(spice).stagedPath("kernels/naif0012.tls");
    spice.kernels().unload("kernels/naif0012.tls");
    assertEquals(before, spice.kernels().ktotal("ALL"));
    assertFalse(Files.exists(Path.of(restaged)));
    assertEquals(Optional.empty(), spice.kernels().kinfo("kernels/naif0012.tls"));
    assertEquals(Optional.empty(), spice.kernels().kdata(before, "ALL"));

    assertThrows(IllegalArgumentException.class, () -> spice.kernels().furnsh("a/../../b.tls", lsk));
    assertThrows(IllegalArgumentException.class, () -> spice.kernels().furnsh(" ", lsk));
  }

  @Test
  void byteBackedSpkAndCleanupOnClose() throws Exception {
    spice.kernels().furnsh("mem/de440s.bsp", Files.readAllBytes(SPK));
    assertEquals(14, spice.ephemeris().spkobj("mem/de440s.bsp").length);
    assertEquals(List.of(new TimeInterval(725716800, 820756800)), spice.ephemeris().spkcov("mem/./de440s.bsp", 399));
    Path staged = Path.of(new JniKernelsProbe(spice).stagedPath("mem/de440s.bsp"));
    assertTrue(Files.exists(staged));
    spice.close();
    assertFalse(Files.exists(staged.getParent()));
    spice = JniBackend.create(); // for @AfterEach
  }

  @Test
  void errors() {
    SpiceException e = assertThrows(SpiceException.class,
        () -> spice.ephemeris().spkezr("FOOBAR", ET, "J2000", "NONE", "EARTH"));
    assertEquals("SPICE(IDCODENOTFOUND)", e.shortMessage());
    assertFalse(spice.error().failed());
    assertRel(-367980.8742440072, spice.ephemeris().spkezr("MOON", ET, "J2000", "NONE", "EARTH").position().x(), 5e-12);

    spice.error().setmsg("custom failure");
    SpiceException signalled = assertThrows(SpiceException.class, () -> spice.error().sigerr("SPICE(MYERROR)"));
    assertEquals("SPICE(MYERROR)", signalled.shortMessage());
    assertEquals("custom failure", signalled.longMessage());
    assertFalse(spice.error().failed());
    assertThrows(IllegalArgumentException.class, () -> spice.error().getmsg("MEDIUM"));
    spice.error().getmsg("short");
    spice.error().chkin("SMOKE");
    spice.error().chkout("SMOKE");

    SpiceException cov = assertThrows(SpiceException.class, () -> spice.ephemeris().spkcov("spk/does_not_exist.bsp", 399));
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
