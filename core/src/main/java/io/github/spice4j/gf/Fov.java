package io.github.spice4j.gf;

import io.github.spice4j.Vector3;
import io.github.spice4j.backend.SpiceBackend;
import java.util.List;
import java.util.Locale;

/**
 * An instrument field of view read from the kernel pool, as NAIF's IK conventions define it
 * ({@code INS<id>_FOV_SHAPE}, {@code _FOV_FRAME}, {@code _BORESIGHT}, {@code _FOV_CLASS_SPEC} = CORNERS with
 * {@code _FOV_BOUNDARY_CORNERS}, or ANGLES with {@code _FOV_REF_VECTOR}, {@code _FOV_REF_ANGLE},
 * {@code _FOV_CROSS_ANGLE}, {@code _FOV_ANGLE_UNITS}); see
 * https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/getfov_c.html. Directions are tested in the FOV
 * frame by projecting them on the plane one unit along the boresight.
 */
final class Fov {
  private final String frame;
  private final String shape;
  private final Vector3 boresight;
  /** Unit axes of the projection plane. */
  private final Vector3 e1, e2;
  /** CIRCLE: tangent of the half angle; ELLIPSE: semi-axes along e1, e2; polygons: projected corners. */
  private final double[] xs, ys;

  private Fov(String frame, String shape, Vector3 boresight, List<Vector3> bounds) {
    this.frame = frame;
    this.shape = shape;
    this.boresight = boresight.unit();
    Vector3 first = bounds.get(0);
    Vector3 perp = first.add(this.boresight.scale(-first.dot(this.boresight)));
    if (perp.norm() == 0) perp = this.boresight.cross(new Vector3(1, 0, 0));
    if (perp.norm() == 0) perp = this.boresight.cross(new Vector3(0, 1, 0));
    this.e1 = perp.unit();
    this.e2 = this.boresight.cross(e1);
    xs = new double[bounds.size()];
    ys = new double[bounds.size()];
    for (int i = 0; i < bounds.size(); i++) {
      Vector3 v = bounds.get(i);
      double z = v.dot(this.boresight);
      // The projection on the plane along the boresight needs every boundary vector well ahead of it.
      if (v.isZero() || z <= FOV_MARGIN * v.norm()) {
        throw Errors.spice("SPICE(FOVTOOWIDE)", "Boundary vector " + (i + 1) + " of the FOV is " + Math.toDegrees(
            v.angle(this.boresight)) + " degrees from the boresight; the limit is just under 90.", "gffove");
      }
      xs[i] = v.dot(e1) / z;
      ys[i] = v.dot(e2) / z;
    }
  }

  /** Smallest cosine of a boundary vector's angle from the boresight (CSPICE's SPICE_GF_MARGIN). */
  private static final double FOV_MARGIN = 1e-12;

  /** The frame the FOV is defined in. */
  String frame() {
    return frame;
  }

  /**
   * Reads an instrument's FOV from the pool.
   *
   * @throws io.github.spice4j.SpiceException {@code SPICE(IDCODENOTFOUND)} for an unknown instrument,
   *     {@code SPICE(SHAPEMISSING)}, {@code SPICE(FRAMEMISSING)}, {@code SPICE(BORESIGHTMISSING)},
   *     {@code SPICE(BOUNDARYMISSING)}, {@code SPICE(SHAPENOTSUPPORTED)}
   */
  static Fov of(SpiceBackend b, String inst) {
    int id = b.idsNames().bods2c(inst).orElseThrow(() -> Errors.spice("SPICE(IDCODENOTFOUND)", "The instrument " + inst
        + " has no NAIF ID code.", "getfov"));
    String p = "INS" + id + "_FOV_";
    String shape = text(b, p + "SHAPE", "SPICE(SHAPEMISSING)").toUpperCase(Locale.ROOT);
    String frame = text(b, p + "FRAME", "SPICE(FRAMEMISSING)");
    double[] bs = b.pool().gdpool("INS" + id + "_BORESIGHT", 0, 3).orElseThrow(() -> Errors.spice(
        "SPICE(BORESIGHTMISSING)", "INS" + id + "_BORESIGHT is not in the kernel pool.", "getfov"));
    Vector3 boresight = new Vector3(bs[0], bs[1], bs[2]);
    String spec = b.pool().gcpool(p + "CLASS_SPEC", 0, 1).filter(l -> !l.isEmpty()).map(l -> l.get(0).strip())
        .orElse("CORNERS").toUpperCase(Locale.ROOT);
    List<Vector3> bounds = spec.equals("ANGLES") ? fromAngles(b, p, shape, boresight)
        : corners(b.pool().gdpool(p + "BOUNDARY_CORNERS", 0, 3000).orElseThrow(() -> Errors.spice(
            "SPICE(BOUNDARYMISSING)", p + "BOUNDARY_CORNERS is not in the kernel pool.", "getfov")));
    if (!List.of("CIRCLE", "ELLIPSE", "RECTANGLE", "POLYGON").contains(shape)) {
      throw Errors.spice("SPICE(SHAPENOTSUPPORTED)", "The FOV shape " + shape + " is not supported.", "getfov");
    }
    if (boresight.isZero()) {
      throw Errors.spice("SPICE(ZEROVECTOR)", "INS" + id + "_BORESIGHT is the zero vector.", "getfov");
    }
    Fov fov = new Fov(frame, shape, boresight, bounds);
    if ((shape.equals("CIRCLE") || shape.equals("ELLIPSE")) && fov.hasZeroRadius()) {
      throw Errors.spice("SPICE(DEGENERATECASE)", "The " + shape + " FOV of instrument " + inst
          + " has a zero radius or semi-axis.", "gffove");
    }
    return fov;
  }

