package io.github.spice4j.writer;

import java.nio.file.Path;

/**
 * Writes SPK files of types 2, 3, 9 and 13 with this project's own DAF writer (the engine writes type 8
 * through {@code SpkWriterApi}). Segments are laid out as NAIF's
 * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/req/spk.html">SPK Required Reading</a>
 * documents them; the file appears when the writer closes:
 *
 * <pre>{@code
 * try (SpkFileWriter w = SpkFileWriter.inMemory("MY SPK")) {
 *   w.writeType13(-999, 399, 1, first, last, "PROBE", 7, states, epochs);
 * }
 * spice.load("out/probe.bsp", w.toByteArray());   // or SpkFileWriter.create(path, ...) and load the path
 * }</pre>
 *
 * <p>Frames are given by NAIF frame ID (e.g. 1 for {@code J2000}; see CSPICE
 * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/namfrm_c.html">namfrm_c</a>), times as
 * ET (TDB seconds past J2000), states in km and km/s. Invalid input is refused with an
 * {@link IllegalArgumentException} (or {@link NullPointerException} for a null argument) before anything is
 * written, and the writer stays usable.
 */
public final class SpkFileWriter extends DafFileWriter {
  private static final int ND = 2;
  private static final int NI = 6;

  private SpkFileWriter(String ifname, Path file) {
    super(new DafWriter("DAF/SPK", ND, NI, ifname), file);
  }

  /**
   * Starts a new SPK file on disk, like CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/spkopn_c.html">spkopn_c</a> without
   * comment area. The file is created empty now (an existing file is never replaced) and filled on close.
   *
   * @param file the new file
   * @param ifname internal file name, printable ASCII (only the first 60 characters are kept)
   * @return the open writer; close it
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if ifname is blank or not printable ASCII
   * @throws java.io.UncheckedIOException if the file exists or cannot be created
   */
  public static SpkFileWriter create(Path file, String ifname) {
    String name = ifname(ifname);
    return new SpkFileWriter(name, reserve(file));
  }

  /**
   * Starts a new SPK file in memory: after closing, {@link #toByteArray()} returns it, ready for
   * {@code Spice.load(virtualId, bytes)}.
   *
   * @param ifname internal file name, printable ASCII (only the first 60 characters are kept)
   * @return the open writer; close it
   * @throws NullPointerException if ifname is null
   * @throws IllegalArgumentException if ifname is blank or not printable ASCII
   */
  public static SpkFileWriter inMemory(String ifname) {
    return new SpkFileWriter(ifname(ifname), null);
  }

  /**
   * Writes a type 2 segment: Chebyshev polynomials for position over equal, contiguous intervals; velocity
   * is their derivative. Like CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/spkw02_c.html">spkw02_c</a>.
   *
   * @param body NAIF ID of the body
   * @param center NAIF ID of its center of motion (not body)
   * @param frame NAIF frame ID of the reference frame
   * @param first coverage start, ET
   * @param last coverage end, ET; {@code btime <= first < last <= btime + n*intlen}
   * @param segid segment identifier, 1 to 40 printable ASCII characters
   * @param intlen length of each interval, seconds (positive)
   * @param polydg degree of the polynomials, 1 to 27
   * @param cdata {@code double[n*3*(polydg+1)]}: for each interval i (0-based, from
   *     {@code btime + i*intlen} to {@code btime + (i+1)*intlen}) the coefficients of x, then y, then z (km),
   *     each from degree 0 up, in the interval's time scaled to [-1, 1]
   * @param btime start of the first interval, ET
   * @throws IllegalStateException if the writer is closed
   * @throws NullPointerException if segid or cdata is null
   * @throws IllegalArgumentException on a bad size, degree, time, identifier, frame 0, or a NaN or infinite
   *     value
   */
  public void writeType02(int body, int center, int frame, double first, double last, String segid, double intlen,
      int polydg, double[] cdata, double btime) {
    writeChebyshev("spkw02", 2, body, center, frame, first, last, segid, intlen, polydg, cdata, btime);
  }

