package io.github.spice4j.gf;

import java.util.Arrays;

/**
 * Window arithmetic on flat {@code [left0, right0, left1, right1, ...]} arrays of ET (CSPICE's SPICE
 * windows, https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/req/windows.html).
 */
public final class Windows {
  private Windows() {}

  /**
   * Sorts intervals by their left endpoint and merges overlapping or touching ones, as CSPICE's
   * {@code wninsd_c} does when inserting them one by one.
   *
   * @param flat {@code double[2n]} intervals in any order
   * @return the normalized window
   */
  public static double[] normalize(double[] flat) {
    int n = flat.length / 2;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    Arrays.sort(order, (x, y) -> Double.compare(flat[2 * x], flat[2 * y]));
    double[] out = new double[2 * n];
    int k = 0;
    for (int idx : order) {
      double l = flat[2 * idx], r = flat[2 * idx + 1];
      if (k > 0 && l <= out[k - 1]) {
        out[k - 1] = Math.max(out[k - 1], r);
      } else {
        out[k++] = l;
        out[k++] = r;
      }
    }
    return Arrays.copyOf(out, k);
  }

  /**
   * The intersection of two normalized windows (CSPICE {@code wnintd_c}).
   *
   * @param a a normalized window
   * @param b a normalized window
   * @return their intersection, normalized
   */
  public static double[] intersect(double[] a, double[] b) {
    double[] out = new double[a.length + b.length];
    int k = 0, i = 0, j = 0;
    while (i < a.length && j < b.length) {
      double l = Math.max(a[i], b[j]), r = Math.min(a[i + 1], b[j + 1]);
      if (l <= r) {
        out[k++] = l;
        out[k++] = r;
      }
      if (a[i + 1] < b[j + 1]) i += 2;
      else j += 2;
    }
    return normalize(Arrays.copyOf(out, k));
  }

  /**
   * The total length of a window (CSPICE {@code wnsumd_c}'s measure).
   *
   * @param w a window
   * @return the sum of its interval lengths, seconds
   */
  public static double measure(double[] w) {
    double m = 0;
    for (int i = 0; i < w.length; i += 2) m += w[i + 1] - w[i];
    return m;
  }
}
