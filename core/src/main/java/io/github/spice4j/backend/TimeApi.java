package io.github.spice4j.backend;

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
}
