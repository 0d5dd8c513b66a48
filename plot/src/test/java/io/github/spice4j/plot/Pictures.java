package io.github.spice4j.plot;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads written pictures back: the plot area and series lines of an SVG, the pixels of a PNG. */
final class Pictures {
  private Pictures() {}

  /** An SVG parsed as XML: the plot area rectangle and every line segment by stroke colour. */
  record Svg(Rectangle2D plotArea, Document doc) {
    static Svg read(Path file) throws Exception {
      Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
      NodeList rects = doc.getElementsByTagName("rect");
      String fill = "fill:" + rgb(Charts.PLOT_BACKGROUND);
      for (int i = 0; i < rects.getLength(); i++) {
        Element r = (Element) rects.item(i);
        if (r.getAttribute("style").equals(fill)) {
          return new Svg(new Rectangle2D.Double(num(r, "x"), num(r, "y"), num(r, "width"), num(r, "height")), doc);
        }
      }
      throw new AssertionError("no plot-area rect filled " + fill + " in " + file);
    }

    /** Line segments {x1, y1, x2, y2} (pixels) drawn in {@code color} inside the plot area (not the legend). */
    List<double[]> lines(Color color) {
      List<double[]> out = new ArrayList<>();
      NodeList lines = doc.getElementsByTagName("line");
      String stroke = "stroke:" + rgb(color) + ";";
      for (int i = 0; i < lines.getLength(); i++) {
        Element l = (Element) lines.item(i);
        double[] seg = {num(l, "x1"), num(l, "y1"), num(l, "x2"), num(l, "y2")};
        if (l.getAttribute("style").contains(stroke) && plotArea.contains((seg[0] + seg[2]) / 2, (seg[1] + seg[3]) / 2)) {
          out.add(seg);
        }
      }
      return out;
    }
  }

  /** Maps axis bounds onto the plot area the way {@link Charts} documents it (centered CONTENT_SIZE fraction). */
  record Axes(Rectangle2D area, double x0, double x1, double y0, double y1) {
    double toX(double px) {
      double span = area.getWidth() * Charts.CONTENT_SIZE;
      double left = area.getX() + (area.getWidth() - span) / 2;
      return x0 + (px - left) / span * (x1 - x0);
    }

    double toY(double py) {
      double span = area.getHeight() * Charts.CONTENT_SIZE;
      double bottom = area.getMaxY() - (area.getHeight() - span) / 2;
      return y0 + (bottom - py) / span * (y1 - y0);
    }

    double px(double x) {
      double span = area.getWidth() * Charts.CONTENT_SIZE;
      return area.getX() + (area.getWidth() - span) / 2 + (x - x0) / (x1 - x0) * span;
    }

    double py(double y) {
      double span = area.getHeight() * Charts.CONTENT_SIZE;
      return area.getMaxY() - (area.getHeight() - span) / 2 - (y - y0) / (y1 - y0) * span;
    }

    /** Data units per pixel along x and y. */
    double xPerPixel() {
      return (x1 - x0) / (area.getWidth() * Charts.CONTENT_SIZE);
    }

    double yPerPixel() {
      return (y1 - y0) / (area.getHeight() * Charts.CONTENT_SIZE);
    }
  }

  /** A decoded PNG. */
  record Png(BufferedImage image) {
    static Png read(Path file) throws IOException {
      BufferedImage image = ImageIO.read(file.toFile());
      if (image == null) throw new AssertionError("not a decodable PNG: " + file);
      return new Png(image);
    }

    /** Bounding box of the pixels painted exactly {@link Charts#PLOT_BACKGROUND}: the plot area. */
    Rectangle2D plotArea() {
      int bg = Charts.PLOT_BACKGROUND.getRGB();
      int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
      for (int y = 0; y < image.getHeight(); y++) {
        for (int x = 0; x < image.getWidth(); x++) {
          if (image.getRGB(x, y) == bg) {
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
          }
        }
      }
      if (maxX < 0) throw new AssertionError("no plot area in the PNG");
      return new Rectangle2D.Double(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    /** Whether a pixel within {@code radius} of (x, y) is close to {@code color} (antialiasing blends edges). */
    boolean hasColorNear(double x, double y, Color color, int radius) {
      for (int dy = -radius; dy <= radius; dy++) {
        for (int dx = -radius; dx <= radius; dx++) {
          int px = (int) Math.round(x) + dx, py = (int) Math.round(y) + dy;
          if (px < 0 || py < 0 || px >= image.getWidth() || py >= image.getHeight()) continue;
          Color c = new Color(image.getRGB(px, py));
          int d = Math.abs(c.getRed() - color.getRed()) + Math.abs(c.getGreen() - color.getGreen())
              + Math.abs(c.getBlue() - color.getBlue());
          if (d < 60) return true;
        }
      }
      return false;
    }
  }

  private static String rgb(Color c) {
    return "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
  }

  private static double num(Element e, String attr) {
    return Double.parseDouble(e.getAttribute(attr));
  }
}
