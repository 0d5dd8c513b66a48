package io.github.spice4j.jni;

import io.github.spice4j.SpiceException;
import io.github.spice4j.TimeInterval;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * Results that CSPICE writes into an engine-side cell or window (spkobj, spkcov, ckobj, ckcov), whose
 * size must be chosen before the call: the native side fills a Java array of some capacity and returns
 * the full count, and a result that did not fit is read again with a larger array.
 */
final class CellOutput {
  /** First capacity (ids or intervals); larger results are retried. */
  private static final int INITIAL_CAPACITY = 1024;

  /** Upper bound for retries after CSPICE itself reports the container too small. */
  private static final int MAX_CAPACITY = 1 << 20;

  /** What CSPICE signals when the engine-side cell or window is too small for the result (ckobj: SETEXCESS). */
  private static final Set<String> TOO_SMALL = Set.of("SPICE(CELLTOOSMALL)", "SPICE(SETEXCESS)",
      "SPICE(WINDOWEXCESS)", "SPICE(WINDOWTOOSMALL)", "SPICE(ARRAYTOOSMALL)");

  private CellOutput() {}

  /**
   * Reads an integer set (e.g. NAIF IDs).
   *
   * @param fill fills {@code int[capacity]} and returns the cardinality, which may exceed the capacity
   * @return the members, as many as the cardinality
   */
  static int[] ids(ToIntFunction<int[]> fill) {
    Filled<int[]> r = read(int[]::new, fill);
    return Arrays.copyOf(r.buffer(), r.count());
  }

  /**
   * Reads a window.
   *
   * @param fill fills {@code double[2 * capacity]} with [left, right] pairs and returns the interval
   *     count, which may exceed the capacity
   * @return the intervals in window order
   */
  static List<TimeInterval> window(ToIntFunction<double[]> fill) {
    Filled<double[]> r = read(c -> new double[2 * c], fill);
    double[] cover = r.buffer();
    List<TimeInterval> intervals = new ArrayList<>(r.count());
    for (int i = 0; i < r.count(); i++) intervals.add(new TimeInterval(cover[2 * i], cover[2 * i + 1]));
    return List.copyOf(intervals);
  }

  /** A buffer the native side filled and the full count it reported (at most the buffer's capacity). */
  private record Filled<B>(B buffer, int count) {}

  /** Calls fill with ever larger buffers until the count fits. */
  private static <B> Filled<B> read(IntFunction<B> alloc, ToIntFunction<B> fill) {
    int capacity = INITIAL_CAPACITY;
    while (true) {
      B buffer = alloc.apply(capacity);
      int n;
      try {
        n = fill.applyAsInt(buffer);
      } catch (SpiceException e) {
        if (!TOO_SMALL.contains(e.shortMessage()) || capacity >= MAX_CAPACITY) throw e;
        capacity = Math.min(capacity * 8, MAX_CAPACITY);
        continue;
      }
      if (n <= capacity) return new Filled<>(buffer, n);
      capacity = n;
    }
  }
}
