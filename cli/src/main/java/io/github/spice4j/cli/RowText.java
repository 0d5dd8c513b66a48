package io.github.spice4j.cli;

import java.io.PrintWriter;
import java.util.Arrays;

/**
 * A reusable, growable text buffer for table rows: numbers are written straight into it
 * ({@link ShortestDecimal}), so formatting a row allocates nothing. Not thread-safe; one per chunk.
 */
final class RowText {
  private char[] buf;
  private int length;

  RowText(int capacity) {
    buf = new char[Math.max(64, capacity)];
  }

  /** Empties the buffer, keeping its capacity. */
  RowText clear() {
    length = 0;
    return this;
  }

  int length() {
    return length;
  }

  /** Makes room for {@code n} more chars. */
  RowText reserve(int n) {
    if (length + n > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, length + n));
    return this;
  }

  RowText append(char c) {
    reserve(1);
    buf[length++] = c;
    return this;
  }

  RowText append(String s) {
    reserve(s.length());
    s.getChars(0, s.length(), buf, length);
    length += s.length();
    return this;
  }

  /** Appends the ASCII bytes of a NUL-padded record: up to {@code max} bytes, stopping at the first NUL. */
  RowText appendAscii(byte[] bytes, int offset, int max) {
    reserve(max);
    for (int i = offset; i < offset + max && bytes[i] != 0; i++) buf[length++] = (char) bytes[i];
    return this;
  }

  /** Appends {@link Numbers#format(double)} of d. */
  RowText number(double d) {
    reserve(ShortestDecimal.MAX_CHARS);
    length = ShortestDecimal.write(d, buf, length);
    return this;
  }

  /** Appends {@link Numbers#json(double)} of d ({@code null} for NaN and infinities). */
  RowText jsonNumber(double d) {
    return Double.isNaN(d) || Double.isInfinite(d) ? append("null") : number(d);
  }

  /** Writes the whole text to out. */
  void writeTo(PrintWriter out) {
    out.write(buf, 0, length);
  }

  @Override
  public String toString() {
    return new String(buf, 0, length);
  }
}
