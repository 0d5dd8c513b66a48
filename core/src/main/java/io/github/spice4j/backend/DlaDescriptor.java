package io.github.spice4j.backend;

import java.util.Objects;

/**
 * A DLA segment descriptor ({@code SpiceDLADescr}): where one segment of a DAS-based file (e.g. a DSK)
 * lies. Obtained by walking the file's segments, see {@link DskApi#dskSegments(int)}.
 *
 * @param bwdptr backward pointer (address of the previous descriptor, or -1)
 * @param fwdptr forward pointer (address of the next descriptor, or -1)
 * @param ibase integer component base address
 * @param isize integer component size
 * @param dbase double precision component base address
 * @param dsize double precision component size
 * @param cbase character component base address
 * @param csize character component size
 */
public record DlaDescriptor(int bwdptr, int fwdptr, int ibase, int isize, int dbase, int dsize, int cbase,
    int csize) {
  /**
   * From CSPICE's array order.
   *
   * @param v {@code int[8]} = {bwdptr, fwdptr, ibase, isize, dbase, dsize, cbase, csize}
   * @return the descriptor
   * @throws IllegalArgumentException if v is not {@code int[8]}
   */
  public static DlaDescriptor of(int[] v) {
    Objects.requireNonNull(v, "v");
    if (v.length != 8) throw new IllegalArgumentException("a DLA descriptor is int[8]");
    return new DlaDescriptor(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
  }

  /** The fields in CSPICE's order, {@code int[8]}. */
  public int[] toArray() {
    return new int[] {bwdptr, fwdptr, ibase, isize, dbase, dsize, cbase, csize};
  }
}
