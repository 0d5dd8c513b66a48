package io.github.spice4j.jni;

import io.github.spice4j.SpiceBatchException;
import io.github.spice4j.SpiceException;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.util.Objects;

/**
 * What every batch call shares: range and output-size checks made in Java before the native call, and
 * the translation of a failure at one item into a {@link SpiceBatchException} with that item's index.
 */
final class Batch {
  private Batch() {}

  /** A native batch call that stores the failing item's index in failedAt[0] before throwing. */
  @FunctionalInterface
  interface Call {
    void run(long engine, int[] failedAt);
  }

  /** Runs call under the engine's lock, once for the whole batch. */
  static void run(Engine engine, String routine, Call call) {
    int[] failedAt = {-1};
    try {
      engine.run(routine, h -> call.run(h, failedAt));
    } catch (SpiceException e) {
      if (failedAt[0] < 0 || e instanceof SpiceBatchException) throw e;
      throw new SpiceBatchException(e, failedAt[0]);
    }
  }

  /** Checks that [offset, offset + count) lies inside an input array of the given length. */
  static void range(String name, int length, int offset, int count) {
    Objects.checkFromIndexSize(offset, count, length);
  }

  /** Checks that an output array holds count items of width values. */
  static <T> T room(String name, T out, int length, int count, int width) {
    Objects.requireNonNull(out, name);
    if ((long) count * width > length) {
      throw new IllegalArgumentException(name + " holds " + length + " values; " + count + " items need "
          + (long) count * width);
    }
    return out;
  }

  /** Every epoch of ets[offset, offset + count) must be a number. */
  static void finite(double[] ets, int offset, int count) {
    for (int i = offset; i < offset + count; i++) {
      // +-Infinity is as meaningless as NaN here: et2utc of +Infinity would print a date in 1971.
      if (!Double.isFinite(ets[i])) throw new IllegalArgumentException("ets[" + i + "] must be finite, got " + ets[i]);
    }
  }

  /** A direct buffer in native byte order (the engine writes it in place). */
  static DoubleBuffer direct(String name, DoubleBuffer b) {
    Objects.requireNonNull(b, name);
    if (!b.isDirect()) throw new IllegalArgumentException(name + " must be a direct buffer");
    if (b.order() != ByteOrder.nativeOrder()) {
      throw new IllegalArgumentException(name + " must be in native byte order (ByteOrder.nativeOrder())");
    }
    return b;
  }

  /** A direct output buffer with room for count items of width values from its position. */
  static DoubleBuffer directOut(String name, DoubleBuffer b, int count, int width) {
    direct(name, b);
    if (b.isReadOnly()) throw new IllegalArgumentException(name + " is read-only");
    room(name, b, b.remaining(), count, width);
    return b;
  }

  /** The epochs of a direct buffer from its position, each checked finite. */
  static int directEpochs(DoubleBuffer ets) {
    direct("ets", ets);
    for (int i = ets.position(); i < ets.limit(); i++) {
      if (!Double.isFinite(ets.get(i))) throw new IllegalArgumentException("ets[" + i + "] must be finite, got " + ets.get(i));
    }
    return ets.remaining();
  }
}
