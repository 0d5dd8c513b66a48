package io.github.spice4j.jni;

/**
 * Natives of the fileio spoke (native-src/jni/fileio.cc). Handles are CSPICE's integer file handles;
 * callers resolve virtual ids and check handle liveness and kind first (see {@link JniFileIo}).
 */
final class NativeFileIo {
  static {
    NativeEngine.ensureLoaded();
  }

  private NativeFileIo() {}

  static native boolean exists(long engine, String file);

  /** Fills out (String[2]) with the architecture and the type. */
  static native void getfat(long engine, String file, String[] out);

  static native int dafopr(long engine, String file);

  static native void dafcls(long engine, int handle);

  static native void dafbfs(long engine, int handle);

  static native boolean daffna(long engine, int handle);

  static native int dasopr(long engine, String file);

  static native void dascls(long engine, int handle);

  static native int dlaopn(long engine, String file, String ftype, String ifname, int ncomch);

  /** Fills descr (int[8]) when a first segment exists. */
  static native boolean dlabfs(long engine, int handle, int[] descr);

  /** Reads current (int[8]); fills next (int[8]) when a following segment exists. */
  static native boolean dlafns(long engine, int handle, int[] current, int[] next);

  static native void dlacls(long engine, int handle);
}
