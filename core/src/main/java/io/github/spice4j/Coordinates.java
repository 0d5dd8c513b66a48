package io.github.spice4j;

import io.github.spice4j.backend.SpiceBackend;
import java.util.Objects;

/**
 * Coordinate conversions and vector/matrix algebra with CSPICE's results. Obtain it with
 * {@link Spice#coordinates()}.
 *
 * <p>Conversions and rotations (which use trigonometry) are computed by CSPICE; planetographic coordinates
 * ({@link #toPlanetographic}, {@link #fromPlanetographic}) combine CSPICE's geodetic routines with the
 * body's longitude sense read from the kernel pool. Engine-free versions of these and more coordinate
 * systems are in {@link CoordinateSystems}, {@link Vector3}, {@link Matrix3}. The plain algebra
 * ({@link #add}, {@link #subtract}, {@link #negate}, {@link #scale}, {@link #dot}, {@link #cross},
 * {@link #norm}, {@link #unit}, {@link #multiply(Matrix3, Vector3)}, {@link #multiplyTransposed},
 * {@link #multiply(Matrix3, Matrix3)}) is done in Java with exactly CSPICE's operations and order, so it
 * gives bit-for-bit the same results without entering the engine.
 *
 * <p>Angles are radians; lengths are in the caller's unit (km for SPICE positions). Null arguments throw
 * {@link NullPointerException}.
 */
public final class Coordinates {
  private final SpiceBackend backend;

  Coordinates(SpiceBackend backend) {
    this.backend = Objects.requireNonNull(backend, "backend");
  }

  // --- coordinate systems (CSPICE) ---------------------------------------------------------------

  /**
   * CSPICE {@code reclat_c}: rectangular to latitudinal (planetocentric) coordinates.
   *
   * @param rectan the point, e.g. km
   * @return radius (same unit), longitude in (-pi, pi], latitude in [-pi/2, pi/2] (rad)
   */
  public LatitudinalCoordinates toLatitudinal(Vector3 rectan) {
    return backend.coords().reclat(rectan);
  }

  /**
   * CSPICE {@code latrec_c}: latitudinal to rectangular coordinates.
   *
   * @param c radius and angles (rad)
   * @return the point, in the unit of the radius
   */
  public Vector3 fromLatitudinal(LatitudinalCoordinates c) {
    Objects.requireNonNull(c, "coordinates");
    return backend.coords().latrec(c.radius(), c.longitude(), c.latitude());
  }

  /**
   * CSPICE {@code recsph_c}: rectangular to spherical coordinates.
   *
   * @param rectan the point, e.g. km
   * @return radius (same unit), colatitude in [0, pi], longitude in (-pi, pi] (rad)
   */
  public SphericalCoordinates toSpherical(Vector3 rectan) {
    return backend.coords().recsph(rectan);
  }

  /**
   * CSPICE {@code sphrec_c}: spherical to rectangular coordinates.
   *
   * @param c radius, colatitude and longitude (rad)
   * @return the point, in the unit of the radius
   */
  public Vector3 fromSpherical(SphericalCoordinates c) {
    Objects.requireNonNull(c, "coordinates");
    return backend.coords().sphrec(c.radius(), c.colatitude(), c.longitude());
  }

  /**
   * CSPICE {@code recgeo_c}: rectangular to geodetic coordinates on a spheroid.
   *
   * @param rectan the point, in the unit of {@code re}
   * @param re equatorial radius (e.g. km), positive
   * @param f flattening {@code (re - rp) / re}, less than 1
   * @return longitude and geodetic latitude (rad), altitude (unit of {@code re})
   * @throws SpiceException {@code SPICE(VALUEOUTOFRANGE)} for {@code re <= 0} or {@code f >= 1}
   * @throws IllegalArgumentException for NaN inputs
   */
  public GeodeticCoordinates toGeodetic(Vector3 rectan, double re, double f) {
    return backend.coords().recgeo(rectan, re, f);
  }

  /**
   * CSPICE {@code georec_c}: geodetic to rectangular coordinates on a spheroid.
   *
   * @param c longitude, geodetic latitude (rad) and altitude (unit of {@code re})
   * @param re equatorial radius (e.g. km), positive
   * @param f flattening {@code (re - rp) / re}, less than 1
   * @return the point, in the unit of {@code re}
   * @throws SpiceException {@code SPICE(VALUEOUTOFRANGE)} for {@code re <= 0} or {@code f >= 1}
   */
  public Vector3 fromGeodetic(GeodeticCoordinates c, double re, double f) {
    Objects.requireNonNull(c, "coordinates");
    return backend.coords().georec(c.longitude(), c.latitude(), c.altitude(), re, f);
  }

  // --- planetographic (engine's geodetic routines + the pool's longitude sense) --------------------

