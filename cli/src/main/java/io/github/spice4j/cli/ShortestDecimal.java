package io.github.spice4j.cli;

/**
 * {@link Numbers#format(double)} written into a caller's {@code char[]} without allocating, for tables
 * of millions of numbers. Same text, digit for digit: the fewest significant digits (15 to 17) whose
 * decimal, rounded half-even from the double's exact binary value, reads back to the same double.
 *
 * <p>The fast path covers normal doubles with magnitude from 1e-6 to 2^52 (every column of an
 * ephemeris table). It computes the exact value times a power of ten as a 128-bit integer, rounds it, and
 * decides the round trip exactly from the remainder: the decimal reads back to the double when it lies
 * within half a unit in the last place (a quarter below a power of two), ties going to the even
 * significand, as {@link Double#parseDouble} rounds. Anything else goes through {@link Numbers#format}.
 */
final class ShortestDecimal {
  /** Chars one number can take (sign, 17 digits, point, leading zeros, exponent). */
  static final int MAX_CHARS = 32;

  private static final long[] POW10 = new long[19];
  /** 10^k as a 128-bit number (high and low word) for k up to 22: with a 53-bit significand the product
   * still fits in 128 bits, which reaches down to 1e-6, where plain notation ends. */
  private static final int MAX_K = 22;
  private static final long[] POW10_HI = new long[MAX_K + 1];
  private static final long[] POW10_LO = new long[MAX_K + 1];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) POW10[i] = POW10[i - 1] * 10;
    java.math.BigInteger p = java.math.BigInteger.ONE;
    for (int k = 0; k <= MAX_K; k++) {
      POW10_LO[k] = p.longValue();
      POW10_HI[k] = p.shiftRight(64).longValue();
      p = p.multiply(java.math.BigInteger.TEN);
    }
  }

  private ShortestDecimal() {}

  /**
   * Writes {@code Numbers.format(d)} into {@code buf} at {@code pos}.
   *
   * @param d the value
   * @param buf destination with at least {@link #MAX_CHARS} free chars from {@code pos}
   * @param pos where to start
   * @return the position after the last char written
   */
  static int write(double d, char[] buf, int pos) {
    int end = fast(d, buf, pos);
    if (end >= 0) return end;
    String s = Numbers.format(d);
    s.getChars(0, s.length(), buf, pos);
    return pos + s.length();
  }

  /** The fast path; returns -1 when the value is outside it. */
  private static int fast(double d, char[] buf, int pos) {
    long bits = Double.doubleToRawLongBits(d);
    int biased = (int) (bits >>> 52) & 0x7ff;
    if (biased == 0 || biased == 0x7ff) return -1; // zero, subnormal, NaN, infinity
    int shift = 1075 - biased;                     // d = m * 2^-shift
    if (shift <= 0) return -1;                     // integers of 2^52 and more
    long m = (bits & 0xfffffffffffffL) | (1L << 52);
    int e10 = (int) Math.floor(Math.log10(Math.abs(d)));
    for (int n = 15; n <= 17; n++) {
      long r = round(m, shift, n, e10, biased);
      if (r == FAIL_RANGE) return -1;
      if (r == FAIL_TRIP) continue;
      return render(d < 0, r >>> 5, (int) (r & 31) - E_BIAS, buf, pos);
    }
    return -1;
  }

  /** Results pack the digits (below 10^17 < 2^57) and the exponent (fast path: -4 to 16) as digits << 5 | (e + 8). */
  private static final int E_BIAS = 8;
  private static final long FAIL_RANGE = -1;
  private static final long FAIL_TRIP = -2;

  /**
   * Rounds m * 2^-shift to n significant digits; returns (digits << 5 | (exponent + E_BIAS)) when that
   * decimal reads back to the same double, FAIL_TRIP when it does not, FAIL_RANGE outside the fast path.
   */
  private static long round(long m, int shift, int n, int e10Guess, int biased) {
    int e10 = e10Guess;
    for (int attempt = 0; attempt < 3; attempt++) {
      int k = n - 1 - e10; // scale: N = round(x * 10^k)
      if (k < 0 || k > MAX_K) return FAIL_RANGE;
      long p10Lo = POW10_LO[k];
      // m * 10^k: the low word's unsigned high product plus the high word's product
      long hi = Math.multiplyHigh(m, p10Lo) + (p10Lo < 0 ? m : 0) + m * POW10_HI[k];
      long lo = m * p10Lo;
      if (shift >= 128) return FAIL_RANGE;
      // floor and remainder of the 128-bit product over 2^shift
      long q;
      long remHi;
      long remLo;
      long halfHi;
      long halfLo;
      if (shift < 64) {
        q = (hi << (64 - shift)) | (lo >>> shift);
        if ((hi >>> shift) != 0) return FAIL_RANGE;
        remHi = 0;
        remLo = lo & ((1L << shift) - 1);
        halfHi = 0;
        halfLo = 1L << (shift - 1);
      } else {
        q = hi >>> (shift - 64);
        remHi = shift == 64 ? 0 : hi & ((1L << (shift - 64)) - 1);
        remLo = lo;
        halfHi = shift == 64 ? 0 : 1L << (shift - 65);
        halfLo = shift == 64 ? Long.MIN_VALUE : 0;
      }
      if (q < POW10[n - 1]) {
        e10--;
        continue;
      }
      if (q >= POW10[n]) {
        e10++;
        continue;
      }
      int cmp = compare128(remHi, remLo, halfHi, halfLo);
      boolean up = cmp > 0 || (cmp == 0 && (q & 1) == 1);
      long distHi;
      long distLo;
      if (up) {
        q++;
        // 2^shift - rem
        long fullHi = shift < 64 ? 0 : (shift == 64 ? 1 : 1L << (shift - 64));
        long fullLo = shift < 64 ? 1L << shift : 0;
        distLo = fullLo - remLo;
        distHi = fullHi - remHi - (Long.compareUnsigned(fullLo, remLo) < 0 ? 1 : 0);
      } else {
        distHi = remHi;
        distLo = remLo;
      }
      // Reads back iff |decimal - d| <= half the gap to the neighbour on that side:
      // 2*dist <= 10^k, or 4*dist <= 10^k below a power of two (whose lower gap is half as wide).
      boolean narrowBelow = !up && m == (1L << 52) && biased > 1;
      int factorShift = narrowBelow ? 2 : 1;
      if ((distHi >>> (63 - factorShift)) != 0) return FAIL_TRIP;
      long scaledHi = (distHi << factorShift) | (distLo >>> (64 - factorShift));
      long scaledLo = distLo << factorShift;
      int c = compare128(scaledHi, scaledLo, POW10_HI[k], p10Lo);
      boolean evenM = (m & 1) == 0;
      if (c > 0 || (c == 0 && !evenM)) return FAIL_TRIP;
      if (q == POW10[n]) { // 9.99.. rounded up to 10.0..: same value, one more power of ten
        q = POW10[n - 1];
        e10++;
      }
      if (e10 + E_BIAS < 0 || e10 + E_BIAS > 31) return FAIL_RANGE;
      return (q << 5) | (e10 + E_BIAS);
    }
    return FAIL_RANGE;
  }

  private static int compare128(long aHi, long aLo, long bHi, long bLo) {
    int c = Long.compareUnsigned(aHi, bHi);
    return c != 0 ? c : Long.compareUnsigned(aLo, bLo);
  }

  /** Plain notation of digits * 10^(e10 - digits + 1) with trailing zeros stripped, as BigDecimal prints it. */
  private static int render(boolean negative, long digits, int e10, char[] buf, int pos) {
    while (digits % 10 == 0) digits /= 10;
    int nd = 1;
    for (long t = digits; t >= 10; t /= 10) nd++;
    if (e10 < -6 || e10 >= 17) return -1; // scientific notation: left to Numbers.format
    int p = pos;
    if (negative) buf[p++] = '-';
    if (e10 < 0) {
      buf[p++] = '0';
      buf[p++] = '.';
      for (int i = 0; i < -e10 - 1; i++) buf[p++] = '0';
      return writeDigits(digits, nd, buf, p);
    }
    int intDigits = e10 + 1;
    if (nd <= intDigits) {
      p = writeDigits(digits, nd, buf, p);
      for (int i = nd; i < intDigits; i++) buf[p++] = '0';
      return p;
    }
    // int part, point, fraction: write all digits shifted by one after the point's slot
    writeDigits(digits, nd, buf, p + 1);
    System.arraycopy(buf, p + 1, buf, p, intDigits);
    buf[p + intDigits] = '.';
    return p + nd + 1;
  }

  private static int writeDigits(long v, int nd, char[] buf, int pos) {
    for (int i = nd - 1; i >= 0; i--) {
      buf[pos + i] = (char) ('0' + (int) (v % 10));
      v /= 10;
    }
    return pos + nd;
  }
}