  private static String text(SpiceBackend b, String name, String missing) {
    return b.pool().gcpool(name, 0, 1).filter(l -> !l.isEmpty()).map(l -> l.get(0).strip())
        .orElseThrow(() -> Errors.spice(missing, name + " is not in the kernel pool.", "getfov"));
  }

  private static List<Vector3> corners(double[] v) {
    Vector3[] out = new Vector3[v.length / 3];
    for (int i = 0; i < out.length; i++) out[i] = new Vector3(v[3 * i], v[3 * i + 1], v[3 * i + 2]);
    return List.of(out);
  }

  /** The boundary vectors an ANGLES specification stands for. */
  private static List<Vector3> fromAngles(SpiceBackend b, String p, String shape, Vector3 boresight) {
    double[] r = b.pool().gdpool(p + "REF_VECTOR", 0, 3).orElseThrow(() -> Errors.spice("SPICE(BOUNDARYMISSING)",
        p + "REF_VECTOR is not in the kernel pool.", "getfov"));
    double scale = switch (text(b, p + "ANGLE_UNITS", "SPICE(BOUNDARYMISSING)").toUpperCase(Locale.ROOT)) {
      case "DEGREES" -> Math.PI / 180;
      case "ARCMINUTES" -> Math.PI / 180 / 60;
      case "ARCSECONDS" -> Math.PI / 180 / 3600;
      default -> 1;
    };
    double ref = scale * b.pool().gdpool(p + "REF_ANGLE", 0, 1).orElseThrow(() -> Errors.spice("SPICE(BOUNDARYMISSING)",
        p + "REF_ANGLE is not in the kernel pool.", "getfov"))[0];
    Vector3 bu = boresight.unit();
    Vector3 rv = new Vector3(r[0], r[1], r[2]);
    Vector3 u1 = rv.add(bu.scale(-rv.dot(bu))).unit();
    Vector3 u2 = bu.cross(u1);
    if (shape.equals("CIRCLE")) return List.of(bu.add(u1.scale(Math.tan(ref))));
    double cross = scale * b.pool().gdpool(p + "CROSS_ANGLE", 0, 1).orElseThrow(() -> Errors.spice(
        "SPICE(BOUNDARYMISSING)", p + "CROSS_ANGLE is not in the kernel pool.", "getfov"))[0];
    double a = Math.tan(ref), c = Math.tan(cross);
    if (shape.equals("ELLIPSE")) {
      return List.of(bu.add(u1.scale(a)), bu.add(u2.scale(c)));
    }
    return List.of(corner(bu, u1, u2, a, c), corner(bu, u1, u2, -a, c), corner(bu, u1, u2, -a, -c),
        corner(bu, u1, u2, a, -c));
  }

  private static Vector3 corner(Vector3 bu, Vector3 u1, Vector3 u2, double x, double y) {
    return bu.add(u1.scale(x).add(u2.scale(y)));
  }

  /**
   * Whether a direction, given in {@link #frame()}, lies inside the field of view (boundary included).
   *
   * @param v the direction (any length)
   * @return true when inside
   */
  boolean contains(Vector3 v) {
    double z = v.dot(boresight);
    if (z <= 0) return false;
    double x = v.dot(e1) / z, y = v.dot(e2) / z;
    switch (shape) {
      case "CIRCLE":
        return x * x + y * y <= xs[0] * xs[0] + ys[0] * ys[0];
      case "ELLIPSE": {
        double a2 = xs[0] * xs[0] + ys[0] * ys[0], c2 = xs[1] * xs[1] + ys[1] * ys[1];
        // e1 is along the first boundary vector, so the ellipse's axes are e1 and e2.
        return x * x / a2 + y * y / c2 <= 1;
      }
      default:
        return insidePolygon(x, y);
    }
  }

  /**
   * Whether any part of a target ellipsoid is inside the field of view: either a direction inside the target
   * (its center's) is in the FOV, or the FOV boundary meets the target; otherwise the connected set of target
   * directions lies wholly outside the FOV.
   *
   * @param target the target's cone of directions, in {@link #frame()}
   */
  boolean meets(LimbCone target) {
    if (target.observerInside() || contains(target.center())) return true;
    if (shape.equals("CIRCLE") || shape.equals("ELLIPSE")) {
      double a = Math.hypot(xs[0], ys[0]);
      double c = shape.equals("CIRCLE") ? a : Math.hypot(xs[1], ys[1]);
      return target.meetsEllipse(boresight, e1.scale(a), e2.scale(c));
    }
    for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
      if (target.meetsSegment(corner(j), corner(i))) return true;
    }
    return false;
  }

  private boolean hasZeroRadius() {
    return Math.hypot(xs[0], ys[0]) == 0 || (shape.equals("ELLIPSE") && Math.hypot(xs[1], ys[1]) == 0);
  }

  /** A polygon corner as a direction on the plane one unit along the boresight. */
  private Vector3 corner(int i) {
    return boresight.add(e1.scale(xs[i])).add(e2.scale(ys[i]));
  }

  /** Even-odd rule on the projected corners. */
  private boolean insidePolygon(double x, double y) {
    boolean in = false;
    for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
      if ((ys[i] > y) != (ys[j] > y) && x < (xs[j] - xs[i]) * (y - ys[i]) / (ys[j] - ys[i]) + xs[i]) in = !in;
    }
    return in;
  }
}
