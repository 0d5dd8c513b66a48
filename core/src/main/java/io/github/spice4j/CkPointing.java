package io.github.spice4j;

import java.util.Objects;

/**
 * Pointing found by CSPICE's {@code ckgp_c}.
 *
 * @param cmat the C-matrix: rotates vectors from the requested reference frame into the instrument
 *     frame ({@code v_inst = cmat * v_ref}), row-major
 * @param clkout the encoded SCLK (ticks) the pointing is valid at; within the tolerance of the request
 */
public record CkPointing(Matrix3 cmat, double clkout) {
  /**
   * Checks the components.
   *
   * @param cmat the C-matrix
   * @param clkout the time of the pointing, ticks
   * @throws NullPointerException if {@code cmat} is null
   */
  public CkPointing {
    Objects.requireNonNull(cmat, "cmat");
  }
}
