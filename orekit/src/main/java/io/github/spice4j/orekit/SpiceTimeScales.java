package io.github.spice4j.orekit;

import io.github.spice4j.Spice;
import io.github.spice4j.SpiceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.orekit.time.DateComponents;
import org.orekit.time.OffsetModel;
import org.orekit.time.TimeScale;
import org.orekit.time.TimeScales;

/**
 * Orekit {@link TimeScales} whose UTC comes from the leap seconds of the LSK loaded in spice4j, so Orekit
 * needs no data files of its own for time (TAI, TT, TDB and the GNSS scales need no data; UTC needs only
 * the leap seconds). Earth orientation parameters are empty (UT1 = UTC), which is enough for every SPICE
 * frame, since those come from SPICE's own kernels.
 */
public final class SpiceTimeScales {
  private static final String DELTA_AT = "DELTET/DELTA_AT";
  private static final double HALF_DAY = 43200.0;
  private static final double DAY = 86400.0;

  private SpiceTimeScales() {}

  /**
   * Builds Orekit time scales from {@code DELTET/DELTA_AT} in the engine's kernel pool (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/gdpool_c.html">gdpool_c</a>). UTC is
   * defined from the first leap-second entry (1972-01-01) on.
   *
   * @param spice an engine with an LSK loaded
   * @return time scales with UTC from the LSK
   * @throws SpiceException {@code SPICE(MISSINGTIMEINFO)} if no LSK is loaded
   */
  public static TimeScales fromLeapSeconds(Spice spice) {
    Objects.requireNonNull(spice, "spice");
    double[] pairs = spice.backend().pool().gdpool(DELTA_AT, 0, 1000).orElseThrow(() -> missing(DELTA_AT));
    return TimeScales.of(offsets(pairs), (conventions, scales) -> List.of());
  }

  /**
   * TDB as CSPICE computes it from the LSK ({@code DELTET/DELTA_T_A}, {@code K}, {@code EB}, {@code M}; CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/deltet_c.html">deltet_c</a>), as an
   * Orekit time scale. With it (and UTC from {@link #fromLeapSeconds}), {@link EphemerisTime#toEt} of a UTC
   * date equals CSPICE's {@code str2et_c} to a few ULPs of ET (a few tenths of a microsecond); Orekit's own TDB
   * scale uses another periodic model and differs by up to about 1.5 microseconds.
   *
   * @param spice an engine with an LSK loaded
   * @param scales the time scales whose J2000 epoch (12:00 TT) anchors the model's mean anomaly
   * @return the scale; pass it to {@link SpiceOrekit#over(Spice, org.orekit.frames.Frame, TimeScale)}
   * @throws SpiceException {@code SPICE(MISSINGTIMEINFO)} if a {@code DELTET} variable is missing
   */
  public static TimeScale lskTdb(Spice spice, TimeScales scales) {
    Objects.requireNonNull(spice, "spice");
    Objects.requireNonNull(scales, "scales");
    double[] m = deltet(spice, "M", 2);
    return new LskTdbScale(scales.getJ2000Epoch(), deltet(spice, "DELTA_T_A", 1)[0], deltet(spice, "K", 1)[0],
        deltet(spice, "EB", 1)[0], m[0], m[1]);
  }

  private static double[] deltet(Spice spice, String item, int n) {
    String name = "DELTET/" + item;
    return spice.backend().pool().gdpool(name, 0, n).filter(v -> v.length == n).orElseThrow(() -> missing(name));
  }

  private static SpiceException missing(String name) {
    return new SpiceException("SPICE(MISSINGTIMEINFO)", "The variable " + name + " is not in the kernel pool;"
        + " load a leapseconds kernel (LSK) first.", "", "gdpool", null);
  }

  /**
   * Orekit UTC-TAI offsets from {@code DELTA_AT} pairs: TAI-UTC (s) and the UTC epoch it starts at, in
   * seconds past 2000-01-01T12:00:00 on the UTC calendar (always a midnight).
   */
  static List<OffsetModel> offsets(double[] pairs) {
    if (pairs.length % 2 != 0) {
      throw new IllegalArgumentException(DELTA_AT + " must hold (offset, epoch) pairs, got " + pairs.length
          + " values");
    }
    List<OffsetModel> out = new ArrayList<>(pairs.length / 2);
    for (int i = 0; i < pairs.length; i += 2) {
      int days = (int) Math.round((pairs[i + 1] + HALF_DAY) / DAY);
      out.add(new OffsetModel(new DateComponents(DateComponents.J2000_EPOCH, days), (int) Math.round(pairs[i])));
    }
    return out;
  }
}
