package io.github.spice4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.spice4j.jni.JniBackend;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link AberrationCorrection#parse} accepts exactly the strings the engine's spkezr accepts (blanks and case
 * ignored) and refuses the others with the error spkezr raises, so routines taking abcorr as text through
 * the enum (spkcpo, the GF searches, the CLI) report a bad flag as CSPICE does.
 */
class AberrationCorrectionTest {
  private static JniBackend b;
  private static double et;

  @BeforeAll
  static void load() {
    b = JniBackend.create();
    TestData.loadKernels(b, List.of("lsk/naif0012.tls", "spk/de440s_2023_2026_excerpt.bsp"));
    et = b.time().str2et("2024-06-01T00:00:00");
  }

  @AfterAll
  static void close() {
    b.close();
  }

  @Test
  void acceptsAndRefusesAsSpkezr() {
    for (String text : List.of("NONE", "lt", " LT + S ", "cn+s", "XLT", "xcn+s", "LT+Q", "S", "XS", "LT+S+S", "",
        "N0NE", "LT+", "X", "CN+S X")) {
      String engine;
      try {
        b.ephemeris().spkezr("MOON", et, "J2000", text, "EARTH");
        engine = "ok";
      } catch (SpiceException e) {
        engine = e.shortMessage();
      }
      String ours;
      try {
        AberrationCorrection.parse(text);
        ours = "ok";
      } catch (SpiceException e) {
        ours = e.shortMessage();
      }
      assertEquals(engine, ours, "'" + text + "'");
    }
  }

  @Test
  void nullIsACallerMistake() {
    assertThrows(NullPointerException.class, () -> AberrationCorrection.parse(null));
  }
}
