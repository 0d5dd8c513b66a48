package io.github.spice4j;

import io.github.spice4j.backend.SpiceBackend;
import java.util.Objects;

/**
 * Spacecraft clock (SCLK) conversions, obtained from {@link Spice#spacecraftClock()}. Needs the spacecraft's SCLK
 * kernel and, for ET, a leapseconds kernel.
 *
 * <p>Terms: {@code sc} is the NAIF spacecraft ID (e.g. -94 for MGS); a clock string looks like
 * {@code 1/0599616000.128} (partition, then the clock's fields); ticks are the encoded clock, a count of
 * the clock's finest units since the start of partition 1, as a double; ET is TDB seconds past J2000.
 *
 * <pre>{@code
 * double et = spice.spacecraftClock().toEt(-94, "1/0599616000.128");
 * String clock = spice.spacecraftClock().fromEt(-94, et);
 * }</pre>
 *
 * Every method throws {@link SpiceException} when CSPICE signals an error: e.g. {@code
 * SPICE(KERNELVARNOTFOUND)} when no SCLK kernel for {@code sc} is loaded, {@code SPICE(INVALIDSCLKSTRING)}
 * for an unparsable clock string, {@code SPICE(EMPTYSTRING)} for an empty one; {@link NullPointerException}
 * for a null string and {@link IllegalArgumentException} for a NaN epoch or tick count.
 */
public final class SpacecraftClock {
  private final SpiceBackend backend;

  SpacecraftClock(SpiceBackend backend) {
    this.backend = Objects.requireNonNull(backend, "backend");
  }

  /**
   * CSPICE {@code scs2e_c}: clock string to ET.
   *
   * @param sc NAIF spacecraft ID
   * @param clock clock string, e.g. {@code 1/0599616000.128}
   * @return ET, TDB seconds past J2000
   */
  public double toEt(int sc, String clock) {
    return backend.sclk().scs2e(sc, clock);
  }

  /**
   * CSPICE {@code sce2s_c}: ET to clock string.
   *
   * @param sc NAIF spacecraft ID
   * @param et TDB seconds past J2000
   * @return the clock string with its partition, e.g. {@code 1/0662774429.247}
   * @throws SpiceException {@code SPICE(VALUEOUTOFRANGE)} outside the clock's range
   */
  public String fromEt(int sc, double et) {
    return backend.sclk().sce2s(sc, et);
  }

  /**
   * CSPICE {@code scencd_c}: clock string to ticks.
   *
   * @param sc NAIF spacecraft ID
   * @param clock clock string
   * @return encoded SCLK, ticks
   */
  public double encode(int sc, String clock) {
    return backend.sclk().scencd(sc, clock);
  }

  /**
   * CSPICE {@code scdecd_c}: ticks to clock string.
   *
   * @param sc NAIF spacecraft ID
   * @param ticks encoded SCLK
   * @return the clock string with its partition
   * @throws SpiceException {@code SPICE(VALUEOUTOFRANGE)} when no partition holds the ticks
   */
  public String decode(int sc, double ticks) {
    return backend.sclk().scdecd(sc, ticks);
  }

  /**
   * CSPICE {@code sct2e_c}: ticks to ET.
   *
   * @param sc NAIF spacecraft ID
   * @param ticks encoded SCLK
   * @return ET, TDB seconds past J2000
   */
  public double ticksToEt(int sc, double ticks) {
    return backend.sclk().sct2e(sc, ticks);
  }

  /**
   * CSPICE {@code sce2c_c}: ET to continuous ticks (not rounded to a whole tick).
   *
   * @param sc NAIF spacecraft ID
   * @param et TDB seconds past J2000
   * @return encoded SCLK, ticks
   */
  public double etToTicks(int sc, double et) {
    return backend.sclk().sce2c(sc, et);
  }
}
