package io.github.spice4j;

/**
 * State to osculating elements and back, from the classical two-body relations: angular momentum
 * h = r x v, node vector n = z x h, eccentricity vector e = ((v^2 - mu/r) r - (r . v) v) / mu, and the
 * anomalies measured in the perifocal frame.
 */
final class Conics {
  private static final double TWO_PI = 2.0 * Math.PI;
  /** oscelt_c's snapping tolerance: eccentricity to 1 (and 0 for oscltx_c's true anomaly), inclination to 0 or pi. */
  private static final double ANGLE_TOLERANCE = 1e-10;

  private Conics() {}

  static OsculatingElements elements(double[] state, double et, double mu) {
    if (!(mu > 0.0)) {
      throw MathErrors.error("oscelt", "NONPOSITIVEMASS", "MU = " + mu + "; non-positive gravitational parameter");
    }
    Vector3 r = new Vector3(state[0], state[1], state[2]);
    Vector3 v = new Vector3(state[3], state[4], state[5]);
    if (r.isZero()) throw MathErrors.error("oscelt", "DEGENERATECASE", "Zero vector for input position vector.");
    if (v.isZero()) throw MathErrors.error("oscelt", "DEGENERATECASE", "Zero vector for input velocity vector.");
    Vector3 h = VectorMath.vcrss(r, v);
    if (h.isZero()) {
      throw MathErrors.error("oscelt", "DEGENERATECASE",
          "The state has zero specific angular momentum: position and velocity are parallel.");
    }
    double rmag = VectorMath.vnorm(r);
    double vmag = VectorMath.vnorm(v);
    // Eccentricity vector (v^2 - mu/r) r - <r,v> v, over mu; within 1e-10 of 1 the orbit is taken as a parabola.
    double c1 = vmag * vmag - mu / rmag;
    double c2 = -VectorMath.vdot(r, v);
    Vector3 e = VectorMath.vscl(1.0 / mu, new Vector3(c1 * r.x() + c2 * v.x(), c1 * r.y() + c2 * v.y(),
        c1 * r.z() + c2 * v.z()));
    double ecc = snap(VectorMath.vnorm(e), 1.0);
    double p = VectorMath.vdot(h, h) / mu;
    double rp = p / (ecc + 1.0);

    // Within 1e-10 of 0 or pi the inclination is made exact and the node put on +X (longitude 0).
    Vector3 node = new Vector3(-h.y(), h.x(), 0.0);
    double inc = VectorMath.vsep(h, new Vector3(0, 0, 1));
    if (Math.abs(inc) < ANGLE_TOLERANCE) {
      inc = 0.0;
      node = new Vector3(1, 0, 0);
    } else if (Math.abs(inc - Math.PI) < ANGLE_TOLERANCE) {
      inc = Math.PI;
      node = new Vector3(1, 0, 0);
    }
    double lnode = nonNegative(StrictMath.atan2(node.y(), node.x()));

    // Argument of periapsis: the angle from the node to e, beyond pi when e points below the reference plane
    // (or, for an equatorial orbit, when e has a negative component along h x n); 0 for a circle.
    double argp = 0.0;
    if (ecc != 0.0) {
      argp = VectorMath.vsep(node, e);
      if (argp != 0.0) {
        boolean below = inc == 0.0 || inc == Math.PI ? VectorMath.vdot(e, VectorMath.ucrss(h, node)) < 0.0 : e.z() < 0.0;
        if (below) argp = TWO_PI - argp;
      }
    }

    // True anomaly in the perifocal frame (x toward periapsis, or the node for a circle).
    Vector3 perix = VectorMath.vhat(ecc == 0.0 ? node : e);
    Vector3 periy = VectorMath.ucrss(h, perix);
    double nu = StrictMath.atan2(VectorMath.vdot(r, periy), VectorMath.vdot(r, perix));
    double m0 = meanAnomaly(nu, ecc, rmag, rp);
    ConicElements conic = new ConicElements(rp, ecc, inc, lnode, argp, m0, et, mu);
    return extend(conic, r, v, rmag, vmag);
  }

  /**
   * Mean anomaly from the true anomaly through the eccentric anomaly, with the sign of nu: E from its sine and
   * cosine (ellipse, then M in [0, 2 pi)), F = acosh((e + cos nu) / (1 + e cos nu)) (hyperbola), Barker's
   * D = tan(nu/2) (parabola), as oscelt_c documents them.
   */
  private static double meanAnomaly(double nu, double ecc, double rmag, double rp) {
    double cosNu = StrictMath.cos(nu);
    if (ecc < 1.0) {
      double cosE = (ecc + cosNu) / (ecc * cosNu + 1.0);
      double sinE = rmag / rp * Math.sqrt((1.0 - ecc) / (ecc + 1.0)) * StrictMath.sin(nu);
      double ea = StrictMath.atan2(sinE, cosE);
      return nonNegative(withSignOf(ea - ecc * StrictMath.sin(ea), nu));
    }
    if (ecc > 1.0) {
      double coshF = Math.max(1.0, (ecc + cosNu) / (ecc * cosNu + 1.0));
      double f = StrictMath.log(coshF + Math.sqrt(coshF * coshF - 1.0));
      return withSignOf(ecc * StrictMath.sinh(f) - f, nu);
    }
    double d = StrictMath.tan(nu / 2.0);
    return withSignOf(d + d * (d * d) / 3.0, nu);
  }

