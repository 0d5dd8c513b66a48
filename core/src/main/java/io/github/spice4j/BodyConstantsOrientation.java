package io.github.spice4j;

import io.github.spice4j.backend.SpiceBackend;
import java.util.Optional;

/**
 * A body's orientation from its IAU-style constants in the kernel pool, as tisbod_c defines it for text PCK data
 * (see its Particulars): right ascension and declination of the pole as quadratics in Julian centuries, prime
 * meridian angle W as a quadratic in days, each plus sine (cosine for the declination) series in the nutation
 * precession angles of the system barycenter, all in degrees; then TIPM = [W]_3 [pi/2 - DEC]_1 [pi/2 + RA]_3.
 * Used for bodies whose constants are loaded but for which the engine knows no PCK frame (e.g. comet 67P in
 * pck00011); bodies with a frame go through the engine's own frame system.
 */
final class BodyConstantsOrientation {
  private static final double SECONDS_PER_DAY = 86400.0;
  private static final double SECONDS_PER_CENTURY = SECONDS_PER_DAY * 36525.0;
  private static final double J2000_JD = 2451545.0;
  private static final double RPD = Math.PI / 180.0;
  private static final int J2000_CODE = 1;

  private BodyConstantsOrientation() {}

  /** Whether {@code ref} names a built-in inertial frame (class 1), the only bases tipbod_c/tisbod_c take. */
  static boolean builtInInertial(SpiceBackend backend, String ref) {
    java.util.OptionalInt code = backend.frames().namfrm(java.util.Objects.requireNonNull(ref, "ref"));
    return code.isPresent() && backend.frames().frinfo(code.getAsInt()).map(i -> i.frameClass() == 1).orElse(false);
  }

  static SpiceException notInertial(String ref) {
    return new SpiceException("SPICE(IRFNOTREC)", "The base frame " + ref + " is not one of SPICE's built-in inertial"
        + " frames (J2000, B1950, FK4, ECLIPJ2000, GALACTIC, DE-xxx, ...).", "", "tisbod", null);
  }

