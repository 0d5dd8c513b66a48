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
import io.github.spice4j.loader.LibraryIdentity;
import io.github.spice4j.loader.NativeLibraryLocation;
import java.nio.DoubleBuffer;
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
  /** Who owns this backend, so that {@link #close()} refuses; null while whoever holds it may close it. */
  private volatile String owner;

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

  /**
   * The build identity of the loaded native library (spice4j version, toolkit {@code CSPICE_N0067}, the
   * engine wasm's sha256, git commit, compiler), read from the library through JNI.
   *
   * @return the identity
   * @throws io.github.spice4j.loader.NativeLoadException if the native library cannot be loaded
   */
  public static LibraryIdentity buildInfo() {
    NativeEngine.ensureLoaded();
    return LibraryIdentity.parse(NativeEngine.buildInfo());
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
   * Bytes of linear memory this backend's engine has (CSPICE's heap, stack, kernel pool and file
   * buffers, all inside one WebAssembly memory). Reserved, not necessarily resident: pages never
   * touched cost no RAM. For footprint measurements (bench/EngineFootprint).
   */
  public long memoryBytes() {
    return engine.memoryBytes();
  }

  /**
   * Test hook: makes the engine trap inside CSPICE. The engine is rebuilt with the same kernels and the
   * call throws {@link io.github.spice4j.SpiceEngineTrapException}.
   */
  public void forceTrap() {
    engine.forceTrap();
  }

  /**
   * Sets how long one entry into the engine may run (one CSPICE routine; a GF search with a progress
   * listener enters once per piece) before it is stopped with {@link io.github.spice4j.SpiceCancelledException}
   * ({@code SPICE4J(DEADLINE)}) and the engine rebuilt with its kernels. The default is 120 seconds, or
   * the system property {@code spice4j.callTimeoutSeconds}. Independently, {@link Thread#interrupt()}
   * stops a running call ({@code SPICE4J(INTERRUPTED)}) and {@link #close()} from another thread stops it
   * ({@code SPICE4J(CANCELLED)}).
   *
   * @param timeout positive
   * @return this backend
   * @throws IllegalArgumentException if timeout is null, zero or negative
   */
  public JniBackend callTimeout(java.time.Duration timeout) {
    engine.callTimeout(timeout);
    return this;
  }

  /**
   * Confines the engine's file access to the given directories (and its own staged kernels): every
   * open, stat, access check and delete the engine makes - {@code furnsh}, meta-kernel entries, {@code
   * exists}, {@code getfat}, writers - is checked on the canonical path, so {@code ..} segments and
   * symlinks cannot lead outside; a refused file fails the call with a message naming it. Without this
   * call an engine may use any path the JVM may, except other engines' staged files, which are always
   * refused. Calling it again replaces the granted directories.
   *
   * @param dirs existing directories (none: only staged byte-loaded kernels)
   * @return this backend
   * @throws IllegalArgumentException if a directory is null or does not exist
   */
  public JniBackend confineTo(Path... dirs) {
    Confinement check = Confinement.DEFAULT.confinedTo(java.util.Arrays.asList(java.util.Objects.requireNonNull(dirs, "dirs")));
    engine.confine(c -> new Confinement(true, check.roots(), c.ownStaging()));
    return this;
  }

  /**
   * Closes the engine and deletes its staged kernels. Idempotent.
   *
   * @throws IllegalStateException if an owner has claimed this backend ({@link #claimOwnership}), e.g. a
   *     {@link io.github.spice4j.SpicePool}: the engine stays usable and only the owner closes it
   */
  @Override
  public void close() {
    String owner = this.owner;
    if (owner != null) {
      throw new IllegalStateException("this backend belongs to " + owner + ", which closes it; do not close it directly");
    }
    closeOwned();
  }

  /**
   * Makes {@link #close()} refuse from now on, naming the owner, so that code lent this backend cannot
   * close it under its owner; the owner closes it with {@link #closeOwned()}.
   *
   * @param owner who owns the backend, for the refusal's message (e.g. "a SpicePool")
   */
  public void claimOwnership(String owner) {
    this.owner = java.util.Objects.requireNonNull(owner, "owner");
  }

  /** Closes the engine and its staged kernels whoever owns the backend; for the owner. Idempotent. */
  public void closeOwned() {
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
  @Override public void str2et(String[] times, int offset, int count, double[] ets) { time.str2et(times, offset, count, ets); }
  @Override public void et2utc(double[] ets, int offset, int count, String format, int prec, String[] out) {
    time.et2utc(ets, offset, count, format, prec, out);
  }
  @Override public void et2utc(double[] ets, int offset, int count, String format, int prec, byte[] out, int width) {
    time.et2utc(ets, offset, count, format, prec, out, width);
  }

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
  @Override public void pxform(String from, String to, double[] ets, int offset, int count, double[] rotations) {
    frames.pxform(from, to, ets, offset, count, rotations);
  }
  @Override public void sxform(String from, String to, double[] ets, int offset, int count, double[] xforms) {
    frames.sxform(from, to, ets, offset, count, xforms);
  }
  @Override public void pxform(String from, String to, DoubleBuffer ets, DoubleBuffer rotations) { frames.pxform(from, to, ets, rotations); }
  @Override public void sxform(String from, String to, DoubleBuffer ets, DoubleBuffer xforms) { frames.sxform(from, to, ets, xforms); }

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
  @Override public void spkezr(String target, double[] ets, int offset, int count, String ref, String abcorr,
      String observer, double[] states, double[] lts) {
    ephemeris.spkezr(target, ets, offset, count, ref, abcorr, observer, states, lts);
  }
  @Override public void spkpos(String target, double[] ets, int offset, int count, String ref, String abcorr,
      String observer, double[] positions, double[] lts) {
    ephemeris.spkpos(target, ets, offset, count, ref, abcorr, observer, positions, lts);
  }
  @Override public void spkezr(String target, DoubleBuffer ets, String ref, String abcorr, String observer,
      DoubleBuffer states, DoubleBuffer lts) {
    ephemeris.spkezr(target, ets, ref, abcorr, observer, states, lts);
  }
  @Override public void spkpos(String target, DoubleBuffer ets, String ref, String abcorr, String observer,
      DoubleBuffer positions, DoubleBuffer lts) {
    ephemeris.spkpos(target, ets, ref, abcorr, observer, positions, lts);
  }

  // --- pool (JNI spoke: native-src/jni/pool.cc) -------------------------------------------------------
  private final JniPool pool = new JniPool(engine);

  @Override public Optional<double[]> gdpool(String name, int start, int room) { return pool.gdpool(name, start, room); }
  @Override public Optional<int[]> gipool(String name, int start, int room) { return pool.gipool(name, start, room); }
  @Override public Optional<List<String>> gcpool(String name, int start, int room) { return pool.gcpool(name, start, room); }
  @Override public Optional<List<String>> gnpool(String template, int start, int room) { return pool.gnpool(template, start, room); }
  @Override public io.github.spice4j.backend.PoolVariableInfo dtpool(String name) { return pool.dtpool(name); }
  @Override public void pdpool(String name, double[] values) { pool.pdpool(name, values); }
  @Override public void pipool(String name, int[] ivals) { pool.pipool(name, ivals); }
  @Override public void pcpool(String name, List<String> cvals) { pool.pcpool(name, cvals); }
  @Override public void swpool(String agent, List<String> names) { pool.swpool(agent, names); }
  @Override public boolean cvpool(String agent) { return pool.cvpool(agent); }
  @Override public boolean expool(String name) { return pool.expool(name); }
  @Override public double[] bodvcd(int bodyid, String item, int maxn) { return pool.bodvcd(bodyid, item, maxn); }

  // --- coords (JNI spoke: native-src/jni/coords.cc) -------------------------------------------------------
  private final JniCoords coords = new JniCoords(engine);

  @Override public io.github.spice4j.LatitudinalCoordinates reclat(io.github.spice4j.Vector3 rectan) { return coords.reclat(rectan); }
  @Override public io.github.spice4j.Vector3 latrec(double radius, double longitude, double latitude) { return coords.latrec(radius, longitude, latitude); }
  @Override public io.github.spice4j.SphericalCoordinates recsph(io.github.spice4j.Vector3 rectan) { return coords.recsph(rectan); }
  @Override public io.github.spice4j.Vector3 sphrec(double r, double colat, double lon) { return coords.sphrec(r, colat, lon); }
  @Override public io.github.spice4j.Vector3 georec(double lon, double lat, double alt, double re, double f) { return coords.georec(lon, lat, alt, re, f); }
  @Override public io.github.spice4j.GeodeticCoordinates recgeo(io.github.spice4j.Vector3 rectan, double re, double f) { return coords.recgeo(rectan, re, f); }
  @Override public double vnorm(io.github.spice4j.Vector3 v1) { return coords.vnorm(v1); }
  @Override public io.github.spice4j.Vector3 vhat(io.github.spice4j.Vector3 v1) { return coords.vhat(v1); }
  @Override public double vdot(io.github.spice4j.Vector3 v1, io.github.spice4j.Vector3 v2) { return coords.vdot(v1, v2); }
  @Override public io.github.spice4j.Vector3 vcrss(io.github.spice4j.Vector3 v1, io.github.spice4j.Vector3 v2) { return coords.vcrss(v1, v2); }
  @Override public io.github.spice4j.Vector3 vadd(io.github.spice4j.Vector3 v1, io.github.spice4j.Vector3 v2) { return coords.vadd(v1, v2); }
  @Override public io.github.spice4j.Vector3 vsub(io.github.spice4j.Vector3 v1, io.github.spice4j.Vector3 v2) { return coords.vsub(v1, v2); }
  @Override public io.github.spice4j.Vector3 vminus(io.github.spice4j.Vector3 v1) { return coords.vminus(v1); }
  @Override public io.github.spice4j.Vector3 vscl(double s, io.github.spice4j.Vector3 v1) { return coords.vscl(s, v1); }
  @Override public io.github.spice4j.Vector3 mxv(Matrix3 m1, io.github.spice4j.Vector3 vin) { return coords.mxv(m1, vin); }
  @Override public io.github.spice4j.Vector3 mtxv(Matrix3 m1, io.github.spice4j.Vector3 vin) { return coords.mtxv(m1, vin); }
  @Override public Matrix3 mxm(Matrix3 m1, Matrix3 m2) { return coords.mxm(m1, m2); }
  @Override public Matrix3 rotate(double angle, int iaxis) { return coords.rotate(angle, iaxis); }
  @Override public Matrix3 rotmat(Matrix3 m1, double angle, int iaxis) { return coords.rotmat(m1, angle, iaxis); }
  @Override public Matrix3 axisar(io.github.spice4j.Vector3 axis, double angle) { return coords.axisar(axis, angle); }

  // --- sclk (JNI spoke: native-src/jni/sclk.cc) -------------------------------------------------------
  private final JniSclk sclk = new JniSclk(engine);

  @Override public double scs2e(int sc, String sclkch) { return sclk.scs2e(sc, sclkch); }
  @Override public String sce2s(int sc, double et) { return sclk.sce2s(sc, et); }
  @Override public double scencd(int sc, String sclkch) { return sclk.scencd(sc, sclkch); }
  @Override public String scdecd(int sc, double sclkdp) { return sclk.scdecd(sc, sclkdp); }
  @Override public double sct2e(int sc, double sclkdp) { return sclk.sct2e(sc, sclkdp); }
  @Override public double sce2c(int sc, double et) { return sclk.sce2c(sc, et); }

  // --- ck (JNI spoke: native-src/jni/ck.cc) -------------------------------------------------------
  private final JniCk ck = new JniCk(engine, kernels);

  @Override
  public Optional<io.github.spice4j.backend.CkPointing> ckgp(int inst, double sclkdp, double tol, String ref) {
    return ck.ckgp(inst, sclkdp, tol, ref);
  }

  @Override
  public Optional<io.github.spice4j.backend.CkPointingAv> ckgpav(int inst, double sclkdp, double tol, String ref) {
    return ck.ckgpav(inst, sclkdp, tol, ref);
  }

  @Override public int cklpf(String file) { return ck.cklpf(file); }
  @Override public void ckupf(int handle) { ck.ckupf(handle); }
  @Override public int[] ckobj(String file) { return ck.ckobj(file); }

  @Override
  public List<TimeInterval> ckcov(String file, int idcode, boolean needav, String level, double tol, String timsys) {
    return ck.ckcov(file, idcode, needav, level, tol, timsys);
  }

  // --- geometry (JNI spoke: native-src/jni/geometry.cc) -------------------------------------------------------
  private final JniGeometry geometry = new JniGeometry(engine);

  @Override
  public io.github.spice4j.SurfacePoint subpnt(String method, String target, double et, String fixref, String abcorr,
      String obsrvr) {
    return geometry.subpnt(method, target, et, fixref, abcorr, obsrvr);
  }

  @Override
  public io.github.spice4j.SurfacePoint subslr(String method, String target, double et, String fixref, String abcorr,
      String obsrvr) {
    return geometry.subslr(method, target, et, fixref, abcorr, obsrvr);
  }

  @Override
  public Optional<io.github.spice4j.SurfacePoint> sincpt(String method, String target, double et, String fixref,
      String abcorr, String obsrvr, String dref, io.github.spice4j.Vector3 dvec) {
    return geometry.sincpt(method, target, et, fixref, abcorr, obsrvr, dref, dvec);
  }

  @Override
  public io.github.spice4j.IlluminationAngles ilumin(String method, String target, double et, String fixref,
      String abcorr, String obsrvr, io.github.spice4j.Vector3 spoint) {
    return geometry.ilumin(method, target, et, fixref, abcorr, obsrvr, spoint);
  }

  @Override
  public io.github.spice4j.IlluminationAngles illumg(String method, String target, String ilusrc, double et,
      String fixref, String abcorr, String obsrvr, io.github.spice4j.Vector3 spoint) {
    return geometry.illumg(method, target, ilusrc, et, fixref, abcorr, obsrvr, spoint);
  }

  @Override
  public io.github.spice4j.IlluminationAndVisibility illumf(String method, String target, String ilusrc, double et,
      String fixref, String abcorr, String obsrvr, io.github.spice4j.Vector3 spoint) {
    return geometry.illumf(method, target, ilusrc, et, fixref, abcorr, obsrvr, spoint);
  }

  @Override
  public io.github.spice4j.Occultation occult(String targ1, String shape1, String frame1, String targ2, String shape2,
      String frame2, String abcorr, String obsrvr, double et) {
    return geometry.occult(targ1, shape1, frame1, targ2, shape2, frame2, abcorr, obsrvr, et);
  }

  @Override
  public io.github.spice4j.Plane nvc2pl(io.github.spice4j.Vector3 normal, double konst) {
    return geometry.nvc2pl(normal, konst);
  }

  @Override public io.github.spice4j.Plane pl2nvc(io.github.spice4j.Plane plane) { return geometry.pl2nvc(plane); }

  // --- gf (JNI spoke: native-src/jni/gf.cc) -------------------------------------------------------
  private final JniGf gf = new JniGf(engine);

  @Override
  public List<TimeInterval> gfdist(String target, String abcorr, String obsrvr, String relate, double refval,
      double adjust, double step, int nintvls, List<TimeInterval> cnfine) {
    return gf.gfdist(target, abcorr, obsrvr, relate, refval, adjust, step, nintvls, cnfine);
  }

  @Override
  public List<TimeInterval> gfdist(String target, String abcorr, String obsrvr, String relate, double refval,
      double adjust, double step, int nintvls, List<TimeInterval> cnfine,
      io.github.spice4j.GfProgressListener listener) {
    return gf.gfdist(target, abcorr, obsrvr, relate, refval, adjust, step, nintvls, cnfine, listener);
  }

  @Override
  public List<TimeInterval> gfsep(String targ1, String shape1, String frame1, String targ2, String shape2,
      String frame2, String abcorr, String obsrvr, String relate, double refval, double adjust, double step,
      int nintvls, List<TimeInterval> cnfine) {
    return gf.gfsep(targ1, shape1, frame1, targ2, shape2, frame2, abcorr, obsrvr, relate, refval, adjust, step,
        nintvls, cnfine);
  }

  @Override
  public List<TimeInterval> gfsep(String targ1, String shape1, String frame1, String targ2, String shape2,
      String frame2, String abcorr, String obsrvr, String relate, double refval, double adjust, double step,
      int nintvls, List<TimeInterval> cnfine, io.github.spice4j.GfProgressListener listener) {
    return gf.gfsep(targ1, shape1, frame1, targ2, shape2, frame2, abcorr, obsrvr, relate, refval, adjust, step,
        nintvls, cnfine, listener);
  }

  @Override public void gfsstp(double step) { gf.gfsstp(step); }
  @Override public double gfstep(double time) { return gf.gfstep(time); }
  @Override public void gfstol(double value) { gf.gfstol(value); }
  @Override public double gfrefn(double t1, double t2, boolean s1, boolean s2) { return gf.gfrefn(t1, t2, s1, s2); }
  @Override public String gfrepi(List<TimeInterval> window, String begmss, String endmss) { return gf.gfrepi(window, begmss, endmss); }
  @Override public String gfrepf() { return gf.gfrepf(); }

  // --- cells (JNI spoke: native-src/jni/cells.cc) -------------------------------------------------------
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

  @Override public Optional<io.github.spice4j.backend.DlaDescriptor> dlabfs(io.github.spice4j.FileHandle handle) { return fileio.dlabfs(handle); }

  @Override
  public Optional<io.github.spice4j.backend.DlaDescriptor> dlafns(io.github.spice4j.FileHandle handle, io.github.spice4j.backend.DlaDescriptor descr) {
    return fileio.dlafns(handle, descr);
  }

  @Override public void dlacls(io.github.spice4j.FileHandle handle) { fileio.dlacls(handle); }

  // --- dsk (JNI spoke: native-src/jni/dsk.cc) -------------------------------------------------------
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
  public List<io.github.spice4j.backend.DlaDescriptor> dskSegments(io.github.spice4j.FileHandle handle) {
    return dsk.dskSegments(handle);
  }

  @Override
  public io.github.spice4j.backend.DskDescriptor dskgd(io.github.spice4j.FileHandle handle,
      io.github.spice4j.backend.DlaDescriptor dladsc) {
    return dsk.dskgd(handle, dladsc);
  }

  @Override
  public io.github.spice4j.backend.Dskb02Result dskb02(io.github.spice4j.FileHandle handle,
      io.github.spice4j.backend.DlaDescriptor dladsc) {
    return dsk.dskb02(handle, dladsc);
  }

  @Override
  public io.github.spice4j.backend.DskSpatialIndex dskmi2(double[] vrtces, int[] plates, double finscl, int corscl,
      int worksz, int voxpsz, int voxlsz, boolean makvtl, int spxisz) {
    return dsk.dskmi2(vrtces, plates, finscl, corscl, worksz, voxpsz, voxlsz, makvtl, spxisz);
  }

  // --- ek (JNI spoke: native-src/jni/ek.cc) -------------------------------------------------------
  private final JniEk ek = new JniEk(engine, kernels);
  @Override public io.github.spice4j.backend.EkHandle ekopr(String fname) { return ek.ekopr(fname); }
  @Override public io.github.spice4j.backend.EkHandle ekopw(String fname) { return ek.ekopw(fname); }
  @Override public void ekcls(io.github.spice4j.backend.EkHandle handle) { ek.ekcls(handle); }
  @Override public int ekntab() { return ek.ekntab(); }
  @Override public String ektnam(int n) { return ek.ektnam(n); }
  @Override public int eknseg(io.github.spice4j.backend.EkHandle handle) { return ek.eknseg(handle); }
  @Override public io.github.spice4j.backend.EkQueryResult ekfind(String query) { return ek.ekfind(query); }

  @Override
  public io.github.spice4j.backend.EkHandle ekopn(io.github.spice4j.backend.OutputTarget target, String ifname,
      int ncomch) {
    return ek.ekopn(target, ifname, ncomch);
  }

  @Override
  public io.github.spice4j.backend.EkValue<String> ekgc(int selidx, int row, int elment) {
    return ek.ekgc(selidx, row, elment);
  }

  @Override
  public io.github.spice4j.backend.EkValue<Double> ekgd(int selidx, int row, int elment) {
    return ek.ekgd(selidx, row, elment);
  }

  @Override
  public io.github.spice4j.backend.EkValue<Integer> ekgi(int selidx, int row, int elment) {
    return ek.ekgi(selidx, row, elment);
  }

  @Override
  public io.github.spice4j.backend.EkFastSegment ekifld(io.github.spice4j.backend.EkHandle handle, String tabnam,
      int nrows, List<String> cnames, List<String> decls) {
    return ek.ekifld(handle, tabnam, nrows, cnames, decls);
  }

  @Override
  public void ekacli(io.github.spice4j.backend.EkHandle handle, int segno, String column, int[] ivals,
      int[] entszs, boolean[] nlflgs, int[] rcptrs) {
    ek.ekacli(handle, segno, column, ivals, entszs, nlflgs, rcptrs);
  }

  @Override
  public void ekacld(io.github.spice4j.backend.EkHandle handle, int segno, String column, double[] dvals,
      int[] entszs, boolean[] nlflgs, int[] rcptrs) {
    ek.ekacld(handle, segno, column, dvals, entszs, nlflgs, rcptrs);
  }

  @Override
  public void ekaclc(io.github.spice4j.backend.EkHandle handle, int segno, String column, List<String> cvals,
      int[] entszs, boolean[] nlflgs, int[] rcptrs) {
    ek.ekaclc(handle, segno, column, cvals, entszs, nlflgs, rcptrs);
  }

  @Override
  public void ekffld(io.github.spice4j.backend.EkHandle handle, int segno, int[] rcptrs) {
    ek.ekffld(handle, segno, rcptrs);
  }

  // --- spkw (JNI spoke: native-src/jni/spkw.cc) -------------------------------------------------------
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
