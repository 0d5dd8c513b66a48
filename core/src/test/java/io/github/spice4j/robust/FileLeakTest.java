package io.github.spice4j.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.SpiceException;
import io.github.spice4j.TestData;
import io.github.spice4j.jni.JniBackend;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 5: a call that fails part-way through a DAF or DAS must not leave the file open (counted
 * in the engine's own fd table). Before the fix spkcov failing with BADENDPOINTS kept the SPK open through
 * unload and kclear, and a failed EK load kept the EK open.
 */
class FileLeakTest {
  @TempDir Path tmp;

  @Test
  void spkcovFailingOnReversedSegmentTimesClosesTheFile() throws IOException {
    // jup310 excerpt: one summary record (FWARD = 6); the first summary's stop time (2nd double) before its start.
    byte[] b = Files.readAllBytes(TestData.kernel("spk/jup310_excerpt.bsp"));
    ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    int summary = (6 - 1) * 1024 + 24;
    bb.putDouble(summary + 8, bb.getDouble(summary) - 1e6);
    Path p = tmp.resolve("reversed.bsp");
    Files.write(p, b);
    try (JniBackend e = JniBackend.create()) {
      assertEquals(0, e.openFiles());
      SpiceException ex = assertThrows(SpiceException.class, () -> e.ephemeris().spkcov(p.toString(), 501));
      assertEquals("SPICE(BADENDPOINTS)", ex.shortMessage(), ex.getMessage());
      assertEquals(0, e.openFiles(), "spkcov left the SPK open");
      e.kernels().furnsh(p);
      assertThrows(SpiceException.class, () -> e.ephemeris().spkcov(p.toString(), 501));
      assertEquals(1, e.openFiles(), "only the loaded SPK");
      e.kernels().unload(p.toString());
      assertEquals(0, e.openFiles(), "unload left the SPK open");
    }
  }

  @Test
  void aFailedEkLoadClosesTheFile() throws IOException {
    Path p = tmp.resolve("short.bes");
    Files.write(p, Arrays.copyOf(Files.readAllBytes(TestData.kernel("ek/ek-fixture.bes")), 5313));
    try (JniBackend e = JniBackend.create()) {
      EngineHealth.load(e);
      int before = e.openFiles();
      for (int i = 0; i < 30; i++) assertThrows(SpiceException.class, () -> e.kernels().furnsh(p));
      assertEquals(before, e.openFiles(), "failed EK loads left files open");
      e.kernels().kclear();
      assertEquals(0, e.openFiles());
    }
  }

  /**
   * Found by the fuzz campaign (seed 107): a segment word of the EK set to 65536 makes EKLEF fail with
   * DASNOSUCHADDRESS after it opened the file; the rollback then could not reload the DE440 excerpt in
   * the same instance (FILEREADFAILED), so the engine lost it and kept two files open.
   */
  @Test
  void anEkFailingInsideItsSegmentsLeavesTheEngineAsBefore() throws IOException {
    byte[] b = Files.readAllBytes(TestData.kernel("ek/ek-fixture.bes"));
    ByteBuffer.wrap(b).order(ByteOrder.BIG_ENDIAN).putInt(26640, 65536); // was 5
    assertFailedEkLoadLeavesEngineAsBefore(b, "segment.bes", "SPICE(DASNOSUCHADDRESS)", "a failed EK load");
    // The broken unit table used to make CSPICE open unit N's default file, an empty fort.N in the working directory.
    try (var files = Files.list(Path.of("").toAbsolutePath())) {
      assertEquals(List.of(), files.map(f -> f.getFileName().toString()).filter(n -> n.matches("fort\\.\\d+")).toList());
    }
  }

  /**
   * Found by the fuzz campaign (seed 3003): the EK's record 12 copied over record 27 makes furnsh fail
   * with INVALIDSIZE and leaves CSPICE's error subsystem broken (every later call, ktotal included, failed
   * with a garbled trace), so the load could not even be rolled back; the engine is now rebuilt.
   */
  @Test
  void anEkThatBreaksCspiceErrorHandlingLeavesTheEngineAsBefore() throws IOException {
    byte[] b = Files.readAllBytes(TestData.kernel("ek/ek-fixture.bes"));
    System.arraycopy(b, 11 * 1024, b, 26 * 1024, 1024);
    assertFailedEkLoadLeavesEngineAsBefore(b, "record.bes", "SPICE(INVALIDSIZE)", "an EK load that broke CSPICE's error handling");
  }

  /** Loads the corrupt EK twice into a healthy engine: each load fails with the code, closes what it opened, and leaves the engine bit-exact. */
  private void assertFailedEkLoadLeavesEngineAsBefore(byte[] ek, String name, String code, String what) throws IOException {
    Path p = tmp.resolve(name);
    Files.write(p, ek);
    try (JniBackend e = JniBackend.create()) {
      EngineHealth.load(e);
      int before = e.openFiles();
      for (int attempt = 1; attempt <= 2; attempt++) { // the second on the rebuilt engine
        SpiceException ex = assertThrows(SpiceException.class, () -> e.kernels().furnsh(p));
        assertEquals(code, ex.shortMessage(), ex.getMessage());
        assertEquals(before, e.openFiles(), "the failed EK load left files open");
        EngineHealth.assertBitExact(e, what + " (attempt " + attempt + ")");
      }
    }
  }

  @Test
  void anEkWhoseDirectoryRecordIsCutShortIsRefused() throws IOException {
    // ek-fixture: the first directory record is record 7; keep only its first 100 bytes.
    Path p = tmp.resolve("partial.bes");
    Files.write(p, Arrays.copyOf(Files.readAllBytes(TestData.kernel("ek/ek-fixture.bes")), 6 * 1024 + 100));
    try (JniBackend e = JniBackend.create()) {
      SpiceException ex = assertThrows(SpiceException.class, () -> e.kernels().furnsh(p));
      assertTrue(ex.getMessage().contains("first directory record 7 is past the end"), ex.getMessage());
      assertEquals(0, e.openFiles());
    }
  }

  @Test
  void filesOfLoadedKernelsStayOpenAfterAnUnrelatedFailure() {
    try (JniBackend e = JniBackend.create()) {
      EngineHealth.load(e);
      int before = e.openFiles();
      assertTrue(before > 0);
      assertThrows(SpiceException.class, () -> e.ephemeris().spkcov(TestData.kernel("ck/mgs_hga_hinge_v2.bc").toString(), 1));
      assertEquals(before, e.openFiles());
      EngineHealth.assertBitExact(e, "a failed spkcov");
    }
  }
}
