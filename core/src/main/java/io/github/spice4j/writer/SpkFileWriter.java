package io.github.spice4j.writer;


/**
 * Writes SPK files of types 2, 3, 9 and 13 with this project's own DAF writer (the engine writes type 8
 * through {@code SpkWriterApi}). Segments are laid out as NAIF's
 * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/req/spk.html">SPK Required Reading</a>
 * documents them; the file appears when the writer closes:
 *
 * <pre>{@code
 * try (SpkFileWriter w = SpkFileWriter.open(KernelOutput.of(spice, OutputTarget.virtual("out/probe.bsp")), "MY SPK")) {
 *   w.writeType13("-999", "EARTH", "J2000", first, last, "PROBE", 7, states, epochs);
 * }
 * spice.loadOutput("out/probe.bsp");
 * }</pre>
 *
 * <p>Bodies are NAIF IDs, or (for a writer opened on a {@link KernelOutput#of Spice}) names or decimal IDs as
 * {@code spkezr} takes them (CSPICE
 * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/bods2c_c.html">bods2c_c</a>); frames
 * are NAIF frame IDs (e.g. 1 for {@code J2000}) or names (CSPICE
 * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/namfrm_c.html">namfrm_c</a>). Times
 * are ET (TDB seconds past J2000), states km and km/s. Each condition CSPICE's writer documents is
 * refused with the {@link io.github.spice4j.SpiceException} it names, a null argument with
 * {@link NullPointerException}, an array of the wrong length or a NaN or infinite value with
 * {@link IllegalArgumentException}; all before anything is written, and the writer stays usable.
 */
public final class SpkFileWriter extends DafFileWriter {
  private SpkFileWriter(String ifname, KernelOutput output) {
    super("DAF/SPK", ifname, output);
  }

  /**
   * Starts a new SPK file, like CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/spkopn_c.html">spkopn_c</a> without comment
   * area; the file is written when the writer closes.
   *
   * @param output where the file goes, and whether names are resolved (see {@link KernelOutput})
   * @param ifname internal file name, printable ASCII, not blank (only the first 60 characters are kept)
   * @return the open writer; close it
   * @throws IllegalArgumentException if ifname is blank or not printable, or a virtual id is invalid
   * @throws IllegalStateException if a writer of the virtual id is still open, or its Spice is closed
   * @throws java.io.UncheckedIOException if the file exists or cannot be created
   */
  public static SpkFileWriter open(KernelOutput output, String ifname) {
    return new SpkFileWriter(ifname, output);
  }

  /**
   * Writes a type 2 segment: Chebyshev polynomials for position over equal, contiguous intervals; velocity
   * is their derivative. Like CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/spkw02_c.html">spkw02_c</a>.
   *
   * @param body NAIF ID of the body (not 0)
   * @param center NAIF ID of its center of motion (not body)
   * @param frame NAIF frame ID of the reference frame
   * @param first coverage start, ET
   * @param last coverage end, ET; {@code btime <= first < last <= btime + n*intlen}, up to a relative
   *     1e-13 as CSPICE allows
   * @param segid segment identifier, up to 40 printable ASCII characters
   * @param intlen length of each interval, seconds (positive)
   * @param polydg degree of the polynomials, 0 to 27
   * @param cdata {@code double[n*3*(polydg+1)]}, n at least 1: for each interval i (0-based, from
   *     {@code btime + i*intlen} to {@code btime + (i+1)*intlen}) the coefficients of x, then y, then z (km),
   *     each from degree 0 up, in the interval's time scaled to [-1, 1]
   * @param btime start of the first interval, ET
   * @throws IllegalStateException if the writer is closed
   * @throws NullPointerException if segid or cdata is null
   * @throws IllegalArgumentException if cdata's length is no multiple of a record, or on a NaN or infinite
   *     value
   * @throws io.github.spice4j.SpiceException {@code SPICE(NUMCOEFFSNOTPOS)} for no record,
   *     {@code SPICE(INTLENNOTPOS)}, {@code SPICE(INVALIDREFFRAME)}, {@code SPICE(BADDESCRTIMES)} if
   *     {@code first >= last}, {@code SPICE(COVERAGEGAP)}, {@code SPICE(INVALIDDEGREE)},
   *     {@code SPICE(BARYCENTEREPHEM)}, {@code SPICE(BODYANDCENTERSAME)}, {@code SPICE(EMPTYSTRING)},
   *     {@code SPICE(SEGIDTOOLONG)} or {@code SPICE(NONPRINTABLECHARS)}
   */
  public void writeType02(int body, int center, int frame, double first, double last, String segid, double intlen,
      int polydg, double[] cdata, double btime) {
    writeChebyshev("spkw02", 2, body, center, frame, first, last, segid, intlen, polydg, cdata, btime);
  }

