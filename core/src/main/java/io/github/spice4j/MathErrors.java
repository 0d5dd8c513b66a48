package io.github.spice4j;

/** Builds the SpiceException that CSPICE would signal, for the routines computed in Java. */
final class MathErrors {
  private MathErrors() {}

  /**
   * @param routine CSPICE routine without {@code _c}, e.g. {@code m2q}
   * @param code short code without the {@code SPICE(...)} wrapper, e.g. {@code NOTAROTATION}
   * @param longMessage what was wrong with the input
   */
  static SpiceException error(String routine, String code, String longMessage) {
    String shortMessage = "SPICE(" + code + ")";
    return new SpiceException(shortMessage, longMessage, routine + "_c (Java)", routine, longMessage);
  }
}
