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
  /** How far a quaternion's norm may stray from 1. */
  private static final double UNIT_TOLERANCE = 1e-6;

  private CkSegment() {}

  static double[] type1(String routine, double begtim, double endtim, double[] sclkdp, double[] quats,
      double[] avvs) {
    double[] records = records(routine, begtim, endtim, sclkdp, quats, avvs);
    return Segments.join(new double[][] {records, sclkdp, Segments.midpointDirectory(sclkdp)}, sclkdp.length);
  }

  static double[] type3(String routine, double begtim, double endtim, double[] sclkdp, double[] quats,
      double[] avvs, double[] starts) {
    double[] records = records(routine, begtim, endtim, sclkdp, quats, avvs);
    Segments.increasing(routine, "starts", starts);
    if (starts[0] != sclkdp[0]) {
      throw Segments.bad(routine, "starts[0] = " + starts[0] + " must equal sclkdp[0] = " + sclkdp[0]);
    }
    for (int i = 0; i < starts.length; i++) {
      if (Arrays.binarySearch(sclkdp, starts[i]) < 0) {
        throw Segments.bad(routine, "starts[" + i + "] = " + starts[i] + " is not one of the sclkdp times");
      }
    }
    return Segments.join(new double[][] {records, sclkdp, Segments.directory(sclkdp), starts,
      Segments.directory(starts)}, starts.length, sclkdp.length);
  }

  /** Checks the shared inputs and interleaves quaternions and angular velocities into records. */
  private static double[] records(String routine, double begtim, double endtim, double[] sclkdp, double[] quats,
      double[] avvs) {
    Segments.increasing(routine, "sclkdp", sclkdp);
    int n = sclkdp.length;
    Segments.finite(routine, "begtim", begtim);
    Segments.finite(routine, "endtim", endtim);
    if (begtim < 0) throw Segments.bad(routine, "begtim must not be negative (SCLK ticks), got " + begtim);
    if (begtim > sclkdp[0] || endtim < sclkdp[n - 1]) {
      throw Segments.bad(routine, "the segment bounds " + begtim + " .. " + endtim + " must contain the times "
          + sclkdp[0] + " .. " + sclkdp[n - 1]);
    }
    Segments.count(routine, "quats", quats, 4, n);
    Segments.finite(routine, "quats", quats);
    for (int i = 0; i < n; i++) {
      double norm = Math.sqrt(quats[4 * i] * quats[4 * i] + quats[4 * i + 1] * quats[4 * i + 1]
          + quats[4 * i + 2] * quats[4 * i + 2] + quats[4 * i + 3] * quats[4 * i + 3]);
      if (Math.abs(norm - 1) > UNIT_TOLERANCE) {
        throw Segments.bad(routine, "quaternion " + i + " is not a unit quaternion (norm " + norm + ")");
      }
    }
    int size = avvs == null ? 4 : 7;
    if (avvs != null) {
      Segments.count(routine, "avvs", avvs, 3, n);
      Segments.finite(routine, "avvs", avvs);
    }
    double[] out = new double[n * size];
    for (int i = 0; i < n; i++) {
      System.arraycopy(quats, 4 * i, out, i * size, 4);
      if (avvs != null) System.arraycopy(avvs, 3 * i, out, i * size + 4, 3);
    }
    return out;
  }
}
