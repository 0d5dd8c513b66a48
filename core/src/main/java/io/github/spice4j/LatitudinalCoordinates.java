package io.github.spice4j;

/**
 * Latitudinal (planetocentric) coordinates of a point, as CSPICE's {@code reclat_c}/{@code latrec_c}
 * use them.
 *
 * @param radius distance from the origin, in the unit of the rectangular coordinates (km for positions)
 * @param longitude radians, measured from the +X axis toward +Y, in (-pi, pi]
 * @param latitude radians, measured from the XY plane toward +Z, in [-pi/2, pi/2]
 */
public record LatitudinalCoordinates(double radius, double longitude, double latitude) {}
