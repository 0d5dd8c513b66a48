package io.github.spice4j.plot;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.Spice;
import io.github.spice4j.StateVector;
import io.github.spice4j.Vector3;
import java.util.Objects;

/**
 * Distance and range rate of a target from an observer, sampled over time: the data of
 * {@link Charts#distance(DistanceSeries, String, String)}. The three arrays have the same length.
 *
 * @param et sample epochs, ET (TDB seconds past J2000), increasing
 * @param range observer-target distance, km
 * @param rangeRate its time derivative (positive when receding), km/s
 */
public record DistanceSeries(double[] et, double[] range, double[] rangeRate) {
  /**
   * Checks the arrays.
   *
   * @param et sample epochs, ET
   * @param range distances, km
   * @param rangeRate range rates, km/s
   * @throws IllegalArgumentException if the lengths differ or there are no samples
   */
  public DistanceSeries {
    Objects.requireNonNull(et, "et");
    if (et.length == 0 || range.length != et.length || rangeRate.length != et.length) {
      throw new IllegalArgumentException("need equally long, non-empty et/range/rangeRate arrays");
    }
  }

  /**
   * Samples states (CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/spkezr_c.html">spkezr_c</a>,
   * frame J2000) from {@code et0} to {@code et1} every {@code step} seconds, {@code et1} included. Range is the
   * position's norm, range rate the velocity projected on the line of sight.
   *
   * @param spice an engine with the SPK (and LSK for the caller's UTC) loaded
   * @param target target body name or NAIF ID string, e.g. {@code MOON}
   * @param observer observer body, e.g. {@code EARTH}
   * @param abcorr aberration correction
   * @param et0 first epoch, ET
   * @param et1 last epoch, ET
   * @param step sample spacing, seconds
   * @return the series
   * @throws IllegalArgumentException for a non-positive step, {@code et1 < et0} or too many samples
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(SPKINSUFFDATA)} outside the loaded coverage
   */
  public static DistanceSeries sample(Spice spice, String target, String observer, AberrationCorrection abcorr,
      double et0, double et1, double step) {
    double[] et = Epochs.grid(et0, et1, step);
    double[] range = new double[et.length];
    double[] rate = new double[et.length];
    for (int i = 0; i < et.length; i++) {
      StateVector s = spice.state(target, observer, "J2000", abcorr, et[i]);
      Vector3 r = s.position();
      Vector3 v = s.velocity();
      range[i] = r.norm();
      rate[i] = (r.x() * v.x() + r.y() * v.y() + r.z() * v.z()) / range[i];
    }
    return new DistanceSeries(et, range, rate);
  }
}
