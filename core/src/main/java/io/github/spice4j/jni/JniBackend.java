package io.github.spice4j.jni;

import io.github.spice4j.Matrix3;
import io.github.spice4j.Matrix6;
import io.github.spice4j.PositionVector;
import io.github.spice4j.StateVector;
import io.github.spice4j.TimeInterval;
import io.github.spice4j.backend.FrameDescriptor;
import io.github.spice4j.backend.FrameInfo;
import io.github.spice4j.backend.FrameRef;
import io.github.spice4j.backend.KernelData;
import io.github.spice4j.backend.SpiceBackend;
import io.github.spice4j.backend.TparseResult;
import io.github.spice4j.backend.TpictrResult;
import io.github.spice4j.loader.NativeLibraryLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The JNI implementation of {@link SpiceBackend}: one CSPICE engine instance with its own kernel pool,
 * its lock, and its staged byte-backed kernels. Thread-safe (calls are serialized). Each backend is an
 * independent engine: loading a kernel into one does not affect another.
 *
 * <p>Close it when done: the engine's ~128 MiB of linear memory and its open kernel files are released
 * and staged kernels deleted (a {@link java.lang.ref.Cleaner} is a backstop, not a substitute).
 */
public final class JniBackend implements SpiceBackend {
  // Field initialisers run in textual order: engine and kernels first, then each domain (the later
  // domain sections declare their own fields next to their delegations).
  private final Engine engine = new Engine();
  private final JniError error = new JniError(engine);
  private final JniKernels kernels = new JniKernels(engine);
  private final JniTime time = new JniTime(engine);
  private final JniIdsNames ids = new JniIdsNames(engine);
  private final JniFrames frames = new JniFrames(engine);
  private final JniEphemeris ephemeris = new JniEphemeris(engine, kernels);

  private JniBackend() {}

  /**
   * Creates a backend with a fresh engine (no kernels loaded), loading libspice4j on first use.
   *
   * @return the backend
   * @throws io.github.spice4j.loader.NativeLoadException if the native library cannot be found or loaded
   */
  public static JniBackend create() {
    return new JniBackend();
  }

  /**
   * Where the native library was loaded from (system property, classifier jar or build directory).
   *
   * @return the location chosen by the loader
   */
  public static NativeLibraryLocation nativeLibrary() {
    return NativeEngine.ensureLoaded();
  }

  @Override
  public String kind() {
    return "jni";
  }

  /**
   * Number of native objects (cells, windows, file handles, writers) this backend's engine holds for
   * live Java owners; zero once every one is closed or collected. For leak checks.
   */
  public int ownedObjects() {
    return engine.ownedCount();
  }

  /** Number of files this backend's engine holds open on the host (kernels, DAF handles). */
  public int openFiles() {
    return engine.openFiles();
  }

  /**
   * Test hook: makes the engine trap inside CSPICE. The engine is rebuilt with the same kernels and the
   * call throws {@link io.github.spice4j.SpiceEngineTrapException}.
   */
  public void forceTrap() {
    engine.forceTrap();
  }

  @Override
  public void close() {
    engine.close();
    kernels.deleteStaged();
  }

  // --- error ------------------------------------------------------------------------------------
  @Override public boolean failed() { return error.failed(); }
  @Override public void reset() { error.reset(); }
  @Override public String getmsg(String option) { return error.getmsg(option); }
  @Override public void setmsg(String message) { error.setmsg(message); }
  @Override public void sigerr(String shortMessage) { error.sigerr(shortMessage); }
  @Override public void chkin(String module) { error.chkin(module); }
  @Override public void chkout(String module) { error.chkout(module); }

  // --- kernels ----------------------------------------------------------------------------------
  @Override public void furnsh(Path file) { kernels.furnsh(file); }
  @Override public void furnsh(String virtualId, byte[] bytes) { kernels.furnsh(virtualId, bytes); }
  @Override public void unload(String fileOrVirtualId) { kernels.unload(fileOrVirtualId); }
  @Override public void kclear() { kernels.kclear(); }
  @Override public int ktotal(String kind) { return kernels.ktotal(kind); }
  @Override public Optional<KernelData> kdata(int which, String kind) { return kernels.kdata(which, kind); }
  @Override public Optional<KernelData> kinfo(String fileOrVirtualId) { return kernels.kinfo(fileOrVirtualId); }
  @Override public byte[] virtualOutput(String virtualId) { return kernels.virtualOutput(virtualId); }

