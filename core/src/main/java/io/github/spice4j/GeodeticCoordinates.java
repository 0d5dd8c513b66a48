package io.github.spice4j;

/**
 * Geodetic coordinates of a point relative to a reference spheroid (equatorial radius {@code re},
 * flattening {@code f}), as CSPICE's {@code recgeo_c}/{@code georec_c} use them.
 *
 * @param longitude radians, measured from the +X axis toward +Y, in (-pi, pi]
 * @param latitude geodetic latitude in radians (angle between the XY plane and the spheroid's surface
 *     normal through the point), in [-pi/2, pi/2]
 * @param altitude signed distance from the spheroid along that normal, in the unit of {@code re} (km)
 */
public record GeodeticCoordinates(double longitude, double latitude, double altitude) {}
