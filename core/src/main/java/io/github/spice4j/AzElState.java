package io.github.spice4j;

/**
 * A target's range, azimuth and elevation seen from a surface point, with their rates, as CSPICE's
 * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/azlcpo_c.html">azlcpo_c</a>
 * returns them ({@code azlsta} and {@code lt}). Angles follow {@link AzElCoordinates}.
 *
 * @param range observer-target distance, km
 * @param azimuth azimuth, radians in [0, 2pi)
 * @param elevation elevation, radians in [-pi/2, pi/2]
 * @param rangeRate d(range)/dt, km/s
 * @param azimuthRate d(azimuth)/dt, rad/s
 * @param elevationRate d(elevation)/dt, rad/s
 * @param lightTime one-way light time between observer and target, s
 */
public record AzElState(double range, double azimuth, double elevation, double rangeRate, double azimuthRate,
    double elevationRate, double lightTime) {
  /** CSPICE's {@code azlsta} layout: {@code double[6]} = {@code [range, az, el, d range/dt, d az/dt, d el/dt]}. */
  public double[] toArray() {
    return new double[] {range, azimuth, elevation, rangeRate, azimuthRate, elevationRate};
  }
}
