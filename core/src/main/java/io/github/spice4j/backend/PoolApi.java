package io.github.spice4j.backend;

import io.github.spice4j.PoolVariableInfo;
import java.util.List;
import java.util.Optional;

/**
 * The kernel pool: read, write and watch kernel variables (CSPICE gdpool_c, gipool_c, gcpool_c,
 * gnpool_c, dtpool_c, pdpool_c, pipool_c, pcpool_c, swpool_c, cvpool_c, expool_c, bodvcd_c).
 *
 * <p>Variable names are case-sensitive and at most 32 characters (CSPICE's limit). Values come back
 * exactly as stored: text kernels keep the units they were written in (km, km^3/s^2, degrees, ...);
 * {@code @}-dates are stored as TDB seconds past J2000.
 *
 * <p>The windowed reads take CSPICE's {@code start} (0-based index of the first value; a negative
 * start is treated as 0, as CSPICE does) and {@code room} (the most values to return; less than 1 is
 * {@code SPICE(BADARRAYSIZE)}). A start past the last value gives an empty result for a variable that
 * exists. Empty names are {@code SPICE(EMPTYSTRING)}; null arguments are {@link NullPointerException}s.
 */
public interface PoolApi {
  /**
   * CSPICE {@code gdpool_c}: values of a numeric variable.
   *
   * @param name variable name, e.g. {@code BODY399_RADII}
   * @param start 0-based index of the first value to return
   * @param room the most values to return (at least 1)
   * @return up to {@code room} values, or empty when the variable is absent or not numeric
   * @throws io.github.spice4j.SpiceException {@code SPICE(BADARRAYSIZE)} for room &lt; 1,
   *     {@code SPICE(EMPTYSTRING)} for an empty name
   */
  Optional<double[]> gdpool(String name, int start, int room);

  /**
   * CSPICE {@code gipool_c}: values of a numeric variable as integers (non-integral values are
   * rounded to the nearest integer).
   *
   * @param name variable name, e.g. {@code FRAME_1399014_CLASS}
   * @param start 0-based index of the first value to return
   * @param room the most values to return (at least 1)
   * @return up to {@code room} values, or empty when the variable is absent or not numeric
   * @throws io.github.spice4j.SpiceException {@code SPICE(INTOUTOFRANGE)} when a value does not fit a
   *     32-bit int, {@code SPICE(BADARRAYSIZE)} for room &lt; 1, {@code SPICE(EMPTYSTRING)}
   */
  Optional<int[]> gipool(String name, int start, int room);

  /**
   * CSPICE {@code gcpool_c}: values of a character variable (trailing blanks removed, leading blanks
   * kept).
   *
   * @param name variable name, e.g. {@code FRAME_31000_NAME}
   * @param start 0-based index of the first value to return
   * @param room the most values to return (at least 1)
   * @return up to {@code room} strings, or empty when the variable is absent or not character-valued
   * @throws io.github.spice4j.SpiceException {@code SPICE(BADARRAYSIZE)} for room &lt; 1,
   *     {@code SPICE(EMPTYSTRING)}
   */
  Optional<List<String>> gcpool(String name, int start, int room);

  /**
   * CSPICE {@code gnpool_c}: names of the variables matching a template. In the template {@code *}
   * matches any run of characters and {@code %} any one character; the order of the names is
   * CSPICE's hash order, not alphabetical.
   *
   * @param template e.g. {@code BODY399_*}
   * @param start 0-based index of the first matching name to return
   * @param room the most names to return (at least 1)
   * @return up to {@code room} names, or empty when no variable matches (always for a blank template)
   * @throws io.github.spice4j.SpiceException {@code SPICE(BADARRAYSIZE)} for room &lt; 1,
   *     {@code SPICE(EMPTYSTRING)}
   */
  Optional<List<String>> gnpool(String template, int start, int room);

  /**
   * CSPICE {@code dtpool_c}: whether a variable exists, its size and its type.
   *
   * @param name variable name
   * @return the description; {@link PoolVariableInfo#NOT_FOUND} when absent
   * @throws io.github.spice4j.SpiceException {@code SPICE(EMPTYSTRING)} for an empty name
   */
  PoolVariableInfo dtpool(String name);

  /**
   * CSPICE {@code pdpool_c}: creates or replaces a numeric variable in this engine's pool. The edit
   * survives an engine trap (it is replayed after the rebuild); {@code kclear} removes it, and so does
   * unloading a text kernel (CSPICE then rebuilds the pool from the remaining kernels).
   *
   * @param name variable name (at most 32 characters)
   * @param values the values; an empty array changes nothing
   * @throws io.github.spice4j.SpiceException for a name CSPICE rejects (e.g. {@code SPICE(BADVARNAME)})
   */
  void pdpool(String name, double[] values);

  /**
   * CSPICE {@code pipool_c}: creates or replaces a numeric variable from integers (stored as doubles).
   * Replayed after an engine trap like {@link #pdpool}.
   *
   * @param name variable name (at most 32 characters)
   * @param ivals the values; an empty array changes nothing
   * @throws io.github.spice4j.SpiceException for a name CSPICE rejects
   */
  void pipool(String name, int[] ivals);

  /**
   * CSPICE {@code pcpool_c}: creates or replaces a character variable. Replayed after an engine trap
   * like {@link #pdpool}.
   *
   * @param name variable name (at most 32 characters)
   * @param cvals the strings (CSPICE keeps at most 80 characters of each); an empty list changes nothing
   * @throws io.github.spice4j.SpiceException for a name CSPICE rejects
   */
  void pcpool(String name, List<String> cvals);

  /**
   * CSPICE {@code swpool_c}: makes {@code agent} watch the named variables (added to any it already
   * watches). The next {@link #cvpool} for the agent returns true. Watches survive {@code kclear} and
   * engine traps.
   *
   * @param agent a name for the watcher, e.g. the caller's class
   * @param names variables to watch (an empty list registers the agent with nothing to watch)
   * @throws io.github.spice4j.SpiceException {@code SPICE(EMPTYSTRING)} for an empty agent
   */
  void swpool(String agent, List<String> names);

  /**
   * CSPICE {@code cvpool_c}: whether any variable the agent watches was set, changed or removed since
   * the agent's last check (true on the first check after {@link #swpool}). Checking clears the flag.
   *
   * @param agent the watcher's name
   * @return true when an update is pending; false for an agent that never called {@code swpool}
   * @throws io.github.spice4j.SpiceException {@code SPICE(EMPTYSTRING)} for an empty agent
   */
  boolean cvpool(String agent);

  /**
   * CSPICE {@code expool_c}: whether a numeric variable exists (character variables report false).
   *
   * @param name variable name
   * @return true when present and numeric
   * @throws io.github.spice4j.SpiceException {@code SPICE(EMPTYSTRING)} for an empty name
   */
  boolean expool(String name);

  /**
   * CSPICE {@code bodvcd_c}: the values of {@code BODY<bodyid>_<item>}.
   *
   * @param bodyid NAIF ID of the body
   * @param item e.g. {@code RADII} (km), {@code GM} (km^3/s^2); case-sensitive
   * @param maxn the most values the caller accepts
   * @return all values of the variable (length at most {@code maxn})
   * @throws io.github.spice4j.SpiceException {@code SPICE(KERNELVARNOTFOUND)} when absent,
   *     {@code SPICE(TYPEMISMATCH)} when not numeric, {@code SPICE(ARRAYTOOSMALL)} when it holds more
   *     than {@code maxn} values, {@code SPICE(EMPTYSTRING)} for an empty item
   */
  double[] bodvcd(int bodyid, String item, int maxn);
}
