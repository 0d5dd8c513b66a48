package io.github.spice4j.writer;


/**
 * Writes CK files of types 1 and 3 with this project's own DAF writer. Segments are laid out as NAIF's
 * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/req/ck.html">CK Required Reading</a> documents
 * them; the file appears when the writer closes, where its {@link KernelOutput} says: on disk, as a
 * virtual output of a {@link io.github.spice4j.Spice} (then {@code spice.loadOutput(id)}), or as bytes
 * ({@link #toByteArray()}).
 *
 * <p>Times are encoded spacecraft clock ticks (see CSPICE
 * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/sce2c_c.html">sce2c_c</a>); reading
 * the file back needs the spacecraft's SCLK kernel. Pointing is given as SPICE quaternions
 * {@code [cos(a/2), sin(a/2)*axis]} of the C-matrix (reference frame to instrument frame; a quaternion of
 * any non-zero length is stored as its unit quaternion); angular velocity in rad/s, in the reference frame.
 * The reference frame is a NAIF frame ID or, for a writer opened on a {@link KernelOutput#of Spice}, a
 * frame name (CSPICE
 * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/namfrm_c.html">namfrm_c</a>). Each
 * condition CSPICE's writer documents is refused with the {@link io.github.spice4j.SpiceException} it
 * names, a null argument with {@link NullPointerException}, an array of the wrong length or a NaN or
 * infinite value with {@link IllegalArgumentException}; all before anything is written, and the writer
 * stays usable.
 */
public final class CkFileWriter extends DafFileWriter {
  private CkFileWriter(String ifname, KernelOutput output) {
    super("DAF/CK", ifname, output);
  }

  /**
   * Starts a new CK file, like CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/ckopn_c.html">ckopn_c</a> without comment
   * area; the file is written when the writer closes.
   *
   * @param output where the file goes, and whether names are resolved (see {@link KernelOutput})
   * @param ifname internal file name, printable ASCII, not blank (only the first 60 characters are kept)
   * @return the open writer; close it
   * @throws IllegalArgumentException if ifname is blank or not printable, or a virtual id is invalid
   * @throws IllegalStateException if a writer of the virtual id is still open, or its Spice is closed
   * @throws java.io.UncheckedIOException if the file exists or cannot be created
   */
  public static CkFileWriter open(KernelOutput output, String ifname) {
    return new CkFileWriter(ifname, output);
  }

  /**
   * Writes a type 1 segment: discrete pointing instances, no interpolation. Like CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/ckw01_c.html">ckw01_c</a>.
   *
   * @param begtim segment start, encoded SCLK ticks (at most {@code sclkdp[0]})
   * @param endtim segment end, encoded SCLK ticks (at least {@code sclkdp[n-1]})
   * @param inst NAIF ID of the instrument or structure
   * @param ref NAIF frame ID of the reference frame
   * @param segid segment identifier, up to 40 printable ASCII characters
   * @param sclkdp {@code double[n]}, n at least 1: the pointing times, encoded SCLK ticks, not negative,
   *     strictly increasing
   * @param quats {@code double[4*n]}: SPICE quaternions, one per time, not zero
   * @param avvs {@code double[3*n]}: angular velocities (rad/s), or null for a segment without them
   * @throws IllegalStateException if the writer is closed
   * @throws NullPointerException if segid, sclkdp or quats is null
   * @throws IllegalArgumentException if quats or avvs does not fit n, or on a NaN or infinite value
   * @throws io.github.spice4j.SpiceException {@code SPICE(INVALIDNUMREC)} for no record,
   *     {@code SPICE(INVALIDSCLKTIME)} for a negative first time, {@code SPICE(TIMESOUTOFORDER)},
   *     {@code SPICE(INVALIDDESCRTIME)} for bounds not containing the times, {@code SPICE(ZEROQUATERNION)},
   *     {@code SPICE(INVALIDREFFRAME)}, {@code SPICE(EMPTYSTRING)}, {@code SPICE(SEGIDTOOLONG)} or
   *     {@code SPICE(NONPRINTABLECHARS)}
   */
  public void writeType01(double begtim, double endtim, int inst, int ref, String segid, double[] sclkdp,
      double[] quats, double[] avvs) {
    check("ckw01", ref, segid);
    add(1, begtim, endtim, inst, ref, avvs != null, segid, CkSegment.type1("ckw01", begtim, endtim, sclkdp, quats,
        avvs));
  }

