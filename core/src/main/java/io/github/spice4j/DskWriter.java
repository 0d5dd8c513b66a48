package io.github.spice4j;

/**
 * A DSK file open for writing ({@link io.github.spice4j.backend.DskApi#dskopn}). Close it to finish the file (CSPICE
 * {@code dascls_c}, what {@code dskcls_c} does without its optional segregation pass); for a virtual
 * output its bytes become readable with {@link io.github.spice4j.backend.KernelsApi#virtualOutput(String)} only then. A writer
 * dropped without closing is closed by a {@link java.lang.ref.Cleaner} (a backstop, not a
 * substitute), and dies with its backend.
 *
 * <p>Thread-safe: calls go through the owning backend's engine lock.
 */
public interface DskWriter extends AutoCloseable {
  /** The CSPICE DAS handle this writer was opened with (meaningless once closed). */
  int handle();

  /** Where the file goes. */
  OutputTarget target();

  /** Whether the writer is still open (not closed, and its backend not closed or rebuilt after a trap). */
  boolean isOpen();

  /**
   * CSPICE {@code dskw02_c}: writes a type 2 (triangular plate model) segment. The vertex and plate
   * counts are the array lengths divided by 3.
   *
   * @param center NAIF ID of the body the surface describes
   * @param surfid surface ID code
   * @param dclass data class: 1 = single-valued surface, 2 = general surface
   * @param frame name of the body-fixed frame of the vertices, e.g. {@code IAU_MARS}
   * @param corsys coordinate system of the bounds: 1 latitudinal, 2 cylindrical, 3 rectangular, 4 planetodetic
   * @param corpar coordinate parameters, {@code double[10]} (planetodetic: equatorial radius km and
   *     flattening; otherwise unused, zeros)
   * @param mncor1 minimum of the first coordinate (latitudinal: longitude, rad)
   * @param mxcor1 maximum of the first coordinate
   * @param mncor2 minimum of the second coordinate (latitudinal: latitude, rad)
   * @param mxcor2 maximum of the second coordinate
   * @param mncor3 minimum of the third coordinate (latitudinal: radius, km)
   * @param mxcor3 maximum of the third coordinate
   * @param first coverage start, ET (TDB seconds past J2000)
   * @param last coverage stop, ET
   * @param vrtces vertices, {@code double[3*nv]} (x, y, z of each vertex in turn, km)
   * @param plates plates, {@code int[3*np]}: three 1-based vertex numbers per plate
   * @param index the spatial index {@link io.github.spice4j.backend.DskApi#dskmi2} built for these vertices and plates
   * @throws IllegalStateException if the writer is closed
   * @throws NullPointerException if an array, frame or index is null
   * @throws IllegalArgumentException if corpar is not {@code double[10]}, vrtces or plates is empty or
   *     not a multiple of 3 long, or a number is NaN
   * @throws io.github.spice4j.SpiceException from CSPICE, e.g. {@code SPICE(EMPTYSTRING)},
   *     {@code SPICE(NOTSUPPORTED)} (data class or coordinate system), {@code SPICE(FRAMEIDNOTFOUND)},
   *     {@code SPICE(INVALIDLONEXTENT)}, {@code SPICE(VALUEOUTOFRANGE)} (latitude),
   *     {@code SPICE(BOUNDSOUTOFORDER)}, {@code SPICE(BADVERTEXINDEX)}, {@code SPICE(TIMESOUTOFORDER)}
   */
  void writeType02(int center, int surfid, int dclass, String frame, int corsys, double[] corpar, double mncor1,
      double mxcor1, double mncor2, double mxcor2, double mncor3, double mxcor3, double first, double last,
      double[] vrtces, int[] plates, DskSpatialIndex index);

  /**
   * Finishes and closes the file (CSPICE {@code dascls_c}). Closing again does nothing.
   *
   * @throws io.github.spice4j.SpiceException if CSPICE reported an error while closing (the handle is
   *     released regardless)
   */
  @Override
  void close();
}
