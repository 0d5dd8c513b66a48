package io.github.spice4j;

/**
 * Local solar time at a longitude on a body, as CSPICE's
 * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/et2lst_c.html">et2lst_c</a> returns it:
 * the angle between the longitude and the Sun's apparent longitude on the body, on a 24-hour clock with
 * noon where the Sun is overhead. Components are truncated, not rounded.
 *
 * @param hours 0..23
 * @param minutes 0..59
 * @param seconds 0..59
 * @param time {@code HR:MN:SC}, e.g. {@code 23:56:13}
 * @param ampm the 12-hour form, e.g. {@code 11:56:13 P.M.}
 */
public record LocalSolarTime(int hours, int minutes, int seconds, String time, String ampm) {}
