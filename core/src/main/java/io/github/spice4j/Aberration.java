package io.github.spice4j;

import static io.github.spice4j.Units.CLIGHT;

import java.util.function.DoubleFunction;

/**
 * Light-time and stellar aberration corrections of an observer-target state, built from NAIF's
 * documented definitions (aberration corrections in the SPK required reading and {@code spkezr_c}'s
 * header): Newtonian light time (one iteration for {@code LT}, iterated to convergence for {@code CN}),
 * its rate, and the stellar aberration offset with its time derivative. All vectors are J2000 states
 * relative to the solar system barycenter, so any target or observer that can produce such a state
 * (an ephemeris object, a constant-velocity point) can be corrected.
 */
final class Aberration {
  /** CSPICE's attribute block for an {@code abcorr} value. */
  record Flags(boolean uselt, boolean usecn, boolean usestl, boolean xmit) {
    static Flags of(AberrationCorrection c) {
      String s = c.spiceName();
      return new Flags(c != AberrationCorrection.NONE, s.contains("CN"), s.endsWith("+S"), s.startsWith("X"));
    }

    /** -1 for reception (target seen at et - lt), +1 for transmission. */
    double sign() {
      return xmit ? 1.0 : -1.0;
    }
  }

  /** A corrected J2000 state, its one-way light time (s) and the light time's rate (unitless). */
  record Apparent(double[] state, double lt, double dlt) {}

  /** Iterations for converged light time; the loop also stops once successive values agree. */
  private static final int CN_ITERATIONS = 5;
  /** Below this sine of the aberration angle the offset's derivative is taken numerically. */
  private static final double SEPLIM = 1e-6;

  private Aberration() {}

  /**
   * Light-time corrected state of a target relative to an observer, with light time and its rate.
   *
   * @param targetSsb the target's geometric J2000 state relative to the SSB at an epoch
   * @param et observation epoch (TDB s)
   * @param f correction flags
   * @param stobs the observer's geometric J2000 state relative to the SSB at {@code et}
   */
  static Apparent lightTime(DoubleFunction<double[]> targetSsb, double et, Flags f, double[] stobs) {
    double[] ssbtrg = targetSsb.apply(et);
    double[] starg = StateMath.sub(ssbtrg, stobs);
    double dist = StateMath.norm3(starg, 0);
    double lt = dist / CLIGHT;
    if (lt == 0.0) return new Apparent(starg, 0.0, 0.0);
    if (!f.uselt()) {
      return new Apparent(starg, lt, StateMath.dot3(starg, 0, starg, 3) / (dist * CLIGHT));
    }
    double s = f.sign();
    int iterations = f.usecn() ? CN_ITERATIONS : 1;
    double lterr = 1.0;
    for (int i = 0; i < iterations && lterr > 1e-17; i++) {
      double epoch = et + s * lt;
      ssbtrg = targetSsb.apply(epoch);
      starg = StateMath.sub(ssbtrg, stobs);
      double prev = lt;
      lt = StateMath.norm3(starg, 0) / CLIGHT;
      // Change relative to the corrected epoch: stop once it no longer moves the epoch.
      lterr = Math.abs(lt - prev) / Math.max(1.0, Math.abs(epoch));
    }
    // d(lt)/dt from lt = |P_t(et + s lt) - P_o(et)| / c, solved for the rate.
    double a = 1.0 / (CLIGHT * StateMath.norm3(starg, 0));
    double b = StateMath.dot3(starg, 0, starg, 3);
    double c = StateMath.dot3(starg, 0, ssbtrg, 3);
    if (s * c * a > 1.0 - 1e-10) {
      throw new SpiceException("SPICE(DIVIDEBYZERO)",
          "Target range rate magnitude is approximately the speed of light; the light time rate is undefined.",
          "", "spkltc", null);
    }
    double dlt = a * b / (1.0 - s * c * a);
    double k = 1.0 + s * dlt;
    for (int i = 3; i < 6; i++) starg[i] = k * ssbtrg[i] - stobs[i];
    return new Apparent(starg, lt, dlt);
  }

  /**
   * The apparent state: light time as {@link #lightTime}, plus stellar aberration when requested.
   *
   * @param accobs the observer's J2000 acceleration relative to the SSB (km/s^2), used for stellar aberration
   */
  static Apparent apparent(DoubleFunction<double[]> targetSsb, double et, Flags f, double[] stobs,
      double[] accobs) {
    Apparent lt = lightTime(targetSsb, et, f, stobs);
    if (!f.usestl()) return lt;
    double[] corr = stellarOffset(f.xmit(), accobs, new double[] {stobs[3], stobs[4], stobs[5]}, lt.state());
    return new Apparent(StateMath.add(lt.state(), corr), lt.lt(), lt.dlt());
  }

