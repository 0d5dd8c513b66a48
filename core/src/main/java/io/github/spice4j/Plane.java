package io.github.spice4j;

import java.util.Objects;

/**
 * A plane in CSPICE's normal form (its {@code SpicePlane}): the points {@code x} with
 * {@code <x, normal> = constant}.
 *
 * @param normal the unit normal vector (as {@code nvc2pl_c} produces it; CSPICE's plane routines expect
 *     unit length)
 * @param constant the distance of the plane from the origin along {@code normal}, km (or the unit of the
 *     vectors the plane relates to); never negative for planes built by {@code nvc2pl_c}
 */
public record Plane(Vector3 normal, double constant) {
  /**
   * Checks the normal is present.
   *
   * @throws NullPointerException if {@code normal} is null
   */
  public Plane {
    Objects.requireNonNull(normal, "normal");
  }
}
