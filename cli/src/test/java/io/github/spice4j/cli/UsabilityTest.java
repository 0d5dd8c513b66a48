package io.github.spice4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a newcomer meets first: help text, usage errors, the echoed epoch and misspelled bodies. */
class UsabilityTest {
  @Test
  void stateEchoesTheParsedEpoch() throws Exception {
    Cli r = Cli.run("state", "--target", "MOON", "--observer", "EARTH", "--utc", "01/02/2024");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().contains("utc       2024-01-02T00:00:00.000 (parsed from \"01/02/2024\")\n"), r::toString);
    // ET of 2024-01-02T00:00:00 UTC = golden ET of 2024-01-01T00:00:00 UTC (time.json) + 86400 s
    assertTrue(r.out().contains("et        757425669.183935 s (TDB past J2000)\n"), r::toString);

    Cli json = Cli.run("state", "--target", "MOON", "--observer", "EARTH", "--et", "757339269.1839061", "--format", "json");
    assertEquals(0, json.code(), json::toString);
    Map<String, Object> o = MiniJson.object(json.out());
    assertEquals("2024-01-01T00:00:00.000", o.get("utc"));
  }

  @Test
  void misspelledBodiesGetASuggestion() {
    Cli moon = Cli.run("state", "--target", "MON", "--observer", "EARTH", "--utc", "2024-01-01");
    assertEquals(ExitCodes.FAILURE, moon.code(), moon::toString);
    assertTrue(moon.err().startsWith("error: SPICE(IDCODENOTFOUND) "), moon::toString);
    assertTrue(moon.err().contains("\ndid you mean MOON?\n"), moon::toString);

    Cli earth = Cli.run("state", "--target", "MOON", "--observer", "EARHT", "--utc", "2024-01-01");
    assertTrue(earth.err().contains("\ndid you mean EARTH?\n"), earth::toString);

    // stations named by earth_topo_201023.tf (NAIF_BODY_NAME, in the default set); ties are all listed
    Cli station = Cli.run("state", "--target", "DSS-356", "--observer", "EARTH", "--utc", "2015-03-02");
    assertTrue(station.err().contains("\ndid you mean DSS-35 or DSS-36 or DSS-56?\n"), station::toString);

    Cli far = Cli.run("state", "--target", "NOT_A_BODY", "--observer", "EARTH", "--utc", "2024-01-01");
    assertFalse(far.err().contains("did you mean"), far::toString);
  }

  @Test
  void closestNamesByEditDistance() {
    List<String> known = List.of("MOON", "MARS", "MARS BARYCENTER", "EARTH", "IO");
    assertEquals(List.of("MOON"), BodyHint.closest("mon", known));
    assertEquals(List.of("MARS BARYCENTER"), BodyHint.closest("Mars  Barycentre", known));
    assertEquals(List.of(), BodyHint.closest("PLUTO", known));
  }

  @Test
  void helpShowsWholeSummariesAndUnbrokenNames() {
    Cli help = Cli.run("--help");
    assertEquals(0, help.code(), help::toString);
    for (String line : help.out().split("\n")) assertTrue(line.length() <= 80, line);
    assertTrue(help.out().contains("-Dspice4j.kernels,"), help::toString);
    // each subcommand's summary is one sentence: it ends with a period, never mid-phrase
    String commands = help.out().substring(help.out().indexOf("Commands:"), help.out().indexOf("\n\n", help.out().indexOf("Commands:")));
    for (String entry : commands.split("\n  (?=\\S)")) {
      if (entry.startsWith("Commands:")) continue;
      assertTrue(entry.strip().endsWith("."), () -> "cut summary: " + entry);
    }
  }

  @Test
  void usageErrorsSayErrorOnce() {
    Cli r = Cli.run("state", "--target", "MOON", "--observer", "EARTH");
    assertEquals(ExitCodes.USAGE, r.code(), r::toString);
    assertTrue(r.err().startsWith("error: Missing required argument"), r::toString);
    assertFalse(r.err().contains("Error:"), r::toString);
  }

  @Test
  void ephemerisOffersOnlyTheFormatsItWrites() {
    Cli help = Cli.run("ephemeris", "--help");
    assertTrue(help.out().contains("--format=FORMAT      Output format: csv, json (default: csv)."), help::toString);
    assertFalse(help.out().contains("text, csv"), help::toString);
    Cli text = Cli.run("ephemeris", "--target", "MOON", "--observer", "EARTH", "--start", "2024-01-01", "--stop",
        "2024-01-02", "--step", "1d", "--format", "text");
    assertEquals(ExitCodes.USAGE, text.code(), text::toString);
    assertTrue(text.err().contains("use csv or json"), text::toString);
    Cli json = Cli.run("ephemeris", "--target", "MOON", "--observer", "EARTH", "--start", "2024-01-01", "--stop",
        "2024-01-02", "--step", "1d", "--format", "JSON");
    assertEquals(0, json.code(), json::toString);
  }
}