  /**
   * Whether a body's planetographic longitude increases westward, as CSPICE's {@code recpgr_c} and
   * {@code pgrrec_c} decide it: the kernel variable {@code BODY<id>_PGR_POSITIVE_LON} ({@code 'EAST'} or
   * {@code 'WEST'}, case and blanks ignored) when present; otherwise, when the pool has the body's
   * prime-meridian rate (second value of {@code BODY<id>_PM}), east for the Earth, Moon and Sun, and for other
   * bodies west when that rate is positive or zero (prograde rotation), east when it is negative.
   *
   * @param body body name or NAIF ID string, e.g. {@code MARS}
   * @return true when longitude is positive west
   * @throws SpiceException {@code SPICE(IDCODENOTFOUND)} for an unknown body, {@code SPICE(INVALIDOPTION)}
   *     for a {@code PGR_POSITIVE_LON} value other than EAST/WEST, {@code SPICE(MISSINGDATA)} when the pool
   *     has neither that variable nor a {@code BODY<id>_PM} rate (also for the Earth, Moon and Sun)
   */
  public boolean planetographicPositiveWest(String body) {
    int id = backend.idsNames().bods2c(Objects.requireNonNull(body, "body")).orElseThrow(() -> MathErrors.error("recpgr",
        "IDCODENOTFOUND", "The body name " + body + " could not be translated to a NAIF ID code."));
    return positiveWest(id, body);
  }

