package io.github.spice4j;

/**
 * Two-body (Keplerian) propagation with universal variables: solve the universal Kepler equation for the
 * universal anomaly chi with safeguarded Newton steps, then apply the Lagrange f and g coefficients. Works
 * for elliptic, parabolic and hyperbolic orbits alike.
 */
final class TwoBody {
  private static final int MAX_ITERATIONS = 200;

  private TwoBody() {}

  static double[] propagate(double gm, double[] pv, double dt) {
    Vector3 r0 = new Vector3(pv[0], pv[1], pv[2]);
    Vector3 v0 = new Vector3(pv[3], pv[4], pv[5]);
    if (!(gm > 0.0)) {
      throw MathErrors.error("prop2b", "NONPOSITIVEMASS", "The gravitational parameter was " + gm + "; it must be positive.");
    }
    if (!Double.isFinite(dt)) throw new IllegalArgumentException("dt must be finite, was " + dt);
    if (r0.isZero()) throw MathErrors.error("prop2b", "ZEROPOSITION", "The initial position is the zero vector.");
    if (v0.isZero()) throw MathErrors.error("prop2b", "ZEROVELOCITY", "The initial velocity is the zero vector.");
    Vector3 h = r0.cross(v0);
    if (h.dot(h) == 0.0) { // prop2b_c's test: the squared length of r x v
      throw MathErrors.error("prop2b", "NONCONICMOTION",
          "The initial position and velocity are parallel: the motion is rectilinear, not a conic.");
    }
    double rmag = r0.norm();
    double sqrtMu = Math.sqrt(gm);
    double alpha = 2.0 / rmag - v0.dot(v0) / gm; // 1/a: > 0 ellipse, 0 parabola, < 0 hyperbola
    double t = dt;
    if (alpha > 0.0) {
      // Whole periods change nothing; reducing keeps chi small and the series well conditioned.
      double period = 2.0 * Math.PI / (sqrtMu * alpha * Math.sqrt(alpha));
      if (Math.abs(t) > period) t = Math.IEEEremainder(t, period);
    }
    double sigma = r0.dot(v0) / sqrtMu;
    double chi = solveChi(sqrtMu * t, rmag, sigma, alpha);
    double z = alpha * chi * chi;
    double c = stumpffC(z);
    double s = stumpffS(z);
    double chi2 = chi * chi;
    double r = chi2 * c + sigma * chi * (1.0 - z * s) + rmag * (1.0 - z * c);
    double f = 1.0 - chi2 / rmag * c;
    double g = t - chi2 * chi / sqrtMu * s;
    double fdot = sqrtMu / (r * rmag) * chi * (z * s - 1.0);
    double gdot = 1.0 - chi2 / r * c;
    Vector3 pos = r0.scale(f).add(v0.scale(g));
    Vector3 vel = r0.scale(fdot).add(v0.scale(gdot));
    double[] out = {pos.x(), pos.y(), pos.z(), vel.x(), vel.y(), vel.z()};
    for (double x : out) {
      if (!Double.isFinite(x)) {
        throw MathErrors.error("prop2b", "DTOUTOFRANGE", "The interval " + dt + " s is too long to propagate this "
            + (alpha > 0.0 ? "orbit" : "open conic") + " without overflow.");
      }
    }
    return out;
  }

  /**
   * Root of F(chi) = sigma chi^2 C + (1 - alpha r0) chi^3 S + r0 chi - sqrt(mu) dt, which increases
   * monotonically (F' = r > 0): bracket it, then Newton steps that bisect when they leave the bracket.
   */
  private static double solveChi(double target, double r0, double sigma, double alpha) {
    if (target == 0.0) return 0.0;
    double lo;
    double hi;
    double guess = target / r0;
    if (target > 0) {
      lo = 0.0;
      hi = guess;
      while (kepler(hi, r0, sigma, alpha) < target && hi < Double.MAX_VALUE) {
        lo = hi;
        hi *= 2.0;
      }
    } else {
      hi = 0.0;
      lo = guess;
      while (kepler(lo, r0, sigma, alpha) > target && lo > -Double.MAX_VALUE) {
        hi = lo;
        lo *= 2.0;
      }
    }
    // Newton steps, but a bisection whenever the step would leave the bracket or would not at least halve
    // the step before last (Newton crawls where F grows exponentially, far out on a hyperbola).
    double chi = 0.5 * (lo + hi);
    double step = hi - lo;
    double stepBefore = step;
    for (int i = 0; i < MAX_ITERATIONS; i++) {
      double fval = kepler(chi, r0, sigma, alpha) - target;
      if (fval == 0.0) return chi;
      if (fval < 0.0) lo = chi; else hi = chi;
      double z = alpha * chi * chi;
      double deriv = chi * chi * stumpffC(z) + sigma * chi * (1.0 - z * stumpffS(z)) + r0 * (1.0 - z * stumpffC(z));
      double next = chi - fval / deriv;
      if (!(next > lo && next < hi) || !(Math.abs(2.0 * fval) <= Math.abs(stepBefore * deriv))) {
        next = 0.5 * (lo + hi);
      }
      stepBefore = step;
      step = Math.abs(next - chi);
      if (next == chi || next == lo || next == hi) return next;
      chi = next;
    }
    return chi;
  }

  private static double kepler(double chi, double r0, double sigma, double alpha) {
    double z = alpha * chi * chi;
    double chi2 = chi * chi;
    double f = sigma * chi2 * stumpffC(z) + (1.0 - alpha * r0) * chi2 * chi * stumpffS(z) + r0 * chi;
    // Far out on a hyperbola the terms overflow (inf - inf is NaN); F grows with chi, so that is +-infinity.
    return Double.isNaN(f) ? Math.copySign(Double.POSITIVE_INFINITY, chi) : f;
  }

  /** C(z) = (1 - cos sqrt z) / z, written with half angles to avoid cancellation near 0. */
  static double stumpffC(double z) {
    if (Math.abs(z) < 1e-3) return 0.5 - z / 24.0 + z * z / 720.0 - z * z * z / 40320.0;
    if (z > 0) {
      double h = StrictMath.sin(0.5 * Math.sqrt(z));
      return 2.0 * h * h / z;
    }
    double h = StrictMath.sinh(0.5 * Math.sqrt(-z));
    return -2.0 * h * h / z;
  }

  /** S(z) = (sqrt z - sin sqrt z) / sqrt(z)^3, by its series where the closed form cancels. */
  static double stumpffS(double z) {
    if (Math.abs(z) < 1.0) {
      // 1/3! - z/5! + z^2/7! - ...; |z| < 1 makes 12 terms exact to double precision.
      double sum = 0.0;
      double term = 1.0 / 6.0;
      for (int k = 1; k <= 12; k++) {
        sum += term;
        term *= -z / ((2 * k + 2) * (2 * k + 3));
      }
      return sum;
    }
    if (z > 0) {
      double sz = Math.sqrt(z);
      return (sz - StrictMath.sin(sz)) / (z * sz);
    }
    double sz = Math.sqrt(-z);
    return (StrictMath.sinh(sz) - sz) / (-z * sz);
  }
}
