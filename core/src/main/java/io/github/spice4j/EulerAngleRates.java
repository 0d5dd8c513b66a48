package io.github.spice4j;

/**
 * Euler angles and their rates of change, the angle form of a state transformation (CSPICE's
 * {@code xf2eul_c}/{@code eul2xf_c} {@code eulang} array: {@code [angle3, angle2, angle1, rate3, rate2,
 * rate1]} with the axes named {@code axisa, axisb, axisc} there).
 *
 * @param angles the angles and axes, as {@link EulerAngles} (axis3 = CSPICE's axisa)
 * @param rate3 d(angle3)/dt, rad/s
 * @param rate2 d(angle2)/dt, rad/s
 * @param rate1 d(angle1)/dt, rad/s
 * @param unique false when the angles are not unique (gimbal lock); then {@code angle3} and {@code rate3}
 *     are 0 and the two other rates carry the rotation rate
 */
public record EulerAngleRates(EulerAngles angles, double rate3, double rate2, double rate1, boolean unique) {
  /**
   * Factors a state transformation into Euler angles and rates (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/xf2eul_c.html">xf2eul_c</a>).
   *
   * @param xform a state transformation (e.g. from {@code sxform}): rotation in the diagonal blocks, its
   *     derivative (1/s) in the lower-left block
   * @param axisa axis of the leftmost factor, 1..3
   * @param axisb axis of the middle factor, 1..3, different from the two others
   * @param axisc axis of the rightmost factor, 1..3
   * @return angles (radians) and rates (rad/s)
   * @throws SpiceException {@code SPICE(BADAXISNUMBERS)} for bad axes; {@code SPICE(NOTAROTATION)} when the
   *     rotation block is not a rotation
   */
  public static EulerAngleRates fromStateTransform(Matrix6 xform, int axisa, int axisb, int axisc) {
    return EulerMath.factorState(xform.toRowMajor(), axisa, axisb, axisc);
  }

  /**
   * The state transformation of these angles and rates (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/eul2xf_c.html">eul2xf_c</a>).
   *
   * @return the 6x6 state transformation
   * @throws SpiceException {@code SPICE(BADAXISNUMBERS)} for axes outside 1..3 (a middle axis equal to a
   *     neighbour is accepted, as in CSPICE)
   */
  public Matrix6 toStateTransform() {
    return Matrix6.wrap(EulerMath.composeState(this));
  }

  /** CSPICE's {@code eulang}: {@code double[6]} = {@code [angle3, angle2, angle1, rate3, rate2, rate1]}. */
  public double[] toArray() {
    return new double[] {angles.angle3(), angles.angle2(), angles.angle1(), rate3, rate2, rate1};
  }
}