  // --- time -------------------------------------------------------------------------------------
  @Override public String tkvrsn() { return time.tkvrsn(); }
  @Override public double str2et(String t) { return time.str2et(t); }
  @Override public String et2utc(double et, String format, int prec) { return time.et2utc(et, format, prec); }
  @Override public String timout(double et, String pictur) { return time.timout(et, pictur); }
  @Override public double deltet(double epoch, String eptype) { return time.deltet(epoch, eptype); }
  @Override public double unitim(double epoch, String insys, String outsys) { return time.unitim(epoch, insys, outsys); }
  @Override public TparseResult tparse(String string) { return time.tparse(string); }
  @Override public TpictrResult tpictr(String sample) { return time.tpictr(sample); }
  @Override public String timdefGet(String item) { return time.timdefGet(item); }
  @Override public void timdefSet(String item, String value) { time.timdefSet(item, value); }

  // --- ids and names ----------------------------------------------------------------------------
  @Override public OptionalInt bodn2c(String name) { return ids.bodn2c(name); }
  @Override public Optional<String> bodc2n(int code) { return ids.bodc2n(code); }
  @Override public String bodc2s(int code) { return ids.bodc2s(code); }
  @Override public OptionalInt bods2c(String name) { return ids.bods2c(name); }
  @Override public void boddef(String name, int code) { ids.boddef(name, code); }
  @Override public boolean bodfnd(int body, String item) { return ids.bodfnd(body, item); }
  @Override public double[] bodvar(int body, String item) { return ids.bodvar(body, item); }
  @Override public double[] bodvrd(String body, String item) { return ids.bodvrd(body, item); }

  // --- frames -----------------------------------------------------------------------------------
  @Override public OptionalInt namfrm(String name) { return frames.namfrm(name); }
  @Override public Optional<String> frmnam(int code) { return frames.frmnam(code); }
  @Override public Optional<FrameRef> cidfrm(int center) { return frames.cidfrm(center); }
  @Override public Optional<FrameRef> cnmfrm(String centerName) { return frames.cnmfrm(centerName); }
  @Override public Optional<FrameInfo> frinfo(int code) { return frames.frinfo(code); }
  @Override public Optional<FrameDescriptor> ccifrm(int frameClass, int classId) { return frames.ccifrm(frameClass, classId); }
  @Override public Matrix3 pxform(String from, String to, double et) { return frames.pxform(from, to, et); }
  @Override public Matrix6 sxform(String from, String to, double et) { return frames.sxform(from, to, et); }

  // --- ephemeris --------------------------------------------------------------------------------
  @Override
  public StateVector spkezr(String target, double et, String ref, String abcorr, String observer) {
    return ephemeris.spkezr(target, et, ref, abcorr, observer);
  }

  @Override
  public PositionVector spkpos(String target, double et, String ref, String abcorr, String observer) {
    return ephemeris.spkpos(target, et, ref, abcorr, observer);
  }

  @Override
  public StateVector spkez(int target, double et, String ref, String abcorr, int observer) {
    return ephemeris.spkez(target, et, ref, abcorr, observer);
  }

  @Override
  public PositionVector spkezp(int target, double et, String ref, String abcorr, int observer) {
    return ephemeris.spkezp(target, et, ref, abcorr, observer);
  }

  @Override public StateVector spkgeo(int target, double et, String ref, int observer) { return ephemeris.spkgeo(target, et, ref, observer); }
  @Override public PositionVector spkgps(int target, double et, String ref, int observer) { return ephemeris.spkgps(target, et, ref, observer); }
  @Override public StateVector spkssb(int target, double et, String ref) { return ephemeris.spkssb(target, et, ref); }
  @Override public int[] spkobj(String spk) { return ephemeris.spkobj(spk); }
  @Override public List<TimeInterval> spkcov(String spk, int idcode) { return ephemeris.spkcov(spk, idcode); }

