package io.github.spice4j;

/**
 * Semi-axes of the ellipse {@code cos(t) v1 + sin(t) v2}: the extremes of its squared norm, a quadratic
 * form in {@code (cos t, sin t)} with symmetric matrix {@code S = [[v1.v1, v1.v2], [v1.v2, v2.v2]]}
 * diagonalized by the rotation of smallest angle (|angle| <= pi/4), the convention CSPICE documents for
 * {@code diags2}/{@code saelgv}.
 */
final class EllipseAxes {
  /** Relative eigenvalue spread below which the ellipse is treated as a circle. */
  private static final double CIRCLE = 1e-14;

  private EllipseAxes() {}

  /**
   * {@code [semiMajor, semiMinor]} as CSPICE's {@code saelgv} documents them: S's eigenvalues as roots of
   * its characteristic polynomial, the eigenvector from the root whose difference with a diagonal term is
   * larger. Near-circular ellipses thereby carry CSPICE's own (slightly larger) rounding, which parity needs.
   */
  static Vector3[] semiAxes(Vector3 v1, Vector3 v2) {
    double[] k = coefficients(v1, v2, true);
    return new Vector3[] {Aberration.lincom(k[0], v1, k[1], v2), Aberration.lincom(k[2], v1, k[3], v2)};
  }

  /**
   * {@code [p, q, r, s]} with semi-major axis {@code p v1 + q v2} and semi-minor axis {@code r v1 + s v2};
   * zeros when both vectors are zero.
   */
  static double[] coefficients(Vector3 v1, Vector3 v2) {
    return coefficients(v1, v2, false);
  }

  private static double[] coefficients(Vector3 v1, Vector3 v2, boolean characteristic) {
    double scale = Math.max(VectorMath.vnorm(v1), VectorMath.vnorm(v2));
    if (scale == 0.0) return new double[4];
    Vector3 u1 = VectorMath.vscl(1.0 / scale, v1);
    Vector3 u2 = VectorMath.vscl(1.0 / scale, v2);
    double a = VectorMath.vdot(u1, u1);
    double b = VectorMath.vdot(u1, u2);
    double c = VectorMath.vdot(u2, u2);
    if (Math.hypot(a - c, 2.0 * b) <= CIRCLE * (a + c)) {
      // A circle to within rounding: any orthogonal radii are semi-axes; keep the generators, the second
      // as the major axis (CSPICE's outcome for a spherical limb).
      return new double[] {0.0, 1.0, 1.0, 0.0};
    }
    if (characteristic) return byCharacteristicPolynomial(a, b, c);
    double cos = 1.0;
    double sin = 0.0;
    if (b != 0.0) {
      // Eigenvector angle with tan(2 theta) = 2b / (a - c), folded into [-pi/4, pi/4].
      double theta = 0.5 * Math.atan2(2.0 * b, a - c);
      if (theta > Math.PI / 4) theta -= Math.PI / 2;
      else if (theta < -Math.PI / 4) theta += Math.PI / 2;
      cos = Math.cos(theta);
      sin = Math.sin(theta);
    }
    double l1 = a * cos * cos + 2.0 * b * cos * sin + c * sin * sin;
    double l2 = a * sin * sin - 2.0 * b * cos * sin + c * cos * cos;
    return Math.abs(l1) >= Math.abs(l2) ? new double[] {cos, sin, -sin, cos} : new double[] {-sin, cos, cos, sin};
  }

  /** Eigen-decomposition of {@code [[a, b], [b, c]]} through the roots of its characteristic polynomial. */
  private static double[] byCharacteristicPolynomial(double a, double b, double c) {
    if (b == 0.0) return Math.abs(a) >= Math.abs(c) ? new double[] {1, 0, 0, 1} : new double[] {0, 1, 1, 0};
    // Eigenvalues as roots of the characteristic polynomial x^2 - (a + c) x + (ac - b^2).
    double m = Math.max(Math.abs(a), Math.max(Math.abs(b), Math.abs(c)));
    double sa = a / m;
    double sb = b / m;
    double sc = c / m;
    double qb = -(sa + sc);
    double qc = sa * sc - sb * sb;
    double disc = qb * qb - 4.0 * qc;
    double root1 = (-qb + Math.sqrt(Math.max(disc, 0.0))) / 2.0;
    double root2 = (-qb - Math.sqrt(Math.max(disc, 0.0))) / 2.0;
    double c1x;
    double c1y;
    double c2x;
    double c2y;
    double d1;
    double d2;
    if (Math.abs(root1 - sa) >= Math.abs(root1 - sc)) {
      double ex = sb;
      double ey = Math.max(root1 - sa, Math.abs(sb));
      double n = Math.hypot(ex, ey);
      ex /= n;
      ey /= n;
      c1x = ey;
      c1y = -ex;
      c2x = ex;
      c2y = ey;
      d1 = root2;
      d2 = root1;
    } else {
      double ex = Math.max(root1 - sc, Math.abs(sb));
      double ey = sb;
      double n = Math.hypot(ex, ey);
      ex /= n;
      ey /= n;
      c1x = ex;
      c1y = ey;
      c2x = -ey;
      c2y = ex;
      d1 = root1;
      d2 = root2;
    }
    return Math.abs(d1) >= Math.abs(d2) ? new double[] {c1x, c1y, c2x, c2y} : new double[] {c2x, c2y, c1x, c1y};
  }
}
