package io.github.spice4j.writer;

/**
 * SPK types 2 and 3 (Chebyshev polynomials over equal, contiguous intervals), per NAIF's SPK Required
 * Reading: one record per interval holding the interval's midpoint and half-length, then the coefficients
 * of each component (x, y, z for type 2; also vx, vy, vz for type 3); the segment ends with the first
 * interval's start, the interval length, the record size and the record count. The two types share this
 * layout, so one class builds both.
 */
final class ChebyshevSegment {
  /** Highest polynomial degree (CSPICE's MAXDEG for these types). */
  static final int MAX_DEGREE = 27;
  /**
   * Relative tolerance by which the coverage may exceed the records' span, as CSPICE's type 2 and 3
   * writers allow (their TOLSCL): times this large carry rounding of about that size.
   */
  private static final double TOLERANCE_SCALE = 1e-13;

  private ChebyshevSegment() {}

  /**
   * @param components 3 (type 2) or 6 (type 3)
   * @return the segment's data
   */
  static double[] data(String routine, int components, double first, double last, double intlen, int polydg,
      double[] cdata, double btime) {
    Segments.finite(routine, "intlen", intlen);
    Segments.finite(routine, "btime", btime);
    Segments.finite(routine, "cdata", cdata);
    if (polydg < 0 || polydg > MAX_DEGREE) {
      throw Segments.error(routine, "INVALIDDEGREE", "The polynomial degree must be 0 to " + MAX_DEGREE + "; got "
          + polydg + ".");
    }
    int perRecord = components * (polydg + 1);
    if (cdata.length % perRecord != 0) {
      throw Segments.bad(routine, "cdata must hold whole records of " + components + "*(polydg+1) = " + perRecord
          + " coefficients, got double[" + cdata.length + "]");
    }
    int n = cdata.length / perRecord;
    if (n == 0) throw Segments.error(routine, "NUMCOEFFSNOTPOS", "cdata holds no record of coefficients.");
    if (!(intlen > 0)) throw Segments.error(routine, "INTLENNOTPOS", "The interval length must be positive; got "
        + intlen + ".");
    double tolerance = TOLERANCE_SCALE * Math.max(Math.abs(first), Math.abs(last));
    Segments.coverage(routine, first, last, btime, btime + n * intlen, tolerance, "COVERAGEGAP");
    int rsize = 2 + perRecord;
    double[] out = new double[n * rsize + 4];
    double radius = intlen / 2;
    for (int i = 0; i < n; i++) {
      out[i * rsize] = btime + (i + 0.5) * intlen;
      out[i * rsize + 1] = radius;
      System.arraycopy(cdata, i * perRecord, out, i * rsize + 2, perRecord);
    }
    out[n * rsize] = btime;
    out[n * rsize + 1] = intlen;
    out[n * rsize + 2] = rsize;
    out[n * rsize + 3] = n;
    return out;
  }
}
