package io.github.spice4j.orekit;

import java.util.Objects;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.DateComponents;
import org.orekit.time.TimeComponents;
import org.orekit.time.TimeScale;

/**
 * Conversion between Orekit dates and SPICE ET (ephemeris time: TDB seconds past J2000, that is past
 * 2000-01-01T12:00:00 TDB).
 *
 * <p>ET is a reading of the TDB clock, so it is the TDB clock offset from J2000 TDB
 * ({@link AbsoluteDate#offsetFrom(AbsoluteDate, TimeScale)}), not the physical (TAI) duration
 * {@link AbsoluteDate#durationFrom}, which differs by TDB's periodic terms (up to about 1.7 ms).
 * Orekit's {@link AbsoluteDate#J2000_EPOCH} is 12:00 <em>TT</em>, about 70 microseconds away from 12:00 TDB, so
 * it is not used as the origin.
 *
 * <p>The TDB scale is the caller's (usually {@code timeScales.getTDB()}). Orekit's TDB model and the
 * one CSPICE uses with an LSK ({@code DELTET/K}, {@code EB}, {@code M}) differ by up to about 1.5 microseconds;
 * {@link SpiceTimeScales#lskTdb} is a TDB scale with the LSK's model, for ETs that equal CSPICE's. The
 * conversion here is exact for the given scale (round trip below a microsecond).
 */
public final class EphemerisTime {
  private final TimeScale tdb;
  private final AbsoluteDate j2000Tdb;

  /**
   * Binds the conversion to a TDB time scale.
   *
   * @param tdb Orekit's TDB scale, e.g. {@code DataContext.getTimeScales().getTDB()}
   * @throws NullPointerException if {@code tdb} is null
   */
  public EphemerisTime(TimeScale tdb) {
    this.tdb = Objects.requireNonNull(tdb, "tdb");
    this.j2000Tdb = new AbsoluteDate(DateComponents.J2000_EPOCH, TimeComponents.H12, tdb);
  }

  /**
   * The TDB scale the conversion uses.
   *
   * @return the scale given at construction
   */
  public TimeScale tdb() {
    return tdb;
  }

  /**
   * An Orekit date as ET.
   *
   * @param date the date
   * @return TDB seconds past J2000
   * @throws NullPointerException if {@code date} is null
   */
  public double toEt(AbsoluteDate date) {
    return Objects.requireNonNull(date, "date").offsetFrom(j2000Tdb, tdb);
  }

  /**
   * ET as an Orekit date.
   *
   * @param et TDB seconds past J2000 (finite)
   * @return the date
   * @throws IllegalArgumentException if {@code et} is not finite
   */
  public AbsoluteDate toDate(double et) {
    if (!Double.isFinite(et)) throw new IllegalArgumentException("ET must be finite, got " + et);
    return new AbsoluteDate(j2000Tdb, et, tdb);
  }
}
