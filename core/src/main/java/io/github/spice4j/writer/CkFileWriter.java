package io.github.spice4j.writer;

import java.nio.file.Path;

/**
 * Writes CK files of types 1 and 3 with this project's own DAF writer. Segments are laid out as NAIF's
 * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/req/ck.html">CK Required Reading</a> documents
 * them; the file appears when the writer closes, on disk ({@link #create}) or as bytes ({@link #inMemory},
 * then {@link #toByteArray()} for {@code Spice.load(virtualId, bytes)}).
 *
 * <p>Times are encoded spacecraft clock ticks (see CSPICE
 * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/sce2c_c.html">sce2c_c</a>); reading
 * the file back needs the spacecraft's SCLK kernel. Pointing is given as SPICE quaternions
 * {@code [cos(a/2), sin(a/2)*axis]} of the C-matrix (reference frame to instrument frame); angular velocity
 * in rad/s, in the reference frame. Frames are NAIF frame IDs (see
 * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/namfrm_c.html">namfrm_c</a>). Invalid
 * input is refused with an {@link IllegalArgumentException} (or {@link NullPointerException} for a null
 * argument) before anything is written, and the writer stays usable.
 */
public final class CkFileWriter extends DafFileWriter {
  private static final int ND = 2;
  private static final int NI = 6;

  private CkFileWriter(String ifname, Path file) {
    super(new DafWriter("DAF/CK", ND, NI, ifname), file);
  }

  /**
   * Starts a new CK file on disk, like CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/ckopn_c.html">ckopn_c</a> without
   * comment area. The file is created empty now (an existing file is never replaced) and filled on close.
   *
   * @param file the new file
   * @param ifname internal file name, printable ASCII (only the first 60 characters are kept)
   * @return the open writer; close it
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if ifname is blank or not printable ASCII
   * @throws java.io.UncheckedIOException if the file exists or cannot be created
   */
  public static CkFileWriter create(Path file, String ifname) {
    String name = ifname(ifname);
    return new CkFileWriter(name, reserve(file));
  }

  /**
   * Starts a new CK file in memory: after closing, {@link #toByteArray()} returns it.
   *
   * @param ifname internal file name, printable ASCII (only the first 60 characters are kept)
   * @return the open writer; close it
   * @throws NullPointerException if ifname is null
   * @throws IllegalArgumentException if ifname is blank or not printable ASCII
   */
  public static CkFileWriter inMemory(String ifname) {
    return new CkFileWriter(ifname(ifname), null);
  }

  /**
   * Writes a type 1 segment: discrete pointing instances, no interpolation. Like CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/ckw01_c.html">ckw01_c</a>.
   *
   * @param begtim segment start, encoded SCLK ticks (not negative, at most {@code sclkdp[0]})
   * @param endtim segment end, encoded SCLK ticks (at least {@code sclkdp[n-1]})
   * @param inst NAIF ID of the instrument or structure
   * @param ref NAIF frame ID of the reference frame
   * @param segid segment identifier, 1 to 40 printable ASCII characters
   * @param sclkdp {@code double[n]}: the pointing times, encoded SCLK ticks, strictly increasing
   * @param quats {@code double[4*n]}: unit SPICE quaternions, one per time
   * @param avvs {@code double[3*n]}: angular velocities (rad/s), or null for a segment without them
   * @throws IllegalStateException if the writer is closed
   * @throws NullPointerException if segid, sclkdp or quats is null
   * @throws IllegalArgumentException on a bad size, time order or bound, a quaternion that is not unit,
   *     a bad identifier, ref 0, or a NaN or infinite value
   */
  public void writeType01(double begtim, double endtim, int inst, int ref, String segid, double[] sclkdp,
      double[] quats, double[] avvs) {
    check("ckw01", ref, segid);
    add(1, begtim, endtim, inst, ref, avvs != null, segid, CkSegment.type1("ckw01", begtim, endtim, sclkdp, quats,
        avvs));
  }

  /**
   * Writes a type 3 segment: pointing interpolated linearly (by rotation angle) between consecutive
   * instances within each interpolation interval. Like CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/ckw03_c.html">ckw03_c</a>.
   *
   * @param begtim segment start, encoded SCLK ticks (not negative, at most {@code sclkdp[0]})
   * @param endtim segment end, encoded SCLK ticks (at least {@code sclkdp[n-1]})
   * @param inst NAIF ID of the instrument or structure
   * @param ref NAIF frame ID of the reference frame
   * @param segid segment identifier, 1 to 40 printable ASCII characters
   * @param sclkdp {@code double[n]}: the pointing times, encoded SCLK ticks, strictly increasing
   * @param quats {@code double[4*n]}: unit SPICE quaternions, one per time
   * @param avvs {@code double[3*n]}: angular velocities (rad/s), or null for a segment without them
   * @param starts the interpolation intervals' start times, strictly increasing, each one of the sclkdp
   *     times, the first being {@code sclkdp[0]}
   * @throws IllegalStateException if the writer is closed
   * @throws NullPointerException if segid, sclkdp, quats or starts is null
   * @throws IllegalArgumentException on a bad size, time order or bound, a quaternion that is not unit,
   *     a bad identifier, ref 0, or a NaN or infinite value
   */
  public void writeType03(double begtim, double endtim, int inst, int ref, String segid, double[] sclkdp,
      double[] quats, double[] avvs, double[] starts) {
    check("ckw03", ref, segid);
    add(3, begtim, endtim, inst, ref, avvs != null, segid, CkSegment.type3("ckw03", begtim, endtim, sclkdp, quats,
        avvs, starts));
  }

  private void check(String routine, int ref, String segid) {
    requireOpen();
    Segments.segid(routine, segid, segidLength());
    if (ref == 0) throw Segments.bad(routine, "ref 0 is no NAIF frame ID");
  }

  private void add(int type, double begtim, double endtim, int inst, int ref, boolean av, String segid,
      double[] data) {
    add(new double[] {begtim, endtim}, new int[] {inst, ref, type, av ? 1 : 0}, segid, data);
  }
}
