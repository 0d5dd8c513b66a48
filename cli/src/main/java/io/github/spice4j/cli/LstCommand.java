package io.github.spice4j.cli;

import io.github.spice4j.LocalSolarTime;
import io.github.spice4j.LongitudeSystem;
import io.github.spice4j.Spice;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spice4j lst}: local solar time at a longitude on a body (et2lst). */
@Command(name = "lst", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Print the local solar time at a longitude on a body (et2lst): the angle from the Sun's apparent "
        + "longitude on the body on a 24-hour clock, noon where the Sun is overhead. Formats: text (default), json."})
public final class LstCommand implements Callable<Integer>, HasCommonOptions {
  @Spec CommandSpec spec;

  @Option(names = "--body", required = true, paramLabel = "BODY", description = "Body name or NAIF ID, e.g. EARTH or 499.")
  String body;

  @Option(names = "--lon", required = true, paramLabel = "DEGREES",
      description = "Longitude in degrees (planetocentric: positive east).")
  double lonDeg;

  @Option(names = "--planetographic",
      description = "Read --lon as planetographic (positive west for prograde bodies other than Earth, Moon, Sun).")
  boolean planetographic;

  @ArgGroup(exclusive = true, multiplicity = "1")
  EpochOptions epoch;

  @Mixin CommonOptions common;

  @Override
  public CommonOptions common() {
    return common;
  }

  @Override
  public Integer call() {
    OutputFormat format = common.format(OutputFormat.text);
    if (format == OutputFormat.csv) throw CliException.usage("lst writes text or json; --format csv is not supported");
    try (Spice spice = common.open()) {
      double et = epoch.et(spice);
      int id = spice.bodyId(body).orElseThrow(() -> CliException.usage("unknown body '" + body + "'"));
      LongitudeSystem type = planetographic ? LongitudeSystem.PLANETOGRAPHIC : LongitudeSystem.PLANETOCENTRIC;
      LocalSolarTime lst = spice.stations().localSolarTime(et, id, Math.toRadians(lonDeg), type);
      PrintWriter out = spec.commandLine().getOut();
      String lon = Numbers.format(lonDeg);
      if (format == OutputFormat.json) {
        out.println("{" + Json.str("body") + ": " + Json.str(body) + ", " + Json.str("id") + ": " + id + ", "
            + Json.str("lon_deg") + ": " + Numbers.json(lonDeg) + ", " + Json.str("system") + ": " + Json.str(type.name())
            + ", " + Json.str("et") + ": " + Numbers.json(et) + ", " + Json.str("hr") + ": " + lst.hours() + ", "
            + Json.str("mn") + ": " + lst.minutes() + ", " + Json.str("sc") + ": " + lst.seconds() + ", "
            + Json.str("time") + ": " + Json.str(lst.time()) + ", " + Json.str("ampm") + ": " + Json.str(lst.ampm()) + "}");
      } else {
        out.println("body      " + body + " (" + id + ")");
        out.println("lon       " + lon + " deg " + type.name().toLowerCase(java.util.Locale.ROOT));
        out.println("et        " + Numbers.format(et) + " s (TDB past J2000)");
        out.println("utc       " + spice.etToUtc(et, 3));
        out.println("lst       " + lst.time());
        out.println("ampm      " + lst.ampm());
      }
      out.flush();
    }
    return ExitCodes.OK;
  }
}
