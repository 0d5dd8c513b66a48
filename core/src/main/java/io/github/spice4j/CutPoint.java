package io.github.spice4j;

import java.util.Objects;

/**
 * A limb or terminator point found in one cutting half-plane, as CSPICE's
 * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/limbpt_c.html">limbpt_c</a>
 * ({@code points}, {@code epochs}, {@code tangts}) and
 * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/termpt_c.html">termpt_c</a>
 * ({@code points}, {@code epochs}, {@code trmvcs}) return it.
 *
 * @param point the surface point, km, in the body-fixed frame {@code fixref} evaluated at {@code epoch}
 * @param epoch the epoch at the target (ET): the observation epoch less the light time from the point (or
 *     the target center, for the {@code CENTER} locus) to the observer
 * @param fromObserver the vector from the observer to the point, km, in {@code fixref} at {@code epoch}
 */
public record CutPoint(Vector3 point, double epoch, Vector3 fromObserver) {
  /**
   * Checks the vectors are present.
   *
   * @throws NullPointerException if a vector is null
   */
  public CutPoint {
    Objects.requireNonNull(point, "point");
    Objects.requireNonNull(fromObserver, "fromObserver");
  }
}
