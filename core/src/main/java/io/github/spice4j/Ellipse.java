package io.github.spice4j;

import java.util.Objects;

/**
 * An ellipse in 3-space, CSPICE's {@code SpiceEllipse}: the points
 * {@code center + cos(t) * semiMajor + sin(t) * semiMinor}.
 *
 * @param center the center (e.g. km)
 * @param semiMajor semi-major axis vector, orthogonal to {@code semiMinor}
 * @param semiMinor semi-minor axis vector, no longer than {@code semiMajor}
 */
public record Ellipse(Vector3 center, Vector3 semiMajor, Vector3 semiMinor) {
  /**
   * Checks the components are present.
   *
   * @throws NullPointerException if a component is null
   */
  public Ellipse {
    Objects.requireNonNull(center, "center");
    Objects.requireNonNull(semiMajor, "semiMajor");
    Objects.requireNonNull(semiMinor, "semiMinor");
  }

  /**
   * An ellipse from a center and any two generating vectors {@code v1, v2} (points
   * {@code center + cos(t) v1 + sin(t) v2}), with its semi-axes found as CSPICE's
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/cgv2el_c.html">cgv2el_c</a> and
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/saelgv_c.html">saelgv_c</a> find them.
   *
   * @param center the center
   * @param v1 first generating vector
   * @param v2 second generating vector
   * @return the same ellipse with orthogonal semi-axes, the major first
   */
  public static Ellipse ofGenerators(Vector3 center, Vector3 v1, Vector3 v2) {
    Vector3[] axes = EllipseAxes.semiAxes(v1, v2);
    return new Ellipse(center, axes[0], axes[1]);
  }
}
