package io.github.spice4j;

import io.github.spice4j.backend.SpiceBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * C-kernel (CK) pointing of instruments and structures, obtained from {@link Spice#pointing()}. Times are
 * encoded spacecraft clock ticks (see {@link SpacecraftClock#etToTicks}); lookups need the spacecraft's
 * SCLK kernel and the CK, loaded with {@link Spice#load} or {@link #load(String)}.
 *
 * <pre>{@code
 * double ticks = spice.spacecraftClock().etToTicks(-94, et);
 * Optional<CkPointing> p = spice.pointing().at(-94070, ticks, 0, "MGS_SPACECRAFT");
 * }</pre>
 *
 * Kernel file arguments are paths or the virtual ids of kernels loaded with {@link Spice#load(String, byte[])}.
 * Every method throws {@link SpiceException} when CSPICE signals an error ({@code SPICE(EMPTYSTRING)} for
 * an empty required string), {@link NullPointerException} for null arguments and
 * {@link IllegalArgumentException} for a NaN time or tolerance.
 */
public final class Pointing {
  /** What {@link #coverage} measures. */
  public enum Level {
    /** Whole segment bounds. */
    SEGMENT,
    /** Interpolation intervals within segments (gaps excluded). */
    INTERVAL
  }

  /** The time system of {@link #coverage}'s intervals. */
  public enum TimeSystem {
    /** Encoded SCLK ticks. */
    SCLK,
    /** ET, TDB seconds past J2000 (needs the SCLK kernel and an LSK). */
    TDB
  }

  private final SpiceBackend backend;

  Pointing(SpiceBackend backend) {
    this.backend = Objects.requireNonNull(backend, "backend");
  }

  /**
   * CSPICE {@code ckgp_c}: the C-matrix of an instrument or structure at a time.
   *
   * @param inst NAIF ID of the instrument or structure
   * @param ticks requested time, encoded SCLK
   * @param tolerance ticks the returned time may differ from {@code ticks}; 0 for exact
   * @param ref reference frame, e.g. {@code J2000}
   * @return the C-matrix (rotating vectors from {@code ref} into the instrument frame) and its time;
   *     empty when no loaded CK has pointing within the tolerance
   * @throws SpiceException e.g. {@code SPICE(NOLOADEDFILES)}, {@code SPICE(NOFRAMECONNECT)}
   */
  public Optional<CkPointing> at(int inst, double ticks, double tolerance, String ref) {
    return backend.ck().ckgp(inst, ticks, tolerance, ref);
  }

  /**
   * CSPICE {@code ckgpav_c}: the C-matrix and angular velocity (only segments that carry it qualify).
   *
   * @param inst NAIF ID of the instrument or structure
   * @param ticks requested time, encoded SCLK
   * @param tolerance ticks
   * @param ref reference frame
   * @return the pointing with angular velocity (rad/s, in {@code ref}); empty when none is found
   * @throws SpiceException as {@link #at}
   */
  public Optional<CkPointingAv> withAngularVelocity(int inst, double ticks, double tolerance, String ref) {
    return backend.ck().ckgpav(inst, ticks, tolerance, ref);
  }

  /**
   * CSPICE {@code cklpf_c}: loads a CK for pointing lookups only (not listed among the loaded kernels,
   * kept by {@link Spice#clear()}).
   *
   * @param ck path or virtual id
   * @return the handle for {@link #unload(int)}
   * @throws SpiceException e.g. {@code SPICE(FILENOTFOUND)}
   */
  public int load(String ck) {
    return backend.ck().cklpf(ck);
  }

  /**
   * CSPICE {@code ckupf_c}: unloads a CK loaded with {@link #load(String)}; unknown handles are ignored.
   *
   * @param handle the handle {@link #load(String)} returned
   */
  public void unload(int handle) {
    backend.ck().ckupf(handle);
  }

  /**
   * CSPICE {@code ckobj_c}: the instruments and structures a CK has data for.
   *
   * @param ck path or virtual id
   * @return NAIF IDs, ascending
   */
  public List<Integer> objects(String ck) {
    List<Integer> out = new ArrayList<>();
    for (int id : backend.ck().ckobj(ck)) out.add(id);
    return List.copyOf(out);
  }

  /**
   * CSPICE {@code ckcov_c}: coverage of one instrument or structure in a CK.
   *
   * @param ck path or virtual id
   * @param inst NAIF ID
   * @param needAngularVelocity count only segments with angular velocity
   * @param level segment bounds or interpolation intervals
   * @param tolerance ticks added to both sides of each interval before merging; 0 for none
   * @param timeSystem units of the result: ticks ({@link TimeSystem#SCLK}) or ET ({@link TimeSystem#TDB})
   * @return disjoint intervals, ascending, in the units of {@code timeSystem} (with SCLK both endpoints of
   *     each {@link TimeInterval} are ticks); empty when the CK has no data for {@code inst}
   */
  public List<TimeInterval> coverage(String ck, int inst, boolean needAngularVelocity, Level level, double tolerance,
      TimeSystem timeSystem) {
    return backend.ck().ckcov(ck, inst, needAngularVelocity, Objects.requireNonNull(level, "level").name(), tolerance,
        Objects.requireNonNull(timeSystem, "timeSystem").name());
  }
}
