package io.github.spice4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.spice4j.jni.JniBackend;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Spacecraft clock conversions through the {@link SpacecraftClock} facade: round trips, clock arithmetic, bad input. */
class SclkTest {
  private static final int MGS = -94;
  private static final int CASSINI = -82;
  private static final int GALILEO = -77;

  /**
   * Seconds per finest tick, from the clocks' definitions: MGS and Cassini count 1/256 s; Galileo's RIM
   * (60 2/3 s) divides by 91 x 10 x 8, i.e. 1/120 s.
   */
  private static double tickSeconds(int sc) {
    return sc == GALILEO ? 1.0 / 120 : 1.0 / 256;
  }

  private JniBackend backend;
  private Spice spice;
  private SpacecraftClock sclk;

  @BeforeEach
  void setUp() {
    backend = JniBackend.create();
    TestData.loadKernels(backend, TestData.kernelList(TestData.golden("sclk-ck.json")));
    spice = Spice.over(backend);
    sclk = spice.spacecraftClock();
  }

  @AfterEach
  void tearDown() {
    spice.close();
  }

  /** Every sce2s golden epoch: the string goes back to the same ET within one tick, and matches CSPICE. */
  @Test
  void stringRoundTripIsWithinOneTick() {
    int n = 0;
    for (JsonNode c : TestData.golden("sclk-ck.json").get("cases")) {
      if (!c.path("call").asText().equals("sce2s")) continue;
      int sc = c.get("args").get("sc").asInt();
      double et = c.get("args").get("et").asDouble();
      String clock = sclk.fromEt(sc, et);
      assertEquals(c.get("expect").get("sclkch").asText(), clock, c.path("id").asText());
      assertEquals(et, sclk.toEt(sc, clock), tickSeconds(sc), () -> c.path("id").asText() + " " + clock);
      n++;
    }
    assertEquals(6, n, "sce2s golden cases");
  }

  /** encode/decode are inverse on whole ticks and on the canonical strings CSPICE prints. */
  @Test
  void encodeDecodeRoundTrip() {
    // epochs inside each clock's range: 2001-01-01 (MGS), 2004-07-01 (Cassini), 1990-02-10 (Galileo)
    Map<Integer, Double> epochs = Map.of(MGS, 31579264.183934245, CASSINI, 141922144.18409976, GALILEO,
        -312098462.8149828);
    for (int sc : List.of(MGS, CASSINI, GALILEO)) {
      double ticks = Math.rint(sclk.etToTicks(sc, epochs.get(sc)));
      String clock = sclk.decode(sc, ticks);
      assertEquals(ticks, sclk.encode(sc, clock), 0.0, clock);
      assertEquals(clock, sclk.decode(sc, sclk.encode(sc, clock)));
    }
    // golden pair: scdecd(-94, 33558919671) = 1/0662774429.247
    assertEquals(33558919671.0, sclk.encode(MGS, "1/0662774429.247"), 0.0);
  }

  /** Continuous ticks convert back to the same ET (no rounding to a whole tick in sce2c/sct2e). */
  @Test
  void continuousTicksRoundTrip() {
    double et = 215740865.6825333; // 2006-11-02T12:00:00.5 UTC (sclk-ck.json)
    for (int sc : List.of(MGS, CASSINI)) {
      assertEquals(et, sclk.ticksToEt(sc, sclk.etToTicks(sc, et)), 1e-6);
    }
  }

  /** The MGS clock counts 256 ticks per second in its fractional field. */
  @Test
  void mgsClockArithmetic() {
    double base = sclk.encode(MGS, "1/0599616000.000");
    assertEquals(128, sclk.encode(MGS, "1/0599616000.128") - base, 0.0);
    assertEquals(256, sclk.encode(MGS, "1/0599616001.000") - base, 0.0);
    assertEquals(1.0, sclk.toEt(MGS, "1/0599616001.000") - sclk.toEt(MGS, "1/0599616000.000"), 1e-4);
  }

  @Test
  void goldenScs2eThroughTheFacade() {
    JsonNode c = TestData.goldenCase("sclk-ck.json", "scs2e.mgs-basic");
    assertEquals(c.get("expect").get("et").asDouble(), sclk.toEt(MGS, c.get("args").get("sclkch").asText()), 1e-6);
  }

  private void assertEngineWorks() {
    assertEquals(-31579157.50207733, sclk.toEt(MGS, "1/0599616000.128"), 1e-6, "scs2e after a failure");
  }

  private void assertSpiceError(String expectedShort, Executable call) {
    SpiceException e = assertThrows(SpiceException.class, call);
    assertEquals(expectedShort, e.shortMessage(), e::getMessage);
    assertTrue(!e.longMessage().isEmpty(), "long message");
    assertEngineWorks();
  }

  @Test
  void badInput() {
    assertSpiceError("SPICE(EMPTYSTRING)", () -> sclk.toEt(MGS, ""));
    assertSpiceError("SPICE(EMPTYSTRING)", () -> sclk.encode(MGS, ""));
    assertSpiceError("SPICE(KERNELVARNOTFOUND)", () -> sclk.toEt(-12345, "1/1"));
    assertSpiceError("SPICE(KERNELVARNOTFOUND)", () -> sclk.fromEt(-12345, 0));
    assertSpiceError("SPICE(KERNELVARNOTFOUND)", () -> sclk.decode(-12345, 1e9));
    assertSpiceError("SPICE(KERNELVARNOTFOUND)", () -> sclk.ticksToEt(-12345, 1e9));
    assertSpiceError("SPICE(KERNELVARNOTFOUND)", () -> sclk.etToTicks(-12345, 0));
    assertSpiceError("SPICE(INVALIDSCLKSTRING)", () -> sclk.encode(MGS, "1/abc"));
    assertSpiceError("SPICE(BADPARTNUMBER)", () -> sclk.toEt(MGS, "3/100"));
    assertSpiceError("SPICE(VALUEOUTOFRANGE)", () -> sclk.decode(MGS, -5));
    assertThrows(NullPointerException.class, () -> sclk.toEt(MGS, null));
    assertThrows(IllegalArgumentException.class, () -> sclk.fromEt(MGS, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> sclk.ticksToEt(MGS, Double.NaN));
    assertEngineWorks();
  }
}
