package io.github.spice4j;

import java.util.Locale;

/** The relational operators of a geometry finder search (CSPICE's {@code relate} argument). */
public enum GfRelation {
  /** The quantity is greater than the reference value ({@code ">"}). */
  GREATER(">"),
  /** The quantity equals the reference value ({@code "="}); the result is a set of epochs. */
  EQUAL("="),
  /** The quantity is less than the reference value ({@code "<"}). */
  LESS("<"),
  /** The quantity is at its absolute maximum over the window, or within an adjustment of it ({@code "ABSMAX"}). */
  ABSMAX("ABSMAX"),
  /** The quantity is at its absolute minimum over the window, or within an adjustment of it ({@code "ABSMIN"}). */
  ABSMIN("ABSMIN"),
  /** The quantity is at a local maximum inside the window ({@code "LOCMAX"}). */
  LOCMAX("LOCMAX"),
  /** The quantity is at a local minimum inside the window ({@code "LOCMIN"}). */
  LOCMIN("LOCMIN");

  private final String spice;

  GfRelation(String spice) {
    this.spice = spice;
  }

  /** The CSPICE spelling, e.g. {@code ">"} or {@code "LOCMIN"}. */
  public String spiceName() {
    return spice;
  }

  /** True for {@link #GREATER}, {@link #EQUAL} and {@link #LESS}, which compare with a reference value. */
  public boolean usesReferenceValue() {
    return this == GREATER || this == EQUAL || this == LESS;
  }

  /** True for {@link #ABSMAX} and {@link #ABSMIN}, the only operators that take an adjustment. */
  public boolean isAbsoluteExtremum() {
    return this == ABSMAX || this == ABSMIN;
  }

  /**
   * Parses a CSPICE spelling or an enum name, case-insensitive, surrounding blanks ignored: {@code ">"},
   * {@code "locmin"}, {@code "GREATER"}.
   *
   * @param text the operator
   * @return the matching relation
   * @throws IllegalArgumentException if the text names no operator
   */
  public static GfRelation parse(String text) {
    if (text == null) throw new IllegalArgumentException("relation must not be null");
    String t = text.strip().toUpperCase(Locale.ROOT);
    for (GfRelation r : values()) {
      if (r.spice.equals(t) || r.name().equals(t)) return r;
    }
    throw new IllegalArgumentException("unknown relation '" + text + "'; expected one of >, =, <, ABSMAX, ABSMIN, "
        + "LOCMAX, LOCMIN");
  }
}
