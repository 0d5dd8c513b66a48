package io.github.spice4j;

/**
 * Factoring rotations into Euler angles and back (m2eul, eul2m, xf2eul, eul2xf), R = [a]_axis3 [b]_axis2
 * [c]_axis1 with CSPICE's frame-rotation matrices.
 */
final class EulerMath {
  private EulerMath() {}

  static void checkAxes(String routine, int axis3, int axis2, int axis1, boolean middleDistinct) {
    boolean inRange = axis3 >= 1 && axis3 <= 3 && axis2 >= 1 && axis2 <= 3 && axis1 >= 1 && axis1 <= 3;
    if (!inRange || (middleDistinct && (axis2 == axis3 || axis2 == axis1))) {
      throw MathErrors.error(routine, "BADAXISNUMBERS", "The axis sequence " + axis3 + "-" + axis2 + "-" + axis1
          + " is not valid" + (middleDistinct ? ": axes are 1..3 and the middle one differs from its neighbours." : "."));
    }
  }

  /** eul2m_c: the rightmost rotation, then the middle and left ones applied to its rows (rotmat_c). */
  static double[] compose(double a, double b, double c, int axis3, int axis2, int axis1) {
    return Rotations.rotateFrame(Rotations.rotateFrame(Rotations.frame(c, axis1), b, axis2), a, axis3);
  }

  /**
   * Factors m as NAIF's ROTATION required reading describes: with unitized columns, change the basis so that an
   * a-b-a sequence becomes 3-1-3 and a c-b-a one 3-2-1 (the third basis vector negated when the axes are
   * left-handed), then read the middle angle from one element (acos, resp. asin) and the outer ones from atan2
   * of element pairs. Gimbal lock is declared, as CSPICE does, when any of three mathematically equivalent
   * conditions holds (two zero elements in the middle angle's row or column, or that element exactly +-1).
   */
  static EulerAngles factor(String routine, double[] m, int axis3, int axis2, int axis1) {
    checkAxes(routine, axis3, axis2, axis1, true);
    Rotations.requireRotation(routine, m);
    double[] u = unitizeColumns(m);
    int i = axis3 - 1;
    int j = axis2 - 1;
    double sign = j == (i + 1) % 3 ? 1.0 : -1.0;
    double[] change = new double[9];
    double a;
    double b;
    double c;
    boolean degenerate;
    if (axis3 == axis1) {
      int o = 3 - i - j;
      change[3 * j] = 1.0;
      change[3 * o + 1] = sign;
      change[3 * i + 2] = 1.0;
      double[] t = similar(u, change);
      degenerate = (t[2] == 0.0 && t[5] == 0.0) || (t[6] == 0.0 && t[7] == 0.0) || Math.abs(t[8]) == 1.0;
      b = StrictMath.acos(t[8]);
      a = degenerate ? 0.0 : StrictMath.atan2(t[2], t[5]);
      c = degenerate ? StrictMath.atan2(t[1], t[0]) : StrictMath.atan2(t[6], -t[7]);
    } else {
      int k = axis1 - 1;
      change[3 * i] = 1.0;
      change[3 * j + 1] = 1.0;
      change[3 * k + 2] = sign;
      double[] t = similar(u, change);
      degenerate = (t[0] == 0.0 && t[1] == 0.0) || (t[5] == 0.0 && t[8] == 0.0) || Math.abs(t[2]) == 1.0;
      b = StrictMath.asin(-t[2]);
      a = degenerate ? 0.0 : StrictMath.atan2(t[5], t[8]);
      c = sign * (degenerate ? StrictMath.atan2(-t[3], t[4]) : StrictMath.atan2(t[1], t[0]));
    }
    return new EulerAngles(a, b, c, axis3, axis2, axis1);
  }

  /** m with each column divided by its norm (vhat_c), so slightly non-unit rotations factor like unit ones. */
  private static double[] unitizeColumns(double[] m) {
    double[] u = new double[9];
    for (int col = 0; col < 3; col++) {
      Vector3 v = VectorMath.vhat(Rotations.column(m, col));
      u[col] = v.x();
      u[3 + col] = v.y();
      u[6 + col] = v.z();
    }
    return u;
  }

  /** change^T m change, row-major, each element summed over k ascending like mxm_c / mtxm_c. */
  private static double[] similar(double[] m, double[] change) {
    double[] mc = new double[9];
    double[] out = new double[9];
    for (int r = 0; r < 3; r++) {
      for (int q = 0; q < 3; q++) {
        mc[3 * r + q] = m[3 * r] * change[q] + m[3 * r + 1] * change[3 + q] + m[3 * r + 2] * change[6 + q];
      }
    }
    for (int r = 0; r < 3; r++) {
      for (int q = 0; q < 3; q++) {
        out[3 * r + q] = change[r] * mc[q] + change[3 + r] * mc[3 + q] + change[6 + r] * mc[6 + q];
      }
    }
    return out;
  }

