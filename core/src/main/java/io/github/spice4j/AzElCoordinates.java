package io.github.spice4j;

/**
 * Range, azimuth and elevation of a point in a local topocentric frame, as CSPICE's
 * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/recazl_c.html">recazl_c</a> and
 * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/azlrec_c.html">azlrec_c</a> define them:
 * azimuth is measured in the frame's X-Y plane from +X, counterclockwise about +Z when {@code azccw} is
 * true and clockwise otherwise; elevation is the angle from the X-Y plane, positive towards +Z when
 * {@code elplsz} is true and towards -Z otherwise. In a topocentric frame with +X north and +Z up,
 * {@code azccw = false, elplsz = true} gives the usual compass azimuth and elevation above the horizon.
 *
 * <p>Pure Java; no engine needed.
 *
 * @param range distance from the origin, in the unit of the rectangular coordinates (e.g. km)
 * @param azimuth azimuth, radians in [0, 2pi)
 * @param elevation elevation, radians in [-pi/2, pi/2]
 */
public record AzElCoordinates(double range, double azimuth, double elevation) {
  private static final double TWO_PI = 2.0 * Math.PI;

  /**
   * CSPICE {@code recazl_c}: rectangular to range, azimuth and elevation.
   *
   * @param rectan the point, e.g. km in a topocentric frame
   * @param azccw true for azimuth counterclockwise about +Z, false for clockwise
   * @param elplsz true for elevation positive towards +Z
   * @return the coordinates; azimuth and elevation are 0 for the origin, azimuth 0 on the Z axis
   * @throws NullPointerException if {@code rectan} is null
   */
  public static AzElCoordinates of(Vector3 rectan, boolean azccw, boolean elplsz) {
    double x = rectan.x();
    double y = rectan.y();
    double z = rectan.z();
    double lon = (x == 0.0 && y == 0.0) ? 0.0 : Math.atan2(y, x);
    // Scaled by the largest component so that squares neither overflow nor underflow (as reclat_c does).
    double big = Math.max(Math.abs(x), Math.max(Math.abs(y), Math.abs(z)));
    double lat = 0.0;
    if (big > 0.0) {
      double xs = x / big;
      double ys = y / big;
      lat = Math.atan2(z / big, Math.sqrt(xs * xs + ys * ys));
    }
    double az = azccw ? lon : -lon;
    if (az < 0.0) az += TWO_PI;
    return new AzElCoordinates(VectorMath.vnorm(rectan), az, elplsz ? lat : -lat);
  }

  /**
   * CSPICE {@code azlrec_c}: these coordinates back to rectangular.
   *
   * @param azccw true for azimuth counterclockwise about +Z, false for clockwise
   * @param elplsz true for elevation positive towards +Z
   * @return the point, in the unit of {@link #range()}
   */
  public Vector3 toRectangular(boolean azccw, boolean elplsz) {
    double lon = azccw ? azimuth : -azimuth;
    double lat = elplsz ? elevation : -elevation;
    double c = Math.cos(lat);
    return new Vector3(range * Math.cos(lon) * c, range * Math.sin(lon) * c, range * Math.sin(lat));
  }
}
