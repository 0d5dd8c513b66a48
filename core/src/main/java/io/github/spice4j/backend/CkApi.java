package io.github.spice4j.backend;

import io.github.spice4j.CkPointing;
import io.github.spice4j.CkPointingAv;
import io.github.spice4j.TimeInterval;
import java.util.List;
import java.util.Optional;

/**
 * C-kernel pointing and coverage (CSPICE ckgp_c, ckgpav_c, cklpf_c, ckupf_c, ckobj_c, ckcov_c).
 *
 * <p>Times are encoded spacecraft clock ticks ({@code sclkdp}, see {@link SclkApi}) of the clock that
 * belongs to the instrument's spacecraft; pointing lookups therefore need that SCLK kernel and, when
 * {@code ref} differs from the segment's frame, the kernels connecting the frames. Kernel file arguments
 * accept a path or the virtual id of a byte-backed kernel loaded with
 * {@link KernelsApi#furnsh(String, byte[])}.
 *
 * <p>Each method throws {@link io.github.spice4j.SpiceException} with CSPICE's short code when CSPICE
 * signals an error ({@code SPICE(EMPTYSTRING)} for an empty required string), {@link NullPointerException}
 * for a null string and {@link IllegalArgumentException} for a NaN time or tolerance.
 */
public interface CkApi {
  /**
   * CSPICE {@code ckgp_c}: pointing of an instrument or structure at an encoded SCLK time.
   *
   * @param inst NAIF ID of the instrument or structure (e.g. -94070)
   * @param sclkdp requested time, encoded SCLK ticks
   * @param tol how far (ticks) the returned time may lie from {@code sclkdp}; 0 for exact
   * @param ref reference frame the C-matrix rotates from, e.g. {@code J2000}
   * @return the pointing, or empty when the loaded CKs have none within the tolerance
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(NOLOADEDFILES)} when no CK is loaded,
   *     {@code SPICE(NOFRAMECONNECT)} when {@code ref} cannot be related to the segment's frame
   */
  Optional<CkPointing> ckgp(int inst, double sclkdp, double tol, String ref);

  /**
   * CSPICE {@code ckgpav_c}: pointing and angular velocity; only segments with angular velocity qualify.
   *
   * @param inst NAIF ID of the instrument or structure
   * @param sclkdp requested time, encoded SCLK ticks
   * @param tol tolerance, ticks
   * @param ref reference frame
   * @return the pointing with angular velocity (rad/s in {@code ref}), or empty when none is found
   * @throws io.github.spice4j.SpiceException as {@link #ckgp}
   */
  Optional<CkPointingAv> ckgpav(int inst, double sclkdp, double tol, String ref);

  /**
   * CSPICE {@code cklpf_c}: loads a CK for the pointing readers only (it does not appear in the kernel
   * database {@code ktotal}/{@code kdata}). Loading an already loaded file returns its handle again. The
   * file stays loaded across {@code kclear} and across an engine rebuild after a trap.
   *
   * @param ck CK file or virtual id
   * @return the file's DAF handle, for {@link #ckupf}
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(FILENOTFOUND)}, {@code SPICE(INVALIDFILETYPE)}
   */
  int cklpf(String ck);

  /**
   * CSPICE {@code ckupf_c}: unloads a CK loaded with {@link #cklpf}. Unknown handles are ignored, as in
   * CSPICE.
   *
   * @param handle the handle {@link #cklpf} returned
   */
  void ckupf(int handle);

  /**
   * CSPICE {@code ckobj_c}: the instruments and structures a CK file has segments for.
   *
   * @param ck CK file or virtual id
   * @return NAIF IDs in ascending order
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(FILENOTFOUND)}, {@code SPICE(INVALIDFILETYPE)}
   */
  int[] ckobj(String ck);

  /**
   * CSPICE {@code ckcov_c}: coverage window of one instrument or structure in a CK file.
   *
   * @param ck CK file or virtual id
   * @param idcode NAIF ID of the instrument or structure
   * @param needav whether only segments with angular velocity count
   * @param level {@code SEGMENT} (segment bounds) or {@code INTERVAL} (interpolation intervals)
   * @param tol ticks added to each side of every interval (then merged), 0 for none
   * @param timsys {@code SCLK}: endpoints are encoded SCLK ticks; {@code TDB}: endpoints are ET seconds
   *     (needs the SCLK kernel and an LSK)
   * @return the disjoint intervals in ascending order, in the units {@code timsys} names; empty when the
   *     ID is absent. ({@link TimeInterval} documents ET; with {@code SCLK} both endpoints are ticks.)
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(INVALIDOPTION)} for a bad level or time system
   */
  List<TimeInterval> ckcov(String ck, int idcode, boolean needav, String level, double tol, String timsys);
}