  /**
   * The columns c1 = e_a, c2 = [a]_a e_b, c3 = [a]_a [b]_b e_c such that dR/dt = -[w x] R with
   * w = rate_a c1 + rate_b c2 + rate_c c3.
   */
  private static Vector3[] rateAxes(double a, double b, int axisa, int axisb, int axisc) {
    double[] ra = Rotations.frame(a, axisa);
    double[] rab = Rotations.multiply(ra, Rotations.frame(b, axisb));
    return new Vector3[] {unitAxis(axisa), Rotations.column(ra, axisb - 1), Rotations.column(rab, axisc - 1)};
  }

  private static Vector3 unitAxis(int axis) {
    return new Vector3(axis == 1 ? 1 : 0, axis == 2 ? 1 : 0, axis == 3 ? 1 : 0);
  }

  static EulerAngleRates factorState(double[] xform, int axisa, int axisb, int axisc) {
    double[] r = block(xform, 0);
    double[] dr = block(xform, 18);
    EulerAngles angles = factor("xf2eul", r, axisa, axisb, axisc);
    // xf2eul_c's uniqueness test: the rates are determined unless the middle angle's cosine (a-b-a) or sine
    // (c-b-a) evaluates to exactly +-1, whatever m2eul's own gimbal-lock test said.
    double lockTerm = axisa == axisc ? StrictMath.cos(angles.angle2()) : StrictMath.sin(angles.angle2());
    double otherTerm = axisa == axisc ? StrictMath.sin(angles.angle2()) : StrictMath.cos(angles.angle2());
    boolean degenerate = Math.abs(lockTerm) == 1.0 || otherTerm == 0.0;
    // -dR R^T is the cross-product matrix of the angular velocity w.
    double[] w = Rotations.multiply(dr, Rotations.transpose(r));
    Vector3 omega = new Vector3(0.5 * (w[5] - w[7]), 0.5 * (w[6] - w[2]), 0.5 * (w[1] - w[3]));
    Vector3[] c = rateAxes(angles.angle3(), angles.angle2(), axisa, axisb, axisc);
    if (degenerate) {
      // The rate of angle3 is set to 0; c2 and c3 are then orthogonal unit vectors.
      return new EulerAngleRates(angles, 0.0, omega.dot(c[1]), omega.dot(c[2]), false);
    }
    double det = c[0].dot(c[1].cross(c[2]));
    double rateA = omega.dot(c[1].cross(c[2])) / det;
    double rateB = c[0].dot(omega.cross(c[2])) / det;
    double rateC = c[0].dot(c[1].cross(omega)) / det;
    return new EulerAngleRates(angles, rateA, rateB, rateC, true);
  }

  static double[] composeState(EulerAngleRates e) {
    EulerAngles ang = e.angles();
    // eul2xf_c accepts a middle axis equal to a neighbour (that rotation merges into it); the rate-axes sum below
    // holds for any axis sequence.
    checkAxes("eul2xf", ang.axis3(), ang.axis2(), ang.axis1(), false);
    double[] r = compose(ang.angle3(), ang.angle2(), ang.angle1(), ang.axis3(), ang.axis2(), ang.axis1());
    Vector3[] c = rateAxes(ang.angle3(), ang.angle2(), ang.axis3(), ang.axis2(), ang.axis1());
    Vector3 w = c[0].scale(e.rate3()).add(c[1].scale(e.rate2())).add(c[2].scale(e.rate1()));
    double[] negCross = {0, w.z(), -w.y(), -w.z(), 0, w.x(), w.y(), -w.x(), 0};
    double[] dr = Rotations.multiply(negCross, r);
    double[] x = new double[36];
    for (int row = 0; row < 3; row++) {
      for (int col = 0; col < 3; col++) {
        x[6 * row + col] = r[3 * row + col];
        x[6 * (row + 3) + col + 3] = r[3 * row + col];
        x[6 * (row + 3) + col] = dr[3 * row + col];
      }
    }
    return x;
  }

  /** The 3x3 block of a row-major 6x6 starting at flat index {@code start} (0 = upper left, 18 = lower left). */
  private static double[] block(double[] x, int start) {
    double[] b = new double[9];
    for (int row = 0; row < 3; row++) {
      for (int col = 0; col < 3; col++) b[3 * row + col] = x[start + 6 * row + col];
    }
    return b;
  }
}
