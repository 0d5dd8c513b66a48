package io.github.spice4j.writer;

/**
 * Argument checks and layout pieces shared by the segment types: every refusal is an
 * {@link IllegalArgumentException} naming the argument, thrown before anything is written.
 */
final class Segments {
  /** A directory holds every 100th epoch, as the SPK and CK Required Readings document. */
  private static final int DIRECTORY_STRIDE = 100;

  private Segments() {}

  static IllegalArgumentException bad(String routine, String message) {
    return new IllegalArgumentException(routine + ": " + message);
  }

  /** A segment identifier: 1 to {@code max} printable ASCII characters. */
  static void segid(String routine, String segid, int max) {
    if (segid == null) throw new NullPointerException("segid");
    if (segid.isBlank()) throw bad(routine, "segid must not be blank");
    if (segid.length() > max) {
      throw bad(routine, "segid has " + segid.length() + " characters, at most " + max + " fit: " + segid);
    }
    for (int i = 0; i < segid.length(); i++) {
      char c = segid.charAt(i);
      if (c < 32 || c > 126) throw bad(routine, "segid holds a nonprintable character at index " + i);
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

  /** Finite and strictly increasing, at least one element. */
  static void increasing(String routine, String name, double[] values) {
    finite(routine, name, values);
    if (values.length == 0) throw bad(routine, name + " must not be empty");
    for (int i = 1; i < values.length; i++) {
      if (!(values[i] > values[i - 1])) {
        throw bad(routine, name + " must be strictly increasing, but " + name + "[" + i + "] = " + values[i]
            + " follows " + values[i - 1]);
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

  /** The coverage interval {@code first < last}, inside {@code [from, to]}. */
  static void coverage(String routine, double first, double last, double from, double to) {
    finite(routine, "first", first);
    finite(routine, "last", last);
    if (!(first < last)) throw bad(routine, "coverage start " + first + " must precede its end " + last);
    if (first < from || last > to) {
      throw bad(routine, "coverage " + first + " .. " + last + " exceeds the data's span " + from + " .. " + to);
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