  /**
   * {@link #writeType01(double, double, int, int, String, double[], double[], double[]) Type 1} with the reference
   * frame named (e.g. {@code "J2000"}), as ckw01_c takes it. Arguments and exceptions are the ID form's, plus {@code
   * SPICE(INVALIDREFFRAME)} for an unknown frame and {@link IllegalStateException} when the writer was not opened on
   * a Spice.
   */
  public void writeType01(double begtim, double endtim, int inst, String ref, String segid, double[] sclkdp,
      double[] quats, double[] avvs) {
    writeType01(begtim, endtim, inst, ref("ckw01", ref), segid, sclkdp, quats, avvs);
  }

  /**
   * Writes a type 3 segment: pointing interpolated linearly (by rotation angle) between consecutive
   * instances within each interpolation interval. Like CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/ckw03_c.html">ckw03_c</a>.
   *
   * @param begtim segment start, encoded SCLK ticks (at most {@code sclkdp[0]})
   * @param endtim segment end, encoded SCLK ticks (at least {@code sclkdp[n-1]})
   * @param inst NAIF ID of the instrument or structure
   * @param ref NAIF frame ID of the reference frame
   * @param segid segment identifier, up to 40 printable ASCII characters
   * @param sclkdp {@code double[n]}, n at least 1: the pointing times, encoded SCLK ticks, not negative,
   *     strictly increasing
   * @param quats {@code double[4*n]}: SPICE quaternions, one per time, not zero
   * @param avvs {@code double[3*n]}: angular velocities (rad/s), or null for a segment without them
   * @param starts at least one interpolation interval start time, strictly increasing, each one of the
   *     sclkdp times, the first being {@code sclkdp[0]}
   * @throws IllegalStateException if the writer is closed
   * @throws NullPointerException if segid, sclkdp, quats or starts is null
   * @throws IllegalArgumentException if quats or avvs does not fit n, or on a NaN or infinite value
   * @throws io.github.spice4j.SpiceException as {@link #writeType01(double, double, int, int, String,
   *     double[], double[], double[]) type 1}, and {@code SPICE(INVALIDNUMINT)} for no interval,
   *     {@code SPICE(TIMESOUTOFORDER)} for starts out of order, {@code SPICE(INVALIDSTARTTIME)} for a start
   *     that is no pointing time, {@code SPICE(TIMESDONTMATCH)} when the first start is not the first time
   */
  public void writeType03(double begtim, double endtim, int inst, int ref, String segid, double[] sclkdp,
      double[] quats, double[] avvs, double[] starts) {
    check("ckw03", ref, segid);
    add(3, begtim, endtim, inst, ref, avvs != null, segid, CkSegment.type3("ckw03", begtim, endtim, sclkdp, quats,
        avvs, starts));
  }

  /**
   * {@link #writeType03(double, double, int, int, String, double[], double[], double[], double[]) Type 3} with the
   * reference frame named (e.g. {@code "J2000"}), as ckw03_c takes it. Arguments and exceptions are the ID form's,
   * plus {@code SPICE(INVALIDREFFRAME)} for an unknown frame and {@link IllegalStateException} when the writer was
   * not opened on a Spice.
   */
  public void writeType03(double begtim, double endtim, int inst, String ref, String segid, double[] sclkdp,
      double[] quats, double[] avvs, double[] starts) {
    writeType03(begtim, endtim, inst, ref("ckw03", ref), segid, sclkdp, quats, avvs, starts);
  }

  private int ref(String routine, String name) {
    requireOpen();
    return names().frame(routine, name);
  }

  private void check(String routine, int ref, String segid) {
    requireOpen();
    Segments.segid(routine, segid, segidLength());
    frame(routine, ref);
  }

  private void add(int type, double begtim, double endtim, int inst, int ref, boolean av, String segid,
      double[] data) {
    add(new double[] {begtim, endtim}, new int[] {inst, ref, type, av ? 1 : 0}, segid, data);
  }
}
