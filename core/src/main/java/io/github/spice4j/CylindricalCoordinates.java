package io.github.spice4j;

/**
 * Cylindrical coordinates of a point, as CSPICE's {@code cylrec_c}/{@code reccyl_c} use them.
 *
 * @param radius distance from the Z axis, in the unit of the rectangular coordinates (km for positions)
 * @param longitude radians, from the +X axis toward +Y; {@code reccyl} returns it in [0, 2 pi)
 * @param z height above the XY plane, in the unit of the radius
 */
public record CylindricalCoordinates(double radius, double longitude, double z) {}
