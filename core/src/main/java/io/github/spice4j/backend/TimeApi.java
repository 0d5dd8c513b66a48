package io.github.spice4j.backend;


import io.github.spice4j.TparseResult;
import io.github.spice4j.TpictrResult;
/** Time conversion (CSPICE time subsystem). Needs a leapseconds kernel (LSK) for UTC. */
public interface TimeApi {
  /**
   * CSPICE {@code tkvrsn_c("TOOLKIT")}.
   *
   * @return the toolkit version, {@code CSPICE_N0067}
   */
  String tkvrsn();

  /**
   * CSPICE {@code str2et_c}: parses a time string to ET.
   *
   * @param time e.g. {@code 2024-01-01T00:00:00} (UTC by default), {@code 2024 JAN 1 TDB}, {@code JD 2451545}
   * @return ET, TDB seconds past J2000
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(BADTIMESTRING)}, {@code SPICE(NOLEAPSECONDS)}
   */
  double str2et(String time);

  /**
   * CSPICE {@code et2utc_c}: formats ET as UTC.
   *
   * @param et TDB seconds past J2000
   * @param format {@code C}, {@code D}, {@code J}, {@code ISOC} or {@code ISOD}
   * @param prec digits after the seconds' decimal point (days for {@code J})
   * @return the UTC string
   */
  String et2utc(double et, String format, int prec);

  /**
   * CSPICE {@code timout_c}: formats ET with a picture such as {@code YYYY-MM-DD HR:MN:SC.### ::UTC}.
   *
   * @param et TDB seconds past J2000
   * @param pictur the format picture
   * @return the formatted time
   */
  String timout(double et, String pictur);

  /**
   * CSPICE {@code deltet_c}: ET - UTC at an epoch.
   *
   * @param epoch the epoch, seconds past J2000 in the system {@code eptype}
   * @param eptype {@code UTC} or {@code ET}
   * @return delta, seconds
   */
  double deltet(double epoch, String eptype);

  /**
   * CSPICE {@code unitim_c}: converts between uniform time scales.
   *
   * @param epoch input epoch (seconds past J2000, or days for JD systems)
   * @param insys input system: {@code TAI}, {@code TDT}, {@code TT}, {@code TDB}, {@code ET}, {@code JDTDB}, {@code JDTDT}, {@code JED}, {@code GPS}
   * @param outsys output system, same set
   * @return the converted epoch
   */
  double unitim(double epoch, String insys, String outsys);

  /**
   * CSPICE {@code tparse_c}: parses a time string to UTC seconds past J2000 on the formal calendar
   * (86400 s/day; no leapseconds needed). Parse problems are returned, not thrown.
   *
   * @param string the time string
   * @return the result: {@code sp2000} when {@code errmsg} is empty
   */
  TparseResult tparse(String string);

  /**
   * CSPICE {@code tpictr_c}: derives a {@code timout} picture from a sample time string.
   *
   * @param sample e.g. {@code 2024-03-01T12:34:56}
   * @return the picture, or ok=false with CSPICE's message
   */
  TpictrResult tpictr(String sample);

  /**
   * CSPICE {@code timdef_c("GET")}.
   *
   * @param item {@code SYSTEM}, {@code CALENDAR} or {@code ZONE}
   * @return the current value
   */
  String timdefGet(String item);

  /**
   * CSPICE {@code timdef_c("SET")}.
   *
   * @param item {@code SYSTEM}, {@code CALENDAR} or {@code ZONE}
   * @param value e.g. {@code TDB}, {@code GREGORIAN}, {@code UTC+5:30}
   */
  void timdefSet(String item, String value);

  // --- batches: many strings or epochs in one call ---------------------------------------------------

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/str2et_c.html">{@code str2et_c}</a> over many strings in one call (one engine lock).
   *
   * @param times time strings; items {@code times[offset .. offset+count-1]} are used
   * @param offset index of the first string
   * @param count number of strings
   * @param ets receives ET (TDB seconds past J2000) of string {@code i} at {@code ets[i]}; length at least
   *     {@code count}
   * @throws io.github.spice4j.SpiceBatchException when CSPICE rejects one string ({@code index()} within
   *     the range; earlier items are filled)
   * @throws NullPointerException if a string is null
   * @throws IllegalArgumentException if a string contains NUL or the output is too short
   * @throws IndexOutOfBoundsException if the range lies outside {@code times}
   */
  void str2et(String[] times, int offset, int count, double[] ets);

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/et2utc_c.html">{@code et2utc_c}</a> over many epochs in one call.
   *
   * @param ets epochs, TDB seconds past J2000; items {@code ets[offset .. offset+count-1]} are used
   * @param offset index of the first epoch
   * @param count number of epochs
   * @param format {@code C}, {@code D}, {@code J}, {@code ISOC} or {@code ISOD}
   * @param prec decimal places of the seconds
   * @param out receives the string of epoch {@code i} at {@code out[i]}; length at least {@code count}
   * @throws io.github.spice4j.SpiceBatchException when CSPICE fails at one epoch
   * @throws IllegalArgumentException if an epoch is NaN or the output is too short
   * @throws IndexOutOfBoundsException if the range lies outside {@code ets}
   */
  void et2utc(double[] ets, int offset, int count, String format, int prec, String[] out);

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/et2utc_c.html">{@code et2utc_c}</a> over many epochs into fixed-width ASCII records,
   * for writers that copy the text on without making a {@code String} per epoch.
   *
   * @param ets epochs, TDB seconds past J2000; items {@code ets[offset .. offset+count-1]} are used
   * @param offset index of the first epoch
   * @param count number of epochs
   * @param format {@code C}, {@code D}, {@code J}, {@code ISOC} or {@code ISOD}
   * @param prec decimal places of the seconds
   * @param out receives the string of epoch {@code i} at {@code out[i*width ..]}, padded with NUL bytes
   *     (truncated to {@code width-1} bytes); length at least {@code width*count}
   * @param width bytes per record, at least 2 (ISOC with 3 decimals needs 24)
   * @throws io.github.spice4j.SpiceBatchException when CSPICE fails at one epoch
   * @throws IllegalArgumentException if an epoch is NaN, {@code width} is below 2 or the output too short
   * @throws IndexOutOfBoundsException if the range lies outside {@code ets}
   */
  void et2utc(double[] ets, int offset, int count, String format, int prec, byte[] out, int width);
}
