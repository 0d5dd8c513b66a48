package io.github.spice4j.jni;

/**
 * Natives of the ephemeris spoke (native-src/jni/ephemeris.cc). Arguments are validated by the caller.
 * States are written as double[7] (state, light time), positions as double[4] (position, light time).
 */
final class NativeEphemeris {
  static {
    NativeEngine.ensureLoaded();
  }

  private NativeEphemeris() {}

  static native void spkezr(long engine, String targ, double et, String ref, String abcorr, String obs, double[] out);

  static native void spkpos(long engine, String targ, double et, String ref, String abcorr, String obs, double[] out);

  static native void spkez(long engine, int targ, double et, String ref, String abcorr, int obs, double[] out);

  static native void spkezp(long engine, int targ, double et, String ref, String abcorr, int obs, double[] out);

  static native void spkgeo(long engine, int targ, double et, String ref, int obs, double[] out);

  static native void spkgps(long engine, int targ, double et, String ref, int obs, double[] out);

  /** Fills out (double[6]); spkssb computes no light time. */
  static native void spkssb(long engine, int targ, double et, String ref, double[] out);

  /** Fills ids (capacity = its length); returns the body count, which may exceed the capacity. */
  static native int spkobj(long engine, String file, int[] ids);

  /** Fills cover with [left, right] pairs (capacity = length / 2); returns the interval count, which may exceed it. */
  static native int spkcov(long engine, String file, int idcode, double[] cover);

  /**
   * spkezr over ets[off, off+n) into states (6 per epoch) and lts (may be null), in bounded chunks; on a
   * failure failedAt[0] receives the epoch's index in the range before the exception is thrown.
   */
  static native void spkezrBatch(long engine, String targ, String ref, String abcorr, String obs, double[] ets,
      int off, int n, double[] states, double[] lts, int[] failedAt);

  /** spkpos over ets[off, off+n) into positions (3 per epoch) and lts (may be null); as spkezrBatch. */
  static native void spkposBatch(long engine, String targ, String ref, String abcorr, String obs, double[] ets,
      int off, int n, double[] positions, double[] lts, int[] failedAt);

  /** spkezrBatch over direct buffers (element positions given; lts may be null), written in place. */
  static native void spkezrBatchDirect(long engine, String targ, String ref, String abcorr, String obs,
      java.nio.DoubleBuffer ets, int etsPos, int n, java.nio.DoubleBuffer states, int statesPos,
      java.nio.DoubleBuffer lts, int ltsPos, int[] failedAt);

  /** spkposBatch over direct buffers. */
  static native void spkposBatchDirect(long engine, String targ, String ref, String abcorr, String obs,
      java.nio.DoubleBuffer ets, int etsPos, int n, java.nio.DoubleBuffer positions, int positionsPos,
      java.nio.DoubleBuffer lts, int ltsPos, int[] failedAt);
}
