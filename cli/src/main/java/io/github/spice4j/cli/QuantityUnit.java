package io.github.spice4j.cli;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of quantity an events search compares ({@code --refval}, {@code --adjust}), its canonical
 * unit (the one the search takes) and the units a value may be written in, e.g. {@code 10deg},
 * {@code 0.5rad}, {@code 384000km}, {@code 1km/s}; a bare number is in the canonical unit.
 */
enum QuantityUnit {
  /** Lengths, km. */
  LENGTH("km", Map.of("km", 1.0, "m", 1e-3, "au", 149597870.7)),
  /** Angles, radians. */
  ANGLE("rad", Map.of("rad", 1.0, "deg", Math.PI / 180, "arcmin", Math.PI / 180 / 60, "arcsec",
      Math.PI / 180 / 3600)),
  /** Speeds, km/s. */
  SPEED("km/s", Map.of("km/s", 1.0, "m/s", 1e-3));

  private static final Pattern VALUE =
      Pattern.compile("([-+]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?)\\s*([a-z/]*)");

  private final String canonical;
  private final Map<String, Double> units;

  QuantityUnit(String canonical, Map<String, Double> units) {
    this.canonical = canonical;
    this.units = units;
  }

  /** The unit the search takes, e.g. {@code km}. */
  String canonical() {
    return canonical;
  }

  /**
   * Parses a value with an optional unit into the canonical unit.
   *
   * @param text e.g. {@code 10deg}
   * @param option the option name for messages
   * @return the value in {@link #canonical()}
   * @throws CliException (usage) for a malformed value or a unit of another kind
   */
  double parse(String text, String option) {
    Matcher m = VALUE.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw CliException.usage(option + ": '" + text + "' is not a number with an optional unit (" + examples() + ")");
    }
    String unit = m.group(2).isEmpty() ? canonical : m.group(2);
    Double scale = units.get(unit);
    if (scale == null) {
      throw CliException.usage(option + ": unit '" + m.group(2) + "' does not fit this search; use " + examples());
    }
    double v = Double.parseDouble(m.group(1)) * scale;
    if (!Double.isFinite(v)) throw CliException.usage(option + ": '" + text + "' is not finite");
    return v;
  }

  private String examples() {
    return String.join(", ", new java.util.TreeSet<>(units.keySet()));
  }
}
