package io.github.spice4j;

/**
 * Semi-axes of the ellipse {@code cos(t) v1 + sin(t) v2}: the extremes of its squared norm, a quadratic
 * form in {@code (cos t, sin t)} whose 2x2 symmetric matrix is diagonalized by the rotation of smallest
 * angle (|angle| <= pi/4), the convention CSPICE documents for {@code diags2}/{@code saelgv}.
 */
final class EllipseAxes {
  private EllipseAxes() {}

  /** {@code [semiMajor, semiMinor]}. */
  static Vector3[] semiAxes(Vector3 v1, Vector3 v2) {
    double[] k = coefficients(v1, v2);
    return new Vector3[] {Aberration.lincom(k[0], v1, k[1], v2), Aberration.lincom(k[2], v1, k[3], v2)};
  }

  /**
   * {@code [p, q, r, s]} with semi-major axis {@code p v1 + q v2} and semi-minor axis {@code r v1 + s v2};
   * zeros when both vectors are zero.
   */
  static double[] coefficients(Vector3 v1, Vector3 v2) {
    double scale = Math.max(VectorMath.vnorm(v1), VectorMath.vnorm(v2));
    if (scale == 0.0) return new double[4];
    Vector3 u1 = VectorMath.vscl(1.0 / scale, v1);
    Vector3 u2 = VectorMath.vscl(1.0 / scale, v2);
    double a = VectorMath.vdot(u1, u1);
    double b = VectorMath.vdot(u1, u2);
    double c = VectorMath.vdot(u2, u2);
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
}
