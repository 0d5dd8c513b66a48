package io.github.spice4j.backend;

import java.util.Optional;
import java.util.OptionalInt;

/** Body names, NAIF integer IDs and body constants from the kernel pool. */
public interface IdsNamesApi {
  /**
   * CSPICE {@code bodn2c_c}: body name to NAIF ID.
   *
   * @param name e.g. {@code "MOON"} (case and blanks are normalised by CSPICE)
   * @return the ID, or empty when unknown
   */
  OptionalInt bodn2c(String name);

  /**
   * CSPICE {@code bodc2n_c}: NAIF ID to body name.
   *
   * @param code NAIF ID
   * @return the name, or empty when unknown
   */
  Optional<String> bodc2n(int code);

  /**
   * CSPICE {@code bodc2s_c}: NAIF ID to name, or the ID as a string when unnamed.
   *
   * @param code NAIF ID
   * @return the name or the decimal ID
   */
  String bodc2s(int code);

  /**
   * CSPICE {@code bods2c_c}: body name or decimal ID string to NAIF ID.
   *
   * @param name a name or an integer string such as {@code "399"}
   * @return the ID, or empty when neither
   */
  OptionalInt bods2c(String name);

  /**
   * CSPICE {@code boddef_c}: defines a name/ID pair for this engine.
   *
   * @param name body name (max 36 characters)
   * @param code NAIF ID
   */
  void boddef(String name, int code);

  /**
   * CSPICE {@code bodfnd_c}: whether {@code BODY<body>_<item>} is in the kernel pool.
   *
   * @param body NAIF ID
   * @param item e.g. {@code RADII}
   * @return true when present
   */
  boolean bodfnd(int body, String item);

  /**
   * CSPICE {@code bodvar_c}: the values of {@code BODY<body>_<item>}.
   *
   * @param body NAIF ID
   * @param item e.g. {@code RADII} (km), {@code GM} (km^3/s^2)
   * @return the values as stored (length = the variable's size)
   * @throws io.github.spice4j.SpiceException {@code SPICE(KERNELVARNOTFOUND)} when absent
   */
  double[] bodvar(int body, String item);

  /**
   * CSPICE {@code bodvrd_c}: like {@link #bodvar} with a body name (or NAIF ID as text).
   *
   * @param body body name, e.g. {@code EARTH}
   * @param item e.g. {@code RADII}
   * @return the values
   * @throws io.github.spice4j.SpiceException {@code SPICE(IDCODENOTFOUND)} for unknown names,
   *     {@code SPICE(KERNELVARNOTFOUND)} when absent, {@code SPICE(TYPEMISMATCH)} for a string variable
   */
  double[] bodvrd(String body, String item);

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/bodvrd_c.html">bodvrd_c</a> with
   * its output room: as {@link #bodvrd(String, String)}, refusing a variable that has more values than
   * {@code maxn}, as CSPICE does.
   *
   * @param body body name or NAIF ID as text, e.g. {@code EARTH} or {@code 399}
   * @param item e.g. {@code RADII}
   * @param maxn room for values
   * @return the values (length = the variable's size, at most {@code maxn})
   * @throws io.github.spice4j.SpiceException {@code SPICE(ARRAYTOOSMALL)} when the variable has more than
   *     {@code maxn} values, else as {@link #bodvrd(String, String)}
   */
  double[] bodvrd(String body, String item, int maxn);
}
