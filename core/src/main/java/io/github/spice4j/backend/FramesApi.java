package io.github.spice4j.backend;

import io.github.spice4j.FrameDescriptor;
import io.github.spice4j.FrameInfo;
import io.github.spice4j.FrameRef;
import io.github.spice4j.Matrix3;
import io.github.spice4j.Matrix6;
import java.util.Optional;
import java.util.OptionalInt;
import java.nio.DoubleBuffer;

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

  // --- batches: one frame pair over many epochs ------------------------------------------------------

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/pxform_c.html">{@code pxform_c}</a> over many epochs in one call (frame names passed
   * once, the engine locked once).
   *
   * @param from source frame
   * @param to target frame
   * @param ets epochs, TDB seconds past J2000; items {@code ets[offset .. offset+count-1]} are used
   * @param offset index of the first epoch
   * @param count number of epochs
   * @param rotations receives rotation {@code i} (3x3, row-major) at {@code rotations[9i .. 9i+8]}; length
   *     at least {@code 9*count}
   * @throws io.github.spice4j.SpiceBatchException when CSPICE fails at one epoch ({@code index()} within
   *     the range; rotations before it are filled)
   * @throws IllegalArgumentException if an epoch is NaN or the output is too short
   * @throws IndexOutOfBoundsException if the range lies outside {@code ets}
   */
  void pxform(String from, String to, double[] ets, int offset, int count, double[] rotations);

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/sxform_c.html">{@code sxform_c}</a> over many epochs in one call.
   *
   * @param from source frame
   * @param to target frame
   * @param ets epochs, TDB seconds past J2000; items {@code ets[offset .. offset+count-1]} are used
   * @param offset index of the first epoch
   * @param count number of epochs
   * @param xforms receives transformation {@code i} (6x6, row-major) at {@code xforms[36i .. 36i+35]};
   *     length at least {@code 36*count}
   * @throws io.github.spice4j.SpiceBatchException when CSPICE fails at one epoch
   * @throws IllegalArgumentException if an epoch is NaN or the output is too short
   * @throws IndexOutOfBoundsException if the range lies outside {@code ets}
   */
  void sxform(String from, String to, double[] ets, int offset, int count, double[] xforms);

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/pxform_c.html">{@code pxform_c}</a> over the epochs of a direct buffer (position to
   * limit) into a direct buffer (9 row-major values per epoch from its position), written in place by the
   * engine. Buffers are direct and in native byte order; no position changes.
   *
   * @param from source frame
   * @param to target frame
   * @param ets epochs, TDB seconds past J2000
   * @param rotations receives 9 values per epoch
   * @throws io.github.spice4j.SpiceBatchException when CSPICE fails at one epoch
   * @throws IllegalArgumentException if a buffer is unsuitable or an epoch is NaN
   */
  void pxform(String from, String to, DoubleBuffer ets, DoubleBuffer rotations);

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/sxform_c.html">{@code sxform_c}</a> over a direct buffer of epochs into a direct
   * buffer (36 row-major values per epoch); as {@link #pxform(String, String, DoubleBuffer, DoubleBuffer)}.
   *
   * @param from source frame
   * @param to target frame
   * @param ets epochs, TDB seconds past J2000
   * @param xforms receives 36 values per epoch
   * @throws io.github.spice4j.SpiceBatchException when CSPICE fails at one epoch
   * @throws IllegalArgumentException if a buffer is unsuitable or an epoch is NaN
   */
  void sxform(String from, String to, DoubleBuffer ets, DoubleBuffer xforms);
}
