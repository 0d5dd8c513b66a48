package io.github.spice4j.cli;

import io.github.spice4j.EventFinder;
import io.github.spice4j.GfTarget;
import io.github.spice4j.Spice;
import io.github.spice4j.TimeInterval;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code spice4j events}: geometry finder searches printing the matching windows: distance and separation
 * (the engine's CSPICE gfdist, gfsep) and the project's own searches ({@link EventSearches}: occultation,
 * position, phase, rangerate, subpoint, illumination, fov).
 */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = {"Find when a geometric condition holds within a time window (CSPICE geometry finder).",
        "Prints each interval as UTC start/stop (ISOC, 3 decimals), ET start/stop and duration (s);",
        "extrema and '=' crossings are zero-length intervals. Formats: text (default), csv, json."},
    subcommands = {EventsCommand.Distance.class, EventsCommand.Separation.class, EventSearches.Occultation.class,
        EventSearches.Position.class, EventSearches.Phase.class, EventSearches.RangeRate.class,
        EventSearches.SubPoint.class, EventSearches.Illumination.class, EventSearches.Fov.class})
public final class EventsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing search: distance, separation, occultation, position,"
        + " phase, rangerate, subpoint, illumination or fov");
  }

  /** {@code spice4j events distance}: CSPICE gfdist. */
  @Command(name = "distance", mixinStandardHelpOptions = true, sortOptions = false,
      description = {"When the observer-target distance (km) satisfies --relate (gfdist).",
          "Example: spice4j events distance --target MOON --observer EARTH --relate LOCMIN"
              + " --start 2024-01-01 --stop 2024-04-01 --step 5d"})
  static final class Distance extends EventSearches.TargetBase {
    @Override
    public Integer call() {
      Map<String, String> query = new LinkedHashMap<>();
      query.put("search", "distance");
      query.put("target", target);
      query.put("observer", obs.observer);
      query.put("abcorr", obs.abcorr.spiceName());
      return EventsCommand.run(spec, common, search, query, QuantityUnit.LENGTH,
          events -> events.distance(target, obs.observer, obs.abcorr, search.constraint(), search.window,
              search.step));
    }
  }

  /** {@code spice4j events separation}: CSPICE gfsep. */
  @Command(name = "separation", mixinStandardHelpOptions = true, sortOptions = false,
      description = {"When the angular separation (radians) of two bodies seen from the observer satisfies --relate (gfsep).",
          "Example: spice4j events separation --targ1 MOON --targ2 SUN --observer EARTH --relate LOCMIN"
              + " --start 2024-01-01 --stop 2024-04-01 --step 5d"})
  static final class Separation extends EventSearches.Base {
    @Option(names = "--targ1", required = true, paramLabel = "BODY", description = "First body, e.g. MOON.")
    String targ1;

    @Option(names = "--shape1", defaultValue = "POINT", paramLabel = "SHAPE",
        description = "POINT or SPHERE (largest radius; needs --frame1) (default: ${DEFAULT-VALUE}).")
    Shape shape1;

    @Option(names = "--frame1", defaultValue = " ", paramLabel = "FRAME", description = "Body-fixed frame of a SPHERE, e.g. IAU_MOON.")
    String frame1;

    @Option(names = "--targ2", required = true, paramLabel = "BODY", description = "Second body, e.g. SUN.")
    String targ2;

    @Option(names = "--shape2", defaultValue = "POINT", paramLabel = "SHAPE", description = "POINT or SPHERE (default: ${DEFAULT-VALUE}).")
    Shape shape2;

    @Option(names = "--frame2", defaultValue = " ", paramLabel = "FRAME", description = "Body-fixed frame of a SPHERE, e.g. IAU_SUN.")
    String frame2;

    @Override
    public Integer call() {
      GfTarget first = target(targ1, shape1, frame1, "--frame1");
      GfTarget second = target(targ2, shape2, frame2, "--frame2");
      Map<String, String> query = new LinkedHashMap<>();
      query.put("search", "separation");
      query.put("targ1", targ1);
      query.put("shape1", first.shape());
      query.put("targ2", targ2);
      query.put("shape2", second.shape());
      query.put("observer", obs.observer);
      query.put("abcorr", obs.abcorr.spiceName());
      return EventsCommand.run(spec, common, search, query, QuantityUnit.ANGLE,
          events -> events.separation(first, second, obs.observer, obs.abcorr, search.constraint(), search.window,
              search.step));
    }

    private static GfTarget target(String body, Shape shape, String frame, String option) {
      if (shape == Shape.SPHERE && frame.isBlank()) throw CliException.usage(option + " is required for a SPHERE");
      return shape == Shape.SPHERE ? GfTarget.sphere(body, frame) : GfTarget.point(body);
    }
  }

  /** Body shapes of a separation search. */
  enum Shape {
    POINT,
    SPHERE
  }

  /**
   * One search on the loaded engine, over {@link EventSearchOptions#window}; the finder reports progress when a
   * bar is shown (gfdist/gfsep then run piecewise, the project's searches report as they step).
   */
  @FunctionalInterface
  interface Search {
    List<TimeInterval> run(EventFinder events);
  }

  /**
   * Loads the kernels, runs the search (with a progress bar when wanted) and prints the result.
   *
   * @param unit the quantity a scalar search compares; null for a binary search (no --relate)
   */
  static int run(CommandSpec spec, CommonOptions common, EventSearchOptions search, Map<String, String> query,
      QuantityUnit unit, Search run) {
    OutputFormat format = common.format(OutputFormat.text);
    search.resolve(unit);
    try (Spice spice = common.open()) {
      List<TimeInterval> window = search.window(spice);
      search.window = window;
      EventFinder events = spice.eventFinder().withMaxIntervals(search.maxIntervals);
      double steps = window.get(0).duration() / search.step;
      List<TimeInterval> found;
      try (ProgressBar bar = ProgressBar.wanted(search.progress, (long) Math.min(steps, Long.MAX_VALUE))
          ? ProgressBar.fractional(spec.commandLine().getErr()) : null) {
        found = run.run(bar == null ? events : events.withProgress(bar::fraction));
      }
      new EventTable(spec.commandLine().getOut(), format, spice).print(query, search,
          unit == null ? "" : unit.canonical(), window, found);
    }
    return ExitCodes.OK;
  }
}
