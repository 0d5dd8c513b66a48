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
      if (y0 > 0.0) return fromRoot(new double[] {e0, e1}, new double[] {y0, y1});
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
        if (y0 > 0.0) return fromRoot(e, y);
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
   * The nearest point {@code x_i = r_i y_i / (s + r_i)}, {@code r_i = (e_i / e_last)^2}, for the root {@code s} of
   * {@code sum_i (r_i z_i / (s + r_i))^2 = 1}, {@code z_i = y_i / e_i}. Deep inside, where {@code s} nears -1, the
   * root is solved as {@code u = s + 1} instead, whose relative precision the last coordinate {@code y / u} needs.
   */
  private static double[] fromRoot(double[] e, double[] y) {
    int n = e.length;
    double last = e[n - 1];
    double[] r = new double[n];
    double[] k = new double[n];
    double[] num = new double[n];
    double sumSquares = 0.0;
    for (int i = 0; i < n; i++) {
      r[i] = (e[i] / last) * (e[i] / last);
      k[i] = (e[i] - last) * (e[i] + last) / (last * last);
      double z = y[i] / e[i];
      num[i] = r[i] * z;
      sumSquares += z * z;
    }
    double g = sumSquares - 1.0;
    if (g == 0.0) return y.clone();
    double zLast = y[n - 1] / last;
    double upper = g < 0.0 ? 0.0 : robustLength(num) - 1.0;
    double s = root(num, r, zLast - 1.0, upper);
    if (s >= -0.5) return scaled(r, y, s, r);
    return scaled(r, y, root(num, k, zLast, upper + 1.0), k);
  }

  /** {@code x_i = r_i y_i / (v + c_i)}. */
  private static double[] scaled(double[] r, double[] y, double v, double[] c) {
    double[] x = new double[y.length];
    for (int i = 0; i < y.length; i++) x[i] = r[i] * y[i] / (v + c[i]);
    return x;
  }

  /** The root in [lo, hi] of the decreasing {@code sum_i (num_i / (v + c_i))^2 - 1}, by bisection. */
  private static double root(double[] num, double[] c, double lo, double hi) {
    double v = lo;
    for (int it = 0; it < MAX_BISECTIONS; it++) {
      v = 0.5 * (lo + hi);
      if (v == lo || v == hi) break;
      double f = -1.0;
      for (int i = 0; i < num.length; i++) {
        double ratio = num[i] / (v + c[i]);
        f += ratio * ratio;
      }
      if (f > 0.0) lo = v;
      else if (f < 0.0) hi = v;
      else break;
    }
    return v;
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
