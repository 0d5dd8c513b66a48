package io.github.spice4j.plot;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Writes a chart built by {@link Charts} (or any XChart chart) to a PNG or SVG file. */
public final class ChartFiles {
  private ChartFiles() {}

  /**
   * Renders {@code chart} at its own width and height into {@code file}, the format chosen by the extension
   * ({@link PlotFormat#of(Path)}). Missing parent directories are created; an existing file is replaced.
   *
   * @param chart the chart
   * @param file a {@code .png} or {@code .svg} path
   * @return {@code file}
   * @throws IllegalArgumentException if the extension is neither {@code .png} nor {@code .svg}
   * @throws IOException if the file cannot be written
   */
  public static Path write(Chart<?, ?> chart, Path file) throws IOException {
    PlotFormat format = PlotFormat.of(file);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    if (format == PlotFormat.PNG) {
      BufferedImage image = BitmapEncoder.getBufferedImage(chart);
      if (!ImageIO.write(image, "png", file.toFile())) throw new IOException("no PNG writer in this JVM");
    } else {
      SVGGraphics2D g = new SVGGraphics2D(chart.getWidth(), chart.getHeight());
      g.setGeomDoubleConverter(ChartFiles::twoDecimals);
      g.setTransformDoubleConverter(ChartFiles::twoDecimals);
      chart.paint(g, chart.getWidth(), chart.getHeight());
      // No DOCTYPE (getSVGDocument adds one): XML parsers would try to fetch its DTD over the network.
      Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement() + "\n",
          StandardCharsets.UTF_8);
    }
    return file;
  }

  /** Hundredths of a pixel are plenty and keep the SVG (mostly glyph outlines) small. */
  private static String twoDecimals(double d) {
    return String.valueOf(Math.round(d * 100) / 100.0);
  }
}
