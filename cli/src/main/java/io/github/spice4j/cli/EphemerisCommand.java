package io.github.spice4j.cli;

import io.github.spice4j.SpicePool;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code spice4j ephemeris}: a table of states at a fixed step. Rows are computed in chunks by batch calls
 * on a {@link SpicePool} (one engine per processor), formatted on the pool's workers, and written in order;
 * the command stops as soon as stdout is closed.
 */
@Command(name = "ephemeris", mixinStandardHelpOptions = true, sortOptions = false, modelTransformer = TableFormats.class,
    description = {"Tabulate states of a target relative to an observer from start to stop at a fixed step (spkezr).",
        "Rows are at start + i*step; stop is included when it falls on a step (within 1 ms).",
        "Columns: utc (ISOC, 3 decimals), et, x, y, z (km), vx, vy, vz (km/s), lt (s). Formats: csv (default), json."})
public final class EphemerisCommand implements Callable<Integer>, HasCommonOptions {
  /** Slack so that a stop given in UTC still counts as reached despite ET/UTC rate variations (s). */
  static final double STOP_SLACK = 1e-3;
  /** Rows per batch: large enough that per-batch costs vanish, small enough that {@code | head} stops at once. */
  static final int CHUNK_ROWS = 1024;

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

  @Option(names = "--progress", description = {"Show a progress bar on stderr even when it would not be shown:",
      "by default it shows for long tables when stderr is a terminal and the table goes to --output or a pipe."})
  boolean progress;

  @Option(names = "--threads", paramLabel = "N",
      description = "Engines computing rows in parallel (default: the number of processors). Rows stay in order.")
  Integer threads;

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
    if (threads != null && threads < 1) throw CliException.usage("--threads must be at least 1, got " + threads);
    int size = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    try (SpicePool pool = common.openPool(size)) {
      double[] span = pool.call(s -> new double[] {start.et != null ? start.et : s.utcToEt(start.utc),
          stop.et != null ? stop.et : s.utcToEt(stop.utc)});
      double et0 = span[0];
      double et1 = span[1];
      if (et1 < et0) throw CliException.usage("stop (ET " + Numbers.format(et1) + ") is before start (ET " + Numbers.format(et0) + ")");
      long rows = rowCount(et0, et1, step);
      PrintWriter out = output == null ? spec.commandLine().getOut() : fileWriter(output);
      TableChunk.Table table = new TableChunk.Table(query.target, query.observer, query.frame,
          query.abcorr.spiceName(), et0, step, rows, format == OutputFormat.json);
      try (ProgressBar bar = ProgressBar.wantedForTable(progress, rows, output != null)
          ? new ProgressBar(spec.commandLine().getErr(), rows) : null) {
        write(pool, out, table, bar);
      } finally {
        if (output != null) out.close();
      }
      if (output != null && out.checkError()) throw new UncheckedIOException(new IOException("error writing " + output));
    }
    return ExitCodes.OK;
  }

  /**
   * Streams the table: chunks of rows are computed and formatted on the pool's workers (a bounded number
   * ahead of the writer) and written here in row order. Stops at the first write error, which on stdout
   * means the reader went away ({@code | head}): the remaining chunks are cancelled and the command
   * ends quietly.
   */
  private void write(SpicePool pool, PrintWriter out, TableChunk.Table t, ProgressBar bar) {
    if (t.json()) {
      out.println("{" + query.jsonMembers() + ", " + Json.str("step") + ": " + Json.num(step) + ", " + Json.str("rows") + ": [");
    } else {
      out.println("utc," + String.join(",", StateColumns.NAMES));
    }
    if (closed(out)) return;
    long chunks = (t.rows() + CHUNK_ROWS - 1) / CHUNK_ROWS;
    int ahead = 2 * pool.size() + 1;
    ArrayDeque<CompletableFuture<TableChunk>> inFlight = new ArrayDeque<>();
    ConcurrentLinkedQueue<RowText> spare = new ConcurrentLinkedQueue<>();
    long next = 0;
    try {
      for (long written = 0; written < chunks; written++) {
        while (inFlight.size() < ahead && next < chunks) {
          long first = next++ * CHUNK_ROWS;
          int count = (int) Math.min(CHUNK_ROWS, t.rows() - first);
          inFlight.add(pool.submit(s -> {
            RowText text = spare.poll();
            return TableChunk.compute(s.backend(), t, first, count, text != null ? text : new RowText(count * 200));
          }));
        }
        TableChunk c = join(inFlight.poll());
        c.text.writeTo(out);
        if (c.error != null) {
          out.flush();
          throw c.error;
        }
        if (closed(out)) return;
        spare.add(c.text);
        if (bar != null) bar.update(c.first + c.count);
      }
      if (t.json()) out.println("]}");
      out.flush();
    } finally {
      for (CompletableFuture<TableChunk> f : inFlight) f.cancel(true);
    }
  }

  /**
   * Flushes and tells whether writing failed. picocli's stdout writer wraps {@link System#out} through an
   * encoder, and a PrintStream keeps a failed write (a reader that went away) to itself: ask it too.
   */
  private boolean closed(PrintWriter out) {
    return out.checkError() || (output == null && System.out.checkError());
  }

  private static TableChunk join(CompletableFuture<TableChunk> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw e;
    }
  }

  private static PrintWriter fileWriter(Path file) throws IOException {
    return new PrintWriter(new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16));
  }
}
