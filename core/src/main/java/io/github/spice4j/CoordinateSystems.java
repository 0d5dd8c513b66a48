package io.github.spice4j;

/**
 * Conversions between rectangular coordinates and CSPICE's other coordinate systems, computed in Java with
 * no engine. Methods are named after the CSPICE routines. Angles are radians; lengths are in the caller's
 * unit (km for SPICE positions). Null arguments throw {@link NullPointerException}.
 *
 * <p>{@link #reclat} and {@link #recsph} are bit-identical to the engine's CSPICE routines (checked on
 * random inputs by PureMathBitIdentityTest). {@link #latrec} and {@link #sphrec} agree with them to 2 units
 * in the last place of the radius: Java's {@link StrictMath} (fdlibm) and the engine's libm (musl) round
 * {@code cos} differently for about 2% of arguments. The others follow NAIF's documented definitions and
 * agree with CSPICE to a few units in the last place.
 *
 * <p>Planetographic coordinates depend on the body's longitude sense, which comes from the kernel pool:
 * {@link Coordinates#toPlanetographic} reads it and is the CSPICE-equivalent {@code recpgr_c}; here the
 * sense is an argument.
 */
public final class CoordinateSystems {
  private static final double TWO_PI = 2.0 * Math.PI;

  private CoordinateSystems() {}

  // --- latitudinal and spherical -----------------------------------------------------------------

  /**
   * Rectangular to latitudinal (planetocentric) coordinates; bit-identical to CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/reclat_c.html">reclat_c</a>.
   *
   * @param rectan the point
   * @return radius, longitude in (-pi, pi], latitude in [-pi/2, pi/2]; all zero for the origin
   */
  public static LatitudinalCoordinates reclat(Vector3 rectan) {
    Scaled s = Scaled.of(rectan);
    if (s.vmax() == 0.0) return new LatitudinalCoordinates(0.0, 0.0, 0.0);
    double lon = s.onZAxis() ? 0.0 : StrictMath.atan2(s.y(), s.x());
    return new LatitudinalCoordinates(s.radius(), lon, StrictMath.atan2(s.z(), s.rho()));
  }

  /**
   * Latitudinal to rectangular coordinates; within 2 ulp of the radius of CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/latrec_c.html">latrec_c</a>.
   *
   * @param c radius, longitude and latitude
   * @return the point, in the unit of the radius
   */
  public static Vector3 latrec(LatitudinalCoordinates c) {
    double r = c.radius();
    double clat = StrictMath.cos(c.latitude());
    return new Vector3(r * StrictMath.cos(c.longitude()) * clat, r * StrictMath.sin(c.longitude()) * clat,
        r * StrictMath.sin(c.latitude()));
  }

  /**
   * Rectangular to spherical coordinates; bit-identical to CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/recsph_c.html">recsph_c</a>.
   *
   * @param rectan the point
   * @return radius, colatitude in [0, pi], longitude in (-pi, pi]; all zero for the origin
   */
  public static SphericalCoordinates recsph(Vector3 rectan) {
    Scaled s = Scaled.of(rectan);
    if (s.vmax() == 0.0) return new SphericalCoordinates(0.0, 0.0, 0.0);
    // Longitude from the unscaled components here (scaled in reclat): so the engine's bits are matched.
    double lon = s.onZAxis() ? 0.0 : StrictMath.atan2(rectan.y(), rectan.x());
    return new SphericalCoordinates(s.radius(), StrictMath.atan2(s.rho(), s.z()), lon);
  }

  /**
   * Spherical to rectangular coordinates; within 2 ulp of the radius of CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/sphrec_c.html">sphrec_c</a>.
   *
   * @param c radius, colatitude and longitude
   * @return the point, in the unit of the radius
   */
  public static Vector3 sphrec(SphericalCoordinates c) {
    double r = c.radius();
    double sinColat = StrictMath.sin(c.colatitude());
    return new Vector3(r * StrictMath.cos(c.longitude()) * sinColat, r * StrictMath.sin(c.longitude()) * sinColat,
        r * StrictMath.cos(c.colatitude()));
  }

