package io.github.spice4j.backend;

import io.github.spice4j.PositionVector;
import io.github.spice4j.StateVector;
import io.github.spice4j.TimeInterval;
import java.nio.DoubleBuffer;
import java.nio.file.Path;
import java.util.List;

/**
 * SPK ephemeris reads. {@code abcorr} is one of {@code NONE, LT, LT+S, CN, CN+S, XLT, XLT+S, XCN, XCN+S};
 * states are km and km/s, light times seconds, epochs ET (TDB seconds past J2000).
 */
public interface EphemerisApi {
  /**
   * CSPICE {@code spkezr_c}: state of a target relative to an observer, by name.
   *
   * @param target target name or ID string, e.g. {@code MOON}
   * @param et TDB seconds past J2000
   * @param ref frame, e.g. {@code J2000}
   * @param abcorr aberration correction
   * @param observer observer name or ID string
   * @return state (km, km/s) and one-way light time (s)
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(IDCODENOTFOUND)}, {@code SPICE(SPKINSUFFDATA)}
   */
  StateVector spkezr(String target, double et, String ref, String abcorr, String observer);

  /**
   * CSPICE {@code spkpos_c}: position of a target relative to an observer, by name.
   *
   * @param target target name
   * @param et TDB seconds past J2000
   * @param ref frame
   * @param abcorr aberration correction
   * @param observer observer name
   * @return position (km) and light time (s)
   */
  PositionVector spkpos(String target, double et, String ref, String abcorr, String observer);

  /**
   * CSPICE {@code spkez_c}: state by NAIF IDs.
   *
   * @param target target ID
   * @param et TDB seconds past J2000
   * @param ref frame
   * @param abcorr aberration correction
   * @param observer observer ID
   * @return state and light time
   */
  StateVector spkez(int target, double et, String ref, String abcorr, int observer);

  /**
   * CSPICE {@code spkezp_c}: position by NAIF IDs.
   *
   * @param target target ID
   * @param et TDB seconds past J2000
   * @param ref frame
   * @param abcorr aberration correction
   * @param observer observer ID
   * @return position and light time
   */
  PositionVector spkezp(int target, double et, String ref, String abcorr, int observer);

  /**
   * CSPICE {@code spkgeo_c}: geometric state (no aberration correction).
   *
   * @param target target ID
   * @param et TDB seconds past J2000
   * @param ref frame
   * @param observer observer ID
   * @return state and light time
   */
  StateVector spkgeo(int target, double et, String ref, int observer);

  /**
   * CSPICE {@code spkgps_c}: geometric position.
   *
   * @param target target ID
   * @param et TDB seconds past J2000
   * @param ref frame
   * @param observer observer ID
   * @return position and light time
   */
  PositionVector spkgps(int target, double et, String ref, int observer);

  /**
   * CSPICE {@code spkssb_c}: state relative to the solar system barycenter.
   *
   * @param target target ID
   * @param et TDB seconds past J2000
   * @param ref frame
   * @return state; light time is 0 (spkssb computes none)
   */
  StateVector spkssb(int target, double et, String ref);

  /**
   * CSPICE {@code spkobj_c}: the bodies an SPK file covers.
   *
   * @param spk SPK file, or the virtual id of a byte-backed SPK loaded with {@link KernelsApi#furnsh(String, byte[])}
   * @return NAIF IDs in ascending order
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(FILENOTFOUND)}, {@code SPICE(INVALIDFILETYPE)}
   */
  int[] spkobj(String spk);

  /**
   * CSPICE {@code spkcov_c}: coverage window of one body in an SPK file.
   *
   * @param spk SPK file or virtual id
   * @param idcode NAIF ID
   * @return the disjoint intervals in ascending order (ET seconds); empty when the body is absent
   */
  List<TimeInterval> spkcov(String spk, int idcode);