  /**
   * The stellar aberration offset of a state and its derivative, {@code double[6]}: rotating the
   * observer-target direction towards the observer velocity component perpendicular to it by the angle
   * whose sine is that component over c (negated velocities for transmission).
   */
  static double[] stellarOffset(boolean xmit, double[] accobs, double[] vobs, double[] starg) {
    double sg = xmit ? -1.0 : 1.0;
    Vector3 v = new Vector3(sg * vobs[0], sg * vobs[1], sg * vobs[2]);
    Vector3 acc = new Vector3(sg * accobs[0], sg * accobs[1], sg * accobs[2]);
    Vector3 p = new Vector3(starg[0], starg[1], starg[2]);
    Vector3 pv = new Vector3(starg[3], starg[4], starg[5]);
    Vector3 rhat = VectorMath.vhat(p);
    double pmag = VectorMath.vnorm(p);
    Vector3 drhat = unitRate(p, pv);
    Vector3 vp = perp(v, rhat);
    double dptmag = VectorMath.vdot(pv, rhat);
    double s = VectorMath.vnorm(vp) / CLIGHT;
    double c = Math.sqrt(Math.max(0.0, 1.0 - s * s));
    if (c == 0.0) {
      throw new SpiceException("SPICE(DIVIDEBYZERO)",
          "Cosine of the stellar aberration angle is 0; the observer velocity is not realistic.", "",
          "stelab", null);
    }
    Vector3 vphat = VectorMath.vhat(vp);
    Vector3 scorr = lincom(pmag * s, vphat, pmag * (c - 1.0), rhat);
    Vector3 dscorr;
    if (s >= SEPLIM) {
      // d(vp)/dt with vp = v - <v, rhat> rhat.
      Vector3 dvp = lincom3(1.0, acc, -VectorMath.vdot(v, drhat) - VectorMath.vdot(acc, rhat), rhat,
          -VectorMath.vdot(v, rhat), drhat);
      Vector3 dvphat = unitRate(vp, dvp);
      double dphi = 1.0 / (c * CLIGHT) * VectorMath.vdot(dvp, vphat);
      Vector3 term1 = lincom(s, dvphat, c * dphi, vphat);
      Vector3 term2 = lincom(c - 1.0, drhat, -s * dphi, rhat);
      Vector3 term3 = VectorMath.vadd(term1, term2);
      dscorr = lincom3(pmag, term3, dptmag * s, vphat, dptmag * (c - 1.0), rhat);
    } else {
      // Nearly aligned: the analytic rate loses precision, so difference offsets 1 s either side.
      Vector3[] off = new Vector3[2];
      for (int i = 0; i < 2; i++) {
        double dt = i == 0 ? -1.0 : 1.0;
        Vector3 ev = lincom(1.0, v, dt, acc);
        Vector3 ep = lincom(1.0, p, dt, pv);
        Vector3 r = VectorMath.vhat(ep);
        Vector3 evp = perp(ev, r);
        double es = VectorMath.vnorm(evp) / CLIGHT;
        double ec = Math.sqrt(Math.max(0.0, 1.0 - es * es));
        double m = VectorMath.vnorm(ep);
        off[i] = lincom(m * es, VectorMath.vhat(evp), m * (ec - 1.0), r);
      }
      dscorr = VectorMath.vscl(0.5, VectorMath.vsub(off[1], off[0]));
    }
    return new double[] {scorr.x(), scorr.y(), scorr.z(), dscorr.x(), dscorr.y(), dscorr.z()};
  }

  /**
   * The 6x6 transformation {@code xform} (row-major) evaluated at {@code et + s*lt(et)}, with its rate
   * block scaled by {@code 1 + s*dlt} because the evaluation epoch itself moves with light time.
   */
  static double[] lightTimeRateCorrected(double[] xform, boolean xmit, double dlt) {
    double k = xmit ? 1.0 + dlt : 1.0 - dlt;
    double[] m = xform.clone();
    for (int i = 3; i < 6; i++) for (int j = 0; j < 3; j++) m[6 * i + j] = k * xform[6 * i + j];
    return m;
  }

  /** Derivative of {@code p / |p|} given {@code dp/dt}. */
  static Vector3 unitRate(Vector3 p, Vector3 dp) {
    double n = VectorMath.vnorm(p);
    if (n == 0.0) return new Vector3(0, 0, 0);
    Vector3 u = VectorMath.vhat(p);
    return VectorMath.vscl(1.0 / n, perp(dp, u));
  }

  /** Component of {@code a} perpendicular to the unit vector {@code u}. */
  static Vector3 perp(Vector3 a, Vector3 u) {
    return VectorMath.vsub(a, VectorMath.vscl(VectorMath.vdot(a, u), u));
  }

  static Vector3 lincom(double a, Vector3 u, double b, Vector3 v) {
    return new Vector3(a * u.x() + b * v.x(), a * u.y() + b * v.y(), a * u.z() + b * v.z());
  }

  static Vector3 lincom3(double a, Vector3 u, double b, Vector3 v, double c, Vector3 w) {
    return new Vector3(a * u.x() + b * v.x() + c * w.x(), a * u.y() + b * v.y() + c * w.y(),
        a * u.z() + b * v.z() + c * w.z());
  }
}
