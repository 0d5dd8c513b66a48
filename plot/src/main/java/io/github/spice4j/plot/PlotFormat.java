package io.github.spice4j.plot;

import java.nio.file.Path;
import java.util.Locale;

/** The picture formats {@link ChartFiles} writes, chosen by file name extension. */
public enum PlotFormat {
  /** Raster image (Portable Network Graphics), {@code .png}. */
  PNG,
  /** Vector image (Scalable Vector Graphics), {@code .svg}. */
  SVG;

  /**
   * The format named by a file's extension, case ignored.
   *
   * @param file a path ending in {@code .png} or {@code .svg}
   * @return the format
   * @throws IllegalArgumentException if the extension is neither
   */
  public static PlotFormat of(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (name.endsWith(".png")) return PNG;
    if (name.endsWith(".svg")) return SVG;
    throw new IllegalArgumentException("picture file must end in .png or .svg: " + file);
  }
}
