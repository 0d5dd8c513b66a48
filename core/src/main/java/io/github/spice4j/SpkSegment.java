package io.github.spice4j;

import java.util.Objects;

/**
 * The segment CSPICE's {@code spksfs_c} selected for a body and epoch among the loaded SPK files.
 *
 * @param handle DAF handle of the file holding the segment
 * @param descr the packed segment descriptor, {@code double[5]} (unpack it with {@link io.github.spice4j.backend.SpkWriterApi#spkuds})
 * @param ident the segment identifier (at most 40 characters)
 */
public record SpkSegment(int handle, double[] descr, String ident) {
  /**
   * Copies the descriptor.
   *
   * @throws IllegalArgumentException if descr is not {@code double[5]}
   */
  public SpkSegment {
    Objects.requireNonNull(descr, "descr");
    Objects.requireNonNull(ident, "ident");
    if (descr.length != 5) throw new IllegalArgumentException("descr must be double[5]");
    descr = descr.clone();
  }

  /** The packed descriptor, {@code double[5]} (a copy). */
  @Override
  public double[] descr() {
    return descr.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SpkSegment s && handle == s.handle && java.util.Arrays.equals(descr, s.descr)
        && ident.equals(s.ident);
  }

  @Override
  public int hashCode() {
    return Objects.hash(handle, java.util.Arrays.hashCode(descr), ident);
  }

  @Override
  public String toString() {
    return "SpkSegment[handle=" + handle + ", descr=" + java.util.Arrays.toString(descr) + ", ident=" + ident + "]";
  }
}
