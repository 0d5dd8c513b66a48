package io.github.spice4j;

/**
 * An SPK file open for writing ({@link io.github.spice4j.backend.SpkWriterApi#spkopn} or {@link io.github.spice4j.backend.SpkWriterApi#spkopa}). Close it
 * to finish the file ({@code spkcls_c}); for a virtual output, its bytes become readable with
 * {@link io.github.spice4j.backend.KernelsApi#virtualOutput(String)} only then. A writer dropped without closing is closed by a
 * {@link java.lang.ref.Cleaner} (a backstop, not a substitute), and dies with its backend.
 *
 * <p>Thread-safe: calls go through the owning backend's engine lock.
 */
public interface SpkWriter extends AutoCloseable {
  /** The CSPICE DAF handle this writer was opened with (meaningless once closed). */
  int handle();

  /** Where the file goes. */
  OutputTarget target();

  /** Whether the writer is still open (not closed, and its backend not closed or rebuilt after a trap). */
  boolean isOpen();

  /**
   * CSPICE {@code spkw08_c}: writes a type 8 segment (Lagrange interpolation of equally spaced
   * discrete states).
   *
   * @param body NAIF ID of the body whose states are given
   * @param center NAIF ID of the center of motion
   * @param frame reference frame of the states, e.g. {@code J2000}
   * @param first segment coverage start, ET (TDB seconds past J2000)
   * @param last segment coverage end, ET
   * @param segid segment identifier, at most 40 printable characters
   * @param degree degree of the interpolating polynomials, 1 to 27 (odd degrees are usual)
   * @param states {@code double[6*n]}: n states {@code [x, y, z, vx, vy, vz]} (km, km/s) one after the
   *     other, the i-th (0-based) at {@code epoch1 + i*step}; n must exceed {@code degree}
   * @param epoch1 epoch of the first state, ET
   * @param step time between consecutive states, seconds (positive)
   * @throws IllegalStateException if the writer is closed
   * @throws NullPointerException if frame, segid or states is null
   * @throws IllegalArgumentException if states is empty or its length is not a multiple of 6, or a
   *     time is NaN
   * @throws io.github.spice4j.SpiceException from CSPICE, e.g. {@code SPICE(EMPTYSTRING)},
   *     {@code SPICE(SEGIDTOOLONG)}, {@code SPICE(NONPRINTABLECHARS)}, {@code SPICE(INVALIDDEGREE)} (outside
   *     1..27), {@code SPICE(TOOFEWSTATES)}, {@code SPICE(BADDESCRTIMES)} (first not before last),
   *     {@code SPICE(INVALIDREFFRAME)}, {@code SPICE(INVALIDSTEPSIZE)}
   */
  void writeType08(int body, int center, String frame, double first, double last, String segid, int degree,
      double[] states, double epoch1, double step);

  /**
   * CSPICE {@code spkcls_c}: finishes and closes the file. Closing again does nothing. The file is
   * closed even when CSPICE reports an error (e.g. {@code SPICE(NOSEGMENTSFOUND)} for a file without
   * segments, which is then still a valid, empty SPK).
   *
   * @throws io.github.spice4j.SpiceException if CSPICE reported an error while closing
   */
  @Override
  void close();
}
