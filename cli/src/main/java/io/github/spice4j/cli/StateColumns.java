package io.github.spice4j.cli;

import io.github.spice4j.StateVector;

/** The numeric columns of one state, shared by {@code state} and {@code ephemeris}. */
final class StateColumns {
  private StateColumns() {}

  /** Column names, in order: et, x, y, z, vx, vy, vz, lt. */
  static final String[] NAMES = {"et", "x", "y", "z", "vx", "vy", "vz", "lt"};

  /** Units for text output, parallel to {@link #NAMES}. */
  static final String[] UNITS = {"s (TDB past J2000)", "km", "km", "km", "km/s", "km/s", "km/s", "s"};

  /** Values parallel to {@link #NAMES}. */
  static double[] values(double et, StateVector s) {
    return new double[] {et, s.position().x(), s.position().y(), s.position().z(),
        s.velocity().x(), s.velocity().y(), s.velocity().z(), s.lightTime()};
  }

  /** Comma-separated values (no newline). */
  static String csv(double[] values) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      if (i > 0) b.append(',');
      b.append(Numbers.format(values[i]));
    }
    return b.toString();
  }

  /** {@code "et": ..., "x": ...} members (no braces). */
  static String jsonMembers(double[] values) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      if (i > 0) b.append(", ");
      b.append(Json.str(NAMES[i])).append(": ").append(Json.num(values[i]));
    }
    return b.toString();
  }
}
