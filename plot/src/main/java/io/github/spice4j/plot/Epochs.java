package io.github.spice4j.plot;

/** Evenly spaced sample epochs for the series classes. */
final class Epochs {
  /** Upper bound on samples per series, so a tiny step cannot exhaust memory. */
  static final int MAX_SAMPLES = 1_000_000;

  private Epochs() {}

  /**
   * {@code et0, et0 + step, ...} up to and including {@code et1} (the last sample is {@code et1} itself).
   *
   * @throws IllegalArgumentException if {@code step} is not positive, {@code et1 < et0} or more than
   *     {@link #MAX_SAMPLES} samples would be needed
   */
  static double[] grid(double et0, double et1, double step) {
    if (!(step > 0) || !Double.isFinite(step)) throw new IllegalArgumentException("step must be positive: " + step);
    if (!(et1 >= et0)) throw new IllegalArgumentException("stop (ET " + et1 + ") is before start (ET " + et0 + ")");
    double count = Math.ceil((et1 - et0) / step) + 1;
    if (count > MAX_SAMPLES) {
      throw new IllegalArgumentException("too many samples (" + (long) count + " > " + MAX_SAMPLES + "): increase the step");
    }
    int n = (int) count;
    double[] et = new double[n];
    for (int i = 0; i < n; i++) et[i] = Math.min(et0 + i * step, et1);
    return et;
  }
}
