package io.github.spice4j.cli;

import io.github.spice4j.Spice;
import io.github.spice4j.SpiceException;
import io.github.spice4j.StateVector;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code spice4j state}: one state vector (CSPICE spkezr). */
@Command(name = "state", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Print the state of a target relative to an observer at one epoch (spkezr).",
        "Text output echoes the epoch as parsed: ISO UTC (et2utc) and ET, so e.g. 01/02/2024 shows it is 2 January."})
public final class StateCommand implements Callable<Integer>, HasCommonOptions {
  @Spec CommandSpec spec;

  @Mixin StateQueryOptions query;

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
    try (Spice spice = common.open()) {
      double et = epoch.et(spice);
      StateVector s = query.state(spice, et);
      print(spec.commandLine().getOut(), format, parsedUtc(spice, et), StateColumns.values(et, s));
    }
    return ExitCodes.OK;
  }

  /** The epoch as ISO UTC with milliseconds (et2utc), or null without a leapseconds kernel (--et input). */
  private static String parsedUtc(Spice spice, double et) {
    try {
      return spice.etToUtc(et, 3);
    } catch (SpiceException e) {
      return null;
    }
  }

  private void print(PrintWriter out, OutputFormat format, String utc, double[] v) {
    switch (format) {
      case csv -> {
        out.println(String.join(",", StateColumns.NAMES));
        out.println(StateColumns.csv(v));
      }
      case json -> out.println("{" + query.jsonMembers() + (utc == null ? "" : ", " + Json.str("utc") + ": " + Json.str(utc))
          + ", " + StateColumns.jsonMembers(v) + "}");
      case text -> {
        out.printf("%-9s %s%n", "target", query.target);
        out.printf("%-9s %s%n", "observer", query.observer);
        out.printf("%-9s %s%n", "frame", query.frame);
        out.printf("%-9s %s%n", "abcorr", query.abcorr.spiceName());
        if (utc != null) out.printf("%-9s %s%s%n", "utc", utc, epoch.utc == null ? "" : " (parsed from \"" + epoch.utc + "\")");
        for (int i = 0; i < v.length; i++) {
          out.printf("%-9s %s %s%n", StateColumns.NAMES[i], Numbers.format(v[i]), StateColumns.UNITS[i]);
        }
      }
    }
    out.flush();
  }
}
