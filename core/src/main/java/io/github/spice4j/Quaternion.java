package io.github.spice4j;

/**
 * A rotation as a SPICE-convention unit quaternion {@code q = (cos(theta/2), sin(theta/2) n)}, where the
 * matrix it stands for rotates vectors by {@code theta} radians, right-handed, about the unit axis {@code n}
 * (CSPICE's quaternion convention, see NAIF's
 * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/req/rotation.html">Rotation required reading</a>;
 * engineering "JPL/Shuster" quaternions have the opposite sign of the vector part).
 *
 * @param q0 scalar part
 * @param q1 vector part, x
 * @param q2 vector part, y
 * @param q3 vector part, z
 */
public record Quaternion(double q0, double q1, double q2, double q3) {
  /**
   * The quaternion of a rotation matrix (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/m2q_c.html">m2q_c</a>), with a
   * non-negative scalar part; for a half turn (scalar part 0) the sign CSPICE returns, e.g. {@code (0, -1, 0, 0)}
   * for {@code diag(1, -1, -1)}.
   *
   * @param r a rotation matrix
   * @return its unit quaternion
   * @throws SpiceException {@code SPICE(NOTAROTATION)} when a column's norm is more than 0.1 from 1 or the
   *     determinant is more than 0.1 from 1
   */
  public static Quaternion fromMatrix(Matrix3 r) {
    double[] m = r.toRowMajor();
    Rotations.requireRotation("m2q", m);
    double tr = m[0] + m[4] + m[8];
    // Four times the squares of the components (they sum to 4, so one is at least 1): as m2q_c documents, start
    // from the first of them that reaches 1 and take the others from the off-diagonal sums and differences.
    double c0 = tr + 1.0;
    double c1 = (1.0 - tr) + m[0] * 2.0;
    double c2 = (1.0 - tr) + m[4] * 2.0;
    double c3 = (1.0 - tr) + m[8] * 2.0;
    double q0;
    double q1;
    double q2;
    double q3;
    if (1.0 <= c0) {
      q0 = Math.sqrt(c0 * 0.25);
      double k = 1.0 / (q0 * 4.0);
      q1 = (m[7] - m[5]) * k;
      q2 = (m[2] - m[6]) * k;
      q3 = (m[3] - m[1]) * k;
    } else if (1.0 <= c1) {
      q1 = Math.sqrt(c1 * 0.25);
      double k = 1.0 / (q1 * 4.0);
      q0 = (m[7] - m[5]) * k;
      q2 = (m[1] + m[3]) * k;
      q3 = (m[2] + m[6]) * k;
    } else if (1.0 <= c2) {
      q2 = Math.sqrt(c2 * 0.25);
      double k = 1.0 / (q2 * 4.0);
      q0 = (m[2] - m[6]) * k;
      q1 = (m[1] + m[3]) * k;
      q3 = (m[5] + m[7]) * k;
    } else {
      q3 = Math.sqrt(c3 * 0.25);
      double k = 1.0 / (q3 * 4.0);
      q0 = (m[3] - m[1]) * k;
      q1 = (m[2] + m[6]) * k;
      q2 = (m[5] + m[7]) * k;
    }
    // A matrix within the rotation tolerance but not orthonormal gives a non-unit result: scale it to unit length.
    double l2 = q0 * q0 + q1 * q1 + q2 * q2 + q3 * q3;
    if (l2 != 1.0) {
      double polish = 1.0 / Math.sqrt(l2);
      q0 *= polish;
      q1 *= polish;
      q2 *= polish;
      q3 *= polish;
    }
    // The scalar part is made positive; at exactly 0 (half turns) the whole quaternion is negated, as in CSPICE.
    if (q0 > 0.0) return new Quaternion(q0, q1, q2, q3);
    return new Quaternion(-q0, -q1, -q2, -q3);
  }

  /**
   * The rotation matrix of this quaternion (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/q2m_c.html">q2m_c</a>); a quaternion
   * of any non-zero length stands for the rotation of its unit quaternion, the zero quaternion for the
   * identity (as CSPICE documents).
   *
   * @return the rotation matrix
   */
  public Matrix3 toMatrix() {
    double l2 = q0 * q0 + q1 * q1 + q2 * q2 + q3 * q3;
    if (l2 == 0.0) return Matrix3.wrap(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
    double k = 2.0 / l2;
    return Matrix3.wrap(new double[] {
        1.0 - k * (q2 * q2 + q3 * q3), k * (q1 * q2 - q0 * q3), k * (q1 * q3 + q0 * q2),
        k * (q1 * q2 + q0 * q3), 1.0 - k * (q1 * q1 + q3 * q3), k * (q2 * q3 - q0 * q1),
        k * (q1 * q3 - q0 * q2), k * (q2 * q3 + q0 * q1), 1.0 - k * (q1 * q1 + q2 * q2)});
  }

  /** The components as {@code double[4]} = {@code [q0, q1, q2, q3]}, CSPICE's order. */
  public double[] toArray() {
    return new double[] {q0, q1, q2, q3};
  }
}
