package io.github.spice4j.robust;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.SpiceException;
import io.github.spice4j.TestData;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 items 2 and 3: DAF/DAS files whose record pointers or sizes are corrupt are refused when
 * opened, with the file and the fault in the message, instead of making CSPICE loop forever or read
 * garbage. Each corrupt file is made here from a real kernel; the engine must answer exactly as a fresh
 * one afterwards.
 */
class CorruptKernelTest extends HealthyEngineTest {
  @TempDir Path tmp;

  /** A copy of a real kernel with some bytes changed. */
  private Path corrupt(String kernel, String name, java.util.function.Consumer<ByteBuffer> edit) throws IOException {
    byte[] bytes = Files.readAllBytes(TestData.kernel(kernel));
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    edit.accept(b);
    Path p = tmp.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  /** The call fails, promptly, with a SpiceException whose message names the file and the fault. */
  private static void assertRefused(Path file, String fault, Executable call) {
    SpiceException e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(SpiceException.class, call));
    assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
    assertTrue(e.getMessage().contains(fault), "expected '" + fault + "' in: " + e.getMessage());
  }

  private static final String DE440S = "spk/de440s_2023_2026_excerpt.bsp";
  /** de440s excerpt: FWARD = 62, the only summary record. */
  private static final int SUMMARY = (62 - 1) * 1024;

  @Test
  void summaryRecordWhoseNextPointsAtItself() throws IOException {
    Path p = corrupt(DE440S, "next-cycle.bsp", b -> b.putDouble(SUMMARY, 62.0));
    assertRefused(p, "PREV", () -> backend.kernels().furnsh(p)); // record 62 -> 62: its PREV no longer points back
    assertRefused(p, "PREV", () -> backend.ephemeris().spkobj(p.toString()));
    assertRefused(p, "PREV", () -> backend.ephemeris().spkcov(p.toString(), 301));
  }

  @Test
  void summaryChainWithATwoRecordCycle() throws IOException {
    // de441 excerpt: summary records 62 -> 71; make 71 point forward to 62 again.
    Path p = corrupt("spk/de441_1969_excerpt.bsp", "two-cycle.bsp", b -> b.putDouble((71 - 1) * 1024, 62.0));
    assertRefused(p, "DAF summary record 62", () -> backend.kernels().furnsh(p));
    assertRefused(p, "DAF summary record 62", () -> backend.ephemeris().spkobj(p.toString()));
  }

  @Test
  void summaryRecordWhosePrevIsWrong() throws IOException {
    Path p = corrupt(DE440S, "prev-cycle.bsp", b -> b.putDouble(SUMMARY + 8, 62.0));
    assertRefused(p, "PREV at byte " + (SUMMARY + 8), () -> backend.kernels().furnsh(p));
  }

  @Test
  void binaryPckWithHugeNd() throws IOException {
    Path p = corrupt("pck/moon_pa_de421_1900-2050.bpc", "nd.bpc", b -> b.putInt(8, 65536));
    assertRefused(p, "ND=65536 at byte 8", () -> backend.kernels().furnsh(p));
  }

  @Test
  void forwardPointerOutsideTheFile() throws IOException {
    Path p = corrupt(DE440S, "fward.bsp", b -> b.putInt(76, 100000));
    assertRefused(p, "FWARD=100000 at byte 76", () -> backend.kernels().furnsh(p));
  }

  @Test
  void summaryAddressesOutsideTheFile() throws IOException {
    // First summary (ND=2, NI=6): the final address is the 6th integer after the two doubles.
    Path p = corrupt(DE440S, "addr.bsp", b -> b.putInt(SUMMARY + 24 + 16 + 20, Integer.MAX_VALUE));
    assertRefused(p, "outside the file", () -> backend.kernels().furnsh(p));
  }

  private static final String DSK = "dsk/apophis_g_25000mm_rad_obj_0000n00000_v001.bds";
  /** apophis DSK: NRESVR = 0, NCOMR = 6, so the first directory record is record 8. */
  private static final int DSK_DIRECTORY = (8 - 1) * 1024;

  @Test
  void dasDirectoryPointingBackAtItself() throws IOException {
    Path p = corrupt(DSK, "dir-cycle.bds", b -> b.putInt(DSK_DIRECTORY + 4, 8));
    assertRefused(p, "forward pointer 8", () -> backend.kernels().furnsh(p));
    assertRefused(p, "forward pointer 8", () -> backend.dsk().dskobj(p.toString()));
    assertRefused(p, "forward pointer 8", () -> backend.dsk().dsksrf(p.toString(), -2000099942));
  }

  @Test
  void dasClusterLargerThanTheFile() throws IOException {
    Path p = corrupt(DSK, "cluster.bds", b -> b.putInt(DSK_DIRECTORY + 40, 1 << 20));
    assertRefused(p, "runs past the end", () -> backend.kernels().furnsh(p));
  }

  @Test
  void dasCommentRecordCountPastTheEnd() throws IOException {
    Path p = corrupt(DSK, "ncomr.bds", b -> b.putInt(76, 1 << 24));
    assertRefused(p, "NCOMR=16777216 at byte 76", () -> backend.kernels().furnsh(p));
  }

  @Test
  void bigEndianEkWithCorruptHeader() throws IOException {
    Path p = corrupt("ek/ek-fixture.bes", "ek.bes", b -> b.order(ByteOrder.BIG_ENDIAN).putInt(68, -5));
    assertRefused(p, "NRESVR=-5 at byte 68", () -> backend.kernels().furnsh(p));
  }

  @Test
  void bigEndianCkWithCorruptSummaryCount() throws IOException {
    Path p = corrupt("ck/mgs_hga_hinge_v2.bc", "ck.bc", b -> b.order(ByteOrder.BIG_ENDIAN).putDouble((10 - 1) * 1024 + 16, 1e6));
    assertRefused(p, "NSUM", () -> backend.kernels().furnsh(p));
    assertRefused(p, "NSUM", () -> backend.ck().ckobj(p.toString()));
  }

  @Test
  void dskSegmentsOnTheHandleOfAnEk() {
    // An EK is a DAS but not a DLA: its "segment chain" is garbage that used to loop forever.
    try (io.github.spice4j.FileHandle ek = backend.fileIo().dasopr(TestData.kernel("ek/ek-fixture.bes").toString())) {
      SpiceException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
          () -> assertThrows(SpiceException.class, () -> backend.dsk().dskSegments(ek)));
      assertTrue(e.getMessage().contains("DLA"), e.getMessage());
    }
  }

  @Test
  void truncatedDaf() throws IOException {
    Path p = tmp.resolve("short.bsp");
    Files.write(p, java.util.Arrays.copyOf(Files.readAllBytes(TestData.kernel(DE440S)), 500));
    assertRefused(p, "no complete file record", () -> backend.kernels().furnsh(p));
  }

  @Test
  void theRealKernelsAllPass() {
    for (String k : new String[] {"spk/de441_1969_excerpt.bsp", "spk/earthstns_itrf93_201023.bsp", "spk/jup310_excerpt.bsp",
        "pck/earth_latest_high_prec.bpc", "pck/moon_pa_de421_1900-2050.bpc", "ck/mgs_hga_hinge_v2.bc", DSK,
        "ek/ek-fixture.bes", "spk/de430_2015-03-02_excerpt.bsp"}) {
      backend.kernels().furnsh(TestData.kernel(k));
      backend.kernels().unload(TestData.kernel(k).toString());
    }
  }
}
