package io.github.spice4j.cli;

import java.io.PrintWriter;

/** A one-line progress bar redrawn with carriage returns on stderr; never touches stdout. */
final class ProgressBar implements AutoCloseable {
  private static final int WIDTH = 40;
  private final PrintWriter err;
  private final long total;
  private final boolean counts;
  private int lastPermille = -1;
  private long lastDrawNanos;

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

  void update(long done) {
    int permille = (int) Math.min(1000, done * 1000 / total);
    if (permille == lastPermille) return;
    long now = System.nanoTime();
    if (done < total && lastPermille >= 0 && now - lastDrawNanos < 100_000_000L) return; // <= 10 redraws/s
    lastPermille = permille;
    lastDrawNanos = now;
    int filled = permille * WIDTH / 1000;
    err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
        + String.format(java.util.Locale.ROOT, "%5.1f%%", permille / 10.0) + (counts ? " " + done + "/" + total : ""));
    err.flush();
  }

  @Override
  public void close() {
    if (lastPermille >= 0) {
      err.println();
      err.flush();
    }
  }
}
