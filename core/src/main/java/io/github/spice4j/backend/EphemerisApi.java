package io.github.spice4j.backend;

import io.github.spice4j.PositionVector;
import io.github.spice4j.StateVector;
import io.github.spice4j.TimeInterval;
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
}
