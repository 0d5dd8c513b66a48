package io.github.spice4j;

import java.util.Arrays;
import java.util.Objects;

/**
 * A DSK segment descriptor ({@code SpiceDSKDescr}) as returned by CSPICE's {@code dskgd_c}.
 * Coordinate bounds depend on {@code corsys}: for latitudinal (1) they are longitude and latitude
 * (radians) then radius (km); for rectangular (3) x, y, z (km).
 *
 * @param surfce surface ID code
 * @param center NAIF ID of the body the surface describes
 * @param dclass data class: 1 = single-valued surface, 2 = general (arbitrary) surface
 * @param dtype data type (2 = plate model)
 * @param frmcde frame ID code of the body-fixed frame
 * @param corsys coordinate system: 1 latitudinal, 2 cylindrical, 3 rectangular, 4 planetodetic
 * @param corpar coordinate parameters, {@code double[10]} (e.g. planetodetic equatorial radius and flattening)
 * @param co1min minimum of the first coordinate
 * @param co1max maximum of the first coordinate
 * @param co2min minimum of the second coordinate
 * @param co2max maximum of the second coordinate
 * @param co3min minimum of the third coordinate
 * @param co3max maximum of the third coordinate
 * @param start coverage start, ET (TDB seconds past J2000)
 * @param stop coverage stop, ET
 */
public record DskDescriptor(int surfce, int center, int dclass, int dtype, int frmcde, int corsys, double[] corpar,
    double co1min, double co1max, double co2min, double co2max, double co3min, double co3max, double start,
    double stop) {
  /**
   * Copies corpar.
   *
   * @throws IllegalArgumentException if corpar is not {@code double[10]}
   */
  public DskDescriptor {
    Objects.requireNonNull(corpar, "corpar");
    if (corpar.length != 10) throw new IllegalArgumentException("corpar must be double[10]");
    corpar = corpar.clone();
  }

  /** The coordinate parameters, {@code double[10]} (a copy). */
  @Override
  public double[] corpar() {
    return corpar.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DskDescriptor d && surfce == d.surfce && center == d.center && dclass == d.dclass
        && dtype == d.dtype && frmcde == d.frmcde && corsys == d.corsys && Arrays.equals(corpar, d.corpar)
        && Double.compare(co1min, d.co1min) == 0 && Double.compare(co1max, d.co1max) == 0
        && Double.compare(co2min, d.co2min) == 0 && Double.compare(co2max, d.co2max) == 0
        && Double.compare(co3min, d.co3min) == 0 && Double.compare(co3max, d.co3max) == 0
        && Double.compare(start, d.start) == 0 && Double.compare(stop, d.stop) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(surfce, center, dclass, dtype, frmcde, corsys, Arrays.hashCode(corpar), co1min, co1max,
        co2min, co2max, co3min, co3max, start, stop);
  }

  @Override
  public String toString() {
    return "DskDescriptor[surfce=" + surfce + ", center=" + center + ", dclass=" + dclass + ", dtype=" + dtype
        + ", frmcde=" + frmcde + ", corsys=" + corsys + ", corpar=" + Arrays.toString(corpar) + ", co1=[" + co1min
        + ", " + co1max + "], co2=[" + co2min + ", " + co2max + "], co3=[" + co3min + ", " + co3max + "], start="
        + start + ", stop=" + stop + "]";
  }
}
