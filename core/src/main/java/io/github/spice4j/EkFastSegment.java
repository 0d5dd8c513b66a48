package io.github.spice4j;

import java.util.Arrays;

/**
 * A segment opened for fast writing by CSPICE {@code ekifld_c}: pass its number and record pointers to
 * {@code ekacli}/{@code ekacld}/{@code ekaclc} for every column, then to {@code ekffld} to finish it.
 *
 * @param segno the segment number within the file (0-based)
 * @param rcptrs {@code int[nrows]} record pointers, one per row, in row order (a copy)
 */
public record EkFastSegment(int segno, int[] rcptrs) {
  /** Copies the record pointers. */
  public EkFastSegment {
    rcptrs = rcptrs.clone();
  }

  /**
   * The record pointers.
   *
   * @return {@code int[nrows]}, a copy
   */
  @Override
  public int[] rcptrs() {
    return rcptrs.clone();
  }

  /**
   * Number of rows the segment was declared with.
   *
   * @return {@code rcptrs().length}
   */
  public int nrows() {
    return rcptrs.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EkFastSegment s && s.segno == segno && Arrays.equals(s.rcptrs, rcptrs);
  }

  @Override
  public int hashCode() {
    return 31 * segno + Arrays.hashCode(rcptrs);
  }

  @Override
  public String toString() {
    return "EkFastSegment[segno=" + segno + ", nrows=" + rcptrs.length + "]";
  }
}