  /**
   * oscltx_c's extra elements: the true anomaly in [0, 2 pi) in the perifocal frame (the mean anomaly when the
   * eccentricity is within 1e-10 of 0), the semi-major axis -mu / (2 energy) and the period of an ellipse;
   * both 0 for a parabola or when they would overflow.
   */
  private static OsculatingElements extend(ConicElements conic, Vector3 r, Vector3 v, double rmag, double vmag) {
    double mu = conic.gm();
    double nu = conic.meanAnomaly();
    if (snap(conic.eccentricity(), 0.0) != 0.0) {
      Vector3 rhat = VectorMath.vscl(1.0 / rmag, r);
      double c1 = 1.0 / mu * (rmag * (vmag * vmag) - mu);
      double c2 = -(1.0 / mu) * VectorMath.vdot(r, v);
      Vector3 eccvec = new Vector3(c1 * rhat.x() + c2 * v.x(), c1 * rhat.y() + c2 * v.y(), c1 * rhat.z() + c2 * v.z());
      double[] perifocal = Rotations.twoVectors(eccvec, 1, VectorMath.ucrss(r, v), 3);
      Vector3 rperi = VectorMath.mxv(Matrix3.wrap(perifocal), r);
      nu = CoordinateSystems.recrad(rperi).rightAscension();
    }
    double limit = Double.MAX_VALUE / 200.0;
    if (conic.eccentricity() == 1.0 || rmag <= mu / limit) return new OsculatingElements(conic, nu, 0.0, 0.0);
    double energy = vmag * vmag * 0.5 - mu / rmag;
    if (Math.abs(energy) < Math.abs(mu) / limit) return new OsculatingElements(conic, nu, 0.0, 0.0);
    double a = -mu / (energy * 2.0);
    double tau = 0.0;
    if (conic.eccentricity() < 1.0) {
      // 2 pi (a / mu^(1/3))^(3/2), computed only when it stays below the limit.
      double b = Math.pow(limit / TWO_PI, 2.0 / 3.0);
      double muCubeRoot = Math.pow(mu, 1.0 / 3.0);
      boolean computable = mu >= 1.0 ? a / muCubeRoot < b : a < b * muCubeRoot;
      if (computable) tau = TWO_PI * Math.pow(a / muCubeRoot, 1.5);
    }
    return new OsculatingElements(conic, nu, a, tau);
  }

  /** {@code target} when {@code value} is within 1e-10 of it, else {@code value}. */
  private static double snap(double value, double target) {
    return Math.abs(value - target) <= ANGLE_TOLERANCE ? target : value;
  }

  /** |a| with the sign of b, +0 and -0 counting as positive (Fortran's SIGN). */
  private static double withSignOf(double a, double b) {
    return b >= 0.0 ? Math.abs(a) : -Math.abs(a);
  }

  /** The angle plus 2 pi when negative (so a tiny negative angle may round to 2 pi, as in CSPICE). */
  private static double nonNegative(double angle) {
    return angle < 0.0 ? angle + TWO_PI : angle;
  }


  static double[] state(ConicElements el, double et) {
    double rp = el.periapsisDistance();
    double ecc = el.eccentricity();
    double mu = el.gm();
    if (!(ecc >= 0.0)) throw MathErrors.error("conics", "BADECCENTRICITY", "Eccentricity was " + ecc + "; it must not be negative.");
    if (!(rp > 0.0)) {
      throw MathErrors.error("conics", "BADPERIAPSEVALUE", "Periapsis distance was " + rp + "; it must be positive.");
    }
    if (!(mu > 0.0)) throw MathErrors.error("conics", "BADGM", "GM was " + mu + "; it must be positive.");
    double co = StrictMath.cos(el.ascendingNodeLongitude());
    double so = StrictMath.sin(el.ascendingNodeLongitude());
    double cw = StrictMath.cos(el.periapsisArgument());
    double sw = StrictMath.sin(el.periapsisArgument());
    double ci = StrictMath.cos(el.inclination());
    double si = StrictMath.sin(el.inclination());
    Vector3 perix = new Vector3(co * cw - so * sw * ci, so * cw + co * sw * ci, sw * si);
    Vector3 periy = new Vector3(-co * sw - so * cw * ci, -so * sw + co * cw * ci, cw * si);
    double speed = Math.sqrt(mu * (1.0 + ecc) / rp);
    Vector3 pos = perix.scale(rp);
    Vector3 vel = periy.scale(speed);
    // Mean motion: sqrt(mu / |a|^3), and sqrt(mu / (2 rp^3)) for the parabola's Barker mean anomaly.
    double meanMotion = ecc == 1.0 ? Math.sqrt(mu / (2.0 * rp * rp * rp))
        : Math.sqrt(mu / Math.pow(Math.abs(rp / (1.0 - ecc)), 3));
    double sincePeriapsis = (et - el.epoch()) + el.meanAnomaly() / meanMotion;
    return TwoBody.propagate(mu, new double[] {pos.x(), pos.y(), pos.z(), vel.x(), vel.y(), vel.z()}, sincePeriapsis);
  }
}
