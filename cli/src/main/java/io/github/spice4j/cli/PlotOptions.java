package io.github.spice4j.cli;

import io.github.spice4j.Spice;
import io.github.spice4j.plot.ChartFiles;
import io.github.spice4j.plot.PlotFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.knowm.xchart.XYChart;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** What every {@code spice4j plot} picture takes: the time span, the sample step and the output file. */
public final class PlotOptions {
  @ArgGroup(exclusive = true, multiplicity = "1")
  EphemerisCommand.Start start;

  @ArgGroup(exclusive = true, multiplicity = "1")
  EphemerisCommand.Stop stop;

  @Option(names = "--step", paramLabel = "STEP", converter = Converters.Step.class,
      description = "Sample (timeline: search) step: seconds, or with a unit: 90s, 10m, 1h, 1d (default depends on the picture).")
  Double step;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
      description = "Picture to write: FILE.png or FILE.svg (format from the extension).")
  Path output;

  @Option(names = "--title", paramLabel = "TEXT", description = "Chart title (default: what is plotted).")
  String title;

  /** The start epoch, ET. */
  double et0(Spice spice) {
    return start.et != null ? start.et : spice.utcToEt(start.utc);
  }

  /**
   * The stop epoch, ET.
   *
   * @throws CliException (usage) when it is not after the start
   */
  double et1(Spice spice) {
    double et0 = et0(spice);
    double et1 = stop.et != null ? stop.et : spice.utcToEt(stop.utc);
    if (!(et1 > et0)) {
      throw CliException.usage("stop (ET " + Numbers.format(et1) + ") is not after start (ET " + Numbers.format(et0) + ")");
    }
    return et1;
  }

  /** {@code --step}, or {@code fallback} seconds. */
  double step(double fallback) {
    return step != null ? step : fallback;
  }

  /** {@code --title}, or {@code fallback}. */
  String title(String fallback) {
    return title != null ? title : fallback;
  }

  /**
   * Checks the output extension before any work is done.
   *
   * @throws CliException (usage) unless it is .png or .svg
   */
  void checkOutput() {
    try {
      PlotFormat.of(output);
    } catch (IllegalArgumentException e) {
      throw CliException.usage("--output: " + e.getMessage());
    }
  }

  /** Writes the chart to {@code --output} and reports the file on {@code out}. */
  int write(XYChart chart, PrintWriter out) {
    try {
      ChartFiles.write(chart, output);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
    }
    out.println("wrote " + output + " (" + PlotFormat.of(output) + ", " + chart.getWidth() + "x" + chart.getHeight() + ")");
    out.flush();
    return ExitCodes.OK;
  }
}
