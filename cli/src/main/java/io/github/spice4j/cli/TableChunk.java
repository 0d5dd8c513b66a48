package io.github.spice4j.cli;

import io.github.spice4j.SpiceBatchException;
import io.github.spice4j.SpiceException;
import io.github.spice4j.backend.SpiceBackend;

/**
 * One chunk of an ephemeris table, computed and formatted on a pool worker: the states of its epochs in
 * one batch call (spkezr), their UTC strings in another (et2utc), then the rows as text. A CSPICE
 * failure at one row keeps the rows before it and records the error, which the writer raises after
 * writing them, as a row-by-row loop would.
 */
final class TableChunk {
  /** Bytes per UTC record: ISOC with 3 decimals is 23 chars for years 1000-9999; room for any year. */
  private static final int UTC_WIDTH = 40;
  private static final String NL = System.lineSeparator();

  /** What every chunk shares: the query and the table's shape. */
  record Table(String target, String observer, String frame, String abcorr, double et0, double step, long rows,
      boolean json) {}

  final long first;
  final int count;
  final RowText text;
  /** The failure at row {@code first + rowsDone}, or null. */
  SpiceException error;
  int rowsDone;

  private TableChunk(long first, int count, RowText text) {
    this.first = first;
    this.count = count;
    this.text = text;
  }

  /**
   * Computes and formats rows {@code first .. first+count-1}.
   *
   * @param backend the engine to use (a pool worker's)
   * @param t the table
   * @param first index of the first row
   * @param count number of rows
   * @param text a buffer to fill (cleared first)
   * @return the chunk
   */
  static TableChunk compute(SpiceBackend backend, Table t, long first, int count, RowText text) {
    TableChunk c = new TableChunk(first, count, text.clear());
    double[] ets = new double[count];
    for (int i = 0; i < count; i++) ets[i] = t.et0() + (first + i) * t.step(); // as the single-row loop did
    double[] states = new double[6 * count];
    double[] lts = new double[count];
    byte[] utc = new byte[UTC_WIDTH * count];
    int done = count;
    try {
      backend.ephemeris().spkezr(t.target(), ets, 0, count, t.frame(), t.abcorr(), t.observer(), states, lts);
    } catch (SpiceBatchException e) {
      done = e.index();
      c.error = unwrap(e);
    }
    try {
      if (done > 0) backend.time().et2utc(ets, 0, done, "ISOC", 3, utc, UTC_WIDTH);
    } catch (SpiceBatchException e) {
      done = e.index();
      c.error = unwrap(e);
    }
    c.rowsDone = done;
    text.reserve(done * (t.json() ? 320 : 200));
    for (int i = 0; i < done; i++) {
      if (t.json()) {
        json(text, utc, i, ets[i], states, lts[i], first + i + 1 < t.rows());
      } else {
        csv(text, utc, i, ets[i], states, lts[i]);
      }
    }
    return c;
  }

  /** The error as the single call raised it (the batch index is not part of the CLI's message). */
  private static SpiceException unwrap(SpiceBatchException e) {
    return e.getCause() instanceof SpiceException s ? s : e;
  }

  private static void csv(RowText out, byte[] utc, int i, double et, double[] states, double lt) {
    out.appendAscii(utc, i * UTC_WIDTH, UTC_WIDTH).append(',').number(et);
    for (int j = 0; j < 6; j++) out.append(',').number(states[6 * i + j]);
    out.append(',').number(lt).append(NL);
  }

  private static void json(RowText out, byte[] utc, int i, double et, double[] states, double lt, boolean more) {
    out.append("  {\"utc\": \"").appendAscii(utc, i * UTC_WIDTH, UTC_WIDTH).append("\", \"et\": ").jsonNumber(et);
    for (int j = 0; j < 6; j++) {
      out.append(", \"").append(StateColumns.NAMES[j + 1]).append("\": ").jsonNumber(states[6 * i + j]);
    }
    out.append(", \"lt\": ").jsonNumber(lt).append('}');
    if (more) out.append(',');
    out.append(NL);
  }
}