  // --- batches: one target/observer/frame/abcorr over many epochs ------------------------------------

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/spkezr_c.html">{@code spkezr_c}</a> over many epochs in one call: the names are
   * passed to the engine once and the engine is locked once for the whole batch.
   *
   * @param target target name or ID string
   * @param ets epochs, TDB seconds past J2000; items {@code ets[offset .. offset+count-1]} are used
   * @param offset index of the first epoch in {@code ets}
   * @param count number of epochs
   * @param ref frame, e.g. {@code J2000}
   * @param abcorr aberration correction
   * @param observer observer name or ID string
   * @param states receives state {@code i} (x, y, z km, vx, vy, vz km/s) at {@code states[6i .. 6i+5]};
   *     length at least {@code 6*count}
   * @param lts receives the one-way light time (s) of epoch {@code i} at {@code lts[i]}; length at least
   *     {@code count}, or null when not wanted
   * @throws io.github.spice4j.SpiceBatchException when CSPICE fails at one epoch: its {@code index()} is
   *     that epoch's position in the range (items before it are filled)
   * @throws IllegalArgumentException if an epoch is NaN or an output is too short
   * @throws IndexOutOfBoundsException if the range lies outside {@code ets}
   */
  void spkezr(String target, double[] ets, int offset, int count, String ref, String abcorr, String observer,
      double[] states, double[] lts);

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/spkpos_c.html">{@code spkpos_c}</a> over many epochs in one call (see
   * {@link #spkezr(String, double[], int, int, String, String, String, double[], double[])}).
   *
   * @param target target name or ID string
   * @param ets epochs, TDB seconds past J2000; items {@code ets[offset .. offset+count-1]} are used
   * @param offset index of the first epoch in {@code ets}
   * @param count number of epochs
   * @param ref frame
   * @param abcorr aberration correction
   * @param observer observer name or ID string
   * @param positions receives position {@code i} (km) at {@code positions[3i .. 3i+2]}; length at least
   *     {@code 3*count}
   * @param lts receives light times (s), length at least {@code count}, or null
   * @throws io.github.spice4j.SpiceBatchException when CSPICE fails at one epoch (see {@code spkezr})
   * @throws IllegalArgumentException if an epoch is NaN or an output is too short
   * @throws IndexOutOfBoundsException if the range lies outside {@code ets}
   */
  void spkpos(String target, double[] ets, int offset, int count, String ref, String abcorr, String observer,
      double[] positions, double[] lts);

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/spkezr_c.html">{@code spkezr_c}</a> over the epochs of a direct buffer, written
   * by the engine straight into direct output buffers (no copies through the Java heap; for very large
   * batches). Buffers are direct, in {@link java.nio.ByteOrder#nativeOrder() native order}; the epochs
   * are those between {@code ets}' position and limit, outputs are written from their positions. No
   * buffer's position changes.
   *
   * @param target target name or ID string
   * @param ets epochs, TDB seconds past J2000
   * @param ref frame
   * @param abcorr aberration correction
   * @param observer observer name or ID string
   * @param states receives 6 values per epoch (km, km/s)
   * @param lts receives one light time (s) per epoch, or null
   * @throws io.github.spice4j.SpiceBatchException when CSPICE fails at one epoch (index relative to
   *     {@code ets}' position)
   * @throws IllegalArgumentException if a buffer is not direct, not native order, read-only or too small,
   *     or an epoch is NaN
   */
  void spkezr(String target, DoubleBuffer ets, String ref, String abcorr, String observer, DoubleBuffer states,
      DoubleBuffer lts);

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/spkpos_c.html">{@code spkpos_c}</a> over a direct buffer of epochs into direct
   * buffers (see {@link #spkezr(String, DoubleBuffer, String, String, String, DoubleBuffer, DoubleBuffer)}).
   *
   * @param target target name or ID string
   * @param ets epochs, TDB seconds past J2000
   * @param ref frame
   * @param abcorr aberration correction
   * @param observer observer name or ID string
   * @param positions receives 3 values (km) per epoch
   * @param lts receives one light time (s) per epoch, or null
   * @throws io.github.spice4j.SpiceBatchException when CSPICE fails at one epoch
   * @throws IllegalArgumentException if a buffer is unsuitable or an epoch is NaN
   */
  void spkpos(String target, DoubleBuffer ets, String ref, String abcorr, String observer, DoubleBuffer positions,
      DoubleBuffer lts);
}
