package io.github.spice4j;

import java.util.Arrays;
import java.util.Objects;

/**
 * The spatial index of a DSK type 2 plate model, built by CSPICE's {@code dskmi2_c} and written with
 * the plates by {@link DskWriter#writeType02}.
 *
 * @param spaixd double precision component, {@code double[10]} ({@code SPICE_DSK02_IXDFIX}): vertex
 *     bounds, voxel grid origin and voxel size
 * @param spaixi integer component, {@code int[spxisz]} as sized for {@code dskmi2}; CSPICE reads only
 *     the part it filled
 */
public record DskSpatialIndex(double[] spaixd, int[] spaixi) {
  /** Size of the double precision component ({@code SPICE_DSK02_IXDFIX}). */
  public static final int IXDFIX = 10;

  /**
   * Copies the arrays.
   *
   * @throws IllegalArgumentException if spaixd is not {@code double[10]} or spaixi is empty
   */
  public DskSpatialIndex {
    Objects.requireNonNull(spaixd, "spaixd");
    Objects.requireNonNull(spaixi, "spaixi");
    if (spaixd.length != IXDFIX) throw new IllegalArgumentException("spaixd must be double[" + IXDFIX + "]");
    if (spaixi.length == 0) throw new IllegalArgumentException("spaixi must not be empty");
    spaixd = spaixd.clone();
    spaixi = spaixi.clone();
  }

  /** The double precision component, {@code double[10]} (a copy). */
  @Override
  public double[] spaixd() {
    return spaixd.clone();
  }

  /** The integer component (a copy). */
  @Override
  public int[] spaixi() {
    return spaixi.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DskSpatialIndex s && Arrays.equals(spaixd, s.spaixd) && Arrays.equals(spaixi, s.spaixi);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(spaixd) + Arrays.hashCode(spaixi);
  }

  @Override
  public String toString() {
    return "DskSpatialIndex[spaixd=" + Arrays.toString(spaixd) + ", spaixi=int[" + spaixi.length + "]]";
  }
}
