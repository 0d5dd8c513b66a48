package io.github.spice4j;

import java.util.Locale;

/**
 * Where a non-inertial output frame is evaluated for a state between a constant-position or
 * constant-velocity point and an ephemeris object ({@code refloc} of CSPICE's
 * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/spkcvo_c.html">spkcvo_c</a>,
 * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/spkcvt_c.html">spkcvt_c</a>).
 */
public enum FrameLocus {
  /** The frame's orientation at the observation epoch (the observer's location). */
  OBSERVER,
  /** The orientation at the light-time corrected epoch of the target. */
  TARGET,
  /** The orientation at the light-time corrected epoch of the frame's center, as {@code spkezr_c} does. */
  CENTER;

  /**
   * Parses a CSPICE spelling (case and surrounding blanks ignored).
   *
   * @param text {@code OBSERVER}, {@code TARGET} or {@code CENTER}
   * @return the locus
   * @throws SpiceException {@code SPICE(NOTSUPPORTED)} for any other text and {@code SPICE(EMPTYSTRING)} for
   *     the empty string, as CSPICE signals
   * @throws NullPointerException if {@code text} is null
   */
  public static FrameLocus parse(String text) {
    String t = MathErrors.nonEmpty(text, "refloc", "spkcvo").strip().toUpperCase(Locale.ROOT);
    for (FrameLocus l : values()) if (l.name().equals(t)) return l;
    throw new SpiceException("SPICE(NOTSUPPORTED)", "Output frame evaluation locus " + text
        + " was not recognized. Allowed values are 'OBSERVER', 'TARGET', and 'CENTER'.", "", "spkcvo", null);
  }
}