  /** {@link #planetographicPositiveWest} for a body already resolved to its ID ({@code body} names it in messages). */
  boolean positiveWest(int id, String body) {
    String override = "BODY" + id + "_PGR_POSITIVE_LON";
    var sense = backend.pool().gcpool(override, 0, 1);
    if (sense.isPresent() && !sense.get().isEmpty()) {
      // Case and blanks are not significant in the value.
      String value = sense.get().get(0).replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
      if (value.equals("WEST")) return true;
      if (value.equals("EAST")) return false;
      throw MathErrors.error("recpgr", "INVALIDOPTION", "Kernel variable " + override + " is '" + value
          + "'; it must be EAST or WEST.");
    }
    double[] pm = backend.pool().gdpool("BODY" + id + "_PM", 0, 2).orElse(new double[0]);
    if (pm.length < 2) {
      // Checked for the Earth, Moon and Sun too: CSPICE wants the rotation data before applying their exception.
      throw MathErrors.error("recpgr", "MISSINGDATA", "The kernel pool has no prime meridian rate BODY" + id
          + "_PM for " + body + ", so its planetographic longitude sense is unknown; load a PCK or set " + override + ".");
    }
    if (id == 399 || id == 301 || id == 10) return false;
    return pm[1] >= 0.0;
  }

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/recpgr_c.html">recpgr_c</a>:
   * rectangular to planetographic coordinates. Latitude and altitude are the engine's geodetic ones
   * ({@code recgeo_c}), the longitude sense is {@link #planetographicPositiveWest}'s.
   *
   * @param body body name or NAIF ID string
   * @param rectan the point in the body-fixed frame, km
   * @param re equatorial radius, km, positive
   * @param f flattening {@code (re - rp) / re}, less than 1
   * @return longitude in [0, 2 pi] (2 pi only by rounding, as in CSPICE), geodetic latitude (rad), altitude (km)
   * @throws SpiceException as {@link #planetographicPositiveWest}; {@code SPICE(VALUEOUTOFRANGE)} for
   *     {@code re <= 0} or {@code f >= 1}
   */
  public PlanetographicCoordinates toPlanetographic(String body, Vector3 rectan, double re, double f) {
    boolean west = planetographicPositiveWest(body); // CSPICE resolves the body before checking the spheroid
    CoordinateSystems.checkSpheroid("recpgr", re, f);
    return CoordinateSystems.planetographic(backend.coords().recgeo(req(rectan, "rectan"), re, f), west);
  }

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/pgrrec_c.html">pgrrec_c</a>:
   * planetographic to rectangular coordinates: the engine's {@code georec_c} with the body's longitude
   * sense from the pool.
   *
   * @param body body name or NAIF ID string
   * @param c planetographic longitude, latitude (rad) and altitude (km)
   * @param re equatorial radius, km, positive
   * @param f flattening {@code (re - rp) / re}, less than 1
   * @return the point in the body-fixed frame, km
   * @throws SpiceException as {@link #toPlanetographic}
   */
  public Vector3 fromPlanetographic(String body, PlanetographicCoordinates c, double re, double f) {
    req(c, "coordinates");
    boolean west = planetographicPositiveWest(body);
    CoordinateSystems.checkSpheroid("pgrrec", re, f);
    return backend.coords().georec(west ? -c.longitude() : c.longitude(), c.latitude(), c.altitude(), re, f);
  }

  // --- rotations (CSPICE) -------------------------------------------------------------------------

  /**
   * CSPICE {@code rotate_c}: the matrix rotating the coordinate frame by {@code angle} about an axis
   * (vectors expressed in the rotated frame are {@code M * v}).
   *
   * @param angle radians
   * @param axis 1 = X, 2 = Y, 3 = Z (other values modulo 3, as CSPICE)
   * @return the rotation matrix
   */
  public Matrix3 frameRotation(double angle, int axis) {
    return backend.coords().rotate(angle, axis);
  }

  /**
   * CSPICE {@code rotmat_c}: {@code frameRotation(angle, axis) * m}.
   *
   * @param m the matrix to rotate
   * @param angle radians
   * @param axis 1 = X, 2 = Y, 3 = Z
   * @return the rotated matrix
   */
  public Matrix3 rotateFrame(Matrix3 m, double angle, int axis) {
    return backend.coords().rotmat(m, angle, axis);
  }

  /**
   * CSPICE {@code axisar_c}: the matrix rotating vectors right-handedly by {@code angle} about
   * {@code axis}.
   *
   * @param axis rotation axis (any length; the zero vector gives the identity)
   * @param angle radians
   * @return the rotation matrix
   */
  public Matrix3 axisAngle(Vector3 axis, double angle) {
    return backend.coords().axisar(axis, angle);
  }

  // --- algebra (Java, bit-identical to CSPICE) ----------------------------------------------------

  /**
   * {@code v1 + v2} (CSPICE {@code vadd_c}).
   *
   * @param v1 first vector
   * @param v2 second vector
   * @return the sum
   */
  public Vector3 add(Vector3 v1, Vector3 v2) {
    return VectorMath.vadd(req(v1, "v1"), req(v2, "v2"));
  }

  /**
   * {@code v1 - v2} (CSPICE {@code vsub_c}).
   *
   * @param v1 first vector
   * @param v2 second vector
   * @return the difference
   */
  public Vector3 subtract(Vector3 v1, Vector3 v2) {
    return VectorMath.vsub(req(v1, "v1"), req(v2, "v2"));
  }

  /**
   * {@code -v} (CSPICE {@code vminus_c}).
   *
   * @param v the vector
   * @return its negation
   */
  public Vector3 negate(Vector3 v) {
    return VectorMath.vminus(req(v, "v"));
  }

  /**
   * {@code s * v} (CSPICE {@code vscl_c}).
   *
   * @param s scale factor
   * @param v the vector
   * @return the scaled vector
   */
  public Vector3 scale(double s, Vector3 v) {
    return VectorMath.vscl(s, req(v, "v"));
  }

  /**
   * Dot product (CSPICE {@code vdot_c}).
   *
   * @param v1 first vector
   * @param v2 second vector
   * @return {@code v1 . v2}
   */
  public double dot(Vector3 v1, Vector3 v2) {
    return VectorMath.vdot(req(v1, "v1"), req(v2, "v2"));
  }

  /**
   * Cross product (CSPICE {@code vcrss_c}).
   *
   * @param v1 first vector
   * @param v2 second vector
   * @return {@code v1 x v2}
   */
  public Vector3 cross(Vector3 v1, Vector3 v2) {
    return VectorMath.vcrss(req(v1, "v1"), req(v2, "v2"));
  }

  /**
   * Length (CSPICE {@code vnorm_c}, scaled by the largest component to avoid overflow).
   *
   * @param v the vector
   * @return its length, 0 for the zero vector
   */
  public double norm(Vector3 v) {
    return VectorMath.vnorm(req(v, "v"));
  }

  /**
   * Unit vector along {@code v} (CSPICE {@code vhat_c}).
   *
   * @param v the vector
   * @return {@code v / |v|}, or the zero vector for the zero vector
   * @throws IllegalArgumentException if a component is NaN or infinite (CSPICE would answer the zero vector)
   */
  public Vector3 unit(Vector3 v) {
    req(v, "v");
    if (!Double.isFinite(v.x()) || !Double.isFinite(v.y()) || !Double.isFinite(v.z())) {
      throw new IllegalArgumentException("v must have finite components, got " + v);
    }
    return VectorMath.vhat(v);
  }

  /**
   * {@code m * v} (CSPICE {@code mxv_c}).
   *
   * @param m the matrix
   * @param v the vector
   * @return the product
   */
  public Vector3 multiply(Matrix3 m, Vector3 v) {
    return VectorMath.mxv(req(m, "m"), req(v, "v"));
  }

  /**
   * {@code transpose(m) * v} (CSPICE {@code mtxv_c}); for a rotation, the inverse rotation.
   *
   * @param m the matrix
   * @param v the vector
   * @return the product
   */
  public Vector3 multiplyTransposed(Matrix3 m, Vector3 v) {
    return VectorMath.mtxv(req(m, "m"), req(v, "v"));
  }

  /**
   * {@code m1 * m2} (CSPICE {@code mxm_c}).
   *
   * @param m1 left factor
   * @param m2 right factor
   * @return the product
   */
  public Matrix3 multiply(Matrix3 m1, Matrix3 m2) {
    return VectorMath.mxm(req(m1, "m1"), req(m2, "m2"));
  }

  private static <T> T req(T value, String name) {
    return Objects.requireNonNull(value, name);
  }
}
