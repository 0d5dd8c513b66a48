package io.github.spice4j.jni;

import io.github.spice4j.SpiceException;

/**
 * Argument checks made in Java before any native call. Null and embedded NUL are caller mistakes
 * (NullPointerException/IllegalArgumentException). An empty string is what CSPICE's own wrappers
 * reject with {@code SPICE(EMPTYSTRING)}; we raise the same error here because the engine's shim
 * refuses some empty strings before CSPICE sees them.
 */
final class Args {
  private Args() {}

  /** A string CSPICE requires to be non-empty. */
  static String text(String routine, String name, String value) {
    present(name, value);
    if (value.isEmpty()) {
      throw new SpiceException("SPICE(EMPTYSTRING)", "String \"" + name + "\" has length zero.", routine + "_c",
          routine, "SPICE(EMPTYSTRING)");
    }
    return value;
  }

  /** A string that may be empty (CSPICE treats blank as meaningful, e.g. frame " " in gfsep). */
  static String present(String name, String value) {
    if (value == null) throw new NullPointerException(name + " must not be null");
    if (value.indexOf('\0') >= 0) throw new IllegalArgumentException(name + " must not contain NUL characters");
    return value;
  }

  /**
   * An epoch, distance, angle or other double CSPICE computes with: NaN and ±Infinity give garbage,
   * plausible wrong values (et2utc of +Infinity is a date in 1971) or a trap inside CSPICE's formatting.
   */
  static double finite(String name, double value) {
    if (!Double.isFinite(value)) throw new IllegalArgumentException(name + " must be finite, got " + value);
    return value;
  }

  /** Each element finite, as {@link #finite}; returns the array. */
  static double[] finite(String name, double[] values) {
    notNull(name, values);
    for (int i = 0; i < values.length; i++) finite(name + "[" + i + "]", values[i]);
    return values;
  }

  /** A double stored as data (cell elements): any value but NaN, which CSPICE's ordering cannot place. */
  static double notNaN(String name, double value) {
    if (Double.isNaN(value)) throw new IllegalArgumentException(name + " must not be NaN");
    return value;
  }

  /**
   * CSPICE's longest file name (FILSIZ in its kernel, DAF and DAS code): longer names are cut short, so
   * CSPICE would look at another file, or overflow the engine's buffers.
   */
  static final int MAX_FILE_NAME = 255;

  /**
   * A file name CSPICE can hold: non-empty and at most {@value #MAX_FILE_NAME} characters once trailing
   * blanks (insignificant to CSPICE) are dropped.
   *
   * @return the name without trailing blanks, to pass on
   */
  static String fileName(String routine, String name, String value) {
    text(routine, name, value);
    String stripped = value.replaceAll(" +$", "");
    if (stripped.length() > MAX_FILE_NAME) {
      throw new IllegalArgumentException(name + " is " + stripped.length() + " characters long; CSPICE (" + routine
          + ") takes file names of at most " + MAX_FILE_NAME + " characters: " + stripped.substring(0, 60) + "...");
    }
    return stripped.isEmpty() ? value : stripped;
  }

  /**
   * Largest comment area a new DAF/DAS file may reserve (characters): far beyond any real comment area,
   * yet small enough that a mistaken size fails at once instead of writing hundreds of MB of blank records.
   */
  static final int MAX_COMMENT_CHARS = 10_000_000;

  /** The comment-area size of a file being created: 0 to {@value #MAX_COMMENT_CHARS} characters. */
  static int commentChars(int ncomch) {
    return size("ncomch", ncomch, 0, MAX_COMMENT_CHARS);
  }

  /**
   * Most ints a single argument or result array may hold in the engine: its linear memory (128 MiB)
   * cannot hold more, so a larger request could only fail after Java allocated the array.
   */
  static final int MAX_ENGINE_INTS = 1 << 25;

  /**
   * A count or size the caller chose (cell sizes, comment areas, workspace sizes): at least {@code min}
   * and at most {@code max}, which is CSPICE's or the engine's memory limit for it.
   */
  static int size(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", got " + value);
    }
    return value;
  }

  static <T> T notNull(String name, T value) {
    if (value == null) throw new NullPointerException(name + " must not be null");
    return value;
  }
}
