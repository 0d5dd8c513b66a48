package io.github.spice4j.gf;

import io.github.spice4j.SpiceException;

/** SPICE-style errors raised by the project's GF code (short code, long message, routine). */
final class Errors {
  private Errors() {}

  static SpiceException spice(String shortMessage, String longMessage, String routine) {
    return new SpiceException(shortMessage, longMessage, routine + "_c", routine, null);
  }
}
