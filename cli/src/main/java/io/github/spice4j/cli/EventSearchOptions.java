package io.github.spice4j.cli;

import io.github.spice4j.GfConstraint;
import io.github.spice4j.GfRelation;
import io.github.spice4j.Spice;
import io.github.spice4j.TimeInterval;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * What every {@code spice4j events} search takes: the condition (scalar searches only), the window, the step,
 * the result limit.
 */
public final class EventSearchOptions {
  @Option(names = "--relate", paramLabel = "OP", converter = Relation.class,
      description = "Condition (required except for occultation and fov searches): >, =, < (against --refval),"
          + " LOCMIN, LOCMAX, ABSMIN, ABSMAX.")
  GfRelation relate;

  @Option(names = "--refval", paramLabel = "VALUE",
      description = "Reference value, required for >, = and <: a number in the search's unit (km, rad or km/s) or"
          + " with a unit: 384000km, 10deg, 0.5rad, 1km/s, 1au, 30arcmin.")
  String refvalText;

  @Option(names = "--adjust", paramLabel = "VALUE",
      description = "ABSMIN/ABSMAX only: also report times within this much of the extremum (units as --refval).")
  String adjustText;

  /** The confinement window, once {@link EventsCommand#run} resolved it. */
  List<TimeInterval> window;

  /** {@code --refval} in the search's unit, once {@link #resolve} ran (0 when not given). */
  double refval;

  /** {@code --adjust} in the search's unit, once {@link #resolve} ran (0 when not given). */
  double adjust;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Start start;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Stop stop;

  @Option(names = "--step", required = true, paramLabel = "STEP", converter = Converters.Step.class,
      description = "Search step: seconds, or with a unit: 90s, 10m, 1h, 1d. Events shorter than the step, or closer"
          + " together, can be missed.")
  double step;

  @Option(names = "--max-intervals", defaultValue = "10000", paramLabel = "N",
      description = "Most intervals the result may hold (CSPICE nintvls; default: ${DEFAULT-VALUE}).")
  int maxIntervals;

  @Option(names = "--progress", description = "Show a progress bar on stderr even when it is not a console.")
  boolean progress;

  /** {@code --start} or {@code --start-et}. */
  static final class Start {
    @Option(names = "--start", required = true, paramLabel = "TIME", description = "Window start (str2et string, UTC).")
    String utc;

    @Option(names = "--start-et", required = true, paramLabel = "SECONDS", description = "Window start, ET seconds.")
    Double et;
  }

  /** {@code --stop} or {@code --stop-et}. */
  static final class Stop {
    @Option(names = "--stop", required = true, paramLabel = "TIME", description = "Window stop (str2et string, UTC).")
    String utc;

    @Option(names = "--stop-et", required = true, paramLabel = "SECONDS", description = "Window stop, ET seconds.")
    Double et;
  }

  /** {@code --relate}: CSPICE spellings or enum names, case-insensitive. */
  static final class Relation implements ITypeConverter<GfRelation> {
    @Override
    public GfRelation convert(String value) {
      try {
        return GfRelation.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /**
   * The confinement window [start, stop].
   *
   * @throws CliException (usage) when stop is before start
   */
  public List<TimeInterval> window(Spice spice) {
    double et0 = start.et != null ? start.et : spice.utcToEt(start.utc);
    double et1 = stop.et != null ? stop.et : spice.utcToEt(stop.utc);
    if (!(et1 >= et0)) {
      throw CliException.usage("stop (ET " + Numbers.format(et1) + ") is before start (ET " + Numbers.format(et0) + ")");
    }
    return List.of(new TimeInterval(et0, et1));
  }

  /**
   * The condition.
   *
   * @throws CliException (usage) for an adjustment with an operator other than ABSMIN/ABSMAX, or a negative one
   */
  public GfConstraint constraint() {
    try {
      return new GfConstraint(relate, refval, adjust);
    } catch (IllegalArgumentException e) {
      throw CliException.usage("--adjust: " + e.getMessage());
    }
  }

  /**
   * Checks the values picocli cannot and converts {@code --refval}/{@code --adjust} to the search's unit.
   *
   * @param unit the quantity a scalar search compares, or null for a binary search (occultation, fov), which
   *     takes no condition
   * @throws CliException (usage) when the condition is missing, incomplete or does not apply
   */
  void resolve(QuantityUnit unit) {
    if (maxIntervals < 1) throw CliException.usage("--max-intervals must be at least 1, got " + maxIntervals);
    if (unit == null) {
      if (relate != null || refvalText != null || adjustText != null) {
        throw CliException.usage("this search takes no --relate, --refval or --adjust");
      }
      return;
    }
    if (relate == null) throw CliException.usage("missing --relate (>, =, <, LOCMIN, LOCMAX, ABSMIN, ABSMAX)");
    if (relate.usesReferenceValue() && refvalText == null) {
      throw CliException.usage("--relate " + relate.spiceName() + " needs --refval (e.g. --refval 10deg)");
    }
    refval = refvalText == null ? 0 : unit.parse(refvalText, "--refval");
    adjust = adjustText == null ? 0 : unit.parse(adjustText, "--adjust");
    constraint();
  }
}
