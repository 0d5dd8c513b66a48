package io.github.spice4j;

/**
 * State to osculating elements and back, from the classical two-body relations: angular momentum
 * h = r x v, node vector n = z x h, eccentricity vector e = ((v^2 - mu/r) r - (r . v) v) / mu, and the
 * anomalies measured in the perifocal frame.
 */
final class Conics {
  private static final double TWO_PI = 2.0 * Math.PI;
  /** Eccentricities this close to 1 are treated as parabolic. */
  private static final double PARABOLIC_TOLERANCE = 1e-10;

  private Conics() {}

  static OsculatingElements elements(double[] state, double et, double mu) {
    if (!(mu > 0.0)) {
      throw MathErrors.error("oscelt", "NONPOSITIVEMASS", "MU = " + mu + "; non-positive gravitational parameter");
    }
    Vector3 r = new Vector3(state[0], state[1], state[2]);
    Vector3 v = new Vector3(state[3], state[4], state[5]);
    if (r.isZero()) throw MathErrors.error("oscelt", "DEGENERATECASE", "Zero vector for input position vector.");
    if (v.isZero()) throw MathErrors.error("oscelt", "DEGENERATECASE", "Zero vector for input velocity vector.");
    Vector3 h = r.cross(v);
    if (h.isZero()) {
      throw MathErrors.error("oscelt", "DEGENERATECASE",
          "The state has zero specific angular momentum: position and velocity are parallel.");
    }
    double rmag = r.norm();
    Vector3 e = r.scale(v.dot(v) - mu / rmag).subtract(v.scale(r.dot(v))).scale(1.0 / mu);
    double ecc = e.norm();
    if (Math.abs(ecc - 1.0) < PARABOLIC_TOLERANCE) ecc = 1.0;
    double p = h.dot(h) / mu;
    double rp = p / (1.0 + ecc);
    Vector3 hhat = h.unit();
    double inc = h.angle(new Vector3(0, 0, 1));

    Vector3 node = new Vector3(-h.y(), h.x(), 0.0);
    double lnode;
    if (node.isZero() || inc == 0.0 || inc == Math.PI) {
      lnode = 0.0;
      node = new Vector3(1, 0, 0);
    } else {
      lnode = wrap(StrictMath.atan2(node.y(), node.x()));
    }
    Vector3 nhat = node.unit();

    // Perifocal axes: x toward periapsis (the node for a circular orbit), y 90 degrees ahead in the motion.
    Vector3 perix = ecc == 0.0 ? nhat : e.unit();
    Vector3 periy = hhat.cross(perix).unit();
    double argp = ecc == 0.0 ? 0.0 : wrap(StrictMath.atan2(nhat.cross(perix).dot(hhat), nhat.dot(perix)));
    double nu = StrictMath.atan2(r.dot(periy), r.dot(perix));

    double m0;
    double a;
    double tau;
    if (ecc < 1.0) {
      double ea = StrictMath.atan2(Math.sqrt((1.0 - ecc) * (1.0 + ecc)) * StrictMath.sin(nu), ecc + StrictMath.cos(nu));
      m0 = wrap(ea - ecc * StrictMath.sin(ea));
      nu = wrap(nu);
      a = rp / (1.0 - ecc);
      tau = TWO_PI * Math.sqrt(a / mu) * a;
    } else if (ecc > 1.0) {
      double sinhF = Math.sqrt((ecc - 1.0) * (ecc + 1.0)) * StrictMath.sin(nu) / (1.0 + ecc * StrictMath.cos(nu));
      double f = asinh(sinhF);
      m0 = ecc * sinhF - f;
      a = rp / (1.0 - ecc);
      tau = 0.0;
    } else {
      double d = StrictMath.tan(0.5 * nu);
      m0 = d + d * d * d / 3.0;
      a = 0.0;
      tau = 0.0;
    }
    ConicElements conic = new ConicElements(rp, ecc, inc, lnode, argp, m0, et, mu);
    return new OsculatingElements(conic, nu, a, tau);
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

  private static double wrap(double angle) {
    double w = angle < 0.0 ? angle + TWO_PI : angle;
    return w >= TWO_PI ? w - TWO_PI : w;
  }

  private static double asinh(double x) {
    double ax = Math.abs(x);
    return Math.copySign(StrictMath.log1p(ax + ax * ax / (1.0 + Math.sqrt(1.0 + ax * ax))), x);
  }
}
