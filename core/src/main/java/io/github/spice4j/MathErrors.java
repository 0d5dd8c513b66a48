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

  /**
   * A string argument as CSPICE's C wrappers accept it: null is a {@link NullPointerException} naming it,
   * the empty string {@code SPICE(EMPTYSTRING)} (blanks alone are left to the routine).
   *
   * @param value the argument
   * @param name its CSPICE name, e.g. {@code refloc}
   * @param routine CSPICE routine without {@code _c}
   * @return {@code value}
   */
  static String nonEmpty(String value, String name, String routine) {
    java.util.Objects.requireNonNull(value, name);
    if (value.isEmpty()) throw error(routine, "EMPTYSTRING", "String \"" + name + "\" has length zero.");
    return value;
  }
}
