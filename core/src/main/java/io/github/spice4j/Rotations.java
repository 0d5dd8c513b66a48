package io.github.spice4j;

/**
 * Rotation-matrix algebra behind {@link Matrix3}, {@link Quaternion} and {@link EulerAngles}, on row-major
 * {@code double[9]}. Frame rotations follow CSPICE's {@code rotate_c}: {@code frame(angle, axis)} maps
 * vectors into a frame turned by {@code angle} about {@code axis}.
 */
final class Rotations {
  /**
   * Column-norm and determinant slack of the NOTAROTATION checks (m2q, m2eul, xf2eul): rejects matrices that
   * are clearly not rotations while accepting rotations carrying rounding or small modelling error.
   */
  static final double ROTATION_TOLERANCE = 0.1;

  private Rotations() {}

  /** 1-based axis (any integer, taken modulo 3 as rotate_c does) to 0-based 0..2. */
  static int axisIndex(int axis) {
    return Math.floorMod(axis - 1, 3);
  }

  /** rotate_c. */
  static double[] frame(double angle, int axis) {
    double s = StrictMath.sin(angle);
    double c = StrictMath.cos(angle);
    int i = axisIndex(axis);
    int i1 = (i + 1) % 3;
    int i2 = (i + 2) % 3;
    double[] m = new double[9];
    m[3 * i + i] = 1.0;
    m[3 * i1 + i1] = c;
    m[3 * i1 + i2] = s;
    m[3 * i2 + i1] = -s;
    m[3 * i2 + i2] = c;
    return m;
  }

  /** rotmat_c: frame(angle, axis) * m, touching only the two rows that change. */
  static double[] rotateFrame(double[] m, double angle, int axis) {
    double s = StrictMath.sin(angle);
    double c = StrictMath.cos(angle);
    int i = axisIndex(axis);
    int i1 = (i + 1) % 3;
    int i2 = (i + 2) % 3;
    double[] out = new double[9];
    for (int j = 0; j < 3; j++) {
      out[3 * i + j] = m[3 * i + j];
      out[3 * i1 + j] = c * m[3 * i1 + j] + s * m[3 * i2 + j];
      out[3 * i2 + j] = -s * m[3 * i1 + j] + c * m[3 * i2 + j];
    }
    return out;
  }

