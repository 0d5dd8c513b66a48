package io.github.spice4j;

/**
 * Small helpers on CSPICE-shaped arrays: states {@code double[6]} = {@code [x, y, z, vx, vy, vz]} and
 * 6x6 state transformations stored row-major, as used by the constant-state and station computations.
 */
final class StateMath {
  private StateMath() {}

  static double[] add(double[] a, double[] b) {
    double[] r = new double[a.length];
    for (int i = 0; i < a.length; i++) r[i] = a[i] + b[i];
    return r;
  }

  static double[] sub(double[] a, double[] b) {
    double[] r = new double[a.length];
    for (int i = 0; i < a.length; i++) r[i] = a[i] - b[i];
    return r;
  }

  /** {@code m * v} for a row-major n x n matrix, summing each row left to right. */
  static double[] apply(double[] m, double[] v) {
    int n = v.length;
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 0.0;
      for (int j = 0; j < n; j++) s += m[n * i + j] * v[j];
      r[i] = s;
    }
    return r;
  }

  static double dot3(double[] a, int ia, double[] b, int ib) {
    return a[ia] * b[ib] + a[ia + 1] * b[ib + 1] + a[ia + 2] * b[ib + 2];
  }

  static double norm3(double[] a, int ia) {
    return VectorMath.vnorm(new Vector3(a[ia], a[ia + 1], a[ia + 2]));
  }

  static StateVector toState(double[] s, double lt) {
    return StateVector.of(s, lt);
  }
}
