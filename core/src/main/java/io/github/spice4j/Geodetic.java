package io.github.spice4j;

/**
 * Geodetic coordinates on a spheroid of equatorial radius {@code re} and flattening {@code f}: the latitude
 * is that of the spheroid's normal through the point, the altitude the signed distance along it.
 */
final class Geodetic {
  private static final double HALF_PI = Math.PI / 2;

  private Geodetic() {}

  static Vector3 toRectangular(double lon, double lat, double alt, double re, double f) {
    double oneMinusF = 1.0 - f;
    double e2 = f * (2.0 - f);
    double slat = StrictMath.sin(lat);
    double clat = StrictMath.cos(lat);
    double n = re / Math.sqrt(1.0 - e2 * slat * slat);
    double horizontal = (n + alt) * clat;
    return new Vector3(horizontal * StrictMath.cos(lon), horizontal * StrictMath.sin(lon),
        (n * oneMinusF * oneMinusF + alt) * slat);
  }

  static GeodeticCoordinates fromRectangular(Vector3 p, double re, double f) {
    double lon = p.x() == 0.0 && p.y() == 0.0 ? 0.0 : StrictMath.atan2(p.y(), p.x());
    double rho = Math.hypot(p.x(), p.y());
    double zAbs = Math.abs(p.z());
    double lat = latitudeInFirstQuadrant(rho, zAbs, re, f);
    double e2 = f * (2.0 - f);
    double slat = StrictMath.sin(lat);
    double clat = StrictMath.cos(lat);
    double n = re / Math.sqrt(1.0 - e2 * slat * slat);
    // Offsets from the foot point, projected on the normal: no cancellation between large terms.
    double dRho = rho - n * clat;
    double dZ = zAbs - n * (1.0 - e2) * slat;
    double alt = dRho * clat + dZ * slat;
    return new GeodeticCoordinates(lon, Math.copySign(lat, p.z()), alt);
  }

  /**
   * The root in [0, pi/2] of g(lat) = rho sin(lat) - z cos(lat) - e2 N sin(lat) cos(lat), where the normal
   * at latitude lat passes through (rho, z): Newton steps kept inside a shrinking bracket (g(0) <= 0 <=
   * g(pi/2)), bisecting whenever a step would leave it.
   */
  private static double latitudeInFirstQuadrant(double rho, double z, double re, double f) {
    if (rho == 0.0) return HALF_PI;
    if (z == 0.0) return 0.0;
    double e2 = f * (2.0 - f);
    double lo = 0.0;
    double hi = HALF_PI;
    // Start from the latitude of the normal at the point scaled onto the spheroid.
    double lat = StrictMath.atan2(z, (1.0 - f) * (1.0 - f) * rho);
    for (int i = 0; i < 100; i++) {
      double s = StrictMath.sin(lat);
      double c = StrictMath.cos(lat);
      double w = 1.0 - e2 * s * s;
      double n = re / Math.sqrt(w);
      double g = rho * s - z * c - e2 * n * s * c;
      if (g == 0.0) return lat;
      if (g < 0.0) lo = lat; else hi = lat;
      double dg = rho * c + z * s - e2 * n * ((c * c - s * s) + e2 * s * s * c * c / w);
      double next = lat - g / dg;
      if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
      if (next == lat || Math.abs(next - lat) <= 1e-17) return next;
      lat = next;
    }
    return lat;
  }
}
