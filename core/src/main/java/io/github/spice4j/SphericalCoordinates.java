package io.github.spice4j;

/**
 * Spherical coordinates of a point, as CSPICE's {@code recsph_c}/{@code sphrec_c} use them.
 *
 * @param radius distance from the origin, in the unit of the rectangular coordinates (km for positions)
 * @param colatitude radians, the angle from the +Z axis, in [0, pi]
 * @param longitude radians, measured from the +X axis toward +Y, in (-pi, pi]
 */
public record SphericalCoordinates(double radius, double colatitude, double longitude) {}
