package io.github.spice4j.writer;

import io.github.spice4j.SpiceException;

/**
 * Argument checks and layout pieces shared by the segment types, all run before anything is written.
 * A condition CSPICE's writer documents is refused with the {@link SpiceException} it names (short code,
 * long message, the routine); Java-level misuse (a null array, a length that does not fit the count, a
 * NaN or infinite value) with {@link NullPointerException} or {@link IllegalArgumentException}.
 */
final class Segments {
  /** A directory holds every 100th epoch, as the SPK and CK Required Readings document. */
  private static final int DIRECTORY_STRIDE = 100;

  private Segments() {}

  /** Java-level misuse, named by routine and argument. */
  static IllegalArgumentException bad(String routine, String message) {
    return new IllegalArgumentException(routine + ": " + message);
  }

  /**
   * The error CSPICE's writer documents for a condition.
   *
   * @param code short code without the {@code SPICE(...)} wrapper, e.g. {@code TIMESOUTOFORDER}
   */
  static SpiceException error(String routine, String code, String longMessage) {
    return new SpiceException("SPICE(" + code + ")", longMessage, routine + "_c (Java)", routine, longMessage);
  }

  /** A segment identifier: its last non-blank character within {@code max}, printable ASCII. */
  static void segid(String routine, String segid, int max) {
    if (segid == null) throw new NullPointerException("segid");
    if (segid.isEmpty()) throw error(routine, "EMPTYSTRING", "String \"segid\" has length zero.");
    int length = segid.stripTrailing().length();
    if (length > max) {
      throw error(routine, "SEGIDTOOLONG", "Segment identifier '" + segid + "' has " + length
          + " significant characters; at most " + max + " fit.");
    }
    for (int i = 0; i < segid.length(); i++) {
      char c = segid.charAt(i);
      if (c < 32 || c > 126) {
        throw error(routine, "NONPRINTABLECHARS", "Segment identifier holds a nonprintable character (code "
            + (int) c + ") at index " + i + ".");
      }
    }
  }

  static void finite(String routine, String name, double value) {
    if (!Double.isFinite(value)) throw bad(routine, name + " must be finite, got " + value);
  }

  /** Every element finite; the array not null. */
  static void finite(String routine, String name, double[] values) {
    if (values == null) throw new NullPointerException(name);
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) throw bad(routine, name + "[" + i + "] must be finite, got " + values[i]);
    }
  }

  /** Finite and strictly increasing ({@code SPICE(TIMESOUTOFORDER)} otherwise). */
  static void increasing(String routine, String name, double[] values) {
    finite(routine, name, values);
    for (int i = 1; i < values.length; i++) {
      if (!(values[i] > values[i - 1])) {
        throw error(routine, "TIMESOUTOFORDER", name + " must be strictly increasing, but " + name + "[" + i
            + "] = " + values[i] + " follows " + values[i - 1] + ".");
      }
    }
  }

  /** {@code array.length == per * n}; returns n. */
  static int count(String routine, String name, double[] array, int per, int n) {
    if (array == null) throw new NullPointerException(name);
    if (array.length != per * n) {
      throw bad(routine, name + " must be double[" + per + "*" + n + "] = double[" + per * n + "], got double["
          + array.length + "]");
    }
    return n;
  }

  /** {@code first < last} ({@code SPICE(BADDESCRTIMES)} otherwise), both finite. */
  static void descriptorTimes(String routine, double first, double last) {
    finite(routine, "first", first);
    finite(routine, "last", last);
    if (!(first < last)) {
      throw error(routine, "BADDESCRTIMES", "Segment start time " + first + " must precede its stop time " + last
          + ".");
    }
  }

  /**
   * The coverage interval {@code first < last}, inside {@code [from - tolerance, to + tolerance]}, with
   * {@code code} naming CSPICE's error when it is not.
   */
  static void coverage(String routine, double first, double last, double from, double to, double tolerance,
      String code) {
    descriptorTimes(routine, first, last);
    if (first < from - tolerance || last > to + tolerance) {
      throw error(routine, code, "Coverage " + first + " .. " + last + " exceeds the data's span " + from + " .. "
          + to + ".");
    }
  }

  /** The epoch directory: every 100th epoch ({@code epochs[99], epochs[199], ...}), excluding the last. */
  static double[] directory(double[] epochs) {
    double[] dir = new double[(epochs.length - 1) / DIRECTORY_STRIDE];
    for (int i = 0; i < dir.length; i++) dir[i] = epochs[(i + 1) * DIRECTORY_STRIDE - 1];
    return dir;
  }

  /**
   * The CK type 1 directory: the midpoints between the 100th and 101st times, the 200th and 201st, ...,
   * so a request on either side of an entry finds its closest time in that side's group.
   */
  static double[] midpointDirectory(double[] times) {
    double[] dir = new double[(times.length - 1) / DIRECTORY_STRIDE];
    for (int i = 0; i < dir.length; i++) {
      int k = (i + 1) * DIRECTORY_STRIDE;
      dir[i] = (times[k - 1] + times[k]) / 2;
    }
    return dir;
  }

  /** Concatenates arrays and trailing scalars into one segment. */
  static double[] join(double[][] parts, double... tail) {
    int n = tail.length;
    for (double[] p : parts) n += p.length;
    double[] out = new double[n];
    int at = 0;
    for (double[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    System.arraycopy(tail, 0, out, at, tail.length);
    return out;
  }
}