  /**
   * {@link #writeType02(int, int, int, double, double, String, double, int, double[], double) Type 2} with the body
   * and center given by name or decimal NAIF ID (e.g. {@code "MOON"}, {@code "-999"}) and the frame by name (e.g.
   * {@code "J2000"}), as spkw02_c takes it. Arguments and exceptions are the ID form's, plus {@code
   * SPICE(IDCODENOTFOUND)} for an unknown body, {@code SPICE(INVALIDREFFRAME)} for an unknown frame, and {@link
   * IllegalStateException} when the writer was not opened on a Spice.
   */
  public void writeType02(String body, String center, String frame, double first, double last, String segid,
      double intlen, int polydg, double[] cdata, double btime) {
    int[] ids = ids("spkw02", body, center, frame);
    writeChebyshev("spkw02", 2, ids[0], ids[1], ids[2], first, last, segid, intlen, polydg, cdata, btime);
  }

  /**
   * Writes a type 3 segment: Chebyshev polynomials for position and for velocity over equal, contiguous
   * intervals. Like CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/spkw03_c.html">spkw03_c</a>.
   *
   * @param body NAIF ID of the body (not 0)
   * @param center NAIF ID of its center of motion (not body)
   * @param frame NAIF frame ID of the reference frame
   * @param first coverage start, ET
   * @param last coverage end, ET; {@code btime <= first < last <= btime + n*intlen}, up to a relative
   *     1e-13 as CSPICE allows
   * @param segid segment identifier, up to 40 printable ASCII characters
   * @param intlen length of each interval, seconds (positive)
   * @param polydg degree of the polynomials, 0 to 27
   * @param cdata {@code double[n*6*(polydg+1)]}, n at least 1: for each interval the coefficients of x, y,
   *     z (km), then vx, vy, vz (km/s), each from degree 0 up, in the interval's time scaled to [-1, 1]
   * @param btime start of the first interval, ET
   * @throws IllegalStateException if the writer is closed
   * @throws NullPointerException if segid or cdata is null
   * @throws IllegalArgumentException if cdata's length is no multiple of a record, or on a NaN or infinite
   *     value
   * @throws io.github.spice4j.SpiceException as {@link #writeType02(int, int, int, double, double, String,
   *     double, int, double[], double) type 2}
   */
  public void writeType03(int body, int center, int frame, double first, double last, String segid, double intlen,
      int polydg, double[] cdata, double btime) {
    writeChebyshev("spkw03", 3, body, center, frame, first, last, segid, intlen, polydg, cdata, btime);
  }

  /**
   * {@link #writeType03(int, int, int, double, double, String, double, int, double[], double) Type 3} with the body
   * and center given by name or decimal NAIF ID (e.g. {@code "MOON"}, {@code "-999"}) and the frame by name (e.g.
   * {@code "J2000"}), as spkw03_c takes it. Arguments and exceptions are the ID form's, plus {@code
   * SPICE(IDCODENOTFOUND)} for an unknown body, {@code SPICE(INVALIDREFFRAME)} for an unknown frame, and {@link
   * IllegalStateException} when the writer was not opened on a Spice.
   */
  public void writeType03(String body, String center, String frame, double first, double last, String segid,
      double intlen, int polydg, double[] cdata, double btime) {
    int[] ids = ids("spkw03", body, center, frame);
    writeChebyshev("spkw03", 3, ids[0], ids[1], ids[2], first, last, segid, intlen, polydg, cdata, btime);
  }

  /**
   * Writes a type 9 segment: Lagrange interpolation of states at unequal, increasing epochs. Like CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/spkw09_c.html">spkw09_c</a>.
   *
   * @param body NAIF ID of the body (not 0)
   * @param center NAIF ID of its center of motion (not body)
   * @param frame NAIF frame ID of the reference frame
   * @param first coverage start, ET
   * @param last coverage end, ET; {@code epochs[0] <= first < last <= epochs[n-1]}
   * @param segid segment identifier, up to 40 printable ASCII characters
   * @param degree degree of the interpolating polynomials, 1 to 27; n must exceed it
   * @param states {@code double[6*n]}: states {@code [x, y, z, vx, vy, vz]} (km, km/s) one after the other
   * @param epochs {@code double[n]}: their epochs, ET, strictly increasing
   * @throws IllegalStateException if the writer is closed
   * @throws NullPointerException if segid, states or epochs is null
   * @throws IllegalArgumentException if states is not {@code double[6*n]}, or on a NaN or infinite value
   * @throws io.github.spice4j.SpiceException {@code SPICE(INVALIDDEGREE)}, {@code SPICE(TOOFEWSTATES)},
   *     {@code SPICE(TIMESOUTOFORDER)}, {@code SPICE(BADDESCRTIMES)} (bounds out of order or outside the
   *     epochs), {@code SPICE(INVALIDREFFRAME)}, {@code SPICE(BARYCENTEREPHEM)},
   *     {@code SPICE(BODYANDCENTERSAME)}, {@code SPICE(EMPTYSTRING)}, {@code SPICE(SEGIDTOOLONG)} or
   *     {@code SPICE(NONPRINTABLECHARS)}
   */
  public void writeType09(int body, int center, int frame, double first, double last, String segid, int degree,
      double[] states, double[] epochs) {
    check("spkw09", body, center, frame, segid);
    add(9, body, center, frame, first, last, segid,
        DiscreteStateSegment.type9("spkw09", first, last, degree, states, epochs));
  }

