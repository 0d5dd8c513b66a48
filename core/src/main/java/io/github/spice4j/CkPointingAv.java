package io.github.spice4j;

import java.util.Objects;

/**
 * Pointing and angular velocity found by CSPICE's {@code ckgpav_c}.
 *
 * @param cmat the C-matrix: rotates vectors from the requested reference frame into the instrument
 *     frame ({@code v_inst = cmat * v_ref}), row-major
 * @param av angular velocity of the instrument frame, rad/s, expressed in the reference frame
 * @param clkout the encoded SCLK (ticks) the pointing is valid at; within the tolerance of the request
 */
public record CkPointingAv(Matrix3 cmat, Vector3 av, double clkout) {
  /**
   * Checks the components.
   *
   * @param cmat the C-matrix
   * @param av the angular velocity, rad/s
   * @param clkout the time of the pointing, ticks
   * @throws NullPointerException if {@code cmat} or {@code av} is null
   */
  public CkPointingAv {
    Objects.requireNonNull(cmat, "cmat");
    Objects.requireNonNull(av, "av");
  }

  /**
   * The pointing without the angular velocity.
   *
   * @return the C-matrix and its time
   */
  public CkPointing pointing() {
    return new CkPointing(cmat, clkout);
  }
}
