package io.github.spice4j;

/**
 * Factoring rotations into Euler angles and back (m2eul, eul2m, xf2eul, eul2xf). With 0-based axes i (left),
 * j (middle), k (right) of R = [a]_i [b]_j [c]_k, the middle angle comes from row i and the outer ones from
 * ratios of the elements that carry sin(b) (i == k) or cos(b) (i, j, k distinct) as a common factor.
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

  static double[] compose(double a, double b, double c, int axis3, int axis2, int axis1) {
    return Rotations.multiply(Rotations.frame(a, axis3), Rotations.multiply(Rotations.frame(b, axis2),
        Rotations.frame(c, axis1)));
  }

  /** Angles and whether the factorization was degenerate (gimbal lock, angle3 then set to 0). */
  private record Factored(EulerAngles angles, boolean degenerate) {}

  static EulerAngles factor(String routine, double[] m, int axis3, int axis2, int axis1) {
    return factorDetailed(routine, m, axis3, axis2, axis1).angles();
  }

  private static Factored factorDetailed(String routine, double[] m, int axis3, int axis2, int axis1) {
    checkAxes(routine, axis3, axis2, axis1, true);
    Rotations.requireRotation(routine, m);
    int i = axis3 - 1;
    int j = axis2 - 1;
    int k = axis1 - 1;
    double sgn = j == (i + 1) % 3 ? 1.0 : -1.0;
    double a;
    double b;
    double c;
    boolean degenerate;
    if (i == k) {
      int o = 3 - i - j;
      double mij = m[3 * i + j];
      double mio = m[3 * i + o];
      b = StrictMath.atan2(Math.sqrt(mij * mij + mio * mio), m[3 * i + i]);
      degenerate = mij == 0.0 && mio == 0.0;
      c = degenerate ? 0.0 : StrictMath.atan2(mij, -sgn * mio);
      a = degenerate ? 0.0 : StrictMath.atan2(m[3 * j + i], sgn * m[3 * o + i]);
    } else {
      double mii = m[3 * i + i];
      double mij = m[3 * i + j];
      b = StrictMath.atan2(-sgn * m[3 * i + k], Math.sqrt(mii * mii + mij * mij));
      degenerate = mii == 0.0 && mij == 0.0;
      c = degenerate ? 0.0 : StrictMath.atan2(sgn * mij, mii);
      a = degenerate ? 0.0 : StrictMath.atan2(sgn * m[3 * j + k], m[3 * k + k]);
    }
    if (degenerate) {
      // As CSPICE documents, angle3 is then 0: m = [b]_j [c]_k, so [b]_j^T m is the frame rotation [c]_k.
      double[] n = Rotations.multiply(Rotations.transpose(Rotations.frame(b, axis2)), m);
      int k1 = (k + 1) % 3;
      int k2 = (k + 2) % 3;
      c = StrictMath.atan2(n[3 * k1 + k2], n[3 * k1 + k1]);
    }
    return new Factored(new EulerAngles(a, b, c, axis3, axis2, axis1), degenerate);
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
    Factored f = factorDetailed("xf2eul", r, axisa, axisb, axisc);
    EulerAngles angles = f.angles();
    // -dR R^T is the cross-product matrix of the angular velocity w.
    double[] w = Rotations.multiply(dr, Rotations.transpose(r));
    Vector3 omega = new Vector3(0.5 * (w[5] - w[7]), 0.5 * (w[6] - w[2]), 0.5 * (w[1] - w[3]));
    Vector3[] c = rateAxes(angles.angle3(), angles.angle2(), axisa, axisb, axisc);
    if (f.degenerate()) {
      // angle3 was set to 0, and so is its rate; c2 and c3 are then orthogonal unit vectors.
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
    checkAxes("eul2xf", ang.axis3(), ang.axis2(), ang.axis1(), true);
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
