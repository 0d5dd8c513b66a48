package io.github.spice4j;

import io.github.spice4j.backend.SpiceBackend;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The kernel pool of one engine: the variables text kernels define (body constants, frame and
 * instrument parameters, leap seconds...) and any the program adds. Obtain it with {@link Spice#kernelPool()}.
 *
 * <p>Whole-variable reads return every value; the {@code (name, start, room)} forms read a window as
 * CSPICE does ({@code start} 0-based, {@code room} at least 1). An absent variable, or one of the other
 * type, is an empty {@link Optional}. Names are case-sensitive, at most 32 characters. Values are as
 * stored: units are those of the kernel that defined them.
 *
 * <pre>{@code
 * double[] radii = spice.kernelPool().doubles("BODY399_RADII").orElseThrow();   // km
 * spice.kernelPool().put("MY_CONSTANT", 1.5, 2.5);
 * PoolWatch watch = spice.kernelPool().watch("my-cache", "BODY399_RADII");
 * if (watch.changed()) { ... re-read ... }
 * }</pre>
 */
public final class KernelPool {
  private final SpiceBackend backend;

  KernelPool(SpiceBackend backend) {
    this.backend = Objects.requireNonNull(backend, "backend");
  }

  /**
   * All values of a numeric variable (CSPICE {@code gdpool_c}).
   *
   * @param name variable name, e.g. {@code BODY399_RADII}
   * @return the values, or empty when absent or character-valued
   * @throws SpiceException {@code SPICE(EMPTYSTRING)} for an empty name
   */
  public Optional<double[]> doubles(String name) {
    return backend.pool().gdpool(name, 0, Integer.MAX_VALUE);
  }

  /**
   * A window of a numeric variable (CSPICE {@code gdpool_c}).
   *
   * @param name variable name
   * @param start 0-based index of the first value (negative counts as 0)
   * @param room the most values to return, at least 1
   * @return up to {@code room} values (none when start is past the end), or empty when absent
   * @throws SpiceException {@code SPICE(BADARRAYSIZE)} for room &lt; 1
   */
  public Optional<double[]> doubles(String name, int start, int room) {
    return backend.pool().gdpool(name, start, room);
  }

  /**
   * All values of a numeric variable as integers, rounded to nearest (CSPICE {@code gipool_c}).
   *
   * @param name variable name, e.g. {@code FRAME_1399014_CLASS}
   * @return the values, or empty when absent or character-valued
   * @throws SpiceException {@code SPICE(INTOUTOFRANGE)} when a value does not fit an int
   */
  public Optional<int[]> ints(String name) {
    return backend.pool().gipool(name, 0, Integer.MAX_VALUE);
  }

  /**
   * A window of a numeric variable as integers (CSPICE {@code gipool_c}).
   *
   * @param name variable name
   * @param start 0-based index of the first value
   * @param room the most values to return, at least 1
   * @return up to {@code room} values, or empty when absent
   * @throws SpiceException {@code SPICE(INTOUTOFRANGE)}, {@code SPICE(BADARRAYSIZE)}
   */
  public Optional<int[]> ints(String name, int start, int room) {
    return backend.pool().gipool(name, start, room);
  }

  /**
   * All values of a character variable (CSPICE {@code gcpool_c}).
   *
   * @param name variable name, e.g. {@code FRAME_31000_NAME}
   * @return the strings, or empty when absent or numeric
   */
  public Optional<List<String>> strings(String name) {
    return backend.pool().gcpool(name, 0, Integer.MAX_VALUE);
  }

  /**
   * A window of a character variable (CSPICE {@code gcpool_c}).
   *
   * @param name variable name
   * @param start 0-based index of the first value
   * @param room the most values to return, at least 1
   * @return up to {@code room} strings, or empty when absent
   * @throws SpiceException {@code SPICE(BADARRAYSIZE)} for room &lt; 1
   */
  public Optional<List<String>> strings(String name, int start, int room) {
    return backend.pool().gcpool(name, start, room);
  }

  /**
   * Names of all variables matching a template (CSPICE {@code gnpool_c}): {@code *} matches any run of
   * characters, {@code %} one character. The order is CSPICE's (hash order), not alphabetical.
   *
   * @param template e.g. {@code BODY399_*}
   * @return the matching names, empty when none
   */
  public List<String> names(String template) {
    return backend.pool().gnpool(template, 0, Integer.MAX_VALUE).orElse(List.of());
  }

  /**
   * A window of the names matching a template (CSPICE {@code gnpool_c}).
   *
   * @param template e.g. {@code DELTET/*}
   * @param start 0-based index of the first match to return
   * @param room the most names to return, at least 1
   * @return up to {@code room} names, or empty when nothing matches
   * @throws SpiceException {@code SPICE(BADARRAYSIZE)} for room &lt; 1
   */
  public Optional<List<String>> names(String template, int start, int room) {
    return backend.pool().gnpool(template, start, room);
  }

  /**
   * Whether a variable exists, its size and type (CSPICE {@code dtpool_c}).
   *
   * @param name variable name
   * @return the description, {@code found() == false} when absent
   */
  public PoolVariableInfo describe(String name) {
    return backend.pool().dtpool(name);
  }

  /**
   * Whether a numeric variable exists (CSPICE {@code expool_c}; character variables report false).
   *
   * @param name variable name
   * @return true when present and numeric
   */
  public boolean hasNumeric(String name) {
    return backend.pool().expool(name);
  }

  /**
   * The values of {@code BODY<body>_<item>} (CSPICE {@code bodvcd_c}).
   *
   * @param body NAIF ID, e.g. 399
   * @param item e.g. {@code RADII} (km), {@code GM} (km^3/s^2); case-sensitive
   * @return all values
   * @throws SpiceException {@code SPICE(KERNELVARNOTFOUND)} when absent, {@code SPICE(TYPEMISMATCH)}
   *     when not numeric
   */
  public double[] bodyConstant(int body, String item) {
    return backend.pool().bodvcd(body, item, Integer.MAX_VALUE);
  }

  /**
   * Creates or replaces a numeric variable (CSPICE {@code pdpool_c}). Kept across engine traps, removed
   * by {@link Spice#clear()} and by unloading a text kernel (CSPICE then rebuilds the pool from kernels).
   *
   * @param name variable name (at most 32 characters)
   * @param values the values; an empty array changes nothing
   * @throws SpiceException e.g. {@code SPICE(BADVARNAME)} for a name longer than 32 characters
   */
  public void put(String name, double... values) {
    backend.pool().pdpool(name, values);
  }

  /**
   * Creates or replaces a numeric variable from integers (CSPICE {@code pipool_c}).
   *
   * @param name variable name (at most 32 characters)
   * @param values the values; an empty array changes nothing
   * @throws SpiceException e.g. {@code SPICE(BADVARNAME)}
   */
  public void putInts(String name, int... values) {
    backend.pool().pipool(name, values);
  }

  /**
   * Creates or replaces a character variable (CSPICE {@code pcpool_c}); strings longer than 80
   * characters are truncated to 80 by CSPICE.
   *
   * @param name variable name (at most 32 characters)
   * @param values the strings; none changes nothing
   * @throws SpiceException e.g. {@code SPICE(BADVARNAME)}
   */
  public void putStrings(String name, String... values) {
    backend.pool().pcpool(name, Arrays.asList(Objects.requireNonNull(values, "values")));
  }

  /**
   * Starts watching variables (CSPICE {@code swpool_c}) and returns the watch; its first
   * {@link PoolWatch#changed()} is true.
   *
   * @param agent a name identifying the watcher (watches with one agent share a flag)
   * @param names the variables to watch
   * @return the watch
   * @throws SpiceException {@code SPICE(EMPTYSTRING)} for an empty agent
   */
  public PoolWatch watch(String agent, String... names) {
    List<String> list = Arrays.asList(Objects.requireNonNull(names, "names"));
    backend.pool().swpool(agent, list);
    return new PoolWatch(backend, agent, list);
  }
}
