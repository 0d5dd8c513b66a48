package io.github.spice4j.writer;

/**
 * SPK types 2 and 3 (Chebyshev polynomials over equal, contiguous intervals), per NAIF's SPK Required
 * Reading: one record per interval holding the interval's midpoint and half-length, then the coefficients
 * of each component (x, y, z for type 2; also vx, vy, vz for type 3); the segment ends with the first
 * interval's start, the interval length, the record size and the record count. The two types share this
 * layout, so one class builds both.
 */
final class ChebyshevSegment {
  /** Highest polynomial degree this writer accepts (the engine's readers hold records of this size). */
  static final int MAX_DEGREE = 27;

  private ChebyshevSegment() {}

  /**
   * @param components 3 (type 2) or 6 (type 3)
   * @return the segment's data
   */
  static double[] data(String routine, int components, double first, double last, double intlen, int polydg,
      double[] cdata, double btime) {
    Segments.finite(routine, "intlen", intlen);
    Segments.finite(routine, "btime", btime);
    if (!(intlen > 0)) throw Segments.bad(routine, "intlen must be positive, got " + intlen);
    if (polydg < 1 || polydg > MAX_DEGREE) {
      throw Segments.bad(routine, "polydg must be 1 to " + MAX_DEGREE + ", got " + polydg);
    }
    Segments.finite(routine, "cdata", cdata);
    int perRecord = components * (polydg + 1);
    if (cdata.length == 0 || cdata.length % perRecord != 0) {
      throw Segments.bad(routine, "cdata must hold n >= 1 records of " + components + "*(polydg+1) = " + perRecord
          + " coefficients, got double[" + cdata.length + "]");
    }
    int n = cdata.length / perRecord;
    Segments.coverage(routine, first, last, btime, btime + n * intlen);
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
