package io.github.spice4j.jni;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.DlaDescriptor;
import io.github.spice4j.FileHandle;
import io.github.spice4j.KernelFiles;
import io.github.spice4j.Spice;
import io.github.spice4j.SpiceException;
import io.github.spice4j.TestData;
import io.github.spice4j.FileFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * exists/getfat and DAF/DAS/DLA handles on the shared kernels; expected values come from
 * kernels/MANIFEST.md (segment counts, getfat results, the DSK's vertex count) and from spkobj.
 */
class FileIoTest {
  private static final String DE440S = "spk/de440s_2023_2026_excerpt.bsp";
  private static final String DE441 = "spk/de441_1969_excerpt.bsp";
  private static final String STATIONS = "spk/earthstns_itrf93_201023.bsp";
  private static final String DSK = "dsk/apophis_g_25000mm_rad_obj_0000n00000_v001.bds";
  private static final String EK = "ek/ek-fixture.bes";

  private JniBackend spice;
  private int baselineFiles;

  @BeforeEach
  void open() {
    spice = JniBackend.create();
    baselineFiles = spice.openFiles();
  }

  @AfterEach
  void close() {
    assertEquals(0, spice.ownedObjects(), "a test left a handle open");
    assertEquals(baselineFiles, spice.openFiles(), "a test left a file open");
    spice.close();
  }

  private static String path(String relative) {
    return TestData.kernel(relative).toString();
  }

  private static byte[] bytes(String relative) throws IOException {
    return Files.readAllBytes(TestData.kernel(relative));
  }

  /** dafbfs + daffna until not found. */
  private int countArrays(FileHandle daf) {
    spice.fileIo().dafbfs(daf);
    int n = 0;
    while (spice.fileIo().daffna(daf)) n++;
    return n;
  }

  @Test
  void getfatOnEveryKernelKind() {
    // kernels/MANIFEST.md, column "getfat (arch/type)".
    Map<String, FileFormat> manifest = Map.ofEntries(
        Map.entry("ck/cook_01.tc", new FileFormat("DEC", "DAF")),
        Map.entry("ck/mgs_hga_hinge_v2.bc", new FileFormat("DAF", "CK")),
        Map.entry(DSK, new FileFormat("DAS", "DSK")),
        Map.entry(EK, new FileFormat("DAS", "EK")),
        Map.entry("fk/cas_v40.tf", new FileFormat("KPL", "FK")),
        Map.entry("fk/earth_topo_201023.tf", new FileFormat("KPL", "FK")),
        Map.entry("fk/moon_080317.tf", new FileFormat("KPL", "FK")),
        Map.entry("ik/cas_iss_v10.ti", new FileFormat("KPL", "IK")),
        Map.entry("ik/mgs_moc_v20.ti", new FileFormat("KPL", "IK")),
        Map.entry("lsk/naif0012.tls", new FileFormat("KPL", "LSK")),
        Map.entry("pck/earth_latest_high_prec.bpc", new FileFormat("DAF", "PCK")),
        Map.entry("pck/gm_de440.tpc", new FileFormat("KPL", "PCK")),
        Map.entry("pck/moon_pa_de421_1900-2050.bpc", new FileFormat("DAF", "PCK")),
        Map.entry("pck/pck00010.tpc", new FileFormat("KPL", "PCK")),
        Map.entry("pck/pck00011.tpc", new FileFormat("KPL", "PCK")),
        Map.entry("sclk/cas00145.tsc", new FileFormat("KPL", "SCLK")),
        Map.entry("sclk/cook_01.tsc", new FileFormat("?", "?")),
        Map.entry("sclk/mgs_sclkscet_00061.tsc", new FileFormat("KPL", "SCLK")),
        Map.entry("spk/de430_2015-03-02_excerpt.bsp", new FileFormat("DAF", "SPK")),
        Map.entry(DE440S, new FileFormat("DAF", "SPK")),
        Map.entry(DE441, new FileFormat("DAF", "SPK")),
        Map.entry(STATIONS, new FileFormat("DAF", "SPK")),
        Map.entry("spk/jup310_excerpt.bsp", new FileFormat("DAF", "SPK")));
    assertEquals(23, manifest.size());
    manifest.forEach((file, expected) -> assertEquals(expected, spice.fileIo().getfat(path(file)), file));
  }

  @Test
  void existsAndMissingFiles() {
    assertTrue(spice.fileIo().exists(path(DE440S)));
    assertFalse(spice.fileIo().exists(path(DE440S) + ".missing"));
    assertFalse(spice.fileIo().exists("never/loaded/virtual-id.bsp"));
    assertEquals("SPICE(EMPTYSTRING)", assertThrows(SpiceException.class, () -> spice.fileIo().exists("")).shortMessage());
    assertEquals("SPICE(FILENOTFOUND)",
        assertThrows(SpiceException.class, () -> spice.fileIo().getfat(path(DE440S) + ".missing")).shortMessage());
    assertThrows(SpiceException.class, () -> spice.fileIo().dafopr(path(DE440S) + ".missing"));
    assertThrows(SpiceException.class, () -> spice.fileIo().dasopr(path(DSK) + ".missing"));
  }

  @Test
  void dafSegmentsMatchTheManifestAndSpkobj() {
    // MANIFEST: de440s and the station file hold one segment per body; de441 two per body (28).
    try (FileHandle de440s = spice.fileIo().dafopr(path(DE440S))) {
      assertEquals(FileHandle.Kind.DAF, de440s.kind());
      assertEquals(14, countArrays(de440s));
      assertEquals(spice.ephemeris().spkobj(path(DE440S)).length, countArrays(de440s));
      assertFalse(spice.fileIo().daffna(de440s)); // stays at the end
    }
    try (FileHandle stations = spice.fileIo().dafopr(path(STATIONS))) {
      assertEquals(17, countArrays(stations));
      assertEquals(spice.ephemeris().spkobj(path(STATIONS)).length, countArrays(stations));
    }
    try (FileHandle de441 = spice.fileIo().dafopr(path(DE441))) {
      assertEquals(28, countArrays(de441));
      assertEquals(2 * spice.ephemeris().spkobj(path(DE441)).length, countArrays(de441));
    }
    try (FileHandle pck = spice.fileIo().dafopr(path("pck/earth_latest_high_prec.bpc"))) {
      assertEquals(8, countArrays(pck)); // MANIFEST: 8 segments
    }
  }

  @Test
  void interleavedSearchesOnTwoHandlesStaySeparate() {
    try (FileHandle a = spice.fileIo().dafopr(path(DE440S)); FileHandle b = spice.fileIo().dafopr(path(DE441))) {
      spice.fileIo().dafbfs(a);
      spice.fileIo().dafbfs(b);
      int na = 0;
      int nb = 0;
      boolean moreA = true;
      boolean moreB = true;
      while (moreA || moreB) {
        if (moreA && (moreA = spice.fileIo().daffna(a))) na++;
        if (moreB && (moreB = spice.fileIo().daffna(b))) nb++;
        if (moreB && (moreB = spice.fileIo().daffna(b))) nb++;
      }
      assertEquals(14, na);
      assertEquals(28, nb);
    }
  }

  @Test
  void daffnaBeforeDafbfsIsASpiceError() {
    try (FileHandle daf = spice.fileIo().dafopr(path(DE441))) {
      assertEquals("SPICE(DAFNOSEARCH)", assertThrows(SpiceException.class, () -> spice.fileIo().daffna(daf)).shortMessage());
      assertEquals(28, countArrays(daf));
    }
  }

  @Test
  void openingALoadedKernelSharesItsHandleAndClosingKeepsItLoaded() {
    spice.kernels().furnsh(TestData.kernel(DE440S));
    int loaded = spice.openFiles();
    try (FileHandle daf = spice.fileIo().dafopr(path(DE440S))) {
      assertEquals(loaded, spice.openFiles()); // CSPICE links the second open to the same file
      assertEquals(14, countArrays(daf));
    }
    assertEquals(loaded, spice.openFiles());
    // The kernel still serves states after the handle closed.
    assertEquals(1, spice.kernels().ktotal("SPK"));
    assertTrue(spice.ephemeris().spkgeo(301, 757339269.1839061, "J2000", 399).position().norm() > 300_000);
    spice.kernels().kclear();
  }

  @Test
  void wrongArchitecturesAreSpiceErrors() {
    assertEquals("SPICE(FILARCHMISMATCH)", assertThrows(SpiceException.class, () -> spice.fileIo().dafopr(path(DSK))).shortMessage());
    assertEquals("SPICE(FILARCHMISMATCH)", assertThrows(SpiceException.class, () -> spice.fileIo().dasopr(path(DE441))).shortMessage());
    assertThrows(SpiceException.class, () -> spice.fileIo().dafopr(path("lsk/naif0012.tls")));
    assertEquals("SPICE(EMPTYSTRING)", assertThrows(SpiceException.class, () -> spice.fileIo().dafopr("")).shortMessage());
  }

  @Test
  void dlaSegmentsOfTheDsk() {
    try (FileHandle das = spice.fileIo().dasopr(path(DSK))) {
      assertEquals(FileHandle.Kind.DAS, das.kind());
      DlaDescriptor first = spice.fileIo().dlabfs(das).orElseThrow();
      // MANIFEST: one segment (no neighbours), a type 2 plate model with 2000 vertices. Its double
      // component is the 24-double DSK descriptor, the 10-double spatial index and 3 doubles per vertex;
      // it has no character data.
      assertEquals(-1, first.bwdptr());
      assertEquals(-1, first.fwdptr());
      assertEquals(24 + 10 + 3 * 2000, first.dsize());
      assertEquals(0, first.csize());
      assertTrue(first.isize() > 3 * 3996); // at least the plates' vertex indexes
      assertEquals(Optional.empty(), spice.fileIo().dlafns(das, first));
      assertEquals(first, DlaDescriptor.of(first.toArray()));
    }
  }

  @Test
  void dlafnsWithADescriptorOutsideTheFileIsASpiceError() {
    try (FileHandle das = spice.fileIo().dasopr(path(DSK))) {
      DlaDescriptor bogus = new DlaDescriptor(-1, 99_999_999, 0, 0, 0, 0, 0, 0);
      assertEquals("SPICE(DASNOSUCHADDRESS)",
          assertThrows(SpiceException.class, () -> spice.fileIo().dlafns(das, bogus)).shortMessage());
      assertTrue(spice.fileIo().dlabfs(das).isPresent());
    }
    assertThrows(IllegalArgumentException.class, () -> new DlaDescriptor(-2, 0, 0, 0, 0, 0, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> DlaDescriptor.of(new int[7]));
  }

  @Test
  void dasOnTheEk() {
    try (FileHandle ek = spice.fileIo().dasopr(path(EK))) {
      assertTrue(ek.isOpen());
      assertEquals(baselineFiles + 1, spice.openFiles());
    }
    assertEquals(baselineFiles, spice.openFiles());
  }

  @Test
  void dlaopnCreatesAnEmptyDla(@TempDir Path dir) {
    String file = dir.resolve("empty.bds").toString();
    try (FileHandle dla = spice.fileIo().dlaopn(file, "DSK", "SPICE4J TEST", 0)) {
      assertEquals(FileHandle.Kind.DLA, dla.kind());
      assertEquals(Optional.empty(), spice.fileIo().dlabfs(dla));
      spice.fileIo().dlacls(dla);
      assertFalse(dla.isOpen());
    }
    assertTrue(spice.fileIo().exists(file));
    assertEquals(new FileFormat("DAS", "DSK"), spice.fileIo().getfat(file));
    try (FileHandle das = spice.fileIo().dasopr(file)) {
      assertEquals(Optional.empty(), spice.fileIo().dlabfs(das));
    }
    // CSPICE never overwrites: the file now exists.
    assertEquals("SPICE(FILEOPENFAIL)",
        assertThrows(SpiceException.class, () -> spice.fileIo().dlaopn(file, "DSK", "AGAIN", 0)).shortMessage());
    assertThrows(IllegalArgumentException.class, () -> spice.fileIo().dlaopn(dir.resolve("x.bds").toString(), "DSK", "X", -1));
    assertEquals("SPICE(EMPTYSTRING)",
        assertThrows(SpiceException.class, () -> spice.fileIo().dlaopn(dir.resolve("y.bds").toString(), "", "Y", 0)).shortMessage());
  }

  @Test
  void virtualIdsActLikeTheirPaths() throws IOException {
    spice.kernels().furnsh("virtual/de441.bsp", bytes(DE441));
    spice.kernels().furnsh("virtual/apophis.bds", bytes(DSK));
    spice.kernels().furnsh("virtual/naif0012.tls", bytes("lsk/naif0012.tls"));
    spice.kernels().furnsh("virtual/cassini.bes", bytes(EK));
    int loaded = spice.openFiles();

    assertTrue(spice.fileIo().exists("virtual/de441.bsp"));
    assertTrue(spice.fileIo().exists("./virtual//de441.bsp")); // any spelling of the id
    assertEquals(spice.fileIo().getfat(path(DE441)), spice.fileIo().getfat("virtual/de441.bsp"));
    assertEquals(spice.fileIo().getfat(path(DSK)), spice.fileIo().getfat("virtual/apophis.bds"));
    assertEquals(spice.fileIo().getfat(path("lsk/naif0012.tls")), spice.fileIo().getfat("virtual/naif0012.tls"));
    assertEquals(spice.fileIo().getfat(path(EK)), spice.fileIo().getfat("virtual/cassini.bes"));

    try (FileHandle real = spice.fileIo().dafopr(path(DE441)); FileHandle virtual = spice.fileIo().dafopr("virtual/de441.bsp")) {
      assertEquals("virtual/de441.bsp", virtual.file());
      assertEquals(countArrays(real), countArrays(virtual));
    }
    try (FileHandle real = spice.fileIo().dasopr(path(DSK)); FileHandle virtual = spice.fileIo().dasopr("virtual/apophis.bds")) {
      assertEquals(spice.fileIo().dlabfs(real), spice.fileIo().dlabfs(virtual));
    }
    try (FileHandle virtual = spice.fileIo().dasopr("virtual/cassini.bes")) {
      assertTrue(virtual.isOpen());
    }
    // dlaopn creates files: the id stands for its staged copy, which exists, exactly like the real path.
    SpiceException onPath = assertThrows(SpiceException.class, () -> spice.fileIo().dlaopn(path(DSK), "DSK", "X", 0));
    SpiceException onId = assertThrows(SpiceException.class, () -> spice.fileIo().dlaopn("virtual/apophis.bds", "DSK", "X", 0));
    assertEquals(onPath.shortMessage(), onId.shortMessage());

    assertEquals(loaded, spice.openFiles());
    spice.kernels().kclear();
    assertFalse(spice.fileIo().exists("virtual/de441.bsp")); // the staged copy is gone with the kernel
  }

  @Test
  void facadeCountsAndWalksFiles() throws IOException {
    try (Spice facade = Spice.create()) {
      KernelFiles files = facade.kernelFiles();
      facade.load("v/de440s.bsp", bytes(DE440S));
      assertEquals(14, files.dafArrayCount(path(DE440S)));
      assertEquals(14, files.dafArrayCount("v/de440s.bsp"));
      List<DlaDescriptor> segments = files.dlaSegments(path(DSK));
      assertEquals(1, segments.size());
      assertEquals(6034, segments.get(0).dsize());
      assertEquals(new FileFormat("DAS", "EK"), files.format(path(EK)));
      assertTrue(files.exists("v/de440s.bsp"));
      try (FileHandle daf = files.openDaf(path(DE441)); FileHandle das = files.openDas(path(EK))) {
        assertTrue(daf.isOpen() && das.isOpen());
      }
      assertEquals(0, ((JniBackend) facade.backend()).ownedObjects());
    }
  }
}
