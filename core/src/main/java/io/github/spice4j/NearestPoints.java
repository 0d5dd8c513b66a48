package io.github.spice4j;

/**
 * Nearest points on an ellipse or ellipsoid in the first quadrant/octant, with semi-axes in decreasing
 * order and a query point of non-negative coordinates. The nearest point {@code x} satisfies
 * {@code x_i = y_i e_i^2 / (e_i^2 + t)} for the root {@code t} of a monotone function, found by bisection
 * to machine precision (after D. Eberly's formulation of the Lagrange condition); coordinates where the
 * query point is 0 are handled separately, since the root equation degenerates there.
 */
final class NearestPoints {
  private static final int MAX_BISECTIONS = 2200;

  private NearestPoints() {}

  /** Nearest point on the ellipse with semi-axes {@code e0 >= e1 > 0} to {@code (y0, y1)}, both >= 0. */
  static double[] onEllipse(double e0, double e1, double y0, double y1) {
    if (y1 > 0.0) {
      if (y0 > 0.0) {
        double z0 = y0 / e0;
        double z1 = y1 / e1;
        double g = z0 * z0 + z1 * z1 - 1.0;
        if (g == 0.0) return new double[] {y0, y1};
        double r0 = (e0 / e1) * (e0 / e1);
        double s = root(new double[] {r0, 1.0}, new double[] {z0, z1}, g);
        return new double[] {r0 * y0 / (s + r0), y1 / (s + 1.0)};
      }
      return new double[] {0.0, e1};
    }
    double numer0 = e0 * y0;
    double denom0 = e0 * e0 - e1 * e1;
    if (numer0 < denom0) {
      double xde0 = numer0 / denom0;
      return new double[] {e0 * xde0, e1 * Math.sqrt(1.0 - xde0 * xde0)};
    }
    return new double[] {e0, 0.0};
  }

  /** Nearest point on the ellipsoid with semi-axes {@code e[0] >= e[1] >= e[2] > 0} to {@code y >= 0}. */
  static double[] onEllipsoid(double[] e, double[] y) {
    double e0 = e[0];
    double e1 = e[1];
    double e2 = e[2];
    double y0 = y[0];
    double y1 = y[1];
    double y2 = y[2];
    if (y2 > 0.0) {
      if (y1 > 0.0) {
        if (y0 > 0.0) {
          double z0 = y0 / e0;
          double z1 = y1 / e1;
          double z2 = y2 / e2;
          double g = z0 * z0 + z1 * z1 + z2 * z2 - 1.0;
          if (g == 0.0) return y.clone();
          double r0 = (e0 / e2) * (e0 / e2);
          double r1 = (e1 / e2) * (e1 / e2);
          double s = root(new double[] {r0, r1, 1.0}, new double[] {z0, z1, z2}, g);
          return new double[] {r0 * y0 / (s + r0), r1 * y1 / (s + r1), y2 / (s + 1.0)};
        }
        double[] x = onEllipse(e1, e2, y1, y2);
        return new double[] {0.0, x[0], x[1]};
      }
      if (y0 > 0.0) {
        double[] x = onEllipse(e0, e2, y0, y2);
        return new double[] {x[0], 0.0, x[1]};
      }
      return new double[] {0.0, 0.0, e2};
    }
    // y2 == 0: the nearest point may leave the plane z = 0 for points deep inside.
    double denom0 = e0 * e0 - e2 * e2;
    double denom1 = e1 * e1 - e2 * e2;
    double numer0 = e0 * y0;
    double numer1 = e1 * y1;
    if (numer0 < denom0 && numer1 < denom1) {
      double xde0 = numer0 / denom0;
      double xde1 = numer1 / denom1;
      double discr = 1.0 - xde0 * xde0 - xde1 * xde1;
      if (discr > 0.0) return new double[] {e0 * xde0, e1 * xde1, e2 * Math.sqrt(discr)};
    }
    double[] x = onEllipse(e0, e1, y0, y1);
    return new double[] {x[0], x[1], 0.0};
  }

  /**
   * The root {@code s} of {@code sum_i (r_i z_i / (s + r_i))^2 - 1 = 0} (the last {@code r_i} is 1),
   * bracketed by {@code [z_last - 1, |r z| - 1]} (or 0 as upper bound inside), by bisection.
   */
  private static double root(double[] r, double[] z, double g) {
    int n = r.length;
    double[] num = new double[n];
    for (int i = 0; i < n; i++) num[i] = r[i] * z[i];
    double s0 = z[n - 1] - 1.0;
    double s1 = g < 0.0 ? 0.0 : robustLength(num) - 1.0;
    double s = 0.0;
    for (int it = 0; it < MAX_BISECTIONS; it++) {
      s = 0.5 * (s0 + s1);
      if (s == s0 || s == s1) break;
      double f = -1.0;
      for (int i = 0; i < n; i++) {
        double ratio = num[i] / (s + r[i]);
        f += ratio * ratio;
      }
      if (f > 0.0) s0 = s;
      else if (f < 0.0) s1 = s;
      else break;
    }
    return s;
  }

  private static double robustLength(double[] v) {
    double max = 0.0;
    for (double x : v) max = Math.max(max, Math.abs(x));
    if (max == 0.0) return 0.0;
    double sum = 0.0;
    for (double x : v) sum += (x / max) * (x / max);
    return max * Math.sqrt(sum);
  }
}
