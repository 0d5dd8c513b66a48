package io.github.spice4j.cli;

import io.github.spice4j.Spice;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spice4j time}: converts one epoch between UTC strings, ET and other uniform time scales. */
@Command(name = "time", mixinStandardHelpOptions = true, sortOptions = false,
    // The first line is the summary in 'spice4j --help': one whole sentence.
    description = {"Convert an epoch between UTC, ET and other time scales (str2et, et2utc, timout, unitim).",
        "--utc gives its ET (str2et) and ISO UTC back (et2utc); --et gives UTC (et2utc ISOC, or timout with"
            + " --picture); --to converts ET to other scales (unitim)."})
public final class TimeCommand implements Callable<Integer>, HasCommonOptions {
  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  EpochOptions epoch;

  @Option(names = "--precision", defaultValue = "3", paramLabel = "N",
      description = "Decimal places of the UTC seconds (default: ${DEFAULT-VALUE}).")
  int precision;

  @Option(names = "--picture", paramLabel = "PIC",
      description = "Also format with timout, e.g. 'YYYY-MM-DD HR:MN:SC.### ::UTC'.")
  String picture;

  @Option(names = "--to", paramLabel = "SCALE", split = ",",
      description = "Also convert ET to these scales with unitim: TDB, TAI, TT, TDT, ET, JDTDB, JDTDT, JED, GPS (repeatable or comma-separated).")
  List<String> to = new ArrayList<>();

  @Mixin CommonOptions common;

  @Override
  public CommonOptions common() {
    return common;
  }

  @Override
  public Integer call() {
    if (precision < 0 || precision > 14) throw CliException.usage("--precision must be 0..14, got " + precision);
    Map<String, String> out = new LinkedHashMap<>();
    Map<String, Boolean> numeric = new LinkedHashMap<>();
    try (Spice spice = common.open()) {
      double et = epoch.et(spice);
      if (epoch.utc != null) put(out, numeric, "input", epoch.utc, false);
      put(out, numeric, "et", Numbers.format(et), true);
      put(out, numeric, "utc", spice.etToUtc(et, precision), false);
      if (picture != null) put(out, numeric, "picture", spice.format(et, picture), false);
      for (String scale : to) {
        String s = scale.strip().toUpperCase(Locale.ROOT);
        put(out, numeric, s.toLowerCase(Locale.ROOT), Numbers.format(spice.backend().time().unitim(et, "ET", s)), true);
      }
    }
    print(spec.commandLine().getOut(), common.format(OutputFormat.text), out, numeric);
    return ExitCodes.OK;
  }

  private static void put(Map<String, String> out, Map<String, Boolean> numeric, String key, String value, boolean num) {
    out.put(key, value);
    numeric.put(key, num);
  }

  private static void print(PrintWriter w, OutputFormat format, Map<String, String> out, Map<String, Boolean> numeric) {
    switch (format) {
      case text -> out.forEach((k, v) -> w.printf("%-8s %s%n", k, v));
      case csv -> {
        w.println(String.join(",", out.keySet()));
        List<String> cells = new ArrayList<>();
        out.forEach((k, v) -> cells.add(numeric.get(k) ? v : csvCell(v)));
        w.println(String.join(",", cells));
      }
      case json -> {
        List<String> members = new ArrayList<>();
        out.forEach((k, v) -> members.add(Json.str(k) + ": " + (numeric.get(k) ? v : Json.str(v))));
        w.println("{" + String.join(", ", members) + "}");
      }
    }
    w.flush();
  }

  static String csvCell(String v) {
    if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0) return v;
    return '"' + v.replace("\"", "\"\"") + '"';
  }
}
