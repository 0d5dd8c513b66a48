package io.github.spice4j.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one place the CLI turns doubles into text. Every value is printed with the fewest significant
 * digits (at most 17) that read back to exactly the same double with {@link Double#parseDouble}, in
 * plain notation for ordinary magnitudes and scientific notation ({@code 1.5E-12}) otherwise.
 */
public final class Numbers {
  private Numbers() {}

  /**
   * Formats a double so that {@code Double.parseDouble(format(d))} is bit-for-bit {@code d}.
   *
   * @param d the value
   * @return e.g. {@code 757339269.1839061}, {@code -0.40953507038433357}, {@code 0}, {@code NaN}
   */
  public static String format(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) return Double.toString(d);
    if (d == 0) return (Double.doubleToRawLongBits(d) < 0) ? "-0" : "0";
    BigDecimal exact = new BigDecimal(d);
    for (int digits = 15; digits <= 17; digits++) {
      BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
      String text = render(rounded);
      if (Double.parseDouble(text) == d) return text;
    }
    // 17 significant digits always round-trip; this is only reached through a bug.
    throw new AssertionError("no round-trip representation for " + d);
  }

  /** JSON number: as {@link #format(double)}, or {@code null} for NaN and infinities (not valid JSON). */
  public static String json(double d) {
    return (Double.isNaN(d) || Double.isInfinite(d)) ? "null" : format(d);
  }

  private static String render(BigDecimal v) {
    int exponent = v.precision() - v.scale() - 1; // power of ten of the leading digit
    if (exponent >= -6 && exponent < 17) return v.toPlainString();
    String s = v.unscaledValue().abs().toString();
    StringBuilder b = new StringBuilder();
    if (v.signum() < 0) b.append('-');
    b.append(s.charAt(0));
    if (s.length() > 1) b.append('.').append(s, 1, s.length());
    return b.append('E').append(exponent).toString();
  }
}
