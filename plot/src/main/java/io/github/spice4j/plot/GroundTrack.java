package io.github.spice4j.plot;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.Geometry;
import io.github.spice4j.LatitudinalCoordinates;
import io.github.spice4j.Spice;
import java.util.Objects;

/**
 * Sub-observer points on a body over time, as planetocentric longitude and latitude: the data of
 * {@link Charts#groundTrack(GroundTrack, String)}. The three arrays have the same length.
 *
 * @param et sample epochs, ET (TDB seconds past J2000), increasing
 * @param longitude planetocentric longitude, degrees in [-180, 180]
 * @param latitude planetocentric latitude, degrees in [-90, 90]
 */
public record GroundTrack(double[] et, double[] longitude, double[] latitude) {
  /**
   * Checks the arrays.
   *
   * @param et sample epochs, ET
   * @param longitude longitudes, degrees
   * @param latitude latitudes, degrees
   * @throws IllegalArgumentException if the lengths differ or there are no samples
   */
  public GroundTrack {
    Objects.requireNonNull(et, "et");
    if (et.length == 0 || longitude.length != et.length || latitude.length != et.length) {
      throw new IllegalArgumentException("need equally long, non-empty et/longitude/latitude arrays");
    }
  }

  /**
   * Samples the sub-observer point (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/subpnt_c.html">subpnt_c</a>, method
   * {@code NEAR POINT/ELLIPSOID}) of {@code observer} on {@code body} from {@code et0} to {@code et1} every
   * {@code step} seconds, {@code et1} included, converted with
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/reclat_c.html">reclat_c</a>. E.g. body
   * {@code EARTH}, observer {@code MOON}, frame {@code ITRF93}: where the Moon is overhead.
   *
   * @param spice an engine with SPK, PCK (radii) and the frame's kernels loaded
   * @param body the body the track lies on, e.g. {@code EARTH}
   * @param observer the body above it, e.g. {@code MOON}
   * @param fixref body-fixed frame of {@code body}, e.g. {@code ITRF93} or {@code IAU_EARTH}
   * @param abcorr aberration correction
   * @param et0 first epoch, ET
   * @param et1 last epoch, ET
   * @param step sample spacing, seconds
   * @return the track
   * @throws IllegalArgumentException for a non-positive step, {@code et1 < et0} or too many samples
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(SPKINSUFFDATA)}, {@code SPICE(INVALIDFRAME)}
   */
  public static GroundTrack sample(Spice spice, String body, String observer, String fixref,
      AberrationCorrection abcorr, double et0, double et1, double step) {
    double[] et = Epochs.grid(et0, et1, step);
    double[] lon = new double[et.length];
    double[] lat = new double[et.length];
    Geometry geometry = spice.geometry();
    for (int i = 0; i < et.length; i++) {
      LatitudinalCoordinates c = spice.coordinates().toLatitudinal(
          geometry.subObserverPoint(Geometry.NEAR_POINT_ELLIPSOID, body, observer, fixref, abcorr, et[i]).spoint());
      lon[i] = Math.toDegrees(c.longitude());
      lat[i] = Math.toDegrees(c.latitude());
    }
    return new GroundTrack(et, lon, lat);
  }
}