  /**
   * {@link #writeType09(int, int, int, double, double, String, int, double[], double[]) Type 9} with the body and
   * center given by name or decimal NAIF ID (e.g. {@code "MOON"}, {@code "-999"}) and the frame by name (e.g. {@code
   * "J2000"}), as spkw09_c takes it. Arguments and exceptions are the ID form's, plus {@code SPICE(IDCODENOTFOUND)}
   * for an unknown body, {@code SPICE(INVALIDREFFRAME)} for an unknown frame, and {@link IllegalStateException} when
   * the writer was not opened on a Spice.
   */
  public void writeType09(String body, String center, String frame, double first, double last, String segid,
      int degree, double[] states, double[] epochs) {
    int[] ids = ids("spkw09", body, center, frame);
    writeType09(ids[0], ids[1], ids[2], first, last, segid, degree, states, epochs);
  }

  /**
   * Writes a type 13 segment: Hermite interpolation of positions and velocities at unequal, increasing
   * epochs. Like CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/spkw13_c.html">spkw13_c</a>.
   *
   * @param body NAIF ID of the body (not 0)
   * @param center NAIF ID of its center of motion (not body)
   * @param frame NAIF frame ID of the reference frame
   * @param first coverage start, ET
   * @param last coverage end, ET; {@code epochs[0] <= first < last <= epochs[n-1]}
   * @param segid segment identifier, up to 40 printable ASCII characters
   * @param degree degree of the Hermite polynomials, odd, 1 to 27; each uses {@code (degree+1)/2} states,
   *     and n must be at least that
   * @param states {@code double[6*n]}: states {@code [x, y, z, vx, vy, vz]} (km, km/s) one after the other
   * @param epochs {@code double[n]}: their epochs, ET, strictly increasing
   * @throws IllegalStateException if the writer is closed
   * @throws NullPointerException if segid, states or epochs is null
   * @throws IllegalArgumentException if states is not {@code double[6*n]}, or on a NaN or infinite value
   * @throws io.github.spice4j.SpiceException as {@link #writeType09(int, int, int, double, double, String,
   *     int, double[], double[]) type 9}, {@code SPICE(INVALIDDEGREE)} also for an even degree
   */
  public void writeType13(int body, int center, int frame, double first, double last, String segid, int degree,
      double[] states, double[] epochs) {
    check("spkw13", body, center, frame, segid);
    add(13, body, center, frame, first, last, segid,
        DiscreteStateSegment.type13("spkw13", first, last, degree, states, epochs));
  }

  /**
   * {@link #writeType13(int, int, int, double, double, String, int, double[], double[]) Type 13} with the body and
   * center given by name or decimal NAIF ID (e.g. {@code "MOON"}, {@code "-999"}) and the frame by name (e.g. {@code
   * "J2000"}), as spkw13_c takes it. Arguments and exceptions are the ID form's, plus {@code SPICE(IDCODENOTFOUND)}
   * for an unknown body, {@code SPICE(INVALIDREFFRAME)} for an unknown frame, and {@link IllegalStateException} when
   * the writer was not opened on a Spice.
   */
  public void writeType13(String body, String center, String frame, double first, double last, String segid,
      int degree, double[] states, double[] epochs) {
    int[] ids = ids("spkw13", body, center, frame);
    writeType13(ids[0], ids[1], ids[2], first, last, segid, degree, states, epochs);
  }

  /** Body, center and frame IDs of names, resolved through the writer's engine. */
  private int[] ids(String routine, String body, String center, String frame) {
    requireOpen();
    Names names = names();
    return new int[] {names.body(routine, "body", body), names.body(routine, "center", center),
      names.frame(routine, frame)};
  }

  private void writeChebyshev(String routine, int type, int body, int center, int frame, double first, double last,
      String segid, double intlen, int polydg, double[] cdata, double btime) {
    check(routine, body, center, frame, segid);
    add(type, body, center, frame, first, last, segid,
        ChebyshevSegment.data(routine, type == 2 ? 3 : 6, first, last, intlen, polydg, cdata, btime));
  }

  /** The descriptor checks of CSPICE's spkpds and the segment identifier. */
  private void check(String routine, int body, int center, int frame, String segid) {
    requireOpen();
    if (body == 0) {
      throw Segments.error(routine, "BARYCENTEREPHEM", "Body 0, the solar system barycenter, cannot be a"
          + " segment's body.");
    }
    if (body == center) {
      throw Segments.error(routine, "BODYANDCENTERSAME", "The body and its center are both " + body + ".");
    }
    frame(routine, frame);
    Segments.segid(routine, segid, segidLength());
  }

  private void add(int type, int body, int center, int frame, double first, double last, String segid,
      double[] data) {
    add(new double[] {first, last}, new int[] {body, center, frame, type}, segid, data);
  }
}
