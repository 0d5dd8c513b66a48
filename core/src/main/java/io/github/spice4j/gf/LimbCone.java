package io.github.spice4j.gf;

import io.github.spice4j.Matrix3;
import io.github.spice4j.Vector3;

/**
 * The directions from an observer that meet a target's triaxial ellipsoid: the cone bounded by the apparent
 * limb. Directions are scaled by the radii in the body-fixed frame, which turns the ellipsoid into the unit
 * sphere around {@code w} (observer to center, scaled); a direction {@code u} meets that sphere ahead of the
 * observer exactly when {@code u.w > 0} and {@code |u x w| <= |u|} (the ray's distance from the center is at
 * most 1). The cross-product form keeps full precision for distant, small targets.
 */
final class LimbCone {
  /** Rotation from the FOV frame to the body-fixed frame. */
  private final Matrix3 toBody;
  private final double[] radii;
  private final Vector3 center;
  private final Vector3 w;

  /**
   * @param center observer to target center in the FOV frame, km
   * @param bodyToFov rotation from the target's body-fixed frame to the FOV frame
   * @param radii the ellipsoid's semi-axes along the body-fixed x, y, z, km (positive)
   */
  LimbCone(Vector3 center, Matrix3 bodyToFov, double[] radii) {
    this.toBody = bodyToFov.transpose();
    this.radii = radii.clone();
    this.center = center;
    this.w = scaled(center);
  }

  /** Observer to target center in the FOV frame (a direction inside the cone). */
  Vector3 center() {
    return center;
  }

  /** True when the observer is on or inside the ellipsoid, where every direction meets it. */
  boolean observerInside() {
    return w.dot(w) <= 1;
  }

  private Vector3 scaled(Vector3 fov) {
    Vector3 b = toBody.multiply(fov);
    return new Vector3(b.x() / radii[0], b.y() / radii[1], b.z() / radii[2]);
  }

  /** Positive inside the cone (or its mirror image behind the observer), zero on the limb. */
  private static double margin(Vector3 u, Vector3 w) {
    Vector3 x = u.cross(w);
    return u.dot(u) - x.dot(x);
  }

  /** Whether a direction (FOV frame, any length) meets the ellipsoid. */
  boolean contains(Vector3 d) {
    Vector3 u = scaled(d);
    return u.dot(w) > 0 && margin(u, w) >= 0;
  }

  /**
   * Whether a planar fan of directions {@code p + s (q - p)}, {@code s} in [0, 1], meets the ellipsoid. The
   * margin is a quadratic in {@code s}; the forward part of the cone is convex, so it meets the fan iff the
   * margin is non-negative ahead of the observer at an end or, when the quadratic is concave, at its vertex.
   */
  boolean meetsSegment(Vector3 p, Vector3 q) {
    if (contains(p) || contains(q)) return true;
    Vector3 u0 = scaled(p), u1 = scaled(q).subtract(u0);
    Vector3 x0 = u0.cross(w), x1 = u1.cross(w);
    double a = u1.dot(u1) - x1.dot(x1);
    if (a >= 0) return false;
    double b = 2 * (u0.dot(u1) - x0.dot(x1));
    double s = -b / (2 * a);
    return s > 0 && s < 1 && contains(p.add(q.subtract(p).scale(s)));
  }

  /** Samples of the FOV ellipse before refinement; the margin along it has at most two maxima. */
  private static final int ELLIPSE_SAMPLES = 72;
  /** Golden-section iterations: the bracket shrinks by 0.618 each, to below 1e-13 rad. */
  private static final int REFINEMENTS = 70;

  /**
   * Whether the closed curve of directions {@code c + cos(t) a1 + sin(t) a2} (an elliptical or circular FOV
   * boundary) meets the ellipsoid: the margin along it, ahead of the observer, is sampled and each local
   * maximum refined by golden-section search.
   */
  boolean meetsEllipse(Vector3 c, Vector3 a1, Vector3 a2) {
    Vector3 u0 = scaled(c), u1 = scaled(a1), u2 = scaled(a2);
    double h = 2 * Math.PI / ELLIPSE_SAMPLES;
    double[] f = new double[ELLIPSE_SAMPLES];
    for (int i = 0; i < ELLIPSE_SAMPLES; i++) {
      f[i] = aheadMargin(u0, u1, u2, i * h);
      if (f[i] >= 0) return true;
    }
    for (int i = 0; i < ELLIPSE_SAMPLES; i++) {
      double prev = f[(i + ELLIPSE_SAMPLES - 1) % ELLIPSE_SAMPLES], next = f[(i + 1) % ELLIPSE_SAMPLES];
      if (f[i] >= prev && f[i] >= next && refinedMax(u0, u1, u2, (i - 1) * h, (i + 1) * h) >= 0) return true;
    }
    return false;
  }

  private double aheadMargin(Vector3 u0, Vector3 u1, Vector3 u2, double t) {
    Vector3 u = u0.add(u1.scale(Math.cos(t))).add(u2.scale(Math.sin(t)));
    return u.dot(w) > 0 ? margin(u, w) : Double.NEGATIVE_INFINITY;
  }

  private double refinedMax(Vector3 u0, Vector3 u1, Vector3 u2, double lo, double hi) {
    double g = (Math.sqrt(5) - 1) / 2;
    double x1 = hi - g * (hi - lo), x2 = lo + g * (hi - lo);
    double f1 = aheadMargin(u0, u1, u2, x1), f2 = aheadMargin(u0, u1, u2, x2);
    for (int i = 0; i < REFINEMENTS; i++) {
      if (f1 < f2) {
        lo = x1;
        x1 = x2;
        f1 = f2;
        x2 = lo + g * (hi - lo);
        f2 = aheadMargin(u0, u1, u2, x2);
      } else {
        hi = x2;
        x2 = x1;
        f2 = f1;
        x1 = hi - g * (hi - lo);
        f1 = aheadMargin(u0, u1, u2, x1);
      }
    }
    return Math.max(f1, f2);
  }
}