  // --- cylindrical and RA/Dec -----------------------------------------------------------------------

  /**
   * Cylindrical to rectangular coordinates (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/cylrec_c.html">cylrec_c</a>).
   *
   * @param c radius, longitude and height
   * @return the point, in the unit of the radius
   */
  public static Vector3 cylrec(CylindricalCoordinates c) {
    return new Vector3(c.radius() * StrictMath.cos(c.longitude()), c.radius() * StrictMath.sin(c.longitude()), c.z());
  }

  /**
   * Rectangular to cylindrical coordinates (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/reccyl_c.html">reccyl_c</a>).
   *
   * @param rectan the point
   * @return distance from the Z axis, longitude in [0, 2 pi) (0 on the Z axis), height
   */
  public static CylindricalCoordinates reccyl(Vector3 rectan) {
    return new CylindricalCoordinates(hypot(rectan.x(), rectan.y()), longitude0To2Pi(rectan.x(), rectan.y()),
        rectan.z());
  }

  /**
   * Rectangular coordinates to range, right ascension and declination (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/recrad_c.html">recrad_c</a>).
   *
   * @param rectan the point
   * @return range, right ascension in [0, 2 pi), declination in [-pi/2, pi/2]
   */
  public static RaDecCoordinates recrad(Vector3 rectan) {
    LatitudinalCoordinates lat = reclat(rectan);
    double ra = lat.longitude() < 0.0 ? lat.longitude() + TWO_PI : lat.longitude();
    return new RaDecCoordinates(lat.radius(), ra, lat.latitude());
  }

  /**
   * Range, right ascension and declination to rectangular coordinates (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/radrec_c.html">radrec_c</a>).
   *
   * @param c range, right ascension and declination
   * @return the point, in the unit of the range
   */
  public static Vector3 radrec(RaDecCoordinates c) {
    return latrec(new LatitudinalCoordinates(c.range(), c.rightAscension(), c.declination()));
  }

  // --- geodetic and planetographic ------------------------------------------------------------------

  /**
   * Rectangular to geodetic coordinates on a spheroid (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/recgeo_c.html">recgeo_c</a>), by
   * Newton iteration on the geodetic latitude of the nearest spheroid point. Farther than half the equatorial
   * radius from the centre, latitude and altitude agree with CSPICE's to about 1e-15 relative to the
   * distance from the centre, i.e. a few 1e-12 km on Earth ({@link Coordinates#toGeodetic} is the engine's
   * own routine, for bit-level parity).
   *
   * @param rectan the point, in the unit of {@code re}
   * @param re equatorial radius, positive
   * @param f flattening {@code (re - rp) / re}, less than 1
   * @return longitude in (-pi, pi], geodetic latitude, altitude
   * @throws SpiceException {@code SPICE(VALUEOUTOFRANGE)} for {@code re <= 0} or {@code f >= 1}
   */
  public static GeodeticCoordinates recgeo(Vector3 rectan, double re, double f) {
    checkSpheroid("recgeo", re, f);
    return Geodetic.fromRectangular(rectan, re, f);
  }

  /**
   * Geodetic to rectangular coordinates on a spheroid (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/georec_c.html">georec_c</a>).
   *
   * @param c longitude, geodetic latitude and altitude
   * @param re equatorial radius, positive
   * @param f flattening {@code (re - rp) / re}, less than 1
   * @return the point, in the unit of {@code re}
   * @throws SpiceException {@code SPICE(VALUEOUTOFRANGE)} for {@code re <= 0} or {@code f >= 1}
   */
  public static Vector3 georec(GeodeticCoordinates c, double re, double f) {
    checkSpheroid("georec", re, f);
    return Geodetic.toRectangular(c.longitude(), c.latitude(), c.altitude(), re, f);
  }

