package io.github.spice4j.orekit;

import io.github.spice4j.Spice;
import io.github.spice4j.SpiceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.orekit.time.DateComponents;
import org.orekit.time.OffsetModel;
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
    double[] pairs = spice.backend().gdpool(DELTA_AT, 0, 1000).orElseThrow(() -> new SpiceException(
        "SPICE(MISSINGTIMEINFO)", "The variable " + DELTA_AT + " is not in the kernel pool; load a leapseconds"
            + " kernel (LSK) first.", "", "gdpool", null));
    return TimeScales.of(offsets(pairs), (conventions, scales) -> List.of());
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
