package io.github.spice4j.jni;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.SpiceException;
import io.github.spice4j.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A meta-kernel whose KERNELS_TO_LOAD string runs past CSPICE's 132-character lines (or the pool's
 * 80-character strings) is refused with a message naming the file, the line and the '+' continuation;
 * the continued form loads the real leapseconds kernel.
 */
class MetaKernelLinesTest {
  private JniBackend backend;
  /** The real LSK's path made longer than a kernel line with "/." segments. */
  private String longPath;

  @BeforeEach
  void open() {
    backend = JniBackend.create();
    String lsk = TestData.kernel("lsk/naif0012.tls").toAbsolutePath().normalize().toString();
    int cut = lsk.lastIndexOf('/');
    longPath = lsk.substring(0, cut) + "/.".repeat(70) + lsk.substring(cut);
  }

  @AfterEach
  void close() {
    backend.close();
  }

  private static String metaKernel(String... kernelLines) {
    return "KPL/MK\n\nA meta-kernel of the test.\n\n\\begindata\n\n   KERNELS_TO_LOAD = ( "
        + String.join("\n                       ", kernelLines) + " )\n\n\\begintext\n";
  }

  /** Loading is refused with a message holding each of parts, and nothing is loaded. */
  private void assertRefused(org.junit.jupiter.api.function.Executable load, String... parts) {
    SpiceException e = assertThrows(SpiceException.class, load);
    assertEquals("SPICE4J(LINETOOLONG)", e.shortMessage());
    for (String part : parts) assertTrue(e.longMessage().contains(part), () -> part + " missing: " + e.getMessage());
    assertEquals(0, backend.kernels().ktotal("ALL"));
  }

  @Test
  void overLongLineIsRefusedWithWhereAndHow(@TempDir Path dir) throws IOException {
    Path mk = dir.resolve("long.tm");
    Files.writeString(mk, metaKernel("'" + longPath + "'"), StandardCharsets.US_ASCII);
    assertRefused(() -> backend.kernels().furnsh(mk), mk.toString(), "Line 7 ", "'+'");
    // The same text loaded from memory names its virtual id.
    assertRefused(() -> backend.kernels().furnsh("kernels/long.tm", Files.readAllBytes(mk)), "meta-kernel kernels/long.tm");
  }

  /** The kernel pool keeps 80 characters of a string: a longer one in a short line is refused too. */
  @Test
  void overLongStringIsRefused(@TempDir Path dir) throws IOException {
    Path mk = dir.resolve("string.tm");
    Files.writeString(mk, metaKernel("'" + longPath.substring(0, 60) + "+'", "'" + longPath.substring(60, 150) + "+'",
        "'" + longPath.substring(150) + "'"), StandardCharsets.US_ASCII);
    assertRefused(() -> backend.kernels().furnsh(mk), "Line 8 ", "string of 91 characters");
  }

  @Test
  void continuedStringLoads(@TempDir Path dir) throws IOException {
    Path mk = dir.resolve("continued.tm");
    Files.writeString(mk, metaKernel("'" + longPath.substring(0, 60) + "+'", "'" + longPath.substring(60, 120) + "+'",
        "'" + longPath.substring(120) + "'"), StandardCharsets.US_ASCII);
    backend.kernels().furnsh(mk);
    assertEquals(1, backend.kernels().ktotal("TEXT"));
    assertEquals(1, backend.kernels().ktotal("META"));
    assertEquals(0.0, backend.time().str2et("2000-01-01 11:58:55.816 UTC"), 1e-3);
  }

  @Test
  void longCommentLinesAreLeftToCspice(@TempDir Path dir) throws IOException {
    Path mk = dir.resolve("comment.tm");
    String lsk = TestData.kernel("lsk/naif0012.tls").toAbsolutePath().normalize().toString();
    String text = metaKernel("'" + lsk + "'").replace("KPL/MK\n", "KPL/MK\n" + "c".repeat(200) + "\n");
    Files.writeString(mk, text, StandardCharsets.US_ASCII);
    backend.kernels().furnsh(mk);
    assertEquals(1, backend.kernels().ktotal("META"));
  }
}
