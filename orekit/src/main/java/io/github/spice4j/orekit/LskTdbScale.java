package io.github.spice4j.orekit;

import org.hipparchus.CalculusFieldElement;
import org.hipparchus.util.FastMath;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.FieldAbsoluteDate;
import org.orekit.time.TimeOffset;
import org.orekit.time.TimeScale;

/**
 * TDB with the LSK's model, as CSPICE's {@code deltet_c} documents it: TDB - TAI = DELTA_T_A + K sin(E),
 * E = M + EB sin(M), M = M0 + M1 t. The argument t is taken in TT seconds past J2000 rather than TDB
 * (their difference changes the result by about 1e-12 s).
 */
final class LskTdbScale implements TimeScale {
  private final AbsoluteDate j2000Tt;
  private final double deltaTa;
  private final double k;
  private final double eb;
  private final double m0;
  private final double m1;

  LskTdbScale(AbsoluteDate j2000Tt, double deltaTa, double k, double eb, double m0, double m1) {
    this.j2000Tt = j2000Tt;
    this.deltaTa = deltaTa;
    this.k = k;
    this.eb = eb;
    this.m0 = m0;
    this.m1 = m1;
  }

  @Override
  public TimeOffset offsetFromTAI(AbsoluteDate date) {
    double m = m0 + m1 * date.durationFrom(j2000Tt);
    return new TimeOffset(deltaTa + k * FastMath.sin(m + eb * FastMath.sin(m)));
  }

  @Override
  public <T extends CalculusFieldElement<T>> T offsetFromTAI(FieldAbsoluteDate<T> date) {
    T m = date.durationFrom(j2000Tt).multiply(m1).add(m0);
    return m.add(m.sin().multiply(eb)).sin().multiply(k).add(deltaTa);
  }

  @Override
  public String getName() {
    return "TDB";
  }

  @Override
  public String toString() {
    return "TDB (LSK model)";
  }
}