  /**
   * axisar_c: rotation of vectors by angle about axis (right-handed), column j being basis vector j rotated:
   * its part along the unit axis stays, the perpendicular part turns by angle in the plane.
   */
  static double[] axisAngle(Vector3 axis, double angle) {
    if (axis.isZero()) return new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1};
    Vector3 u = axis.unit();
    double s = StrictMath.sin(angle);
    double c = StrictMath.cos(angle);
    double[] m = new double[9];
    Vector3[] basis = {new Vector3(1, 0, 0), new Vector3(0, 1, 0), new Vector3(0, 0, 1)};
    for (int j = 0; j < 3; j++) {
      Vector3 e = basis[j];
      Vector3 along = u.scale(u.dot(e));
      Vector3 perp = e.subtract(along);
      Vector3 rotated = along.add(perp.scale(c)).add(u.cross(perp).scale(s));
      m[j] = rotated.x();
      m[3 + j] = rotated.y();
      m[6 + j] = rotated.z();
    }
    return m;
  }

  static double[] multiply(double[] a, double[] b) {
    double[] out = new double[9];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        out[3 * i + j] = a[3 * i] * b[j] + a[3 * i + 1] * b[3 + j] + a[3 * i + 2] * b[6 + j];
      }
    }
    return out;
  }

  static double[] transpose(double[] a) {
    return new double[] {a[0], a[3], a[6], a[1], a[4], a[7], a[2], a[5], a[8]};
  }

  static Vector3 column(double[] m, int j) {
    return new Vector3(m[j], m[3 + j], m[6 + j]);
  }

  static double determinant(double[] m) {
    return m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6])
        + m[2] * (m[3] * m[7] - m[4] * m[6]);
  }

  /** isrot_c: columns of unit length within ntol and determinant within dtol of 1, after unitizing columns. */
  static boolean isRotation(double[] m, double ntol, double dtol) {
    double[] unitized = new double[9];
    for (int j = 0; j < 3; j++) {
      Vector3 col = column(m, j);
      double n = col.norm();
      if (!(Math.abs(n - 1.0) <= ntol) || n == 0.0) return false;
      Vector3 u = col.unit();
      unitized[j] = u.x();
      unitized[3 + j] = u.y();
      unitized[6 + j] = u.z();
    }
    return Math.abs(determinant(unitized) - 1.0) <= dtol;
  }

  static void requireRotation(String routine, double[] m) {
    if (!isRotation(m, ROTATION_TOLERANCE, ROTATION_TOLERANCE)) {
      throw MathErrors.error(routine, "NOTAROTATION", "Input matrix was not a rotation.");
    }
  }

  /** invort_c: inverse of a matrix with orthogonal, non-zero columns: row j is column j over its squared norm. */
  static double[] invertOrthogonal(double[] m) {
    double[] out = new double[9];
    for (int j = 0; j < 3; j++) {
      Vector3 col = column(m, j);
      double n = col.norm();
      if (n == 0.0) {
        throw MathErrors.error("invort", "ZEROLENGTHCOLUMN",
            "Column " + (j + 1) + " of the input matrix has a norm of zero.");
      }
      if (n < 1.0 / Double.MAX_VALUE) {
        throw MathErrors.error("invort", "COLUMNTOOSMALL", "Column " + (j + 1) + " of the input matrix has norm " + n
            + ", too small for its reciprocal to be a finite double.");
      }
      Vector3 row = col.unit().scale(1.0 / n);
      out[3 * j] = row.x();
      out[3 * j + 1] = row.y();
      out[3 * j + 2] = row.z();
    }
    return out;
  }

  /**
   * twovec_c: the rotation whose row {@code indexa} is the unit {@code axdef} and whose row {@code indexp}
   * lies in the plane of {@code axdef} and {@code plndef}, on {@code plndef}'s side; the third row completes
   * a right-handed frame.
   */
  static double[] twoVectors(Vector3 axdef, int indexa, Vector3 plndef, int indexp) {
    if (indexa < 1 || indexa > 3 || indexp < 1 || indexp > 3) {
      throw MathErrors.error("twovec", "BADINDEX",
          "The axis indices must be 1, 2 or 3; they were " + indexa + " and " + indexp + ".");
    }
    if (indexa == indexp) {
      throw MathErrors.error("twovec", "UNDEFINEDFRAME",
          "The axis indices are both " + indexa + "; they must differ.");
    }
    // Tested on the scaled cross product, so tiny or huge but independent vectors are accepted.
    if (VectorMath.isZero(VectorMath.ucrss(axdef, plndef))) {
      throw MathErrors.error("twovec", "DEPENDENTVECTORS",
          "The vectors " + axdef + " and " + plndef + " are linearly dependent (or zero).");
    }
    int a = indexa - 1;
    int p = indexp - 1;
    int third = 3 - a - p;
    Vector3 rowA = VectorMath.vhat(axdef);
    Vector3 rowThird;
    Vector3 rowP;
    if (p == (a + 1) % 3) {
      rowThird = VectorMath.ucrss(rowA, plndef);
      rowP = VectorMath.ucrss(rowThird, rowA);
    } else {
      rowThird = VectorMath.ucrss(plndef, rowA);
      rowP = VectorMath.ucrss(rowA, rowThird);
    }
    double[] m = new double[9];
    setRow(m, a, rowA);
    setRow(m, p, rowP);
    setRow(m, third, rowThird);
    return m;
  }

  static void setRow(double[] m, int i, Vector3 v) {
    m[3 * i] = v.x();
    m[3 * i + 1] = v.y();
    m[3 * i + 2] = v.z();
  }
}
