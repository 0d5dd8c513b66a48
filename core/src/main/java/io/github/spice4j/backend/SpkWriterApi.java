package io.github.spice4j.backend;

import io.github.spice4j.OutputTarget;
import io.github.spice4j.SpkDescriptor;
import io.github.spice4j.SpkSegment;
import io.github.spice4j.SpkWriter;
import java.util.Optional;

/**
 * SPK writing and segment search (CSPICE {@code spkopn_c}, {@code spkopa_c}, {@code spkw08_c},
 * {@code spkcls_c}, {@code spksfs_c}, {@code spkpds_c}, {@code spkuds_c}). Writers are owned objects
 * ({@link SpkWriter}); {@code spkw08} and {@code spkcls} are its methods.
 */
public interface SpkWriterApi {
  /**
   * CSPICE {@code spkopn_c}: creates a new SPK file and opens it for writing.
   *
   * @param target a new file (CSPICE refuses to overwrite one), or a virtual output whose bytes are
   *     readable with {@link KernelsApi#virtualOutput(String)} after the writer closes
   * @param ifname internal file name (at most 60 characters are kept)
   * @param ncomch number of characters to reserve for comments (0 for none)
   * @return the open writer; close it
   * @throws NullPointerException if target or ifname is null
   * @throws IllegalArgumentException if ncomch is negative or the virtual id is invalid
   * @throws IllegalStateException if a writer for the same virtual output is still open
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(EMPTYSTRING)} for an empty ifname, or
   *     {@code SPICE(FILEOPENFAIL)} when the file cannot be created (e.g. it exists)
   */
  SpkWriter spkopn(OutputTarget target, String ifname, int ncomch);

  /**
   * CSPICE {@code spkopa_c}: opens an existing SPK file to append segments.
   *
   * @param target an existing SPK file, or a closed virtual output of this backend (its bytes are then
   *     extended in place)
   * @return the open writer; close it
   * @throws NullPointerException if target is null
   * @throws IllegalArgumentException if the virtual output does not exist in this backend
   * @throws IllegalStateException if a writer for the same virtual output is still open
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(FILENOTFOUND)}, or
   *     {@code SPICE(FILEOPENCONFLICT)} when the file is loaded for reading
   */
  SpkWriter spkopa(OutputTarget target);

  /**
   * CSPICE {@code spksfs_c}: the highest-priority loaded SPK segment for a body at an epoch (later
   * loaded files first, later segments within a file first).
   *
   * @param body NAIF ID
   * @param et epoch, ET (TDB seconds past J2000)
   * @return the segment, or empty when no loaded segment covers body at et
   * @throws IllegalArgumentException if et is NaN
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(NOLOADEDFILES)} when no SPK is loaded
   */
  Optional<SpkSegment> spksfs(int body, double et);

  /**
   * CSPICE {@code spkpds_c}: packs an SPK segment descriptor.
   *
   * @param body NAIF ID of the body
   * @param center NAIF ID of its center of motion
   * @param frame frame name, e.g. {@code J2000}
   * @param type SPK data type
   * @param first coverage start, ET
   * @param last coverage end, ET
   * @return the packed descriptor, {@code double[5]}
   * @throws NullPointerException if frame is null
   * @throws IllegalArgumentException if a time is NaN
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(EMPTYSTRING)}, {@code SPICE(INVALIDREFFRAME)},
   *     {@code SPICE(BADDESCRTIMES)} (first greater than last)
   */
  double[] spkpds(int body, int center, String frame, int type, double first, double last);

  /**
   * CSPICE {@code spkuds_c}: unpacks an SPK segment descriptor.
   *
   * @param descr the packed descriptor, {@code double[5]}
   * @return its fields
   * @throws NullPointerException if descr is null
   * @throws IllegalArgumentException if descr is not {@code double[5]}
   */
  SpkDescriptor spkuds(double[] descr);
}