  // --- pool (JNI spoke: native-src/jni/pool.cc) -------------------------------------------------------
  // @@pool@@

  // --- coords (JNI spoke: native-src/jni/coords.cc) -------------------------------------------------------
  // @@coords@@

  // --- sclk (JNI spoke: native-src/jni/sclk.cc) -------------------------------------------------------
  // @@sclk@@

  // --- ck (JNI spoke: native-src/jni/ck.cc) -------------------------------------------------------
  // @@ck@@

  // --- geometry (JNI spoke: native-src/jni/geometry.cc) -------------------------------------------------------
  // @@geometry@@

  // --- gf (JNI spoke: native-src/jni/gf.cc) -------------------------------------------------------
  // @@gf@@

  // --- cells (JNI spoke: native-src/jni/cells.cc) -------------------------------------------------------
  // @@cells@@

  // --- fileio (JNI spoke: native-src/jni/fileio.cc) -------------------------------------------------------
  // @@fileio@@

  // --- dsk (JNI spoke: native-src/jni/dsk.cc) -------------------------------------------------------
  // @@dsk@@
  private final JniDsk dsk = new JniDsk(engine, kernels);

  @Override public int[] dskobj(String dskfnm) { return dsk.dskobj(dskfnm); }
  @Override public int[] dsksrf(String dskfnm, int bodyid) { return dsk.dsksrf(dskfnm, bodyid); }

  @Override
  public List<io.github.spice4j.backend.DlaDescriptor> dskSegments(int handle) {
    return dsk.dskSegments(handle);
  }

  @Override
  public io.github.spice4j.backend.DskDescriptor dskgd(int handle, io.github.spice4j.backend.DlaDescriptor dladsc) {
    return dsk.dskgd(handle, dladsc);
  }

  @Override
  public io.github.spice4j.backend.Dskb02Result dskb02(int handle, io.github.spice4j.backend.DlaDescriptor dladsc) {
    return dsk.dskb02(handle, dladsc);
  }

  @Override
  public io.github.spice4j.backend.DskWriter dskopn(io.github.spice4j.backend.OutputTarget target, String ifname,
      int ncomch) {
    return dsk.dskopn(target, ifname, ncomch);
  }

  @Override
  public io.github.spice4j.backend.DskSpatialIndex dskmi2(double[] vrtces, int[] plates, double finscl, int corscl,
      int worksz, int voxpsz, int voxlsz, boolean makvtl, int spxisz) {
    return dsk.dskmi2(vrtces, plates, finscl, corscl, worksz, voxpsz, voxlsz, makvtl, spxisz);
  }

  // --- ek (JNI spoke: native-src/jni/ek.cc) -------------------------------------------------------
  // @@ek@@

  // --- spkw (JNI spoke: native-src/jni/spkw.cc) -------------------------------------------------------
  // @@spkw@@
  private final JniSpkWriter spkw = new JniSpkWriter(engine, kernels);

  /** Test hook: the private file behind a virtual output of a writer, or null when there is none. */
  Path virtualOutputFile(String virtualId) {
    return kernels.outputFile(virtualId);
  }

  @Override
  public io.github.spice4j.backend.SpkWriter spkopn(io.github.spice4j.backend.OutputTarget target, String ifname,
      int ncomch) {
    return spkw.spkopn(target, ifname, ncomch);
  }

  @Override
  public io.github.spice4j.backend.SpkWriter spkopa(io.github.spice4j.backend.OutputTarget target) {
    return spkw.spkopa(target);
  }

  @Override
  public Optional<io.github.spice4j.backend.SpkSegment> spksfs(int body, double et) {
    return spkw.spksfs(body, et);
  }

  @Override
  public double[] spkpds(int body, int center, String frame, int type, double first, double last) {
    return spkw.spkpds(body, center, frame, type, first, last);
  }

  @Override
  public io.github.spice4j.backend.SpkDescriptor spkuds(double[] descr) {
    return spkw.spkuds(descr);
  }
}
