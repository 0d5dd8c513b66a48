package io.github.spice4j.backend;

import io.github.spice4j.GeodeticCoordinates;
import io.github.spice4j.LatitudinalCoordinates;
import io.github.spice4j.Matrix3;
import io.github.spice4j.SphericalCoordinates;
import io.github.spice4j.Vector3;

/**
 * Coordinate conversions and vector/matrix algebra, computed by CSPICE (reclat_c, latrec_c, recsph_c,
 * sphrec_c, georec_c, recgeo_c, vnorm_c, vhat_c, vdot_c, vcrss_c, vadd_c, vsub_c, vminus_c, vscl_c,
 * mxv_c, mtxv_c, mxm_c, rotate_c, rotmat_c, axisar_c).
 *
 * <p>Angles are radians. Lengths are in whatever unit the caller uses (km for SPICE positions) and come
 * back in that unit. Matrices are {@link Matrix3} (row-major, {@code get(i, j)} = CSPICE {@code m[i][j]}).
 * Null arguments are {@link NullPointerException}s; NaN components follow IEEE arithmetic except where
 * noted.
 */
public interface CoordsApi {
  /**
   * CSPICE {@code reclat_c}: rectangular to latitudinal coordinates.
   *
   * @param rectan the point (e.g. km)
   * @return radius (same unit), longitude in (-pi, pi] and latitude in [-pi/2, pi/2] (rad); all zero for
   *     the origin, longitude 0 on the Z axis
   */
  LatitudinalCoordinates reclat(Vector3 rectan);

  /**
   * CSPICE {@code latrec_c}: latitudinal to rectangular coordinates.
   *
   * @param radius distance from the origin (e.g. km)
   * @param longitude radians from +X toward +Y
   * @param latitude radians from the XY plane toward +Z
   * @return the point, in the unit of {@code radius}
   */
  Vector3 latrec(double radius, double longitude, double latitude);

  /**
   * CSPICE {@code recsph_c}: rectangular to spherical coordinates.
   *
   * @param rectan the point (e.g. km)
   * @return radius (same unit), colatitude in [0, pi] and longitude in (-pi, pi] (rad)
   */
  SphericalCoordinates recsph(Vector3 rectan);

  /**
   * CSPICE {@code sphrec_c}: spherical to rectangular coordinates.
   *
   * @param r distance from the origin (e.g. km)
   * @param colat radians from the +Z axis
   * @param lon radians from +X toward +Y
   * @return the point, in the unit of {@code r}
   */
  Vector3 sphrec(double r, double colat, double lon);

  /**
   * CSPICE {@code georec_c}: geodetic to rectangular coordinates on a spheroid.
   *
   * @param lon geodetic longitude (rad)
   * @param lat geodetic latitude (rad)
   * @param alt altitude above the spheroid (unit of {@code re})
   * @param re equatorial radius (e.g. km), positive
   * @param f flattening {@code (re - rp) / re}, less than 1
   * @return the point, in the unit of {@code re}
   * @throws io.github.spice4j.SpiceException {@code SPICE(VALUEOUTOFRANGE)} when {@code re <= 0} or
   *     {@code f >= 1}
   */
  Vector3 georec(double lon, double lat, double alt, double re, double f);

  /**
   * CSPICE {@code recgeo_c}: rectangular to geodetic coordinates on a spheroid.
   *
   * @param rectan the point (unit of {@code re})
   * @param re equatorial radius (e.g. km), positive
   * @param f flattening {@code (re - rp) / re}, less than 1
   * @return longitude (rad), geodetic latitude (rad) and altitude (unit of {@code re})
   * @throws io.github.spice4j.SpiceException {@code SPICE(VALUEOUTOFRANGE)} when {@code re <= 0} or
   *     {@code f >= 1}
   * @throws IllegalArgumentException when a component of {@code rectan}, {@code re} or {@code f} is NaN
   */
  GeodeticCoordinates recgeo(Vector3 rectan, double re, double f);

