package io.github.spice4j;

/**
 * A DLA segment descriptor (CSPICE {@code SpiceDLADescr}): where one segment of a DLA file (such as a
 * DSK) lives in the file's DAS address space. Addresses and sizes count integers, doubles and
 * characters respectively; a base is the address just before the segment's first item.
 *
 * @param bwdptr address of the previous segment's descriptor, {@code -1} for the first segment
 * @param fwdptr address of the next segment's descriptor, {@code -1} for the last segment
 * @param ibase integer component base address
 * @param isize integer component size
 * @param dbase double precision component base address
 * @param dsize double precision component size
 * @param cbase character component base address
 * @param csize character component size
 */
public record DlaDescriptor(int bwdptr, int fwdptr, int ibase, int isize, int dbase, int dsize, int cbase,
    int csize) {
  /** Number of integers in CSPICE's descriptor array ({@code SPICE_DLA_DSCSIZ}). */
  public static final int SIZE = 8;

  /**
   * @throws IllegalArgumentException if a pointer is below {@code -1} or a base or size is negative
   */
  public DlaDescriptor {
    if (bwdptr < -1 || fwdptr < -1) {
      throw new IllegalArgumentException("DLA pointers must be >= -1: bwdptr " + bwdptr + ", fwdptr " + fwdptr);
    }
    if (ibase < 0 || isize < 0 || dbase < 0 || dsize < 0 || cbase < 0 || csize < 0) {
      throw new IllegalArgumentException("DLA bases and sizes must be >= 0: ibase " + ibase + ", isize " + isize
          + ", dbase " + dbase + ", dsize " + dsize + ", cbase " + cbase + ", csize " + csize);
    }
  }

  /**
   * The descriptor from CSPICE's {@code int[8]} layout.
   *
   * @param descr {@code int[8]}: bwdptr, fwdptr, ibase, isize, dbase, dsize, cbase, csize
   * @return the descriptor
   * @throws IllegalArgumentException if the array length is not 8 or a value is out of range
   */
  public static DlaDescriptor of(int[] descr) {
    if (descr.length != SIZE) throw new IllegalArgumentException("a DLA descriptor has 8 integers, got " + descr.length);
    return new DlaDescriptor(descr[0], descr[1], descr[2], descr[3], descr[4], descr[5], descr[6], descr[7]);
  }

  /** CSPICE's {@code int[8]} layout: bwdptr, fwdptr, ibase, isize, dbase, dsize, cbase, csize. */
  public int[] toArray() {
    return new int[] {bwdptr, fwdptr, ibase, isize, dbase, dsize, cbase, csize};
  }
}
