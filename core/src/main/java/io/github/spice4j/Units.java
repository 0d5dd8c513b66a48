package io.github.spice4j;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Unit conversion with CSPICE's unit names (CSPICE
 * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/convrt_c.html">convrt_c</a>), computed in
 * Java.
 *
 * <p>Units (case-insensitive, surrounding blanks ignored): angles {@code RADIANS, DEGREES, ARCMINUTES,
 * ARCSECONDS, HOURANGLE, MINUTEANGLE, SECONDANGLE}; distances {@code M, METERS, KM, KILOMETERS, CM,
 * CENTIMETERS, MM, MILLIMETERS, FEET, INCHES, YARDS, STATUTE_MILES, NAUTICAL_MILES, AU, PARSECS, LIGHTSECS,
 * LIGHTYEARS} (Julian light years); times {@code SECONDS, MINUTES, HOURS, DAYS, JULIAN_YEARS, TROPICAL_YEARS,
 * YEARS} (= Julian years). As in CSPICE, the AU is DE125's 149597870.6136889 km (DE430's 149597870.700 km
 * differs by 86 m), the tropical year is 31556925.9747 s and the parsec is 648000/pi AU.
 */
public final class Units {
  /**
   * Speed of light in vacuum, km/s: the value of CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/clight_c.html">clight_c</a> (exact by the
   * SI definition of the meter). The engine does not export {@code clight_c}, so this is the one definition the
   * project's light-time and aberration code uses.
   */
  public static final double CLIGHT = 299792.458;

  private enum Kind {
    ANGLE, DISTANCE, TIME
  }

  private record Unit(Kind kind, double inBaseUnits) {}

  private static final double DEGREE = Math.PI / 180.0;
  private static final double AU_METERS = 149597870613.6889;
  private static final double SPEED_OF_LIGHT = CLIGHT * 1000.0;
  private static final double JULIAN_YEAR = 365.25 * 86400.0;

  /** Each unit in radians, meters or seconds. */
  private static final Map<String, Unit> UNITS = Map.ofEntries(
      Map.entry("RADIANS", new Unit(Kind.ANGLE, 1.0)),
      Map.entry("DEGREES", new Unit(Kind.ANGLE, DEGREE)),
      Map.entry("ARCMINUTES", new Unit(Kind.ANGLE, DEGREE / 60.0)),
      Map.entry("ARCSECONDS", new Unit(Kind.ANGLE, DEGREE / 3600.0)),
      Map.entry("HOURANGLE", new Unit(Kind.ANGLE, 15.0 * DEGREE)),
      Map.entry("MINUTEANGLE", new Unit(Kind.ANGLE, 15.0 * DEGREE / 60.0)),
      Map.entry("SECONDANGLE", new Unit(Kind.ANGLE, 15.0 * DEGREE / 3600.0)),
      Map.entry("M", new Unit(Kind.DISTANCE, 1.0)),
      Map.entry("METERS", new Unit(Kind.DISTANCE, 1.0)),
      Map.entry("KM", new Unit(Kind.DISTANCE, 1000.0)),
      Map.entry("KILOMETERS", new Unit(Kind.DISTANCE, 1000.0)),
      Map.entry("CM", new Unit(Kind.DISTANCE, 0.01)),
      Map.entry("CENTIMETERS", new Unit(Kind.DISTANCE, 0.01)),
      Map.entry("MM", new Unit(Kind.DISTANCE, 0.001)),
      Map.entry("MILLIMETERS", new Unit(Kind.DISTANCE, 0.001)),
      Map.entry("FEET", new Unit(Kind.DISTANCE, 0.3048)),
      Map.entry("INCHES", new Unit(Kind.DISTANCE, 0.0254)),
      Map.entry("YARDS", new Unit(Kind.DISTANCE, 0.9144)),
      Map.entry("STATUTE_MILES", new Unit(Kind.DISTANCE, 1609.344)),
      Map.entry("NAUTICAL_MILES", new Unit(Kind.DISTANCE, 1852.0)),
      Map.entry("AU", new Unit(Kind.DISTANCE, AU_METERS)),
      Map.entry("PARSECS", new Unit(Kind.DISTANCE, AU_METERS * (648000.0 / Math.PI))),
      Map.entry("LIGHTSECS", new Unit(Kind.DISTANCE, SPEED_OF_LIGHT)),
      Map.entry("LIGHTYEARS", new Unit(Kind.DISTANCE, SPEED_OF_LIGHT * JULIAN_YEAR)),
      Map.entry("SECONDS", new Unit(Kind.TIME, 1.0)),
      Map.entry("MINUTES", new Unit(Kind.TIME, 60.0)),
      Map.entry("HOURS", new Unit(Kind.TIME, 3600.0)),
      Map.entry("DAYS", new Unit(Kind.TIME, 86400.0)),
      Map.entry("JULIAN_YEARS", new Unit(Kind.TIME, JULIAN_YEAR)),
      Map.entry("YEARS", new Unit(Kind.TIME, JULIAN_YEAR)),
      Map.entry("TROPICAL_YEARS", new Unit(Kind.TIME, 31556925.9747)));

  private Units() {}

  /**
   * Converts a measurement between units of the same kind (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/convrt_c.html">convrt_c</a>).
   *
   * @param x the measurement in {@code in} units
   * @param in the unit of {@code x}, e.g. {@code "DEGREES"}
   * @param out the unit wanted, e.g. {@code "RADIANS"}
   * @return the measurement in {@code out} units
   * @throws SpiceException {@code SPICE(EMPTYSTRING)} for a blank unit, {@code SPICE(UNITSNOTREC)} for an
   *     unknown one, {@code SPICE(INCOMPATIBLEUNITS)} when the units measure different kinds (angle,
   *     distance, time)
   */
  public static double convert(double x, String in, String out) {
    String inName = normalize(in, "in");
    String outName = normalize(out, "out");
    Unit from = UNITS.get(inName);
    Unit to = UNITS.get(outName);
    if (from == null || to == null) {
      String which = from == null && to == null ? "The input unit " + inName + " and the output unit " + outName + " are"
          : from == null ? "The input unit " + inName + " is" : "The output unit " + outName + " is";
      throw MathErrors.error("convrt", "UNITSNOTREC", which + " not recognized.");
    }
    if (from.kind() != to.kind()) {
      throw MathErrors.error("convrt", "INCOMPATIBLEUNITS", "Incompatible units. You are attempting to convert "
          + inName + " type: " + from.kind() + " to " + outName + " type: " + to.kind() + ".");
    }
    if (inName.equals(outName)) return x;
    return x * (from.inBaseUnits() / to.inBaseUnits());
  }

  private static String normalize(String unit, String name) {
    Objects.requireNonNull(unit, name);
    String u = unit.strip().toUpperCase(Locale.ROOT);
    if (u.isEmpty()) throw MathErrors.error("convrt", "EMPTYSTRING", "The " + name + " unit is blank.");
    return u;
  }
}
