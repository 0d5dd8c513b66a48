package io.github.spice4j;

/**
 * Planetographic coordinates on a body's reference spheroid, as CSPICE's {@code recpgr_c}/{@code pgrrec_c}
 * use them: geodetic latitude and altitude, with longitude measured in the body's planetographic sense
 * (positive west for prograde rotators other than the Earth, Moon and Sun).
 *
 * @param longitude radians, in [0, 2 pi) from {@code recpgr}, positive in the body's planetographic sense
 * @param latitude geodetic latitude, radians, in [-pi/2, pi/2]
 * @param altitude height above the spheroid, in the unit of its equatorial radius (km)
 */
public record PlanetographicCoordinates(double longitude, double latitude, double altitude) {}