  /**
   * Rectangular to planetographic coordinates for a given longitude sense (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/recpgr_c.html">recpgr_c</a> without
   * the pool look-up; see {@link Coordinates#toPlanetographic} for the body-aware call): geodetic latitude
   * and altitude, longitude in the given sense.
   *
   * @param rectan the point in the body-fixed frame, in the unit of {@code re}
   * @param re equatorial radius, positive
   * @param f flattening {@code (re - rp) / re}, less than 1
   * @param positiveWest true when planetographic longitude increases westward (prograde rotators other than
   *     the Earth, Moon and Sun)
   * @return longitude in [0, 2 pi] (2 pi only by rounding, as in CSPICE), latitude, altitude
   * @throws SpiceException {@code SPICE(VALUEOUTOFRANGE)} for {@code re <= 0} or {@code f >= 1}
   */
  public static PlanetographicCoordinates recpgr(Vector3 rectan, double re, double f, boolean positiveWest) {
    checkSpheroid("recpgr", re, f);
    return planetographic(Geodetic.fromRectangular(rectan, re, f), positiveWest);
  }

  /**
   * Planetographic to rectangular coordinates for a given longitude sense (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/pgrrec_c.html">pgrrec_c</a> without
   * the pool look-up; see {@link Coordinates#fromPlanetographic}).
   *
   * @param c planetographic longitude, latitude and altitude
   * @param re equatorial radius, positive
   * @param f flattening {@code (re - rp) / re}, less than 1
   * @param positiveWest true when planetographic longitude increases westward
   * @return the point in the body-fixed frame, in the unit of {@code re}
   * @throws SpiceException {@code SPICE(VALUEOUTOFRANGE)} for {@code re <= 0} or {@code f >= 1}
   */
  public static Vector3 pgrrec(PlanetographicCoordinates c, double re, double f, boolean positiveWest) {
    checkSpheroid("pgrrec", re, f);
    double lon = positiveWest ? -c.longitude() : c.longitude();
    return Geodetic.toRectangular(lon, c.latitude(), c.altitude(), re, f);
  }

  /**
   * Geodetic coordinates with the longitude re-expressed in the planetographic sense: a negative longitude gets
   * 2 pi added, so a tiny negative one rounds to 2 pi, as recpgr_c documents (no further reduction to 0).
   */
  static PlanetographicCoordinates planetographic(GeodeticCoordinates g, boolean positiveWest) {
    double lon = positiveWest ? -g.longitude() : g.longitude();
    if (lon < 0.0) lon += TWO_PI;
    return new PlanetographicCoordinates(lon + 0.0, g.latitude(), g.altitude());
  }

  static void checkSpheroid(String routine, double re, double f) {
    if (!(re > 0.0)) {
      throw MathErrors.error(routine, "VALUEOUTOFRANGE", "Equatorial radius was " + re + "; it must be positive.");
    }
    if (!(f < 1.0)) {
      throw MathErrors.error(routine, "VALUEOUTOFRANGE", "Flattening coefficient was " + f + "; it must be less than 1.");
    }
  }

  /** Components divided by the largest magnitude {@code vmax}, so that squares neither overflow nor underflow. */
  private record Scaled(double x, double y, double z, double vmax) {
    static Scaled of(Vector3 v) {
      double vmax = Math.max(Math.abs(v.x()), Math.max(Math.abs(v.y()), Math.abs(v.z())));
      if (vmax == 0.0) return new Scaled(0.0, 0.0, 0.0, 0.0);
      return new Scaled(v.x() / vmax, v.y() / vmax, v.z() / vmax, vmax);
    }

    double radius() {
      return vmax * Math.sqrt(x * x + y * y + z * z);
    }

    /** Scaled distance from the Z axis. */
    double rho() {
      return Math.sqrt(x * x + y * y);
    }

    boolean onZAxis() {
      return x == 0.0 && y == 0.0;
    }
  }

  /** sqrt(x^2 + y^2), scaled so that squaring neither overflows nor underflows. */
  private static double hypot(double x, double y) {
    double big = Math.max(Math.abs(x), Math.abs(y));
    if (big == 0.0) return 0.0;
    double a = x / big;
    double b = y / big;
    return big * Math.sqrt(a * a + b * b);
  }

  private static double longitude0To2Pi(double x, double y) {
    if (x == 0.0 && y == 0.0) return 0.0;
    double lon = StrictMath.atan2(y, x);
    return lon < 0.0 ? lon + TWO_PI : lon;
  }
}
