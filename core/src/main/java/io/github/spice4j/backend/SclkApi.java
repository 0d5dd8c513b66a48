package io.github.spice4j.backend;

/**
 * Spacecraft clock conversions (CSPICE scs2e_c, sce2s_c, scencd_c, scdecd_c, sct2e_c, sce2c_c). They need
 * the spacecraft's SCLK kernel and, for conversions to or from ET, a leapseconds kernel (LSK).
 *
 * <p>Terms: {@code sc} is the NAIF spacecraft ID (e.g. -94 for MGS, -82 for Cassini); {@code sclkch} a
 * clock string with an optional partition, e.g. {@code 1/0599616000.128}; {@code sclkdp} the encoded
 * clock, a double count of the clock's finest ticks since the start of partition 1 (e.g. 1/256 s ticks
 * for MGS); {@code et} TDB seconds past J2000.
 *
 * <p>Each method throws {@link io.github.spice4j.SpiceException} with CSPICE's short code when CSPICE
 * signals an error, e.g. {@code SPICE(KERNELVARNOTFOUND)} when no SCLK kernel for {@code sc} is loaded,
 * {@code SPICE(EMPTYSTRING)} for an empty clock string; {@link NullPointerException} for a null string and
 * {@link IllegalArgumentException} for a NaN epoch or tick count.
 */
public interface SclkApi {
  /**
   * CSPICE {@code scs2e_c}: clock string to ET.
   *
   * @param sc NAIF spacecraft ID
   * @param sclkch clock string, e.g. {@code 1/0599616000.128}
   * @return ET, TDB seconds past J2000
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(INVALIDSCLKSTRING)}, {@code SPICE(BADPARTNUMBER)}
   */
  double scs2e(int sc, String sclkch);

  /**
   * CSPICE {@code sce2s_c}: ET to clock string.
   *
   * @param sc NAIF spacecraft ID
   * @param et TDB seconds past J2000
   * @return the clock string with partition, e.g. {@code 1/0662774429.247}
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(VALUEOUTOFRANGE)} before the clock's start
   */
  String sce2s(int sc, double et);

  /**
   * CSPICE {@code scencd_c}: encodes a clock string as ticks.
   *
   * @param sc NAIF spacecraft ID
   * @param sclkch clock string
   * @return encoded SCLK, ticks
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(INVALIDSCLKSTRING)}, {@code SPICE(BADPARTNUMBER)}
   */
  double scencd(int sc, String sclkch);

  /**
   * CSPICE {@code scdecd_c}: decodes ticks as a clock string.
   *
   * @param sc NAIF spacecraft ID
   * @param sclkdp encoded SCLK, ticks
   * @return the clock string with partition
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(VALUEOUTOFRANGE)} when no partition holds the ticks
   */
  String scdecd(int sc, double sclkdp);

  /**
   * CSPICE {@code sct2e_c}: encoded ticks to ET.
   *
   * @param sc NAIF spacecraft ID
   * @param sclkdp encoded SCLK, ticks
   * @return ET, TDB seconds past J2000
   */
  double sct2e(int sc, double sclkdp);

  /**
   * CSPICE {@code sce2c_c}: ET to continuous (fractional) encoded ticks.
   *
   * @param sc NAIF spacecraft ID
   * @param et TDB seconds past J2000
   * @return encoded SCLK, ticks (not rounded)
   */
  double sce2c(int sc, double et);
}
