package io.github.spice4j.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar redrawn with carriage returns on stderr; never touches stdout. With counts it
 * shows the rate and the time left; {@link #close()} erases the line so nothing is left between outputs.
 */
final class ProgressBar implements AutoCloseable {
  private static final int WIDTH = 40;
  private final PrintWriter err;
  private final long total;
  private final boolean counts;
  private final long startNanos = System.nanoTime();
  private int lastPermille = -1;
  private long lastDrawNanos;
  private int drawnChars;

  ProgressBar(PrintWriter err, long total) {
    this(err, total, true);
  }

  private ProgressBar(PrintWriter err, long total, boolean counts) {
    this.err = err;
    this.total = Math.max(1, total);
    this.counts = counts;
  }

  /** A bar for work known only as a completed fraction (no counts shown); feed it with {@link #fraction}. */
  static ProgressBar fractional(PrintWriter err) {
    return new ProgressBar(err, 1000, false);
  }

  /** Shows a completed fraction in [0, 1]. */
  void fraction(double f) {
    update(Math.round(Math.max(0, Math.min(1, f)) * total));
  }

  /** Whether to show a bar: forced, or stderr is an interactive console and the run is long. */
  static boolean wanted(boolean forced, long rows) {
    return forced || (System.console() != null && rows > 1000);
  }

  /**
   * Whether to show a bar for a table: forced, or the run is long and the bar cannot land inside the
   * data: stderr is a terminal and the table goes to a file or to a stdout that is not a terminal.
   */
  static boolean wantedForTable(boolean forced, long rows, boolean toFile) {
    if (forced) return true;
    return rows > 1000 && Terminals.stderr() && (toFile || !Terminals.stdout());
  }

  void update(long done) {
    int permille = (int) Math.min(1000, done * 1000 / total);
    if (permille == lastPermille) return;
    long now = System.nanoTime();
    if (done < total && lastPermille >= 0 && now - lastDrawNanos < 100_000_000L) return; // <= 10 redraws/s
    lastPermille = permille;
    lastDrawNanos = now;
    int filled = permille * WIDTH / 1000;
    String line = "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
        + String.format(Locale.ROOT, "%5.1f%%", permille / 10.0) + (counts ? " " + done + "/" + total + rateAndEta(done, now) : "");
    err.print("\r" + line + " ".repeat(Math.max(0, drawnChars - line.length())));
    drawnChars = Math.max(drawnChars, line.length());
    err.flush();
  }

  private String rateAndEta(long done, long now) {
    double seconds = (now - startNanos) / 1e9;
    if (done <= 0 || seconds <= 0) return "";
    double rate = done / seconds;
    long left = (long) Math.ceil((total - done) / rate);
    return String.format(Locale.ROOT, " %s/s ETA %d:%02d", compact(rate), left / 60, left % 60);
  }

  private static String compact(double rate) {
    if (rate >= 1e6) return String.format(Locale.ROOT, "%.1fM", rate / 1e6);
    if (rate >= 1e3) return String.format(Locale.ROOT, "%.1fk", rate / 1e3);
    return String.format(Locale.ROOT, "%.0f", rate);
  }

  /** Erases the bar's line (carriage return, blanks, carriage return). */
  @Override
  public void close() {
    if (lastPermille >= 0) {
      err.print("\r" + " ".repeat(drawnChars) + "\r");
      err.flush();
    }
  }
}
