package io.github.spice4j;

import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The body names an engine knows: CSPICE's built-in name/ID table plus the {@code NAIF_BODY_NAME}
 * entries of loaded kernels (frames and instrument kernels define station and instrument names
 * there). Used to tell a user which names exist, e.g. to suggest a correction for a misspelled body.
 *
 * <p>CSPICE has no routine that lists its built-in table, so the built-in names are read back with
 * {@code bodc2n} (<a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/bodc2n_c.html">bodc2n_c</a>)
 * over the ID ranges where NAIF assigns built-in codes ({@link #BUILT_IN_ID_RANGES}); a built-in
 * name with an ID outside them (a few numbered asteroids) is not listed. Aliases that map to the same
 * ID as another name are not listed either: {@code bodc2n} returns one name per ID.
 */
public final class BodyNames {
  /**
   * Inclusive NAIF ID ranges scanned for built-in names: spacecraft, barycenters, the Sun, planets
   * and satellites (-1000..1000), Earth stations (399001..399100), comets (1000001..1000200) and
   * the first numbered asteroids (2000001..2000700).
   */
  public static final List<int[]> BUILT_IN_ID_RANGES = List.of(
      new int[] {-1000, 1000}, new int[] {399001, 399100}, new int[] {1000001, 1000200},
      new int[] {2000001, 2000700});

  /** Pool variable holding kernel-defined body names (CSPICE's name/ID kernel variables). */
  public static final String POOL_VARIABLE = "NAIF_BODY_NAME";

  private BodyNames() {}

  /**
   * Every body name the engine resolves: built-in names (one per ID in {@link #BUILT_IN_ID_RANGES})
   * and the {@code NAIF_BODY_NAME} pool entries (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/gcpool_c.html">gcpool_c</a>),
   * upper-cased with blanks compressed as CSPICE compares them.
   *
   * @param spice the engine whose pool to read
   * @return the names, sorted
   * @throws NullPointerException when {@code spice} is null
   */
  public static SortedSet<String> known(Spice spice) {
    SortedSet<String> out = new TreeSet<>();
    for (int[] range : BUILT_IN_ID_RANGES) {
      for (int id = range[0]; id <= range[1]; id++) {
        spice.bodyName(id).ifPresent(n -> out.add(normalize(n)));
      }
    }
    spice.kernelPool().strings(POOL_VARIABLE).ifPresent(names -> names.forEach(n -> out.add(normalize(n))));
    return out;
  }

  /**
   * A name as CSPICE compares body names: upper case, leading/trailing blanks removed, inner runs of
   * blanks collapsed to one.
   *
   * @param name a body name
   * @return the normalized name
   */
  public static String normalize(String name) {
    return name.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
  }
}
