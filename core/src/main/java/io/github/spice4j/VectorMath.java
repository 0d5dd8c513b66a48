package io.github.spice4j;

/**
 * CSPICE's vector and matrix routines re-done in Java with the same IEEE operations in the same order,
 * so results are bit-for-bit those of the engine (CoordsTest and PureMathBitIdentityTest check this against
 * the JNI path) without a native call. +, -, *, / and sqrt are exactly rounded in both Java and the engine.
 */
final class VectorMath {
  private VectorMath() {}

  /** vadd_c. */
  static Vector3 vadd(Vector3 a, Vector3 b) {
    return new Vector3(a.x() + b.x(), a.y() + b.y(), a.z() + b.z());
  }

  /** vsub_c. */
  static Vector3 vsub(Vector3 a, Vector3 b) {
    return new Vector3(a.x() - b.x(), a.y() - b.y(), a.z() - b.z());
  }

  /** vminus_c. */
  static Vector3 vminus(Vector3 v) {
    return new Vector3(-v.x(), -v.y(), -v.z());
  }

  /** vscl_c. */
  static Vector3 vscl(double s, Vector3 v) {
    return new Vector3(s * v.x(), s * v.y(), s * v.z());
  }

  /** vdot_c: summed left to right. */
  static double vdot(Vector3 a, Vector3 b) {
    return a.x() * b.x() + a.y() * b.y() + a.z() * b.z();
  }

  /** vcrss_c. */
  static Vector3 vcrss(Vector3 a, Vector3 b) {
    return new Vector3(
        a.y() * b.z() - a.z() * b.y(),
        a.z() * b.x() - a.x() * b.z(),
        a.x() * b.y() - a.y() * b.x());
  }

  /** CSPICE's MaxAbs macro: |a| when |a| >= |b|, else |b| (so a NaN in a yields |b|). */
  private static double maxAbs(double a, double b) {
    return Math.abs(a) >= Math.abs(b) ? Math.abs(a) : Math.abs(b);
  }

  /** vnorm_c: scaled by the largest component so squaring neither overflows nor underflows. */
  static double vnorm(Vector3 v) {
    double vmax = maxAbs(v.x(), maxAbs(v.y(), v.z()));
    if (vmax == 0.0) return 0.0;
    double t0 = v.x() / vmax;
    double t1 = v.y() / vmax;
    double t2 = v.z() / vmax;
    return vmax * Math.sqrt(t0 * t0 + t1 * t1 + t2 * t2);
  }

  /** vhat_c: the zero vector unless the norm is positive (so also for a NaN norm). */
  static Vector3 vhat(Vector3 v) {
    double vmag = vnorm(v);
    if (vmag > 0.0) return new Vector3(v.x() / vmag, v.y() / vmag, v.z() / vmag);
    return new Vector3(0.0, 0.0, 0.0);
  }

  /**
   * ucrss_c: the unit vector along a x b, the inputs first divided by their norms so the product neither
   * overflows nor underflows; the zero vector when they are parallel or one is zero.
   */
  static Vector3 ucrss(Vector3 a, Vector3 b) {
    return vhat(vcrss(scaledToUnit(a), scaledToUnit(b)));
  }

  private static Vector3 scaledToUnit(Vector3 a) {
    double n = vnorm(a);
    return n == 0.0 ? a : vscl(1.0 / n, a);
  }

  /** mxv_c: row i of m times v. */
  static Vector3 mxv(Matrix3 m, Vector3 v) {
    double[] a = m.toRowMajor();
    return new Vector3(
        a[0] * v.x() + a[1] * v.y() + a[2] * v.z(),
        a[3] * v.x() + a[4] * v.y() + a[5] * v.z(),
        a[6] * v.x() + a[7] * v.y() + a[8] * v.z());
  }

  /** mtxv_c: column i of m times v. */
  static Vector3 mtxv(Matrix3 m, Vector3 v) {
    double[] a = m.toRowMajor();
    return new Vector3(
        a[0] * v.x() + a[3] * v.y() + a[6] * v.z(),
        a[1] * v.x() + a[4] * v.y() + a[7] * v.z(),
        a[2] * v.x() + a[5] * v.y() + a[8] * v.z());
  }

  /** mxm_c: out[i][j] = sum over k of m1[i][k] * m2[k][j], k ascending. */
  static Matrix3 mxm(Matrix3 m1, Matrix3 m2) {
    double[] a = m1.toRowMajor();
    double[] b = m2.toRowMajor();
    double[] out = new double[9];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        out[3 * i + j] = a[3 * i] * b[j] + a[3 * i + 1] * b[3 + j] + a[3 * i + 2] * b[6 + j];
      }
    }
    return Matrix3.wrap(out);
  }

  /**
   * vsep_c: the angle between two vectors, from the chord between their unit vectors (2 asin(|u1 - u2|/2)
   * when acute, pi minus that for u2 negated when obtuse), which stays accurate near 0 and pi; 0 when
   * either vector is zero.
   */
  static double vsep(Vector3 v1, Vector3 v2) {
    Vector3 u1 = vhat(v1);
    Vector3 u2 = vhat(v2);
    if (isZero(u1) || isZero(u2)) return 0.0;
    if (vdot(u1, u2) > 0) return 2.0 * StrictMath.asin(0.5 * vnorm(vsub(u1, u2)));
    if (vdot(u1, u2) < 0) return Math.PI - 2.0 * StrictMath.asin(0.5 * vnorm(vadd(u1, u2)));
    return Math.PI / 2;
  }

  /** vsepg_c: {@link #vsep} for n-vectors. */
  static double vsepg(double[] v1, double[] v2) {
    double n1 = vnormg(v1);
    double n2 = vnormg(v2);
    if (n1 == 0.0 || n2 == 0.0) return 0.0;
    int n = v1.length;
    double dot = 0.0;
    double[] diff = new double[n];
    double[] sum = new double[n];
    for (int i = 0; i < n; i++) {
      double a = v1[i] / n1;
      double b = v2[i] / n2;
      dot += a * b;
      diff[i] = a - b;
      sum[i] = a + b;
    }
    if (dot > 0) return 2.0 * StrictMath.asin(0.5 * vnormg(diff));
    if (dot < 0) return Math.PI - 2.0 * StrictMath.asin(0.5 * vnormg(sum));
    return Math.PI / 2;
  }

  /** vnormg_c: scaled by the largest component like {@link #vnorm}. */
  static double vnormg(double[] v) {
    double vmax = 0.0;
    for (double x : v) vmax = Math.max(vmax, Math.abs(x));
    if (vmax == 0.0) return 0.0;
    double sum = 0.0;
    for (double x : v) sum += (x / vmax) * (x / vmax);
    return vmax * Math.sqrt(sum);
  }

  static boolean isZero(Vector3 v) {
    return v.x() == 0.0 && v.y() == 0.0 && v.z() == 0.0;
  }
}
