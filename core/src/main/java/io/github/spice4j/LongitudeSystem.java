package io.github.spice4j;

import java.util.Locale;

/**
 * How a body longitude is measured ({@code type} of CSPICE's
 * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/et2lst_c.html">et2lst_c</a>).
 */
public enum LongitudeSystem {
  /** Planetocentric longitude: positive east. */
  PLANETOCENTRIC,
  /**
   * Planetographic longitude: positive west for prograde rotators except the Earth, Moon and Sun
   * (positive east), unless the kernel pool's {@code BODYnnn_PGR_POSITIVE_LON} says otherwise.
   */
  PLANETOGRAPHIC;

  /**
   * Parses a CSPICE spelling (case and surrounding blanks ignored).
   *
   * @param text {@code PLANETOCENTRIC} or {@code PLANETOGRAPHIC}
   * @return the system
   * @throws SpiceException {@code SPICE(UNKNOWNSYSTEM)} for any other text and {@code SPICE(EMPTYSTRING)} for
   *     the empty string, as CSPICE signals
   * @throws NullPointerException if {@code text} is null
   */
  public static LongitudeSystem parse(String text) {
    String t = MathErrors.nonEmpty(text, "type", "et2lst").strip().toUpperCase(Locale.ROOT);
    for (LongitudeSystem s : values()) if (s.name().equals(t)) return s;
    throw new SpiceException("SPICE(UNKNOWNSYSTEM)", "The coordinate system '" + text
        + "' is not a recognized system of longitude. The recognized systems are 'PLANETOCENTRIC' and"
        + " 'PLANETOGRAPHIC'.", "", "et2lst", null);
  }
}
