package io.github.spice4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.Spice;
import io.github.spice4j.SpiceException;
import io.github.spice4j.StateVector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code ephemeris} computed in parallel batches prints exactly what a row-by-row loop over the single
 * calls (spkezr, et2utc ISOC 3) prints, in order, and stops once its output is closed.
 */
class EphemerisTableTest {
  private static Spice spice;

  @BeforeAll
  static void open() {
    CommonOptions defaults = new CommonOptions();
    spice = defaults.open();
  }

  @AfterAll
  static void close() {
    spice.close();
  }

  /** The table as the single-call loop writes it: header, rows up to the first SPICE error. */
  private static String expected(String abcorr, double et0, double step, long rows, boolean json) {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    AberrationCorrection corr = AberrationCorrection.parse(abcorr);
    if (json) {
      out.println("{\"target\": \"MOON\", \"observer\": \"EARTH\", \"frame\": \"J2000\", \"abcorr\": \"" + corr.spiceName()
          + "\", \"step\": " + Numbers.json(step) + ", \"rows\": [");
    } else {
      out.println("utc,et,x,y,z,vx,vy,vz,lt");
    }
    for (long i = 0; i < rows; i++) {
      double et = et0 + i * step;
      StateVector s;
      try {
        s = spice.state("MOON", "EARTH", "J2000", corr, et);
      } catch (SpiceException e) {
        out.flush();
        return text.toString();
      }
      String utc = spice.etToUtc(et, 3);
      double[] v = StateColumns.values(et, s);
      if (json) {
        out.println("  {\"utc\": \"" + utc + "\", " + StateColumns.jsonMembers(v) + "}" + (i + 1 < rows ? "," : ""));
      } else {
        out.println(utc + "," + StateColumns.csv(v));
      }
    }
    if (json) out.println("]}");
    out.flush();
    return text.toString();
  }

  @Test
  void parallelCsvIsIdenticalToSingleCallsAcrossChunks() {
    double et0 = spice.utcToEt("2024-01-01T00:00:00");
    long rows = 3 * EphemerisCommand.CHUNK_ROWS + 17;
    Cli r = Cli.run("ephemeris", "--target", "MOON", "--observer", "EARTH", "--abcorr", "LT+S", "--start-et",
        Numbers.format(et0), "--stop-et", Numbers.format(et0 + 600.0 * (rows - 1)), "--step", "600", "--threads", "3");
    assertEquals(0, r.code(), r::toString);
    assertEquals(rows + 1, r.out().lines().count());
    assertEquals(expected("LT+S", et0, 600, rows, false), r.out());
  }

  @Test
  void parallelJsonIsIdenticalToSingleCalls() {
    double et0 = spice.utcToEt("2024-03-01T00:00:00");
    long rows = EphemerisCommand.CHUNK_ROWS + 5;
    Cli r = Cli.run("ephemeris", "--target", "MOON", "--observer", "EARTH", "--start-et", Numbers.format(et0),
        "--stop-et", Numbers.format(et0 + 3600.0 * (rows - 1)), "--step", "1h", "--format", "json", "--threads", "2");
    assertEquals(0, r.code(), r::toString);
    assertEquals(expected("NONE", et0, 3600, rows, true), r.out());
  }

  @Test
  void aSpiceErrorMidTableKeepsTheRowsBeforeItInOrder() {
    // The DE440s excerpt ends in January 2026: hourly rows from November 10 reach its end in the second chunk.
    double et0 = spice.utcToEt("2025-11-10T00:00:00");
    double step = 3600;
    long rows = 3 * EphemerisCommand.CHUNK_ROWS;
    Cli r = Cli.run("ephemeris", "--target", "MOON", "--observer", "EARTH", "--abcorr", "LT+S", "--start-et",
        Numbers.format(et0), "--stop-et", Numbers.format(et0 + step * (rows - 1)), "--step", "1h");
    assertEquals(ExitCodes.FAILURE, r.code(), r::toString);
    assertTrue(r.err().startsWith("error: SPICE(SPKINSUFFDATA)"), r::toString);
    String want = expected("LT+S", et0, step, rows, false);
    long printed = want.lines().count() - 1;
    assertTrue(printed > EphemerisCommand.CHUNK_ROWS && printed < rows, "rows before the error: " + printed);
    assertEquals(want, r.out());
  }

  @Test
  void stopsOnceTheReaderClosesStdout() {
    // Ten million LT+S rows would take minutes; a reader that stops after two lines must end it at once.
    AtomicLong accepted = new AtomicLong();
    OutputStream headTwo = new OutputStream() {
      private int newlines;

      @Override
      public void write(int b) throws IOException {
        if (newlines >= 2) throw new IOException("Broken pipe");
        accepted.incrementAndGet();
        if (b == '\n') newlines++;
      }
    };
    StringWriter err = new StringWriter();
    int code = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> Main.run(new PrintWriter(headTwo),
        new PrintWriter(err), "ephemeris", "--target", "MOON", "--observer", "EARTH", "--abcorr", "LT+S", "--start",
        "2024-01-01", "--stop-et", Numbers.format(spice.utcToEt("2024-01-01") + 10_000_000.0), "--step", "1"));
    assertEquals(0, code, err::toString);
    assertEquals("", err.toString());
    assertTrue(accepted.get() > "utc,et,x,y,z,vx,vy,vz,lt".length() + 1, "the header and one row reached the reader");
  }

  @Test
  void aSeparateProcessEndsWhenItsPipeCloses() throws Exception {
    // The real stdout (System.out through picocli's writer), read by a reader that stops after two lines.
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
    for (String p : new String[] {"spice4j.build.dir", "spice4j.kernels"}) {
      String v = System.getProperty(p);
      if (v != null && !v.contains("${")) cmd.add("-D" + p + "=" + v);
    }
    cmd.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
    cmd.addAll(List.of(Main.class.getName(), "ephemeris", "--target", "MOON", "--observer", "EARTH", "--abcorr",
        "LT+S", "--start", "2024-01-01", "--stop-et", Numbers.format(spice.utcToEt("2024-01-01") + 10_000_000.0),
        "--step", "1"));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      assertEquals("utc,et,x,y,z,vx,vy,vz,lt", r.readLine());
      assertTrue(r.readLine().startsWith("2024-01-01T00:00:00.000,"));
    } // closing our end is what head does when it has its lines
    // Ten million rows take minutes; the process must notice the closed pipe after its first chunks.
    boolean ended = p.waitFor(2, TimeUnit.MINUTES);
    if (!ended) p.destroyForcibly();
    assertTrue(ended, "still computing after its reader closed the pipe");
    assertEquals(0, p.exitValue());
  }
}
