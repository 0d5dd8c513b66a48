package io.github.spice4j;

/**
 * A 3-vector (e.g. a position in km or a velocity in km/s, in the frame the call named), with CSPICE's
 * vector algebra computed in Java.
 *
 * <p>{@link #add}, {@link #subtract}, {@link #negate}, {@link #scale}, {@link #dot}, {@link #cross},
 * {@link #norm} and {@link #unit} use exactly CSPICE's IEEE operations in CSPICE's order, so they are
 * bit-identical to the engine's {@code vadd_c}, {@code vsub_c}, {@code vminus_c}, {@code vscl_c},
 * {@code vdot_c}, {@code vcrss_c}, {@code vnorm_c} and {@code vhat_c} (tested on random inputs).
 * {@link #angle} implements {@code vsep_c} from its documented definition.
 *
 * @param x first component
 * @param y second component
 * @param z third component
 */
public record Vector3(double x, double y, double z) {
  /** The zero vector. */
  public static final Vector3 ZERO = new Vector3(0.0, 0.0, 0.0);

  /**
   * Creates a vector from {@code double[3]}.
   *
   * @param v the components
   * @return the vector
   * @throws IllegalArgumentException if {@code v.length != 3}
   */
  public static Vector3 of(double[] v) {
    if (v == null || v.length != 3) throw new IllegalArgumentException("expected double[3]");
    return new Vector3(v[0], v[1], v[2]);
  }

  /** The components as a new {@code double[3]}. */
  public double[] toArray() {
    return new double[] {x, y, z};
  }

  /**
   * Euclidean norm, scaled by the largest component so that squaring neither overflows nor underflows;
   * bit-identical to CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/vnorm_c.html">vnorm_c</a>.
   *
   * @return the length, in the unit of the components; 0 for the zero vector
   */
  public double norm() {
    return VectorMath.vnorm(this);
  }

  /**
   * Unit vector along this one; bit-identical to CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/vhat_c.html">vhat_c</a>.
   *
   * @return {@code this / |this|}, or the zero vector when this is the zero vector
   */
  public Vector3 unit() {
    return VectorMath.vhat(this);
  }

  /**
   * Sum; bit-identical to CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/vadd_c.html">vadd_c</a>.
   *
   * @param other the vector to add
   * @return {@code this + other}
   */
  public Vector3 add(Vector3 other) {
    return VectorMath.vadd(this, other);
  }

  /**
   * Difference; bit-identical to CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/vsub_c.html">vsub_c</a>.
   *
   * @param other the vector to subtract
   * @return {@code this - other}
   */
  public Vector3 subtract(Vector3 other) {
    return VectorMath.vsub(this, other);
  }

  /**
   * Negation; bit-identical to CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/vminus_c.html">vminus_c</a>.
   *
   * @return {@code -this}
   */
  public Vector3 negate() {
    return VectorMath.vminus(this);
  }

  /**
   * Scalar multiple; bit-identical to CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/vscl_c.html">vscl_c</a>.
   *
   * @param s the factor
   * @return {@code s * this}
   */
  public Vector3 scale(double s) {
    return VectorMath.vscl(s, this);
  }

  /**
   * Dot product, summed x, y, z; bit-identical to CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/vdot_c.html">vdot_c</a>.
   *
   * @param other the other vector
   * @return {@code this . other}
   */
  public double dot(Vector3 other) {
    return VectorMath.vdot(this, other);
  }

  /**
   * Cross product; bit-identical to CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/vcrss_c.html">vcrss_c</a>.
   *
   * @param other the right factor
   * @return {@code this x other}
   */
  public Vector3 cross(Vector3 other) {
    return VectorMath.vcrss(this, other);
  }

  /**
   * Angle between this vector and another, accurate near 0 and pi (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/vsep_c.html">vsep_c</a>).
   *
   * @param other the other vector
   * @return the angle in radians, in [0, pi]; 0 when either vector is zero
   */
  public double angle(Vector3 other) {
    return VectorMath.vsep(this, other);
  }

  /**
   * Distance between two points, {@code |this - other|} (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/vdist_c.html">vdist_c</a>).
   *
   * @param other the other point
   * @return the distance, in the unit of the components
   */
  public double distance(Vector3 other) {
    return VectorMath.vnorm(VectorMath.vsub(this, other));
  }

  /** True when all three components are zero (CSPICE {@code vzero_c}). */
  public boolean isZero() {
    return VectorMath.isZero(this);
  }
}
