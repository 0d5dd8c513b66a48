package io.github.spice4j.backend;

import io.github.spice4j.Matrix3;
import io.github.spice4j.Matrix6;
import java.util.Optional;
import java.util.OptionalInt;

/** Reference frames: names, IDs, and rotations between frames (CK-based frames need CK/SCLK kernels). */
public interface FramesApi {
  /**
   * CSPICE {@code namfrm_c}: frame name to ID code.
   *
   * @param name e.g. {@code J2000}, {@code IAU_EARTH}
   * @return the code, or empty when unknown (CSPICE returns 0)
   */
  OptionalInt namfrm(String name);

  /**
   * CSPICE {@code frmnam_c}: ID code to frame name.
   *
   * @param code frame ID
   * @return the name, or empty when unknown (CSPICE returns blank)
   */
  Optional<String> frmnam(int code);

  /**
   * CSPICE {@code cidfrm_c}: the body-fixed frame associated with a body ID.
   *
   * @param center NAIF body ID
   * @return the frame, or empty when none
   */
  Optional<FrameRef> cidfrm(int center);

  /**
   * CSPICE {@code cnmfrm_c}: the body-fixed frame associated with a body name.
   *
   * @param centerName body name
   * @return the frame, or empty when none
   */
  Optional<FrameRef> cnmfrm(String centerName);

  /**
   * CSPICE {@code frinfo_c}.
   *
   * @param code frame ID
   * @return center, class and class ID, or empty when the frame is unknown
   */
  Optional<FrameInfo> frinfo(int code);

  /**
   * CSPICE {@code ccifrm_c}: the frame with a given class and class ID.
   *
   * @param frameClass 1..6 (see {@link FrameInfo#frameClass()})
   * @param classId ID within the class
   * @return the frame, or empty when none
   */
  Optional<FrameDescriptor> ccifrm(int frameClass, int classId);

  /**
   * CSPICE {@code pxform_c}: rotation from one frame to another at an epoch ({@code v_to = M * v_from}).
   *
   * @param from source frame name
   * @param to target frame name
   * @param et TDB seconds past J2000
   * @return the 3x3 rotation (row-major)
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(UNKNOWNFRAME)}, {@code SPICE(FRAMEDATANOTFOUND)}
   */
  Matrix3 pxform(String from, String to, double et);

  /**
   * CSPICE {@code sxform_c}: state transformation from one frame to another at an epoch.
   *
   * @param from source frame name
   * @param to target frame name
   * @param et TDB seconds past J2000
   * @return the 6x6 state transformation (row-major)
   */
  Matrix6 sxform(String from, String to, double et);
}
