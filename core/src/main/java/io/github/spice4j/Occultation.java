package io.github.spice4j;

/**
 * The occultation state of two targets seen by an observer, as CSPICE's {@code occult_c} reports it
 * (its {@code SPICE_OCCULT_*} codes). A negative code means the first target ({@code targ1}) is behind
 * the second, a positive code that the first target is in front, hiding (part of) the second.
 */
public enum Occultation {
  /** The first target is completely hidden by the second ({@code SPICE_OCCULT_TOTAL1}, -3). */
  TOTAL_OF_FIRST_BY_SECOND(-3, "TOTAL1"),
  /**
   * The second target is in front of the first and appears entirely inside the first's disk without
   * covering its limb (a transit; {@code SPICE_OCCULT_ANNLR1}, -2).
   */
  ANNULAR_OF_FIRST_BY_SECOND(-2, "ANNLR1"),
  /** The second target hides part of the first, including part of its limb ({@code SPICE_OCCULT_PARTL1}, -1). */
  PARTIAL_OF_FIRST_BY_SECOND(-1, "PARTL1"),
  /** Neither target hides any part of the other ({@code SPICE_OCCULT_NOOCC}, 0). */
  NONE(0, "NOOCC"),
  /** The first target hides part of the second, including part of its limb ({@code SPICE_OCCULT_PARTL2}, 1). */
  PARTIAL_OF_SECOND_BY_FIRST(1, "PARTL2"),
  /**
   * The first target is in front of the second and appears entirely inside the second's disk without
   * covering its limb (a transit; {@code SPICE_OCCULT_ANNLR2}, 2).
   */
  ANNULAR_OF_SECOND_BY_FIRST(2, "ANNLR2"),
  /** The second target is completely hidden by the first ({@code SPICE_OCCULT_TOTAL2}, 3). */
  TOTAL_OF_SECOND_BY_FIRST(3, "TOTAL2");

  private final int code;
  private final String spiceSuffix;

  Occultation(int code, String spiceSuffix) {
    this.code = code;
    this.spiceSuffix = spiceSuffix;
  }

  /** CSPICE's integer code, -3 to 3 ({@code ocltid}). */
  public int code() {
    return code;
  }

  /** CSPICE's constant name, e.g. {@code SPICE_OCCULT_TOTAL1}. */
  public String spiceName() {
    return "SPICE_OCCULT_" + spiceSuffix;
  }

  /** Whether one target hides any part of the other (every state but {@link #NONE}). */
  public boolean isOccultation() {
    return code != 0;
  }

  /** Whether the first target is the one in front (positive codes); false for {@link #NONE}. */
  public boolean isFirstInFront() {
    return code > 0;
  }

  /**
   * The state for a CSPICE code.
   *
   * @param code an {@code ocltid} value, -3 to 3
   * @return the matching state
   * @throws IllegalArgumentException if the code is not one of CSPICE's seven
   */
  public static Occultation fromCode(int code) {
    if (code < -3 || code > 3) throw new IllegalArgumentException("not a SPICE_OCCULT_* code: " + code);
    return values()[code + 3];
  }
}
