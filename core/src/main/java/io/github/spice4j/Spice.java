package io.github.spice4j;

import io.github.spice4j.backend.SpiceBackend;
import io.github.spice4j.jni.JniBackend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The typed facade for everyday use: load kernels, convert times, look up bodies and frames, and get
 * states. Every method maps to one CSPICE routine (named in its Javadoc) through a {@link SpiceBackend}.
 *
 * <pre>{@code
 * try (Spice spice = Spice.create()) {
 *   spice.load(Path.of("naif0012.tls"), Path.of("de440s.bsp"));
 *   double et = spice.utcToEt("2024-01-01T00:00:00");
 *   StateVector moon = spice.state("MOON", "EARTH", "J2000", AberrationCorrection.LT_S, et);
 * }
 * }</pre>
 *
 * Thread-safe; each {@code Spice} created with {@link #create()} has its own engine and kernel pool.
 * Calls on one instance are serialized; separate instances run in parallel (for many threads sharing the
 * same kernels, see {@link SpicePool}).
 */
public final class Spice implements AutoCloseable {
  private final SpiceBackend backend;
  /** Set once by {@link SpicePool}, before the engine is shared. */
  private volatile boolean pooled;

  private Spice(SpiceBackend backend) {
    this.backend = backend;
  }

  /**
   * Creates a facade over a new JNI engine with nothing loaded.
   *
   * @return the facade; close it to release the engine
   * @throws io.github.spice4j.loader.NativeLoadException if the native library cannot be loaded
   */
  public static Spice create() {
    return new Spice(JniBackend.create());
  }

  /**
   * Creates a facade over a new JNI engine with nothing loaded and the given engine settings.
   *
   * @param options call timeout and file confinement, e.g. {@code SpiceOptions.defaults().withCallTimeout(..)}
   * @return the facade; close it to release the engine
   * @throws IllegalArgumentException if a confinement directory does not exist
   * @throws io.github.spice4j.loader.NativeLoadException if the native library cannot be loaded
   */
  public static Spice create(SpiceOptions options) {
    Objects.requireNonNull(options, "options");
    JniBackend b = JniBackend.create();
    try {
      if (options.callTimeout() != null) b.callTimeout(options.callTimeout());
      if (options.confinement() != null) b.confineTo(options.confinement().toArray(Path[]::new));
      return new Spice(b);
    } catch (RuntimeException | Error e) {
      b.close();
      throw e;
    }
  }

  /**
   * Wraps an existing backend (closing the facade closes it).
   *
   * @param backend the backend
   * @return the facade
   */
  public static Spice over(SpiceBackend backend) {
    return new Spice(Objects.requireNonNull(backend, "backend"));
  }

  /**
   * The build identity of the native library in use: spice4j version, CSPICE toolkit
   * ({@code CSPICE_N0067}), sha256 of the engine's WebAssembly module, git commit and compiler.
   *
   * @return the identity
   * @throws io.github.spice4j.loader.NativeLoadException if the native library cannot be loaded
   */
  public static io.github.spice4j.loader.LibraryIdentity buildInfo() {
    return JniBackend.buildInfo();
  }

  /**
   * Where the native library was loaded from (system property, classifier jar or build directory),
   * loading it on first use.
   *
   * @return the location the loader chose
   * @throws io.github.spice4j.loader.NativeLoadException if the native library cannot be found or loaded
   */
  public static io.github.spice4j.loader.NativeLibraryLocation nativeLibrary() {
    return JniBackend.nativeLibrary();
  }

  /** The CSPICE-shaped contract underneath, for routines the facade does not wrap. */
  public SpiceBackend backend() {
    return backend;
  }

  /** CSPICE {@code tkvrsn_c("TOOLKIT")}: the toolkit version, {@code CSPICE_N0067}. */
  public String toolkitVersion() {
    return backend.time().tkvrsn();
  }

  // --- kernels ----------------------------------------------------------------------------------

  /**
   * CSPICE {@code furnsh_c} for each file, in order (later files take precedence).
   *
   * @param kernels kernel or meta-kernel files
   * @return this
   * @throws SpiceException e.g. {@code SPICE(NOSUCHFILE)}; kernels before the failing one stay loaded
   */
  public Spice load(Path... kernels) {
    for (Path k : kernels) backend.kernels().furnsh(Objects.requireNonNull(k, "kernel"));
    return this;
  }

  /**
   * Loads a kernel from memory under a virtual id (CSPICE {@code furnsh_c} on a private staged copy).
   *
   * @param virtualId e.g. {@code "kernels/naif0012.tls"}
   * @param bytes the kernel content
   * @return this
   * @throws SpiceException if CSPICE rejects the content
   */
  public Spice load(String virtualId, byte[] bytes) {
    backend.kernels().furnsh(virtualId, bytes);
    return this;
  }

  /**
   * Loads what a writer produced for a virtual output of this Spice ({@code OutputTarget.virtual}) as a
   * kernel under the same id, without handling its bytes (CSPICE {@code furnsh_c} on a private staged
   * copy, as {@link #load(String, byte[])}).
   *
   * @param virtualId the id the writer was opened with, e.g. {@code "out/probe.bsp"}
   * @return this
   * @throws IllegalStateException if its writer is still open
   * @throws IllegalArgumentException if no writer of this Spice produced this id
   * @throws SpiceException if CSPICE rejects the file
   */
  public Spice loadOutput(String virtualId) {
    backend.kernels().furnshOutput(virtualId);
    return this;
  }

  /**
   * CSPICE {@code unload_c}.
   *
   * @param fileOrVirtualId the path string or virtual id used to load it
   */
  public void unload(String fileOrVirtualId) {
    backend.kernels().unload(fileOrVirtualId);
  }

  /** CSPICE {@code kclear_c}: unloads all kernels and clears the pool. */
  public void clear() {
    backend.kernels().kclear();
  }

  /** The loaded kernels in load order (CSPICE {@code ktotal_c}/{@code kdata_c} over {@code ALL}). */
  public List<KernelData> loadedKernels() {
    int n = backend.kernels().ktotal("ALL");
    List<KernelData> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) backend.kernels().kdata(i, "ALL").ifPresent(out::add);
    return out;
  }

  // --- time -------------------------------------------------------------------------------------

  /**
   * CSPICE {@code str2et_c}: a time string (UTC unless it names another system) to ET.
   *
   * @param time e.g. {@code 2024-01-01T00:00:00}
   * @return ET, TDB seconds past J2000
   * @throws SpiceException {@code SPICE(BADTIMESTRING)}, {@code SPICE(NOLEAPSECONDS)} (no LSK loaded), ...
   */
  public double utcToEt(String time) {
    return backend.time().str2et(time);
  }

  /**
   * CSPICE {@code et2utc_c} with the ISO calendar format ({@code ISOC}).
   *
   * @param et TDB seconds past J2000
   * @param precision decimal places of the seconds
   * @return e.g. {@code 2024-01-01T00:00:00.000}
   */
  public String etToUtc(double et, int precision) {
    return backend.time().et2utc(et, "ISOC", precision);
  }

  /**
   * CSPICE {@code timout_c}.
   *
   * @param et TDB seconds past J2000
   * @param picture e.g. {@code YYYY-MM-DD HR:MN:SC.### ::UTC}
   * @return the formatted time
   */
  public String format(double et, String picture) {
    return backend.time().timout(et, picture);
  }

  // --- bodies and frames ------------------------------------------------------------------------

  /**
   * CSPICE {@code bods2c_c}: a body name or decimal ID string to its NAIF ID.
   *
   * @param nameOrId e.g. {@code MOON} or {@code 301}
   * @return the ID, empty when unknown
   */
  public OptionalInt bodyId(String nameOrId) {
    return backend.idsNames().bods2c(nameOrId);
  }

  /**
   * CSPICE {@code bodc2n_c}.
   *
   * @param id NAIF ID
   * @return the body name, empty when unknown
   */
  public Optional<String> bodyName(int id) {
    return backend.idsNames().bodc2n(id);
  }

  /**
   * CSPICE {@code bodvrd_c}: a body constant from the kernel pool, e.g. {@code RADII} (km).
   *
   * @param body body name
   * @param item constant name without the {@code BODYnnn_} prefix
   * @return the values
   * @throws SpiceException {@code SPICE(KERNELVARNOTFOUND)} when absent
   */
  public double[] bodyConstant(String body, String item) {
    return backend.idsNames().bodvrd(body, item);
  }

  /**
   * CSPICE {@code pxform_c}: rotation from one frame to another.
   *
   * @param from source frame
   * @param to target frame
   * @param et TDB seconds past J2000
   * @return the 3x3 rotation ({@code v_to = M * v_from})
   */
  public Matrix3 rotation(String from, String to, double et) {
    return backend.frames().pxform(from, to, et);
  }

  /**
   * CSPICE {@code sxform_c}: state transformation from one frame to another.
   *
   * @param from source frame
   * @param to target frame
   * @param et TDB seconds past J2000
   * @return the 6x6 transformation
   */
  public Matrix6 stateTransform(String from, String to, double et) {
    return backend.frames().sxform(from, to, et);
  }

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/pxfrm2_c.html">pxfrm2_c</a>:
   * rotation from one frame at one epoch to another frame at another epoch (e.g. a body-fixed frame at a
   * light-time corrected epoch to an instrument frame at the observation epoch), composed through J2000.
   *
   * @param from source frame
   * @param etFrom epoch at which {@code from} is evaluated (ET)
   * @param to target frame
   * @param etTo epoch at which {@code to} is evaluated (ET)
   * @return the 3x3 rotation ({@code v_to = M * v_from})
   * @throws SpiceException {@code SPICE(UNKNOWNFRAME)} for an unknown frame name (both names are checked before
   *     any orientation data is read), missing orientation data
   */
  public Matrix3 rotation(String from, double etFrom, String to, double etTo) {
    for (String frame : new String[] {from, to}) {
      if (backend.frames().namfrm(Objects.requireNonNull(frame, "frame")).orElse(0) == 0) {
        throw ConstantStates.unknownFrame(frame, "pxfrm2");
      }
    }
    Matrix3 fromToJ2000 = backend.frames().pxform(from, "J2000", etFrom);
    return VectorMath.mxm(backend.frames().pxform("J2000", to, etTo), fromToJ2000);
  }

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/tipbod_c.html">tipbod_c</a>:
   * rotation from an inertial frame to a body's PCK equator and prime meridian frame.
   *
   * @param ref one of SPICE's built-in inertial frames (e.g. {@code J2000}, {@code ECLIPJ2000}, {@code B1950},
   *     {@code GALACTIC}); as in CSPICE, other frames are refused even when inertial
   * @param body NAIF ID of the body: its PCK frame (e.g. {@code IAU_MOON}, {@code ITRF93} for 3000) when the
   *     engine knows one, else its IAU constants in the pool (e.g. comet 67P, 1000012, in pck00011)
   * @param et epoch (ET)
   * @return the 3x3 rotation from {@code ref} to the body-fixed frame
   * @throws SpiceException {@code SPICE(FRAMEDATANOTFOUND)} without a PCK frame or orientation data for
   *     {@code body}, other PCK errors, then {@code SPICE(IRFNOTREC)} when {@code ref} is not a built-in inertial
   *     frame
   */
  public Matrix3 bodyRotation(String ref, int body, double et) {
    Optional<String> frame = pckFrame(body);
    if (frame.isEmpty()) {
      double[] x = BodyConstantsOrientation.stateTransform(backend, ref, body, et);
      return Matrix3.ofRowMajor(new double[] {x[0], x[1], x[2], x[6], x[7], x[8], x[12], x[13], x[14]});
    }
    if (!BodyConstantsOrientation.builtInInertial(backend, ref)) throw notInertial(ref, frame.get(), et);
    return backend.frames().pxform(ref, frame.get(), et);
  }

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/tisbod_c.html">tisbod_c</a>:
   * state transformation from an inertial frame to a body's PCK equator and prime meridian frame.
   *
   * @param ref one of SPICE's built-in inertial frames, e.g. {@code J2000}
   * @param body NAIF ID of the body
   * @param et epoch (ET)
   * @return the 6x6 state transformation from {@code ref} to the body-fixed frame
   * @throws SpiceException as {@link #bodyRotation}
   */
  public Matrix6 bodyStateTransform(String ref, int body, double et) {
    Optional<String> frame = pckFrame(body);
    if (frame.isEmpty()) return Matrix6.wrap(BodyConstantsOrientation.stateTransform(backend, ref, body, et));
    if (!BodyConstantsOrientation.builtInInertial(backend, ref)) throw notInertial(ref, frame.get(), et);
    return backend.frames().sxform(ref, frame.get(), et);
  }

  /**
   * SPICE(IRFNOTREC) for a base frame that is not built-in inertial, after the body's orientation data were looked
   * up (so missing data is reported first, as CSPICE does).
   */
  private SpiceException notInertial(String ref, String frame, double et) {
    backend.frames().pxform("J2000", frame, et);
    return BodyConstantsOrientation.notInertial(ref);
  }

  /** The PCK-class frame (class 2) whose class ID is the body's ID, e.g. {@code IAU_EARTH} for 399, if known. */
  private Optional<String> pckFrame(int body) {
    return backend.frames().ccifrm(2, body).map(io.github.spice4j.FrameDescriptor::name);
  }

  // --- ephemeris --------------------------------------------------------------------------------

  /**
   * CSPICE {@code spkezr_c}: state of a target relative to an observer.
   *
   * @param target target name or ID string
   * @param observer observer name or ID string
   * @param frame reference frame, e.g. {@code J2000}
   * @param abcorr aberration correction
   * @param et TDB seconds past J2000
   * @return position (km), velocity (km/s), light time (s)
   * @throws SpiceException e.g. {@code SPICE(SPKINSUFFDATA)} outside the loaded coverage
   */
  public StateVector state(String target, String observer, String frame, AberrationCorrection abcorr, double et) {
    return backend.ephemeris().spkezr(target, et, frame, Objects.requireNonNull(abcorr, "abcorr").spiceName(), observer);
  }

  /**
   * CSPICE {@code spkpos_c}: position of a target relative to an observer.
   *
   * @param target target name
   * @param observer observer name
   * @param frame reference frame
   * @param abcorr aberration correction
   * @param et TDB seconds past J2000
   * @return position (km) and light time (s)
   */
  public PositionVector position(String target, String observer, String frame, AberrationCorrection abcorr,
      double et) {
    return backend.ephemeris().spkpos(target, et, frame, Objects.requireNonNull(abcorr, "abcorr").spiceName(), observer);
  }

  /**
   * CSPICE {@code spkobj_c}: the bodies an SPK covers.
   *
   * @param spk the SPK file
   * @return NAIF IDs, ascending
   */
  public List<Integer> bodies(Path spk) {
    List<Integer> out = new ArrayList<>();
    for (int id : backend.ephemeris().spkobj(spk.toString())) out.add(id);
    return out;
  }

  /**
   * CSPICE {@code spkcov_c}: coverage of one body in an SPK.
   *
   * @param spk the SPK file
   * @param body NAIF ID
   * @return disjoint intervals (ET), ascending; empty when the body is absent
   */
  public List<TimeInterval> coverage(Path spk, int body) {
    return backend.ephemeris().spkcov(spk.toString(), body);
  }

  // --- batches: one call for many epochs or strings ---------------------------------------------------

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/spkezr_c.html">{@code spkezr_c}</a>
   * at many epochs in one call: the names go to the engine once and the engine is locked once, so each
   * epoch costs only CSPICE's own work. Results equal {@link #state} at each epoch, bit for bit.
   *
   * @param target target name or ID string
   * @param observer observer name or ID string
   * @param frame reference frame, e.g. {@code J2000}
   * @param abcorr aberration correction
   * @param ets epochs, TDB seconds past J2000
   * @return states ({@code width} 6: km, km/s) and light times (s), in the order of {@code ets}
   * @throws SpiceBatchException when CSPICE fails at one epoch; {@code index()} is its index in {@code ets}
   * @throws IllegalArgumentException if an epoch is NaN
   */
  public EphemerisBatch states(String target, String observer, String frame, AberrationCorrection abcorr,
      double... ets) {
    return spkBatch(6, backend.ephemeris()::spkezr, target, observer, frame, abcorr, ets);
  }

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/spkpos_c.html">{@code spkpos_c}</a>
   * at many epochs in one call (see {@link #states}).
   *
   * @param target target name or ID string
   * @param observer observer name or ID string
   * @param frame reference frame
   * @param abcorr aberration correction
   * @param ets epochs, TDB seconds past J2000
   * @return positions ({@code width} 3: km) and light times (s), in the order of {@code ets}
   * @throws SpiceBatchException when CSPICE fails at one epoch
   * @throws IllegalArgumentException if an epoch is NaN
   */
  public EphemerisBatch positions(String target, String observer, String frame, AberrationCorrection abcorr,
      double... ets) {
    return spkBatch(3, backend.ephemeris()::spkpos, target, observer, frame, abcorr, ets);
  }

  /** The shape of the backend's spkezr/spkpos batches over arrays. */
  private interface SpkBatch {
    void run(String target, double[] ets, int offset, int count, String ref, String abcorr, String observer,
        double[] out, double[] lts);
  }

  private static EphemerisBatch spkBatch(int width, SpkBatch call, String target, String observer, String frame,
      AberrationCorrection abcorr, double[] ets) {
    double[] out = new double[width * ets.length];
    double[] lts = new double[ets.length];
    call.run(target, ets, 0, ets.length, frame, Objects.requireNonNull(abcorr, "abcorr").spiceName(), observer, out, lts);
    return new EphemerisBatch(width, out, lts);
  }

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/pxform_c.html">{@code pxform_c}</a>
   * at many epochs in one call.
   *
   * @param from source frame
   * @param to target frame
   * @param ets epochs, TDB seconds past J2000
   * @return {@code double[9 * ets.length]}: rotation {@code i} (3x3, row-major, {@code v_to = M * v_from}) at
   *     index {@code 9*i}
   * @throws SpiceBatchException when CSPICE fails at one epoch
   */
  public double[] rotations(String from, String to, double... ets) {
    double[] out = new double[9 * ets.length];
    backend.frames().pxform(from, to, ets, 0, ets.length, out);
    return out;
  }

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/sxform_c.html">{@code sxform_c}</a>
   * at many epochs in one call.
   *
   * @param from source frame
   * @param to target frame
   * @param ets epochs, TDB seconds past J2000
   * @return {@code double[36 * ets.length]}: transformation {@code i} (6x6, row-major) at index {@code 36*i}
   * @throws SpiceBatchException when CSPICE fails at one epoch
   */
  public double[] stateTransforms(String from, String to, double... ets) {
    double[] out = new double[36 * ets.length];
    backend.frames().sxform(from, to, ets, 0, ets.length, out);
    return out;
  }

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/str2et_c.html">{@code str2et_c}</a>
   * for many time strings in one call.
   *
   * @param times time strings, e.g. {@code 2024-01-01T00:00:00}
   * @return ET (TDB seconds past J2000) of each string, in order
   * @throws SpiceBatchException when CSPICE rejects one string; {@code index()} is its index
   */
  public double[] utcToEt(String[] times) {
    double[] out = new double[times.length];
    backend.time().str2et(times, 0, times.length, out);
    return out;
  }

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/et2utc_c.html">{@code et2utc_c}</a>
   * with the ISO calendar format ({@code ISOC}) for many epochs in one call.
   *
   * @param ets epochs, TDB seconds past J2000
   * @param precision decimal places of the seconds
   * @return the UTC strings, in order
   * @throws SpiceBatchException when CSPICE fails at one epoch
   */
  public String[] etToUtc(double[] ets, int precision) {
    String[] out = new String[ets.length];
    backend.time().et2utc(ets, 0, ets.length, "ISOC", precision, out);
    return out;
  }

  // --- pool facade accessor ---

  /**
   * The kernel pool of this engine: typed reads, writes and change watches (CSPICE gdpool_c ... expool_c).
   *
   * @return the pool facade (cheap; calls go to this {@code Spice}'s backend)
   */
  public KernelPool kernelPool() {
    return new KernelPool(backend);
  }

  // --- coords facade accessor ---

  /**
   * Coordinate conversions and vector/matrix algebra (CSPICE reclat_c ... axisar_c).
   *
   * @return the coordinates facade (cheap; conversions go to this {@code Spice}'s backend)
   */
  public Coordinates coordinates() {
    return new Coordinates(backend);
  }

  // --- sclk facade accessor ---
  /**
   * Spacecraft clock conversions (CSPICE scs2e_c, sce2s_c, scencd_c, scdecd_c, sct2e_c, sce2c_c).
   *
   * @return the SCLK view of this facade's engine
   */
  public SpacecraftClock spacecraftClock() {
    return new SpacecraftClock(backend);
  }

  // --- ck facade accessor ---
  /**
   * C-kernel pointing and coverage (CSPICE ckgp_c, ckgpav_c, cklpf_c, ckupf_c, ckobj_c, ckcov_c).
   *
   * @return the CK view of this facade's engine
   */
  public Pointing pointing() {
    return new Pointing(backend);
  }

  // --- geometry facade accessor ---
  /**
   * Observation geometry: sub-observer and sub-solar points, ray intercepts, illumination angles,
   * occultations and planes (CSPICE subpnt_c, subslr_c, sincpt_c, ilumin_c, illumg_c, illumf_c, occult_c,
   * nvc2pl_c, pl2nvc_c) on this facade's engine.
   *
   * @return the geometry view (cheap; shares this facade's backend)
   */
  public Geometry geometry() {
    return new Geometry(backend);
  }

  // --- gf facade accessor ---

  /**
   * Geometry finder searches (CSPICE {@code gfdist_c}, {@code gfsep_c}) on this engine, with
   * {@link EventFinder#DEFAULT_MAX_INTERVALS} as the result limit.
   *
   * @return the event finder
   */
  public EventFinder eventFinder() {
    return new EventFinder(backend, EventFinder.DEFAULT_MAX_INTERVALS);
  }

  // --- cells facade accessor ---
  /** Cells and windows owned by Java objects (CSPICE {@code SPICEINT_CELL} ..., {@code wninsd_c} ...). */
  public Cells cells() {
    return new Cells(backend.cells());
  }

  // --- fileio facade accessor ---
  /** File inspection ({@code exists_c}, {@code getfat_c}) and DAF/DAS/DLA handles. */
  public KernelFiles kernelFiles() {
    return new KernelFiles(backend.fileIo());
  }

  // --- dsk facade accessor ---
  /** DSK reading and type 2 writing (CSPICE {@code dskobj_c}, {@code dskgd_c}, {@code dskw02_c}, ...). */
  public DskFiles dskFiles() {
    return new DskFiles(backend);
  }

  // --- ek facade accessor ---
  /**
   * Events kernels: queries on loaded EKs and writing new EK tables (CSPICE {@code ek*} routines).
   *
   * @return the EK view of this facade's backend
   */
  public EventsKernel eventsKernel() {
    return new EventsKernel(backend);
  }

  // --- spkw facade accessor ---
  /** SPK writing and segment search (CSPICE {@code spkopn_c}, {@code spkw08_c}, {@code spksfs_c}, ...). */
  public SpkFiles spkFiles() {
    return new SpkFiles(backend);
  }

  // --- stations facade accessor ---
  /**
   * Stations and surface points: constant-position/velocity states, azimuth/elevation and local solar
   * time (CSPICE {@code spkcpo_c}, {@code spkcpt_c}, {@code spkcvo_c}, {@code spkcvt_c}, {@code azlcpo_c},
   * {@code et2lst_c}), composed on this engine.
   *
   * @return the stations view (cheap; shares this facade's backend)
   */
  public Stations stations() {
    return new Stations(backend);
  }

  // --- surfaces facade accessor ---
  /**
   * Limb and terminator points on a target's ellipsoid (CSPICE {@code limbpt_c}, {@code termpt_c});
   * pure ellipsoid geometry is on {@link Ellipsoid}.
   *
   * @return the surfaces view (cheap; shares this facade's backend)
   */
  public Surfaces surfaces() {
    return new Surfaces(backend);
  }

  /**
   * Closes the backend (its engine and staged kernels). Does nothing on an engine of a {@link SpicePool}:
   * the pool lends it and closes it itself, so a borrower's {@code close()} (e.g. a try-with-resources
   * around the lent {@code Spice}) cannot break the pool.
   */
  @Override
  public void close() {
    if (!pooled) backend.close();
  }

  /** Marks this engine as owned by a {@link SpicePool}: only the pool closes it (its backend refuses). */
  void poolOwned() {
    pooled = true;
    if (backend instanceof JniBackend j) j.claimOwnership("a SpicePool");
  }

  /** Closes the backend even when a pool owns it; for {@link SpicePool}. */
  void closeEngine() {
    if (backend instanceof JniBackend j) j.closeOwned();
    else backend.close();
  }
}
