package io.github.spice4j.jni;

import io.github.spice4j.loader.NativeLibraryLocation;
import io.github.spice4j.loader.NativeLoader;

/**
 * Natives for the engine's lifecycle. This class loads libspice4j (the library binds to this class's
 * loader); every other {@code Native*} class calls {@link #ensureLoaded()} first.
 */
final class NativeEngine {
  private static final NativeLibraryLocation LOCATION;

  static {
    LOCATION = NativeLoader.locate();
    // The lambda body runs in this class, so the library binds to this class's loader.
    NativeLoader.load(LOCATION, path -> System.load(path));
  }

  private NativeEngine() {}

  /** Forces class initialisation (and so the library load); returns where the library came from. */
  static NativeLibraryLocation ensureLoaded() {
    return LOCATION;
  }

  /** spice4j_engine_create: a fresh instance (about 128 MiB of linear memory). */
  static native long create();

  /** spice4j_engine_destroy: frees the instance and closes every file it holds. */
  static native void destroy(long engine);

  /** Files the engine holds open on the host. */
  static native int openFiles(long engine);

  /** Bytes of linear memory in use. */
  static native long memoryBytes(long engine);

  /** The library's build identity: {@code key=value} pairs separated by {@code ;}. */
  static native String buildInfo();

  /**
   * Whether the engine's runtime primitives take their host fast paths (native-src/engine-patch):
   * false when the process started with {@code SPICE4J_GUEST_PRIMS=off}.
   */
  static native boolean guestPrimitives();

  /**
   * Self-check of those fast paths: n runs of the patched primitives on random arguments (seed) in the
   * engine's scratch memory, each with and without its fast path from the same bytes.
   *
   * @return null when every run matched, else how many differed and the first
   */
  static native String guestPrimitivesCheck(long engine, long seed, int n);

  /** Test hook: makes the engine trap; always throws SpiceEngineTrapException. */
  static native void forceTrap(long engine);

  /** Sets the engine's file confinement (canonical directories; see spice4j_engine_confine). */
  static native void confine(long engine, boolean confined, String[] roots, String[] hidden, String[] exempt);
}
