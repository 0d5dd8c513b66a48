package io.github.spice4j;

import java.util.Objects;

/**
 * A point of an ellipsoid nearest to something, with the distance to it, as CSPICE's
 * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/nearpt_c.html">nearpt_c</a> ({@code npoint},
 * {@code alt}) and <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/npedln_c.html">npedln_c</a>
 * ({@code pnear}, {@code dist}) return it.
 *
 * @param point the point on the ellipsoid, in the ellipsoid's unit (e.g. km, body-fixed)
 * @param distance the distance, same unit; for {@link Ellipsoid#nearestPoint} negative when the input
 *     point is inside the ellipsoid (an altitude), for {@link Ellipsoid#nearestPointToLine} 0 when the line
 *     meets the ellipsoid
 */
public record NearestPoint(Vector3 point, double distance) {
  /**
   * Checks the point is present.
   *
   * @throws NullPointerException if {@code point} is null
   */
  public NearestPoint {
    Objects.requireNonNull(point, "point");
  }
}
