package io.github.spice4j;

import java.util.Objects;
import java.util.Optional;

/**
 * A triaxial ellipsoid centered at the origin with semi-axes along X, Y and Z,
 * {@code (x/a)^2 + (y/b)^2 + (z/c)^2 = 1}, and CSPICE's ellipsoid geometry on it: ray intercepts, surface
 * normals, nearest points to a point or a line, and the limb seen from a point. Pure Java; no engine needed.
 * A body's ellipsoid comes from its {@code RADII} in the PCK (e.g. {@code spice.bodyConstant("MOON", "RADII")}).
 *
 * <p>Lengths are in the unit of the semi-axes (km for SPICE bodies), in the body-fixed frame.
 *
 * <p>The semi-axes are checked by each routine, with the short code its CSPICE routine documents for a
 * non-positive semi-axis: {@code SPICE(BADAXISLENGTH)} for {@code surfpt_c}, {@code surfnm_c} and
 * {@code nearpt_c}, {@code SPICE(INVALIDAXISLENGTH)} for {@code edlimb_c} and {@code npedln_c}.
 *
 * @param a semi-axis along X, positive
 * @param b semi-axis along Y, positive
 * @param c semi-axis along Z, positive
 */
public record Ellipsoid(double a, double b, double c) {
  /**
   * An ellipsoid from CSPICE's {@code double[3]} radii.
   *
   * @param radii {@code [a, b, c]}, e.g. {@code BODYnnn_RADII} in km
   * @return the ellipsoid
   * @throws IllegalArgumentException if {@code radii} is not of length 3
   */
  public static Ellipsoid of(double[] radii) {
    if (radii == null || radii.length != 3) throw new IllegalArgumentException("expected double[3] radii");
    return new Ellipsoid(radii[0], radii[1], radii[2]);
  }

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/surfpt_c.html">surfpt_c</a>:
   * where the ray from {@code positn} along {@code u} first meets the surface.
   *
   * @param positn the ray's vertex
   * @param u the ray's direction, any non-zero length
   * @return the intercept, empty when the ray misses (a vertex inside always hits)
   * @throws SpiceException {@code SPICE(ZEROVECTOR)} for a zero direction, {@code SPICE(BADAXISLENGTH)} for a
   *     non-positive semi-axis
   */
  public Optional<Vector3> intercept(Vector3 positn, Vector3 u) {
    Objects.requireNonNull(positn, "positn");
    Objects.requireNonNull(u, "u");
    if (u.x() == 0 && u.y() == 0 && u.z() == 0) {
      throw new SpiceException("SPICE(ZEROVECTOR)", "SURFPT: The input vector is the zero vector.", "", "surfpt",
          null);
    }
    checkAxes("SPICE(BADAXISLENGTH)", "surfpt");
    // In coordinates scaled by the semi-axes the surface is the unit sphere.
    Vector3 x = scaledDown(positn);
    Vector3 y = scaledDown(u);
    double qa = VectorMath.vdot(y, y);
    double qb = VectorMath.vdot(x, y);
    double qc = VectorMath.vdot(x, x) - 1.0;
    double disc = qb * qb - qa * qc;
    double t;
    if (qc > 0.0) {
      if (qb >= 0.0 || disc < 0.0) return Optional.empty();
      t = qc / (-qb + Math.sqrt(disc));
    } else {
      double sq = Math.sqrt(Math.max(disc, 0.0));
      t = qb > 0.0 ? -qc / (qb + sq) : (-qb + sq) / qa;
    }
    return Optional.of(new Vector3(positn.x() + t * u.x(), positn.y() + t * u.y(), positn.z() + t * u.z()));
  }

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/surfnm_c.html">surfnm_c</a>:
   * the outward unit normal at a surface point.
   *
   * @param point a point on (or near) the surface
   * @return the unit normal of the ellipsoid's level surface through {@code point}
   * @throws SpiceException {@code SPICE(BADAXISLENGTH)} for a non-positive semi-axis
   */
  public Vector3 normal(Vector3 point) {
    Objects.requireNonNull(point, "point");
    checkAxes("SPICE(BADAXISLENGTH)", "surfnm");
    double m = Math.min(a, Math.min(b, c));
    double fa = m / a;
    double fb = m / b;
    double fc = m / c;
    return VectorMath.vhat(new Vector3(point.x() * (fa * fa), point.y() * (fb * fb), point.z() * (fc * fc)));
  }

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/nearpt_c.html">nearpt_c</a>:
   * the surface point nearest to {@code positn} and the altitude of {@code positn} above it.
   *
   * @param positn any point
   * @return the nearest point and the altitude (negative inside the ellipsoid)
   * @throws SpiceException {@code SPICE(BADAXISLENGTH)} for a non-positive semi-axis
   */
  public NearestPoint nearestPoint(Vector3 positn) {
    Objects.requireNonNull(positn, "positn");
    checkAxes("SPICE(BADAXISLENGTH)", "nearpt");
    double[] e = {a, b, c};
    double[] p = positn.toArray();
    // Solve in the first octant with the semi-axes in decreasing order, then restore order and signs.
    Integer[] order = {0, 1, 2};
    java.util.Arrays.sort(order, (i, j) -> Double.compare(e[j], e[i]));
    double[] es = new double[3];
    double[] ys = new double[3];
    for (int k = 0; k < 3; k++) {
      es[k] = e[order[k]];
      ys[k] = Math.abs(p[order[k]]);
    }
    double[] xs = NearestPoints.onEllipsoid(es, ys);
    double[] x = new double[3];
    for (int k = 0; k < 3; k++) x[order[k]] = Math.copySign(xs[k], p[order[k]]);
    Vector3 np = Vector3.of(x);
    double dist = VectorMath.vnorm(VectorMath.vsub(positn, np));
    Vector3 s = scaledDown(positn);
    boolean inside = VectorMath.vdot(s, s) < 1.0;
    return new NearestPoint(np, inside ? -dist : dist);
  }

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/npedln_c.html">npedln_c</a>:
   * the surface point nearest to a line, and its distance from the line.
   *
   * @param linept a point on the line
   * @param linedr the line's direction, any non-zero length
   * @return the nearest point and distance; an intercept and 0 when the line meets the ellipsoid
   * @throws SpiceException {@code SPICE(ZEROVECTOR)} for a zero direction, {@code SPICE(INVALIDAXISLENGTH)} for a
   *     non-positive semi-axis
   */
  public NearestPoint nearestPointToLine(Vector3 linept, Vector3 linedr) {
    Objects.requireNonNull(linept, "linept");
    Objects.requireNonNull(linedr, "linedr");
    if (linedr.x() == 0 && linedr.y() == 0 && linedr.z() == 0) {
      throw new SpiceException("SPICE(ZEROVECTOR)", "Direction vector is the zero vector.", "", "npedln", null);
    }
    checkAxes("SPICE(INVALIDAXISLENGTH)", "npedln");
    Optional<Vector3> hit = intercept(linept, linedr);
    if (hit.isEmpty()) hit = intercept(linept, VectorMath.vminus(linedr));
    if (hit.isPresent()) return new NearestPoint(hit.get(), 0.0);
    // The nearest point has its normal perpendicular to the line: it lies on the ellipse cut by the plane
    // through the center with normal (d/a^2, ...). Project that ellipse and the line along the line's
    // direction; the line becomes a point, and the nearest point of the projected ellipse maps back.
    Vector3 d = VectorMath.vhat(linedr);
    Vector3[] gen = generators(scaledDown(d), 1.0);
    Vector3 g1 = scaledUp(gen[0]);
    Vector3 g2 = scaledUp(gen[1]);
    Vector3 q = Aberration.perp(linept, d);
    Vector3 p1 = Aberration.perp(g1, d);
    Vector3 p2 = Aberration.perp(g2, d);
    // The projected semi-axes are combinations of the projected generators; the same combinations of
    // g1, g2 are the ellipse points that project onto them.
    double[] k = EllipseAxes.coefficients(p1, p2);
    Vector3 pa = Aberration.lincom(k[0], p1, k[1], p2);
    Vector3 pb = Aberration.lincom(k[2], p1, k[3], p2);
    double la = VectorMath.vnorm(pa);
    double lb = VectorMath.vnorm(pb);
    double qu = VectorMath.vdot(q, pa) / la;
    double qv = VectorMath.vdot(q, pb) / lb;
    double[] xy = NearestPoints.onEllipse(la, lb, Math.abs(qu), Math.abs(qv));
    double cosPhi = Math.copySign(xy[0], qu) / la;
    double sinPhi = Math.copySign(xy[1], qv) / lb;
    Vector3 major = Aberration.lincom(k[0], g1, k[1], g2);
    Vector3 minor = Aberration.lincom(k[2], g1, k[3], g2);
    Vector3 pnear = Aberration.lincom(cosPhi, major, sinPhi, minor);
    double dist = VectorMath.vnorm(VectorMath.vsub(Aberration.perp(pnear, d), q));
    return new NearestPoint(pnear, dist);
  }

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/edlimb_c.html">edlimb_c</a>:
   * the limb seen from {@code viewpt}, the ellipse where lines from {@code viewpt} touch the surface.
   *
   * @param viewpt the viewing point, outside the ellipsoid (on the surface the limb is that point: an ellipse with
   *     zero semi-axes, as CSPICE's plane-ellipsoid intersection gives for a tangent plane)
   * @return the limb ellipse
   * @throws SpiceException {@code SPICE(INVALIDAXISLENGTH)} for a non-positive semi-axis,
   *     {@code SPICE(INVALIDPOINT)} when {@code viewpt} is inside the ellipsoid
   */
  public Ellipse limb(Vector3 viewpt) {
    Objects.requireNonNull(viewpt, "viewpt");
    checkAxes("SPICE(INVALIDAXISLENGTH)", "edlimb");
    Vector3 v = scaledDown(viewpt);
    double d2 = VectorMath.vdot(v, v);
    if (d2 < 1.0) {
      throw new SpiceException("SPICE(INVALIDPOINT)", "Viewing point is inside the ellipsoid.", "", "edlimb", null);
    }
    // On the unit sphere the limb is the circle in the polar plane <x, v> = 1.
    double d = VectorMath.vnorm(v);
    Vector3 center = VectorMath.vscl(1.0 / d2, v);
    double radius = Math.sqrt(d2 - 1.0) / d;
    Vector3[] gen = generators(v, radius);
    return Ellipse.ofGenerators(scaledUp(center), scaledUp(gen[0]), scaledUp(gen[1]));
  }

  /**
   * Two orthogonal vectors of length {@code radius} perpendicular to {@code normal}: the first in the
   * coordinate plane of the normal's two largest components (the first of X, Y, Z among equally small ones is
   * left out), the second completing a right-handed set.
   */
  static Vector3[] generators(Vector3 normal, double radius) {
    Vector3 n = VectorMath.vhat(normal);
    double ax = Math.abs(n.x());
    double ay = Math.abs(n.y());
    double az = Math.abs(n.z());
    // The smallest component is zeroed; on ties X goes before Y before Z, so that views along an axis get
    // the same spanning vectors (and thereby the same limb semi-axis signs) as CSPICE.
    Vector3 y;
    if (ax <= ay && ax <= az) y = new Vector3(0.0, -n.z(), n.y());
    else if (ay <= az) y = new Vector3(n.z(), 0.0, -n.x());
    else y = new Vector3(-n.y(), n.x(), 0.0);
    y = VectorMath.vhat(y);
    Vector3 z = VectorMath.vhat(VectorMath.vcrss(n, y));
    return new Vector3[] {VectorMath.vscl(radius, y), VectorMath.vscl(radius, z)};
  }

  /** CSPICE's check of the semi-axes, with the short code of the calling routine. */
  void checkAxes(String code, String routine) {
    if (!(a > 0 && b > 0 && c > 0)) {
      throw new SpiceException(code, "Ellipsoid semi-axis lengths must be positive; got a = " + a + ", b = " + b
          + ", c = " + c + ".", "", routine, null);
    }
  }

  Vector3 scaledDown(Vector3 p) {
    return new Vector3(p.x() / a, p.y() / b, p.z() / c);
  }

  Vector3 scaledUp(Vector3 p) {
    return new Vector3(p.x() * a, p.y() * b, p.z() * c);
  }
}
