package io.github.spice4j.jni;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.Spice;
import io.github.spice4j.OutputTarget;
import io.github.spice4j.writer.CkFileWriter;
import io.github.spice4j.writer.KernelOutput;
import io.github.spice4j.writer.SpkFileWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

/**
 * Virtual outputs of the Java DAF writers follow the rules of the engine's writers: the file is private,
 * an open output is refused to readers, and everything is deleted when the backend closes.
 */
class JavaWriterOutputTest {
  /** A straight-line type 9 segment: two states 100 s apart. */
  private static void writeLine(SpkFileWriter w) {
    double[] states = {1000, 0, 0, 1, 0, 0, 1100, 0, 0, 1, 0, 0};
    w.writeType09("-999", "EARTH", "J2000", 0, 100, "LINE", 1, states, new double[] {0, 100});
  }

  private static KernelOutput virtual(Spice spice, String id) {
    return KernelOutput.of(spice, OutputTarget.virtual(id));
  }

  /** The DAF file record's internal file name (60 characters from byte 16). */
  private static String internalName(byte[] daf) {
    return new String(daf, 16, 60, java.nio.charset.StandardCharsets.US_ASCII).strip();
  }

  @Test
  void virtualOutputsArePrivateAndRemovedWhenTheBackendCloses() throws Exception {
    JniBackend b = JniBackend.create();
    Spice spice = Spice.over(b);
    SpkFileWriter open;
    Path closedFile;
    try {
      try (SpkFileWriter w = SpkFileWriter.open(virtual(spice, "private/line.bsp"), "LINE")) {
        writeLine(w);
        // Reserved while open, with no file yet: the bytes appear on close.
        Path reserved = b.virtualOutputFile("private/line.bsp");
        assertTrue(reserved != null && !Files.exists(reserved));
      }
      closedFile = b.virtualOutputFile("private/line.bsp");
      assertNotNull(closedFile);
      assertTrue(Files.isRegularFile(closedFile));
      if (closedFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(closedFile)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(closedFile.getParent())));
      }
      spice.loadOutput("private/line.bsp");
      assertEquals(1050.0, b.ephemeris().spkezr("-999", 50, "J2000", "NONE", "EARTH").toArray()[0], 1e-9);
      open = SpkFileWriter.open(virtual(spice, "still-open.bsp"), "OPEN AT CLOSE");
      writeLine(open);
    } finally {
      spice.close();
    }
    assertFalse(Files.exists(closedFile));
    assertFalse(Files.exists(closedFile.getParent()));
    // A writer outliving its backend cannot deliver: closing says so instead of losing the file silently.
    IllegalStateException e = assertThrows(IllegalStateException.class, open::close);
    assertTrue(e.getMessage().contains("still-open.bsp"), e.getMessage());
    assertFalse(open.isOpen());
    assertThrows(IllegalStateException.class, () -> CkFileWriter.open(virtual(spice, "late.bc"), "X"));
  }

  @Test
  void aClosedIdCanBeWrittenAgain() {
    try (Spice spice = Spice.create()) {
      try (SpkFileWriter w = SpkFileWriter.open(virtual(spice, "again.bsp"), "FIRST")) {
        writeLine(w);
      }
      assertEquals("FIRST", internalName(spice.backend().kernels().virtualOutput("again.bsp")));
      // Reusing a closed id replaces its bytes, as for the engine's writers.
      try (SpkFileWriter w = SpkFileWriter.open(virtual(spice, "again.bsp"), "SECOND")) {
        writeLine(w);
      }
      assertEquals("SECOND", internalName(spice.backend().kernels().virtualOutput("again.bsp")));
      assertThrows(IllegalArgumentException.class, () -> spice.loadOutput("never-written.bsp"));
    }
  }
}
