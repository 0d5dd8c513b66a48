package io.github.spice4j;

/**
 * Range, right ascension and declination of a point, as CSPICE's {@code recrad_c}/{@code radrec_c} use
 * them (in an equatorial frame such as J2000 these are the astronomical RA and Dec).
 *
 * @param range distance from the origin, in the unit of the rectangular coordinates (km for positions)
 * @param rightAscension radians, from the +X axis toward +Y; {@code recrad} returns it in [0, 2 pi)
 * @param declination radians, from the XY plane toward +Z, in [-pi/2, pi/2]
 */
public record RaDecCoordinates(double range, double rightAscension, double declination) {}