  /**
   * Writes a type 3 segment: Chebyshev polynomials for position and for velocity over equal, contiguous
   * intervals. Like CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/spkw03_c.html">spkw03_c</a>.
   *
   * @param body NAIF ID of the body
   * @param center NAIF ID of its center of motion (not body)
   * @param frame NAIF frame ID of the reference frame
   * @param first coverage start, ET
   * @param last coverage end, ET; {@code btime <= first < last <= btime + n*intlen}
   * @param segid segment identifier, 1 to 40 printable ASCII characters
   * @param intlen length of each interval, seconds (positive)
   * @param polydg degree of the polynomials, 1 to 27
   * @param cdata {@code double[n*6*(polydg+1)]}: for each interval the coefficients of x, y, z (km), then vx,
   *     vy, vz (km/s), each from degree 0 up, in the interval's time scaled to [-1, 1]
   * @param btime start of the first interval, ET
   * @throws IllegalStateException if the writer is closed
   * @throws NullPointerException if segid or cdata is null
   * @throws IllegalArgumentException on a bad size, degree, time, identifier, frame 0, or a NaN or infinite
   *     value
   */
  public void writeType03(int body, int center, int frame, double first, double last, String segid, double intlen,
      int polydg, double[] cdata, double btime) {
    writeChebyshev("spkw03", 3, body, center, frame, first, last, segid, intlen, polydg, cdata, btime);
  }

  /**
   * Writes a type 9 segment: Lagrange interpolation of states at unequal, increasing epochs. Like CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/spkw09_c.html">spkw09_c</a>.
   *
   * @param body NAIF ID of the body
   * @param center NAIF ID of its center of motion (not body)
   * @param frame NAIF frame ID of the reference frame
   * @param first coverage start, ET
   * @param last coverage end, ET; {@code epochs[0] <= first < last <= epochs[n-1]}
   * @param segid segment identifier, 1 to 40 printable ASCII characters
   * @param degree degree of the interpolating polynomials, 1 to 27; n must exceed it
   * @param states {@code double[6*n]}: states {@code [x, y, z, vx, vy, vz]} (km, km/s) one after the other
   * @param epochs {@code double[n]}: their epochs, ET, strictly increasing
   * @throws IllegalStateException if the writer is closed
   * @throws NullPointerException if segid, states or epochs is null
   * @throws IllegalArgumentException on a bad size, degree, time order, identifier, frame 0, or a NaN or
   *     infinite value
   */
  public void writeType09(int body, int center, int frame, double first, double last, String segid, int degree,
      double[] states, double[] epochs) {
    check("spkw09", body, center, frame, segid);
    add(9, body, center, frame, first, last, segid,
        DiscreteStateSegment.type9("spkw09", first, last, degree, states, epochs));
  }

  /**
   * Writes a type 13 segment: Hermite interpolation of positions and velocities at unequal, increasing
   * epochs. Like CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/spkw13_c.html">spkw13_c</a>.
   *
   * @param body NAIF ID of the body
   * @param center NAIF ID of its center of motion (not body)
   * @param frame NAIF frame ID of the reference frame
   * @param first coverage start, ET
   * @param last coverage end, ET; {@code epochs[0] <= first < last <= epochs[n-1]}
   * @param segid segment identifier, 1 to 40 printable ASCII characters
   * @param degree degree of the Hermite polynomials, odd, 1 to 27; each uses {@code (degree+1)/2} states,
   *     and n must be at least that and at least 2
   * @param states {@code double[6*n]}: states {@code [x, y, z, vx, vy, vz]} (km, km/s) one after the other
   * @param epochs {@code double[n]}: their epochs, ET, strictly increasing
   * @throws IllegalStateException if the writer is closed
   * @throws NullPointerException if segid, states or epochs is null
   * @throws IllegalArgumentException on a bad size, degree, time order, identifier, frame 0, or a NaN or
   *     infinite value
   */
  public void writeType13(int body, int center, int frame, double first, double last, String segid, int degree,
      double[] states, double[] epochs) {
    check("spkw13", body, center, frame, segid);
    add(13, body, center, frame, first, last, segid,
        DiscreteStateSegment.type13("spkw13", first, last, degree, states, epochs));
  }

  private void writeChebyshev(String routine, int type, int body, int center, int frame, double first, double last,
      String segid, double intlen, int polydg, double[] cdata, double btime) {
    check(routine, body, center, frame, segid);
    add(type, body, center, frame, first, last, segid,
        ChebyshevSegment.data(routine, type == 2 ? 3 : 6, first, last, intlen, polydg, cdata, btime));
  }

  private void check(String routine, int body, int center, int frame, String segid) {
    requireOpen();
    Segments.segid(routine, segid, segidLength());
    if (frame == 0) throw Segments.bad(routine, "frame 0 is no NAIF frame ID");
    if (body == center) throw Segments.bad(routine, "body and center are both " + body);
  }

  private void add(int type, int body, int center, int frame, double first, double last, String segid,
      double[] data) {
    add(new double[] {first, last}, new int[] {body, center, frame, type}, segid, data);
  }
}
