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
    double[] squares4 = {tr + 1.0, (1.0 - tr) + m[0] * 2.0, (1.0 - tr) + m[4] * 2.0, (1.0 - tr) + m[8] * 2.0};
    // products4[a][b] = 4 q_a q_b for a != b, from the off-diagonal differences (with q0) and sums.
    double d01 = m[7] - m[5];
    double d02 = m[2] - m[6];
    double d03 = m[3] - m[1];
    double p12 = m[1] + m[3];
    double p13 = m[2] + m[6];
    double p23 = m[5] + m[7];
    double[][] products4 = {{0, d01, d02, d03}, {d01, 0, p12, p13}, {d02, p12, 0, p23}, {d03, p13, p23, 0}};
    int pivot = squares4[0] >= 1.0 ? 0 : squares4[1] >= 1.0 ? 1 : squares4[2] >= 1.0 ? 2 : 3;
    double[] q = new double[4];
    q[pivot] = Math.sqrt(squares4[pivot] * 0.25);
    double k = 1.0 / (q[pivot] * 4.0);
    for (int o = 0; o < 4; o++) {
      if (o != pivot) q[o] = products4[pivot][o] * k;
    }
    // A matrix within the rotation tolerance but not orthonormal gives a non-unit result: scale it to unit length.
    double l2 = q[0] * q[0] + q[1] * q[1] + q[2] * q[2] + q[3] * q[3];
    double scale = l2 == 1.0 ? 1.0 : 1.0 / Math.sqrt(l2);
    // The scalar part is made positive; at exactly 0 (half turns) the whole quaternion is negated, as in CSPICE.
    double s = q[0] * scale > 0.0 ? scale : -scale;
    return new Quaternion(s * q[0], s * q[1], s * q[2], s * q[3]);
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
