package io.github.spice4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The allocation-free writer prints exactly what {@link Numbers#format} prints (which parses back bit for bit). */
class ShortestDecimalTest {
  private static void same(double d) {
    char[] buf = new char[ShortestDecimal.MAX_CHARS + 3];
    int end = ShortestDecimal.write(d, buf, 3);
    assertEquals(Numbers.format(d), new String(buf, 3, end - 3), () -> "bits " + Long.toHexString(Double.doubleToRawLongBits(d)));
  }

  @Test
  void edgeValues() {
    double[] v = {0.0, -0.0, 1.0, -1.0, 0.1, 0.3, 2.0 / 3, 1e-4, 1e-5, 9.999999999999999e-5, 1e15, 9.007199254740991e15,
        4503599627370496.0, 4503599627370495.5, 1e16, 1e17, 1e22, 123456789012345678.0, Double.MIN_NORMAL,
        Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        757339269.1839061, -367949.6181410051, -0.40953507038433357, 1.3497148596327475, 725716800.0, 5e-324,
        0.5, 0.25, 1024.0, 0.001, 999999999999999.9, 99999999999999.99, 1.0000000000000002, 0.9999999999999999};
    for (double d : v) same(d);
    for (int e = -1022; e < 1024; e++) { // powers of two: the narrower gap below them
      same(Math.scalb(1.0, e));
      same(Math.nextDown(Math.scalb(1.0, e)));
      same(Math.nextUp(Math.scalb(1.0, e)));
    }
    for (int e = -30; e < 30; e++) { // around powers of ten: the exponent estimate's corner
      double p = Double.parseDouble("1e" + e);
      same(p);
      same(Math.nextDown(p));
      same(Math.nextUp(p));
    }
  }

  @Test
  void randomValuesOfEveryMagnitude() {
    SplittableRandom r = new SplittableRandom(7);
    for (int k = 0; k < 300_000; k++) {
      double d = switch (k % 3) {
        case 0 -> Double.longBitsToDouble(r.nextLong());
        case 1 -> (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-8, 18));
        default -> Math.rint(r.nextDouble() * 1e6) / Math.pow(10, r.nextInt(0, 12)); // short decimals
      };
      same(d);
    }
  }
}
