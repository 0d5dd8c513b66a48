package io.github.spice4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class NumbersTest {
  @Test
  void printsShortestRoundTripDigits() {
    assertEquals("757339269.1839061", Numbers.format(757339269.1839061));
    assertEquals("-367949.6181410051", Numbers.format(-367949.6181410051));
    assertEquals("-0.40953507038433357", Numbers.format(-0.40953507038433357));
    assertEquals("0.1", Numbers.format(0.1));
    assertEquals("725716800", Numbers.format(725716800.0));
    assertEquals("0", Numbers.format(0.0));
    assertEquals("-0", Numbers.format(-0.0));
    assertEquals("1.5E-12", Numbers.format(1.5e-12));
    assertEquals("null", Numbers.json(Double.NaN));
  }

  @Test
  void everyPrintedValueParsesBackBitForBit() {
    SplittableRandom r = new SplittableRandom(42);
    for (int k = 0; k < 200_000; k++) {
      double d = k % 2 == 0 ? Double.longBitsToDouble(r.nextLong()) : (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-20, 20));
      if (Double.isNaN(d) || Double.isInfinite(d)) continue;
      String s = Numbers.format(d);
      assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits(Double.parseDouble(s)), s);
      String digits = s.replaceAll("[-.]|E.*$", "").replaceFirst("^0+", "");
      assertTrue(digits.replaceFirst("0+$", "").length() <= 17, s);
    }
  }

  @Test
  void stepAcceptsUnits() {
    Converters.Step step = new Converters.Step();
    assertEquals(3600.0, step.convert("3600"));
    assertEquals(3600.0, step.convert("1h"));
    assertEquals(600.0, step.convert("10m"));
    assertEquals(86400.0, step.convert("1d"));
    assertEquals(90.0, step.convert("90s"));
    assertEquals(5400.0, step.convert("1.5h"));
    assertThrows(TypeConversionException.class, () -> step.convert("0"));
    assertThrows(TypeConversionException.class, () -> step.convert("1y"));
    assertThrows(TypeConversionException.class, () -> step.convert("-5"));
  }

  @Test
  void rowCountIncludesStopWithinSlack() {
    assertEquals(6, EphemerisCommand.rowCount(0, 18000, 3600));
    assertEquals(6, EphemerisCommand.rowCount(0, 17999.99999, 3600));
    assertEquals(5, EphemerisCommand.rowCount(0, 17999, 3600));
    assertEquals(1, EphemerisCommand.rowCount(5, 5, 60));
  }
}
