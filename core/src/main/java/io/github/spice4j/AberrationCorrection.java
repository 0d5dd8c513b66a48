package io.github.spice4j;

/**
 * CSPICE aberration corrections for state and position lookups ({@code abcorr}).
 * {@code LT}/{@code CN} correct for one-way light time (single iteration / converged Newtonian),
 * {@code +S} adds stellar aberration; {@code X} variants are transmission cases (observer to target).
 */
public enum AberrationCorrection {
  /** Geometric state, no correction. */
  NONE("NONE"),
  /** Light time, reception. */
  LT("LT"),
  /** Light time and stellar aberration, reception. */
  LT_S("LT+S"),
  /** Converged Newtonian light time, reception. */
  CN("CN"),
  /** Converged Newtonian light time and stellar aberration, reception. */
  CN_S("CN+S"),
  /** Light time, transmission. */
  XLT("XLT"),
  /** Light time and stellar aberration, transmission. */
  XLT_S("XLT+S"),
  /** Converged Newtonian light time, transmission. */
  XCN("XCN"),
  /** Converged Newtonian light time and stellar aberration, transmission. */
  XCN_S("XCN+S");

  private final String spice;

  AberrationCorrection(String spice) {
    this.spice = spice;
  }

  /** The CSPICE spelling, e.g. {@code LT+S}. */
  public String spiceName() {
    return spice;
  }

  /**
   * Parses a CSPICE spelling (case-insensitive, blanks ignored), e.g. {@code "lt+s"}, or an enum name such as {@code LT_S}.
   * A string no CSPICE routine would accept fails with the error CSPICE's routines raise for it, so code
   * that takes {@code abcorr} as text reports it as CSPICE does.
   *
   * @param text the correction
   * @return the matching correction
   * @throws NullPointerException if {@code text} is null
   * @throws SpiceException {@code SPICE(EMPTYSTRING)} for an empty string, {@code SPICE(INVALIDOPTION)} for text
   *     naming no correction (e.g. {@code "LT+Q"})
   */
  public static AberrationCorrection parse(String text) {
    java.util.Objects.requireNonNull(text, "aberration correction");
    if (text.isEmpty()) {
      throw new SpiceException("SPICE(EMPTYSTRING)", "The aberration correction string has length zero.", "", null,
          null);
    }
    String t = text.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    for (AberrationCorrection c : values()) {
      if (c.spice.equals(t) || c.name().equals(t)) return c;
    }
    throw new SpiceException("SPICE(INVALIDOPTION)", "'" + text + "' is an unknown aberration correction; expected"
        + " one of NONE, LT, LT+S, CN, CN+S, XLT, XLT+S, XCN, XCN+S.", "", null, null);
  }

  @Override
  public String toString() {
    return spice;
  }
}