  /**
   * CSPICE {@code vnorm_c}: Euclidean length, computed as {@code m * sqrt(sum((v_i / m)^2))} with
   * {@code m} the largest absolute component, so it neither overflows nor underflows early.
   *
   * @param v1 the vector
   * @return its length (0 for the zero vector)
   */
  double vnorm(Vector3 v1);

  /**
   * CSPICE {@code vhat_c}: the unit vector along {@code v1}.
   *
   * @param v1 the vector
   * @return {@code v1 / |v1|}; the zero vector for the zero vector
   */
  Vector3 vhat(Vector3 v1);

  /**
   * CSPICE {@code vdot_c}: dot product.
   *
   * @param v1 first vector
   * @param v2 second vector
   * @return {@code v1 . v2}
   */
  double vdot(Vector3 v1, Vector3 v2);

  /**
   * CSPICE {@code vcrss_c}: cross product.
   *
   * @param v1 first vector
   * @param v2 second vector
   * @return {@code v1 x v2}
   */
  Vector3 vcrss(Vector3 v1, Vector3 v2);

  /**
   * CSPICE {@code vadd_c}: vector sum.
   *
   * @param v1 first vector
   * @param v2 second vector
   * @return {@code v1 + v2}
   */
  Vector3 vadd(Vector3 v1, Vector3 v2);

  /**
   * CSPICE {@code vsub_c}: vector difference.
   *
   * @param v1 first vector
   * @param v2 second vector
   * @return {@code v1 - v2}
   */
  Vector3 vsub(Vector3 v1, Vector3 v2);

  /**
   * CSPICE {@code vminus_c}: negation.
   *
   * @param v1 the vector
   * @return {@code -v1}
   */
  Vector3 vminus(Vector3 v1);

  /**
   * CSPICE {@code vscl_c}: scalar multiple.
   *
   * @param s the scale factor
   * @param v1 the vector
   * @return {@code s * v1}
   */
  Vector3 vscl(double s, Vector3 v1);

  /**
   * CSPICE {@code mxv_c}: matrix times vector.
   *
   * @param m1 the matrix
   * @param vin the vector
   * @return {@code m1 * vin}
   */
  Vector3 mxv(Matrix3 m1, Vector3 vin);

  /**
   * CSPICE {@code mtxv_c}: transposed matrix times vector (for a rotation, the inverse rotation).
   *
   * @param m1 the matrix
   * @param vin the vector
   * @return {@code transpose(m1) * vin}
   */
  Vector3 mtxv(Matrix3 m1, Vector3 vin);

  /**
   * CSPICE {@code mxm_c}: matrix product.
   *
   * @param m1 left factor
   * @param m2 right factor
   * @return {@code m1 * m2}
   */
  Matrix3 mxm(Matrix3 m1, Matrix3 m2);

  /**
   * CSPICE {@code rotate_c}: the matrix that rotates the coordinate frame by {@code angle} about an axis
   * (it maps vectors into the rotated frame, i.e. rotates vectors by {@code -angle}).
   *
   * @param angle radians
   * @param iaxis 1 = X, 2 = Y, 3 = Z (other values are taken modulo 3, as CSPICE does)
   * @return the rotation matrix
   */
  Matrix3 rotate(double angle, int iaxis);

  /**
   * CSPICE {@code rotmat_c}: applies the frame rotation {@link #rotate(double, int)} to a matrix,
   * giving {@code rotate(angle, iaxis) * m1}.
   *
   * @param m1 the matrix to rotate
   * @param angle radians
   * @param iaxis 1 = X, 2 = Y, 3 = Z (other values are taken modulo 3)
   * @return the rotated matrix
   */
  Matrix3 rotmat(Matrix3 m1, double angle, int iaxis);

  /**
   * CSPICE {@code axisar_c}: the matrix that rotates vectors by {@code angle} (right-handed) about
   * {@code axis}.
   *
   * @param axis the rotation axis (any non-zero length)
   * @param angle radians
   * @return the rotation matrix; the identity for the zero axis
   */
  Matrix3 axisar(Vector3 axis, double angle);
}
