package io.github.spice4j.bench;

import io.github.spice4j.Spice;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real NAIF kernels every benchmark loads in its {@code @Setup}, found through
 * {@code -Dspice4j.kernels=DIR} or {@code SPICE4J_KERNELS} (the repository's {@code ../shared/kernels}
 * layout: {@code lsk/}, {@code pck/}, {@code spk/}).
 */
public final class BenchKernels {
  /** Leapseconds (str2et, et2utc). */
  public static final String LSK = "lsk/naif0012.tls";
  /** IAU_EARTH orientation and Earth radii (pxform, subpnt). */
  public static final String PCK = "pck/pck00011.tpc";
  /** DE440s excerpt: Sun, planets, Moon and Earth, 2023-01-01 .. 2026-01-03 for the Moon and Earth. */
  public static final String SPK = "spk/de440s_2023_2026_excerpt.bsp";

  /** The UTC epoch used by the single-epoch benchmarks, well inside the SPK's coverage. */
  public static final String UTC = "2024-06-01T12:00:00";
  private BenchKernels() {}

  /**
   * The kernels directory.
   *
   * @return the directory holding lsk/, pck/ and spk/
   * @throws IllegalStateException if neither setting names a directory with the files
   */
  public static Path dir() {
    String dir = System.getProperty("spice4j.kernels");
    if (dir == null || dir.isBlank()) dir = System.getenv("SPICE4J_KERNELS");
    if (dir == null || dir.isBlank()) {
      throw new IllegalStateException("no kernels: pass -Dspice4j.kernels=DIR or set SPICE4J_KERNELS");
    }
    Path d = Path.of(dir);
    for (String f : new String[] {LSK, PCK, SPK}) {
      if (!Files.isRegularFile(d.resolve(f))) {
        throw new IllegalStateException("kernel " + f + " not found under " + d.toAbsolutePath());
      }
    }
    return d;
  }

  /**
   * A kernel file under {@link #dir()}.
   *
   * @param relative e.g. {@link #LSK}
   * @return its path
   */
  public static Path file(String relative) {
    return dir().resolve(relative);
  }

  /**
   * A new engine with the LSK, PCK and SPK loaded (CSPICE {@code furnsh_c} three times).
   *
   * @return the facade; the caller closes it
   */
  public static Spice openAll() {
    Spice spice = Spice.create();
    try {
      loadAll(spice);
      return spice;
    } catch (RuntimeException e) {
      spice.close();
      throw e;
    }
  }

  /**
   * Loads the LSK, PCK and SPK into an engine (CSPICE {@code furnsh_c} three times).
   *
   * @param spice the engine
   */
  public static void loadAll(Spice spice) {
    spice.load(file(LSK), file(PCK), file(SPK));
  }

  /**
   * {@code count} epochs one hour apart, so that ephemeris benchmarks walk through successive SPK
   * records instead of reading one cached record forever.
   *
   * @param start the first epoch, TDB seconds past J2000
   * @param count how many
   * @return ETs, TDB seconds past J2000
   */
  public static double[] hourlyEpochs(double start, int count) {
    double[] et = new double[count];
    for (int i = 0; i < count; i++) et[i] = start + 3600.0 * i;
    return et;
  }
}
