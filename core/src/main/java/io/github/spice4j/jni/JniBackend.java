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
  private final JniCells cells = new JniCells(engine);
  @Override public io.github.spice4j.IntCell newIntCell(int size) { return cells.newIntCell(size); }
  @Override public io.github.spice4j.DoubleCell newDoubleCell(int size) { return cells.newDoubleCell(size); }
  @Override public io.github.spice4j.CharCell newCharCell(int size, int length) { return cells.newCharCell(size, length); }
  @Override public io.github.spice4j.SpiceWindow newWindow(int maxIntervals) { return cells.newWindow(maxIntervals); }
  @Override public void freeCell(io.github.spice4j.SpiceCell cell) { cells.freeCell(cell); }
  @Override public void freeWindow(io.github.spice4j.SpiceCell window) { cells.freeWindow(window); }
  @Override public void ssize(int size, io.github.spice4j.SpiceCell cell) { cells.ssize(size, cell); }
  @Override public void scard(int card, io.github.spice4j.SpiceCell cell) { cells.scard(card, cell); }
  @Override public int card(io.github.spice4j.SpiceCell cell) { return cells.card(cell); }
  @Override public int size(io.github.spice4j.SpiceCell cell) { return cells.size(cell); }
  @Override public void valid(int size, int n, io.github.spice4j.SpiceCell cell) { cells.valid(size, n, cell); }
  @Override public void insrti(int item, io.github.spice4j.SpiceCell cell) { cells.insrti(item, cell); }
  @Override public void insrtd(double item, io.github.spice4j.SpiceCell cell) { cells.insrtd(item, cell); }
  @Override public void insrtc(String item, io.github.spice4j.SpiceCell cell) { cells.insrtc(item, cell); }
  @Override public int cellGeti(io.github.spice4j.SpiceCell cell, int index) { return cells.cellGeti(cell, index); }
  @Override public double cellGetd(io.github.spice4j.SpiceCell cell, int index) { return cells.cellGetd(cell, index); }
  @Override public String cellGetc(io.github.spice4j.SpiceCell cell, int index) { return cells.cellGetc(cell, index); }
  @Override public void wninsd(double left, double right, io.github.spice4j.SpiceCell window) { cells.wninsd(left, right, window); }
  @Override public int wncard(io.github.spice4j.SpiceCell window) { return cells.wncard(window); }
  @Override public TimeInterval wnfetd(io.github.spice4j.SpiceCell window, int n) { return cells.wnfetd(window, n); }
  @Override public void wnvald(int size, int n, io.github.spice4j.SpiceCell window) { cells.wnvald(size, n, window); }

  // --- fileio (JNI spoke: native-src/jni/fileio.cc) -------------------------------------------------------
  // @@fileio@@
  private final JniFileIo fileio = new JniFileIo(engine, kernels);
  @Override public boolean exists(String file) { return fileio.exists(file); }
  @Override public io.github.spice4j.backend.FileFormat getfat(String file) { return fileio.getfat(file); }
  @Override public io.github.spice4j.FileHandle dafopr(String file) { return fileio.dafopr(file); }
  @Override public void dafcls(io.github.spice4j.FileHandle handle) { fileio.dafcls(handle); }
  @Override public void dafbfs(io.github.spice4j.FileHandle handle) { fileio.dafbfs(handle); }
  @Override public boolean daffna(io.github.spice4j.FileHandle handle) { return fileio.daffna(handle); }
  @Override public io.github.spice4j.FileHandle dasopr(String file) { return fileio.dasopr(file); }
  @Override public void dascls(io.github.spice4j.FileHandle handle) { fileio.dascls(handle); }

  @Override
  public io.github.spice4j.FileHandle dlaopn(String file, String ftype, String ifname, int ncomch) {
    return fileio.dlaopn(file, ftype, ifname, ncomch);
  }

  @Override public Optional<io.github.spice4j.DlaDescriptor> dlabfs(io.github.spice4j.FileHandle handle) { return fileio.dlabfs(handle); }

  @Override
  public Optional<io.github.spice4j.DlaDescriptor> dlafns(io.github.spice4j.FileHandle handle, io.github.spice4j.DlaDescriptor descr) {
    return fileio.dlafns(handle, descr);
  }

  @Override public void dlacls(io.github.spice4j.FileHandle handle) { fileio.dlacls(handle); }

  // --- dsk (JNI spoke: native-src/jni/dsk.cc) -------------------------------------------------------
  // @@dsk@@

  // --- ek (JNI spoke: native-src/jni/ek.cc) -------------------------------------------------------
  // @@ek@@

  // --- spkw (JNI spoke: native-src/jni/spkw.cc) -------------------------------------------------------
  // @@spkw@@
}
