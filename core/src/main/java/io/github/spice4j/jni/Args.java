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

  /** An epoch or other double CSPICE would silently mis-handle when NaN. */
  static double finite(String name, double value) {
    if (Double.isNaN(value)) throw new IllegalArgumentException(name + " must not be NaN");
    return value;
  }

  static <T> T notNull(String name, T value) {
    if (value == null) throw new NullPointerException(name + " must not be null");
    return value;
  }
}
