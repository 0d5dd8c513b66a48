package io.github.spice4j.cli;

import io.github.spice4j.Spice;
import io.github.spice4j.StateVector;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spice4j ephemeris}: a table of states at a fixed step, streamed row by row. */
@Command(name = "ephemeris", mixinStandardHelpOptions = true, sortOptions = false, modelTransformer = TableFormats.class,
    description = {"Tabulate states of a target relative to an observer from start to stop at a fixed step (spkezr).",
        "Rows are at start + i*step; stop is included when it falls on a step (within 1 ms).",
        "Columns: utc (ISOC, 3 decimals), et, x, y, z (km), vx, vy, vz (km/s), lt (s). Formats: csv (default), json."})
public final class EphemerisCommand implements Callable<Integer>, HasCommonOptions {
  /** Slack so that a stop given in UTC still counts as reached despite ET/UTC rate variations (s). */
  static final double STOP_SLACK = 1e-3;

  @Spec CommandSpec spec;

  @Mixin StateQueryOptions query;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Start start;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Stop stop;

  @Option(names = "--step", required = true, paramLabel = "STEP", converter = Converters.Step.class,
      description = "Step: seconds, or with a unit: 90s, 10m, 1h, 1d.")
  double step;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the table here instead of stdout.")
  Path output;

  @Option(names = "--progress", description = "Show a progress bar on stderr even when it is not a console.")
  boolean progress;

  @Mixin CommonOptions common;

  /** {@code --start} or {@code --start-et}. */
  static final class Start {
    @Option(names = "--start", required = true, paramLabel = "TIME", description = "First epoch (str2et string, UTC).")
    String utc;

    @Option(names = "--start-et", required = true, paramLabel = "SECONDS", description = "First epoch, ET seconds.")
    Double et;
  }

  /** {@code --stop} or {@code --stop-et}. */
  static final class Stop {
    @Option(names = "--stop", required = true, paramLabel = "TIME", description = "Last epoch (str2et string, UTC).")
    String utc;

    @Option(names = "--stop-et", required = true, paramLabel = "SECONDS", description = "Last epoch, ET seconds.")
    Double et;
  }

  @Override
  public CommonOptions common() {
    return common;
  }

  /** Number of rows from {@code start} to {@code stop} at {@code step}. */
  static long rowCount(double start, double stop, double step) {
    return (long) Math.floor((stop - start + STOP_SLACK) / step) + 1;
  }

  @Override
  public Integer call() throws IOException {
    OutputFormat format = common.format(OutputFormat.csv);
    if (format == OutputFormat.text) {
      throw CliException.usage("ephemeris writes csv or json; --format text is not supported");
    }
    try (Spice spice = common.open()) {
      double et0 = start.et != null ? start.et : spice.utcToEt(start.utc);
      double et1 = stop.et != null ? stop.et : spice.utcToEt(stop.utc);
      if (et1 < et0) throw CliException.usage("stop (ET " + Numbers.format(et1) + ") is before start (ET " + Numbers.format(et0) + ")");
      long rows = rowCount(et0, et1, step);
      PrintWriter out = output == null ? spec.commandLine().getOut() : fileWriter(output);
      try (ProgressBar bar = ProgressBar.wanted(progress, rows) ? new ProgressBar(spec.commandLine().getErr(), rows) : null) {
        write(spice, out, format, et0, rows, bar);
      } finally {
        if (output != null) out.close();
      }
      if (out.checkError()) throw new UncheckedIOException(new IOException("error writing " + (output == null ? "stdout" : output)));
    }
    return ExitCodes.OK;
  }

  private void write(Spice spice, PrintWriter out, OutputFormat format, double et0, long rows, ProgressBar bar) {
    if (format == OutputFormat.csv) {
      out.println("utc," + String.join(",", StateColumns.NAMES));
    } else {
      out.println("{" + query.jsonMembers() + ", " + Json.str("step") + ": " + Json.num(step) + ", " + Json.str("rows") + ": [");
    }
    for (long i = 0; i < rows; i++) {
      double et = et0 + i * step;
      StateVector s = query.state(spice, et);
      String utc = spice.etToUtc(et, 3);
      double[] v = StateColumns.values(et, s);
      if (format == OutputFormat.csv) {
        out.println(utc + "," + StateColumns.csv(v));
      } else {
        out.println("  {" + Json.str("utc") + ": " + Json.str(utc) + ", " + StateColumns.jsonMembers(v) + "}"
            + (i + 1 < rows ? "," : ""));
      }
      if (bar != null) bar.update(i + 1);
    }
    if (format == OutputFormat.json) out.println("]}");
    out.flush();
  }

  private static PrintWriter fileWriter(Path file) throws IOException {
    return new PrintWriter(new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16));
  }
}