  /**
   * The state transformation from {@code ref} to the body-fixed frame of {@code body}, row-major 6x6.
   *
   * @throws SpiceException {@code SPICE(FRAMEDATANOTFOUND)} without {@code BODY<body>_PM}, the pool's errors for
   *     other missing or malformed constants, {@code SPICE(IRFNOTREC)} for a base that is not built-in inertial
   */
  static double[] stateTransform(SpiceBackend backend, String ref, int body, double et) {
    var pool = backend.pool();
    if (pool.gdpool("BODY" + body + "_PM", 0, 1).isEmpty()) {
      throw new SpiceException("SPICE(FRAMEDATANOTFOUND)", "PCK data required to compute the orientation of the"
          + " body-fixed frame associated with the ID code " + body + " were not found; load a PCK defining it.", "",
          "tisbod", null);
    }
    // Planets and satellites take their epoch, base frame and phase angles from the system barycenter.
    int system = body >= 100 && body <= 999 ? body / 100 : body;
    double epochJd = either(pool, system, "CONSTANTS_JED_EPOCH", "CONSTS_JED_EPOCH", "SPICE(COMPETINGEPOCHSPEC)")
        .orElse(J2000_JD);
    int baseCode = (int) Math.round(either(pool, system, "CONSTANTS_REF_FRAME", "CONSTS_REF_FRAME",
        "SPICE(COMPETINGFRAMESPEC)").orElse((double) J2000_CODE));
    double t = et - (epochJd - J2000_JD) * SECONDS_PER_DAY;
    double[] ra = padded(pool.bodvcd(body, "POLE_RA", 3));
    double[] dec = padded(pool.bodvcd(body, "POLE_DEC", 3));
    double[] pm = padded(pool.bodvcd(body, "PM", 3));
    double centuries = t / SECONDS_PER_CENTURY;
    double days = t / SECONDS_PER_DAY;
    // Angle (deg) and rate (deg/s) of each quadratic.
    double[] alpha = {ra[0] + centuries * (ra[1] + centuries * ra[2]), (ra[1] + 2 * centuries * ra[2]) / SECONDS_PER_CENTURY};
    double[] delta = {dec[0] + centuries * (dec[1] + centuries * dec[2]),
        (dec[1] + 2 * centuries * dec[2]) / SECONDS_PER_CENTURY};
    double[] w = {pm[0] + days * (pm[1] + days * pm[2]), (pm[1] + 2 * days * pm[2]) / SECONDS_PER_DAY};
    addPhaseTerms(backend, body, system, centuries, alpha, delta, w);
    double wRad = (w[0] * RPD) % (2 * Math.PI);
    EulerAngles angles = new EulerAngles(wRad, Math.PI / 2 - delta[0] * RPD, alpha[0] * RPD + Math.PI / 2, 3, 1, 3);
    double[] x = new EulerAngleRates(angles, w[1] * RPD, -delta[1] * RPD, alpha[1] * RPD, true).toStateTransform()
        .toRowMajor();
    if (!builtInInertial(backend, ref)) throw notInertial(ref);
    String base = backend.frames().frmnam(baseCode).orElseThrow(() -> notInertial("code " + baseCode));
    double[] toBase = backend.frames().pxform(ref, base, et).toRowMajor();
    // Both non-zero blocks map from the base frame: right-multiply them by the ref-to-base rotation.
    for (int block : new int[] {0, 18}) {
      double[] b = new double[9];
      for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 3; j++) b[3 * i + j] = x[block + 6 * i + j];
      }
      double[] rotated = Rotations.multiply(b, toBase);
      for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 3; j++) {
          x[block + 6 * i + j] = rotated[3 * i + j];
          if (block == 0) x[21 + 6 * i + j] = rotated[3 * i + j];
        }
      }
    }
    return x;
  }

  /**
   * Adds the nutation-precession series: a_i sin(theta_i) to RA, d_i cos(theta_i) to DEC, w_i sin(theta_i) to W,
   * theta_i being polynomials in centuries (degree MAX_PHASE_DEGREE, default 1) of the barycenter's
   * NUT_PREC_ANGLES, with their rates.
   */
  private static void addPhaseTerms(SpiceBackend backend, int body, int system, double centuries, double[] alpha,
      double[] delta, double[] w) {
    var pool = backend.pool();
    if (pool.gdpool("BODY" + system + "_NUT_PREC_ANGLES", 0, 1).isEmpty()) return;
    int coefficients = 2;
    Optional<double[]> degree = pool.gdpool("BODY" + system + "_MAX_PHASE_DEGREE", 0, 1);
    if (degree.isPresent()) {
      long d = Math.round(degree.get()[0]);
      if (d < 1 || d > 3) {
        throw new SpiceException("SPICE(DEGREEOUTOFRANGE)", "Maximum phase angle degree for body " + system
            + " must be in the range 1:3 but was " + d + ".", "", "tisbod", null);
      }
      coefficients = (int) d + 1;
    }
    double[] angles = pool.bodvcd(system, "NUT_PREC_ANGLES", 800);
    int phases = angles.length / coefficients;
    double[] a = optional(backend, body, "NUT_PREC_RA");
    double[] d = optional(backend, body, "NUT_PREC_DEC");
    double[] p = optional(backend, body, "NUT_PREC_PM");
    int needed = Math.max(a.length, Math.max(d.length, p.length));
    if (needed > phases) {
      throw new SpiceException("SPICE(INSUFFICIENTANGLES)", "Insufficient number of nutation/precession angles for body "
          + body + ": " + phases + " available, " + needed + " required.", "", "tisbod", null);
    }
    for (int i = 0; i < needed; i++) {
      double theta = 0.0;
      double rate = 0.0;
      for (int k = coefficients - 1; k >= 0; k--) {
        theta = theta * centuries + angles[i * coefficients + k];
        if (k > 0) rate = rate * centuries + k * angles[i * coefficients + k];
      }
      double th = theta * RPD;
      double dth = rate * RPD / SECONDS_PER_CENTURY;
      double sin = StrictMath.sin(th);
      double cos = StrictMath.cos(th);
      if (i < a.length) {
        alpha[0] += a[i] * sin;
        alpha[1] += a[i] * cos * dth;
      }
      if (i < d.length) {
        delta[0] += d[i] * cos;
        delta[1] -= d[i] * sin * dth;
      }
      if (i < p.length) {
        w[0] += p[i] * sin;
        w[1] += p[i] * cos * dth;
      }
    }
  }

  private static double[] optional(SpiceBackend backend, int body, String item) {
    return backend.pool().gdpool("BODY" + body + "_" + item, 0, 1).isPresent()
        ? backend.pool().bodvcd(body, item, 200) : new double[0];
  }

  /** At most one of two spellings of a barycenter variable may be set. */
  private static Optional<Double> either(io.github.spice4j.backend.PoolApi pool, int system, String name, String alias,
      String competing) {
    Optional<double[]> a = pool.gdpool("BODY" + system + "_" + name, 0, 1);
    Optional<double[]> b = pool.gdpool("BODY" + system + "_" + alias, 0, 1);
    if (a.isPresent() && b.isPresent()) {
      throw new SpiceException(competing, "Both BODY" + system + "_" + name + " and BODY" + system + "_" + alias
          + " are in the kernel pool; at most one may be.", "", "tisbod", null);
    }
    return a.or(() -> b).map(v -> v[0]);
  }

  private static double[] padded(double[] coefficients) {
    return java.util.Arrays.copyOf(coefficients, 3);
  }
}
