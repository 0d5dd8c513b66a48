package io.github.spice4j.jni;

import io.github.spice4j.backend.CellsApi;
import io.github.spice4j.backend.CkApi;
import io.github.spice4j.backend.CoordsApi;
import io.github.spice4j.backend.DskApi;
import io.github.spice4j.backend.EkApi;
import io.github.spice4j.backend.EphemerisApi;
import io.github.spice4j.backend.ErrorApi;
import io.github.spice4j.backend.FileIoApi;
import io.github.spice4j.backend.FramesApi;
import io.github.spice4j.backend.GeometryApi;
import io.github.spice4j.backend.GfApi;
import io.github.spice4j.backend.IdsNamesApi;
import io.github.spice4j.backend.KernelsApi;
import io.github.spice4j.backend.PoolApi;
import io.github.spice4j.backend.SclkApi;
import io.github.spice4j.backend.SpiceBackend;
import io.github.spice4j.backend.SpkWriterApi;
import io.github.spice4j.backend.TimeApi;
import io.github.spice4j.loader.LibraryIdentity;
import io.github.spice4j.loader.NativeLibraryLocation;
import java.nio.file.Path;

/**
 * The JNI implementation of {@link SpiceBackend}: one CSPICE engine instance with its own kernel pool,
 * its lock, and its staged byte-backed kernels. Thread-safe (calls are serialized). Each backend is an
 * independent engine: loading a kernel into one does not affect another.
 *
 * <p>Close it when done: the engine's ~128 MiB of linear memory and its open kernel files are released
 * and staged kernels deleted (a {@link java.lang.ref.Cleaner} is a backstop, not a substitute).
 */
public final class JniBackend implements SpiceBackend {
  // Field initialisers run in textual order: engine and kernels first, then each domain.
  private final Engine engine = new Engine();
  private final JniError error = new JniError(engine);
  private final JniKernels kernels = new JniKernels(engine);
  private final JniTime time = new JniTime(engine);
  private final JniIdsNames ids = new JniIdsNames(engine);
  private final JniFrames frames = new JniFrames(engine);
  private final JniEphemeris ephemeris = new JniEphemeris(engine, kernels);
  private final JniPool pool = new JniPool(engine);
  private final JniCoords coords = new JniCoords(engine);
  private final JniSclk sclk = new JniSclk(engine);
  private final JniCk ck = new JniCk(engine, kernels);
  private final JniGeometry geometry = new JniGeometry(engine);
  private final JniGf gf = new JniGf(engine);
  private final JniCells cells = new JniCells(engine);
  private final JniFileIo fileio = new JniFileIo(engine, kernels);
  private final JniDsk dsk = new JniDsk(engine, kernels);
  private final JniEk ek = new JniEk(engine, kernels);
  private final JniSpkWriter spkw = new JniSpkWriter(engine, kernels);
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
   * Test hook: runs the engine's runtime primitives (memcpy, memmove, memset, s_copy, s_cmp, MOVED,
   * MOVEI) n times on random arguments from {@code seed}, each once with its host fast path and once
   * with the guest's own code from the same bytes (native-src/engine-patch). No CSPICE routine: it checks
   * the engine's runtime underneath them.
   *
   * @param seed seed of the random arguments (0 picks a fixed one)
   * @param n number of runs
   * @return null when every run gave the same bytes and result, else how many differed and the first
   * @throws io.github.spice4j.SpiceException if the check could not run (host memory)
   */
  public String guestPrimitivesCheck(long seed, int n) {
    return engine.guestPrimitivesCheck(seed, n);
  }

  /**
   * Whether this process runs the engine's primitive fast paths (no CSPICE routine).
   *
   * @return false when the process started with {@code SPICE4J_GUEST_PRIMS=off}, else true
   */
  public static boolean guestPrimitives() {
    return NativeEngine.guestPrimitives();
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

  // --- domains (generated by the untangle codemod) ---
  @Override public ErrorApi error() { return error; }
  @Override public KernelsApi kernels() { return kernels; }
  @Override public TimeApi time() { return time; }
  @Override public IdsNamesApi idsNames() { return ids; }
  @Override public FramesApi frames() { return frames; }
  @Override public EphemerisApi ephemeris() { return ephemeris; }
  @Override public PoolApi pool() { return pool; }
  @Override public CoordsApi coords() { return coords; }
  @Override public SclkApi sclk() { return sclk; }
  @Override public CkApi ck() { return ck; }
  @Override public GeometryApi geometry() { return geometry; }
  @Override public GfApi gf() { return gf; }
  @Override public CellsApi cells() { return cells; }
  @Override public FileIoApi fileIo() { return fileio; }
  @Override public DskApi dsk() { return dsk; }
  @Override public EkApi ek() { return ek; }
  @Override public SpkWriterApi spkWriter() { return spkw; }
  // --- end domains ---

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

  /** Test hook: the private file behind a virtual output of a writer, or null when there is none. */
  Path virtualOutputFile(String virtualId) {
    return kernels.outputFile(virtualId);
  }
}
