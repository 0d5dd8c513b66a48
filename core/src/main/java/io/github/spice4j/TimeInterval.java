package io.github.spice4j;

/**
 * A closed interval of ephemeris time, {@code [start, stop]}, in TDB seconds past J2000 (e.g. one
 * interval of an SPK coverage window).
 *
 * @param start left endpoint, ET seconds
 * @param stop right endpoint, ET seconds
 */
public record TimeInterval(double start, double stop) {
  /**
   * @throws IllegalArgumentException if {@code stop < start} or an endpoint is NaN
   */
  public TimeInterval {
    if (Double.isNaN(start) || Double.isNaN(stop) || stop < start) {
      throw new IllegalArgumentException("invalid interval [" + start + ", " + stop + "]");
    }
  }

  /** Length of the interval in seconds. */
  public double duration() {
    return stop - start;
  }
}
