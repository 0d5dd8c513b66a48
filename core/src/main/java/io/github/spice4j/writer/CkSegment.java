package io.github.spice4j.writer;

import java.util.Arrays;

/**
 * CK types 1 (discrete pointing) and 3 (pointing linearly interpolated within intervals), per NAIF's CK
 * Required Reading. Both start with the pointing records (a SPICE quaternion, then the angular velocity
 * when present), the encoded SCLK times and their directory: for type 1 the midpoints after every 100th
 * time, for type 3 every 100th time. Type 1 ends with the record count; type 3 adds the interpolation
 * interval start times and their directory, then the interval count and the record count.
 */
final class CkSegment {
  private CkSegment() {}

  static double[] type1(String routine, double begtim, double endtim, double[] sclkdp, double[] quats,
      double[] avvs) {
    double[] records = records(routine, begtim, endtim, sclkdp, quats, avvs);
    return Segments.join(new double[][] {records, sclkdp, Segments.midpointDirectory(sclkdp)}, sclkdp.length);
  }

  static double[] type3(String routine, double begtim, double endtim, double[] sclkdp, double[] quats,
      double[] avvs, double[] starts) {
    double[] records = records(routine, begtim, endtim, sclkdp, quats, avvs);
    Segments.finite(routine, "starts", starts);
    if (starts.length == 0) throw Segments.error(routine, "INVALIDNUMINT", "starts holds no interpolation interval.");
    Segments.increasing(routine, "starts", starts);
    for (int i = 0; i < starts.length; i++) {
      if (Arrays.binarySearch(sclkdp, starts[i]) < 0) {
        throw Segments.error(routine, "INVALIDSTARTTIME", "Interval start starts[" + i + "] = " + starts[i]
            + " is not one of the pointing times in sclkdp.");
      }
    }
    if (starts[0] != sclkdp[0]) {
      throw Segments.error(routine, "TIMESDONTMATCH", "The first interval start " + starts[0]
          + " must be the first pointing time " + sclkdp[0] + ".");
    }
    return Segments.join(new double[][] {records, sclkdp, Segments.directory(sclkdp), starts,
      Segments.directory(starts)}, starts.length, sclkdp.length);
  }

  /**
   * Checks the shared inputs and interleaves quaternions and angular velocities into records. A
   * quaternion of any non-zero length stands for the rotation of its unit quaternion, which is stored.
   */
  private static double[] records(String routine, double begtim, double endtim, double[] sclkdp, double[] quats,
      double[] avvs) {
    Segments.finite(routine, "sclkdp", sclkdp);
    int n = sclkdp.length;
    Segments.count(routine, "quats", quats, 4, n);
    Segments.finite(routine, "quats", quats);
    if (avvs != null) {
      Segments.count(routine, "avvs", avvs, 3, n);
      Segments.finite(routine, "avvs", avvs);
    }
    Segments.finite(routine, "begtim", begtim);
    Segments.finite(routine, "endtim", endtim);
    if (n == 0) throw Segments.error(routine, "INVALIDNUMREC", "sclkdp holds no pointing record.");
    if (sclkdp[0] < 0) {
      throw Segments.error(routine, "INVALIDSCLKTIME", "The first encoded SCLK time " + sclkdp[0]
          + " is negative.");
    }
    Segments.increasing(routine, "sclkdp", sclkdp);
    if (begtim > sclkdp[0] || endtim < sclkdp[n - 1]) {
      throw Segments.error(routine, "INVALIDDESCRTIME", "The segment bounds " + begtim + " .. " + endtim
          + " must contain the pointing times " + sclkdp[0] + " .. " + sclkdp[n - 1] + ".");
    }
    int size = avvs == null ? 4 : 7;
    double[] out = new double[n * size];
    for (int i = 0; i < n; i++) {
      double norm = Math.sqrt(quats[4 * i] * quats[4 * i] + quats[4 * i + 1] * quats[4 * i + 1]
          + quats[4 * i + 2] * quats[4 * i + 2] + quats[4 * i + 3] * quats[4 * i + 3]);
      if (norm == 0) throw Segments.error(routine, "ZEROQUATERNION", "Quaternion " + i + " has length zero.");
      for (int k = 0; k < 4; k++) out[i * size + k] = quats[4 * i + k] / norm;
      if (avvs != null) System.arraycopy(avvs, 3 * i, out, i * size + 4, 3);
    }
    return out;
  }
}
