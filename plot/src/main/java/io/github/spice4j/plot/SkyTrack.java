package io.github.spice4j.plot;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.AzElState;
import io.github.spice4j.Spice;
import io.github.spice4j.Stations;
import io.github.spice4j.Vector3;
import java.util.Objects;

/**
 * Azimuth and elevation of a target seen from a station over time: the data of
 * {@link Charts#skyTrack(SkyTrack, String)}. The three arrays have the same length.
 *
 * @param et sample epochs, ET (TDB seconds past J2000), increasing
 * @param azimuth compass azimuth (from north towards east), degrees in [0, 360)
 * @param elevation elevation above the station's horizon plane, degrees in [-90, 90]
 */
public record SkyTrack(double[] et, double[] azimuth, double[] elevation) {
  /**
   * Checks the arrays.
   *
   * @param et sample epochs, ET
   * @param azimuth azimuths, degrees
   * @param elevation elevations, degrees
   * @throws IllegalArgumentException if the lengths differ or there are no samples
   */
  public SkyTrack {
    Objects.requireNonNull(et, "et");
    if (et.length == 0 || azimuth.length != et.length || elevation.length != et.length) {
      throw new IllegalArgumentException("need equally long, non-empty et/azimuth/elevation arrays");
    }
  }

  /**
   * Samples {@link Stations#azimuthElevation} (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/azlcpo_c.html">azlcpo_c</a>, method
   * {@code ELLIPSOID}, compass azimuth, elevation positive up) from {@code et0} to {@code et1} every
   * {@code step} seconds, {@code et1} included.
   *
   * @param spice an engine with SPK, PCK and the station frame's kernels loaded
   * @param target target body, e.g. {@code MOON}
   * @param station station position relative to {@code center} in {@code frame}, km
   * @param center the body the station is fixed to, e.g. {@code EARTH}
   * @param frame body-fixed frame centered on {@code center}, e.g. {@code ITRF93}
   * @param abcorr aberration correction
   * @param et0 first epoch, ET
   * @param et1 last epoch, ET
   * @param step sample spacing, seconds
   * @return the track
   * @throws IllegalArgumentException for a non-positive step, {@code et1 < et0} or too many samples
   * @throws io.github.spice4j.SpiceException as {@link Stations#azimuthElevation}
   */
  public static SkyTrack sample(Spice spice, String target, Vector3 station, String center, String frame,
      AberrationCorrection abcorr, double et0, double et1, double step) {
    double[] et = Epochs.grid(et0, et1, step);
    double[] az = new double[et.length];
    double[] el = new double[et.length];
    Stations stations = spice.stations();
    for (int i = 0; i < et.length; i++) {
      AzElState s = stations.azimuthElevation(Stations.ELLIPSOID, target, et[i], abcorr, false, true, station,
          center, frame);
      az[i] = Math.toDegrees(s.azimuth());
      el[i] = Math.toDegrees(s.elevation());
    }
    return new SkyTrack(et, az, el);
  }
}
