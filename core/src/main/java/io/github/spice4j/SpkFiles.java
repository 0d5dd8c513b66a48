package io.github.spice4j;

import io.github.spice4j.backend.SpiceBackend;
import java.util.Objects;
import java.util.Optional;

/**
 * Writing SPK files and finding the segments behind ephemeris lookups; obtained from {@link Spice#spkFiles()}.
 *
 * <pre>{@code
 * try (SpkWriter w = spice.spkFiles().create(OutputTarget.virtual("out/moon.bsp"), "MOON SAMPLES")) {
 *   w.writeType08(301, 399, "J2000", et0, et1, "MOON WRT EARTH", 7, states, et0, 600.0);
 * }
 * byte[] spk = spice.backend().kernels().virtualOutput("out/moon.bsp");
 * }</pre>
 */
public final class SpkFiles {
  private final SpiceBackend backend;

  SpkFiles(SpiceBackend backend) {
    this.backend = Objects.requireNonNull(backend, "backend");
  }

  /**
   * CSPICE {@code spkopn_c} with no comment area: creates an SPK file for writing.
   *
   * @param target a new file or a virtual output
   * @param internalName the internal file name (at most 60 characters are kept)
   * @return the open writer; close it
   * @throws SpiceException {@code SPICE(FILEOPENFAIL)} if the file cannot be created (e.g. it exists), or
   *     {@code SPICE(EMPTYSTRING)} for an empty name
   */
  public SpkWriter create(OutputTarget target, String internalName) {
    return backend.spkWriter().spkopn(target, internalName, 0);
  }

  /**
   * CSPICE {@code spkopn_c}: creates an SPK file for writing with room for comments.
   *
   * @param target a new file or a virtual output
   * @param internalName the internal file name
   * @param commentChars characters to reserve for comments ({@code ncomch})
   * @return the open writer; close it
   * @throws IllegalArgumentException if commentChars is negative
   * @throws SpiceException if CSPICE cannot create the file
   */
  public SpkWriter create(OutputTarget target, String internalName, int commentChars) {
    return backend.spkWriter().spkopn(target, internalName, commentChars);
  }

  /**
   * CSPICE {@code spkopa_c}: opens an existing SPK file (or closed virtual output) to add segments.
   *
   * @param target the existing file or virtual output
   * @return the open writer; close it
   * @throws SpiceException e.g. {@code SPICE(FILENOTFOUND)}, or {@code SPICE(FILEOPENCONFLICT)} when it is loaded
   */
  public SpkWriter append(OutputTarget target) {
    return backend.spkWriter().spkopa(target);
  }

  /**
   * CSPICE {@code spksfs_c}: the loaded segment CSPICE would use for a body at an epoch.
   *
   * @param body NAIF ID
   * @param et ET, TDB seconds past J2000
   * @return the segment, or empty when none covers the epoch
   * @throws SpiceException {@code SPICE(NOLOADEDFILES)} when no SPK is loaded
   */
  public Optional<SpkSegment> findSegment(int body, double et) {
    return backend.spkWriter().spksfs(body, et);
  }

  /**
   * CSPICE {@code spkuds_c} on the descriptor of a found segment.
   *
   * @param segment a segment from {@link #findSegment}
   * @return its unpacked descriptor (body, center, frame, type, coverage, addresses)
   */
  public SpkDescriptor describe(SpkSegment segment) {
    return backend.spkWriter().spkuds(Objects.requireNonNull(segment, "segment").descr());
  }

  /**
   * CSPICE {@code spkpds_c}: packs a segment descriptor.
   *
   * @param body NAIF ID of the body
   * @param center NAIF ID of the center
   * @param frame frame name
   * @param type SPK data type
   * @param first coverage start, ET
   * @param last coverage end, ET
   * @return the packed descriptor, {@code double[5]}
   * @throws SpiceException e.g. {@code SPICE(INVALIDREFFRAME)}, {@code SPICE(BADDESCRTIMES)}
   */
  public double[] packDescriptor(int body, int center, String frame, int type, double first, double last) {
    return backend.spkWriter().spkpds(body, center, frame, type, first, last);
  }

  /**
   * CSPICE {@code spkuds_c}: unpacks a segment descriptor.
   *
   * @param descr {@code double[5]}
   * @return its fields
   */
  public SpkDescriptor unpackDescriptor(double[] descr) {
    return backend.spkWriter().spkuds(descr);
  }
}
