package io.github.spice4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.plot.Charts;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * {@code spice4j plot} in-process on the default kernel set: each picture is written, decodes, and carries its
 * series; the pictures' contents are checked against the engine in spice4j-plot's ChartsTest.
 */
class PlotCommandTest {
  @TempDir Path dir;

  private BufferedImage png(String... args) throws Exception {
    Cli r = Cli.run(args);
    assertEquals(0, r.code(), r::toString);
    Path file = Path.of(args[args.length - 1]);
    assertTrue(r.out().contains("wrote " + file), r::toString);
    BufferedImage image = ImageIO.read(file.toFile());
    assertNotNull(image, "decodable PNG");
    assertEquals(Charts.WIDTH, image.getWidth());
    assertEquals(Charts.HEIGHT, image.getHeight());
    assertTrue(countColor(image, Charts.PRIMARY.getRGB()) > 20, "the main series is drawn");
    return image;
  }

  private static long countColor(BufferedImage image, int rgb) {
    long n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) if (image.getRGB(x, y) == rgb) n++;
    }
    return n;
  }

  @Test
  void distancePng() throws Exception {
    BufferedImage image = png("plot", "distance", "--target", "MOON", "--observer", "EARTH", "--start", "2024-01-01",
        "--stop", "2024-02-01", "--output", dir.resolve("d.png").toString());
    assertTrue(countColor(image, Charts.SECONDARY.getRGB()) > 20, "range rate drawn");
  }

  @Test
  void groundtrackSvg() throws Exception {
    Path file = dir.resolve("sub/track.svg");
    Cli r = Cli.run("plot", "groundtrack", "--observer", "MOON", "--start", "2024-01-10", "--stop", "2024-01-12",
        "--step", "10m", "--output", file.toString());
    assertEquals(0, r.code(), r::toString);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    Document doc = f.newDocumentBuilder().parse(file.toFile());
    assertEquals("svg", doc.getDocumentElement().getTagName());
    assertTrue(Files.readString(file).contains("stroke:rgb(31,119,180)"), "track drawn in the primary colour");
  }

  @Test
  void timelineAndSkytrackPng() throws Exception {
    png("plot", "timeline", "--target", "MOON", "--observer", "EARTH", "--below", "370000", "--above", "400000",
        "--start", "2024-01-01", "--stop", "2024-03-01", "--output", dir.resolve("t.png").toString());
    png("plot", "skytrack", "--target", "MOON", "--station", "DSS-14", "--start", "2024-01-10", "--stop",
        "2024-01-11", "--output", dir.resolve("s.png").toString());
  }

  @Test
  void badOutputOrMissingRowsAreUsageErrors() {
    Cli jpg = Cli.run("plot", "distance", "--target", "MOON", "--observer", "EARTH", "--start", "2024-01-01",
        "--stop", "2024-01-02", "--output", dir.resolve("d.jpg").toString());
    assertEquals(ExitCodes.USAGE, jpg.code(), jpg::toString);
    assertTrue(jpg.err().contains(".png or .svg"), jpg::toString);
    Cli rows = Cli.run("plot", "timeline", "--target", "MOON", "--observer", "EARTH", "--start", "2024-01-01",
        "--stop", "2024-01-02", "--output", dir.resolve("t.png").toString());
    assertEquals(ExitCodes.USAGE, rows.code(), rows::toString);
    Cli backwards = Cli.run("plot", "distance", "--target", "MOON", "--observer", "EARTH", "--start", "2024-01-02",
        "--stop", "2024-01-01", "--output", dir.resolve("d.png").toString());
    assertEquals(ExitCodes.USAGE, backwards.code(), backwards::toString);
    Cli format = Cli.run("plot", "distance", "--target", "MOON", "--observer", "EARTH", "--start", "2024-01-01",
        "--stop", "2024-01-02", "--format", "csv", "--output", dir.resolve("d.png").toString());
    assertEquals(ExitCodes.USAGE, format.code(), format::toString);
  }
}
