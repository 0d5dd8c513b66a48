package io.github.spice4j;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Unit conversion with CSPICE's unit names (CSPICE
 * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/convrt_c.html">convrt_c</a>), computed in
 * Java.
 *
 * <p>Units (case-insensitive; trailing blanks ignored, leading ones not, as CSPICE compares the names):
 * angles {@code RADIANS, DEGREES, ARCMINUTES, ARCSECONDS, HOURANGLE, MINUTEANGLE, SECONDANGLE}; distances {@code M,
 * METERS, KM, KILOMETERS, CM, CENTIMETERS, MM, MILLIMETERS, FEET, INCHES, YARDS, STATUTE_MILES, NAUTICAL_MILES, AU,
 * PARSECS, LIGHTSECS, LIGHTYEARS} (Julian light years); times {@code SECONDS, MINUTES, HOURS, DAYS, JULIAN_YEARS,
 * TROPICAL_YEARS, YEARS} (= Julian years). The non-SI units carry CSPICE N0067's values: the AU is DE125's
 * 149597870.6136889 km (DE430's 149597870.700 km differs by 86 m), the parsec 30856775797231604 m (the AU over
 * sin(1 arcsecond), not 648000/pi AU, which is 4e-12 shorter) and the tropical year 31556925.97632 s.
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

  private static final double AU_METERS = 149597870613.68887;
  private static final double JULIAN_YEAR = 31557600.0;

  /**
   * Each unit in degrees, meters or seconds, as the doubles CSPICE N0067's table holds (the AU's is the double
   * next below 149597870613.6889). Angles are in degrees so that the degree conversions are exact, and the
   * result is {@code (x * in) / out}, the order CSPICE rounds in.
   */
  private static final Map<String, Unit> UNITS = Map.ofEntries(
      Map.entry("RADIANS", new Unit(Kind.ANGLE, 180.0 / Math.PI)),
      Map.entry("DEGREES", new Unit(Kind.ANGLE, 1.0)),
      Map.entry("ARCMINUTES", new Unit(Kind.ANGLE, 0.016666666666666666)),
      Map.entry("ARCSECONDS", new Unit(Kind.ANGLE, 2.7777777777777778e-4)),
      Map.entry("HOURANGLE", new Unit(Kind.ANGLE, 15.0)),
      Map.entry("MINUTEANGLE", new Unit(Kind.ANGLE, 0.25)),
      Map.entry("SECONDANGLE", new Unit(Kind.ANGLE, 0.0041666666666666666)),
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
      Map.entry("PARSECS", new Unit(Kind.DISTANCE, 30856775797231604.0)),
      Map.entry("LIGHTSECS", new Unit(Kind.DISTANCE, 299792458.0)),
      Map.entry("LIGHTYEARS", new Unit(Kind.DISTANCE, 9460730472580800.0)),
      Map.entry("SECONDS", new Unit(Kind.TIME, 1.0)),
      Map.entry("MINUTES", new Unit(Kind.TIME, 60.0)),
      Map.entry("HOURS", new Unit(Kind.TIME, 3600.0)),
      Map.entry("DAYS", new Unit(Kind.TIME, 86400.0)),
      Map.entry("JULIAN_YEARS", new Unit(Kind.TIME, JULIAN_YEAR)),
      Map.entry("YEARS", new Unit(Kind.TIME, JULIAN_YEAR)),
      Map.entry("TROPICAL_YEARS", new Unit(Kind.TIME, 31556925.976319999)));

  /** CSPICE holds unit names in 16 characters: longer inputs are compared by their first 16. */
  private static final int NAME_LENGTH = 16;

  private Units() {}

  /**
   * Converts a measurement between units of the same kind (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/convrt_c.html">convrt_c</a>).
   *
   * @param x the measurement in {@code in} units
   * @param in the unit of {@code x}, e.g. {@code "DEGREES"}
   * @param out the unit wanted, e.g. {@code "RADIANS"}
   * @return the measurement in {@code out} units
   * @throws SpiceException {@code SPICE(EMPTYSTRING)} for an empty unit, {@code SPICE(UNITSNOTREC)} for an
   *     unknown one (including a blank one), {@code SPICE(INCOMPATIBLEUNITS)} when the units measure different kinds (angle,
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
    return (x * from.inBaseUnits()) / to.inBaseUnits();
  }

  private static String normalize(String unit, String name) {
    Objects.requireNonNull(unit, name);
    if (unit.isEmpty()) throw MathErrors.error("convrt", "EMPTYSTRING", "The " + name + " unit is an empty string.");
    String u = unit.length() > NAME_LENGTH ? unit.substring(0, NAME_LENGTH) : unit;
    return u.replaceAll(" +$", "").toUpperCase(Locale.ROOT);
  }
}
