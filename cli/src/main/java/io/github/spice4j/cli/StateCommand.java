package io.github.spice4j.cli;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.Spice;
import io.github.spice4j.StateVector;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spice4j state}: one state vector (CSPICE spkezr). */
@Command(name = "state", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Print the state of a target relative to an observer at one epoch (spkezr).")
public final class StateCommand implements Callable<Integer>, HasCommonOptions {
  @Spec CommandSpec spec;

  @Option(names = "--target", required = true, paramLabel = "BODY", description = "Target body name or NAIF ID, e.g. MOON.")
  String target;

  @Option(names = "--observer", required = true, paramLabel = "BODY", description = "Observer body name or NAIF ID, e.g. EARTH.")
  String observer;

  @Option(names = "--frame", defaultValue = "J2000", paramLabel = "FRAME", description = "Reference frame (default: ${DEFAULT-VALUE}).")
  String frame;

  @Option(names = "--abcorr", defaultValue = "NONE", paramLabel = "CORR", converter = Converters.Abcorr.class,
      description = "Aberration correction: NONE, LT, LT+S, CN, CN+S, XLT, XLT+S, XCN, XCN+S (default: ${DEFAULT-VALUE}).")
  AberrationCorrection abcorr;

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
      StateVector s = spice.state(target, observer, frame, abcorr, et);
      print(spec.commandLine().getOut(), format, StateColumns.values(et, s));
    }
    return ExitCodes.OK;
  }

  private void print(PrintWriter out, OutputFormat format, double[] v) {
    switch (format) {
      case csv -> {
        out.println(String.join(",", StateColumns.NAMES));
        out.println(StateColumns.csv(v));
      }
      case json -> out.println("{" + Json.str("target") + ": " + Json.str(target)
          + ", " + Json.str("observer") + ": " + Json.str(observer)
          + ", " + Json.str("frame") + ": " + Json.str(frame)
          + ", " + Json.str("abcorr") + ": " + Json.str(abcorr.spiceName())
          + ", " + StateColumns.jsonMembers(v) + "}");
      case text -> {
        out.printf("%-9s %s%n", "target", target);
        out.printf("%-9s %s%n", "observer", observer);
        out.printf("%-9s %s%n", "frame", frame);
        out.printf("%-9s %s%n", "abcorr", abcorr.spiceName());
        for (int i = 0; i < v.length; i++) {
          out.printf("%-9s %s %s%n", StateColumns.NAMES[i], Numbers.format(v[i]), StateColumns.UNITS[i]);
        }
      }
    }
    out.flush();
  }
}
