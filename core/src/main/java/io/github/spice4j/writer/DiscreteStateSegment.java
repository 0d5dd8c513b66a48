package io.github.spice4j.writer;

/**
 * SPK types 9 (Lagrange) and 13 (Hermite) interpolation of states at unequal epochs, per NAIF's SPK
 * Required Reading: the states, their epochs, the epoch directory (every 100th epoch), then a window
 * parameter and the state count. Type 9 stores the polynomial degree; type 13 stores the number of
 * states in its window minus one (a Hermite polynomial of degree 2w-1 uses w states). The two types
 * share this layout, so one class builds both.
 */
final class DiscreteStateSegment {
  /** Highest polynomial degree, as for CSPICE's writers of these types. */
  static final int MAX_DEGREE = 27;

  private DiscreteStateSegment() {}

  /** Type 9: Lagrange polynomials of the given degree over degree+1 consecutive states. */
  static double[] type9(String routine, double first, double last, int degree, double[] states, double[] epochs) {
    if (degree < 1 || degree > MAX_DEGREE) throw badDegree(routine, "1 to " + MAX_DEGREE, degree);
    return data(routine, first, last, degree + 1, degree, states, epochs);
  }

  /** Type 13: Hermite polynomials of odd degree over (degree+1)/2 consecutive states. */
  static double[] type13(String routine, double first, double last, int degree, double[] states, double[] epochs) {
    if (degree < 1 || degree > MAX_DEGREE || degree % 2 == 0) {
      throw badDegree(routine, "odd, 1 to " + MAX_DEGREE, degree);
    }
    int window = (degree + 1) / 2;
    return data(routine, first, last, window, window - 1, states, epochs);
  }

  private static io.github.spice4j.SpiceException badDegree(String routine, String allowed, int degree) {
    return Segments.error(routine, "INVALIDDEGREE", "The degree must be " + allowed + "; got " + degree + ".");
  }

  private static double[] data(String routine, double first, double last, int window, double parameter,
      double[] states, double[] epochs) {
    Segments.finite(routine, "epochs", epochs);
    int n = Segments.count(routine, "states", states, 6, epochs.length);
    Segments.finite(routine, "states", states);
    if (n < window) {
      throw Segments.error(routine, "TOOFEWSTATES", "The degree needs at least " + window + " states; got " + n
          + ".");
    }
    Segments.descriptorTimes(routine, first, last);
    Segments.increasing(routine, "epochs", epochs);
    Segments.coverage(routine, first, last, epochs[0], epochs[n - 1], 0, "BADDESCRTIMES");
    return Segments.join(new double[][] {states, epochs, Segments.directory(epochs)}, parameter, n);
  }
}
