package io.github.spice4j;

import io.github.spice4j.backend.SpiceBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Limb and terminator points on a target's reference ellipsoid, found in cutting half-planes (CSPICE
 * {@code limbpt_c}, {@code termpt_c} with ellipsoid shape models). Obtain it with {@link Spice#surfaces()}.
 *
 * <p>Each half-plane is bounded by the line through the target's center and the observer (limb) or the
 * light source's center (terminator); the first contains {@code refvec}, the following ones are rotated
 * by {@code rolstp} each, counterclockwise about the axis from the target's center towards the observer
 * (limb) or the source (terminator). An ellipsoid gives one point per half-plane.
 *
 * <p>These routines are not in the engine: they are composed in Java from the engine's {@code spkpos},
 * {@code spkssb}, {@code pxform} and {@code bodvcd} with the ellipsoid geometry of {@link Ellipsoid}.
 * Digital shape models (DSK) are not supported. Units: km, radians, ET seconds.
 */
public final class Surfaces {
  /** Limb method: tangent rays on the reference ellipsoid. */
  public static final String TANGENT_ELLIPSOID = "TANGENT/ELLIPSOID";
  /** Terminator method: boundary of the region where no part of the source is above the horizon. */
  public static final String UMBRAL_TANGENT_ELLIPSOID = "UMBRAL/TANGENT/ELLIPSOID";
  /** Terminator method: boundary of the region where the whole source is above the horizon. */
  public static final String PENUMBRAL_TANGENT_ELLIPSOID = "PENUMBRAL/TANGENT/ELLIPSOID";
  /** Aberration-correction locus: the target's center (one light time for all points). */
  public static final String CENTER = "CENTER";
  /** Aberration-correction locus for limb points: each point's own light time. */
  public static final String ELLIPSOID_LIMB = "ELLIPSOID LIMB";
  /** Aberration-correction locus for terminator points: each point's own light time. */
  public static final String ELLIPSOID_TERMINATOR = "ELLIPSOID TERMINATOR";

  private static final String J2000 = "J2000";
  private static final int MAX_LT_ITERATIONS = 10;
  private static final int MAX_BISECTIONS = 2200;

  private final SpiceBackend backend;

  Surfaces(SpiceBackend backend) {
    this.backend = Objects.requireNonNull(backend, "backend");
  }

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/limbpt_c.html">limbpt_c</a>
   * on the reference ellipsoid ({@code BODYnnn_RADII}).
   *
   * @param method {@link #TANGENT_ELLIPSOID} (or {@code GUIDED/ELLIPSOID}, the same on an ellipsoid)
   * @param target target body
   * @param et observation epoch (ET)
   * @param fixref body-fixed frame centered on the target, e.g. {@code IAU_MOON}
   * @param abcorr aberration correction
   * @param corloc {@link #CENTER} or {@link #ELLIPSOID_LIMB}
   * @param observer observer body
   * @param refvec reference vector in {@code fixref} defining the first half-plane (not along the axis)
   * @param rolstp roll step between half-planes, radians
   * @param ncuts number of half-planes, from 0 to {@code maxn}
   * @param schstp search step (used by DSK shapes only, so ignored here)
   * @param soltol convergence tolerance (used by DSK shapes only, so ignored here)
   * @param maxn capacity for points, at least 1
   * @return per half-plane, the points found in it (one each on an ellipsoid)
   * @throws SpiceException the codes CSPICE documents for {@code limbpt_c}: {@code SPICE(BADMETHODSYNTAX)},
   *     {@code SPICE(INVALIDLIMBTYPE)}, {@code SPICE(INVALIDMETHOD)}, {@code SPICE(INVALIDLOCUS)},
   *     {@code SPICE(BADLIMBLOCUSMIX)} (GUIDED with the per-point locus), {@code SPICE(INVALIDSIZE)} (maxn),
   *     {@code SPICE(INVALIDCOUNT)} (ncuts), {@code SPICE(INVALIDROLLSTEP)}, {@code SPICE(ZEROVECTOR)} (refvec),
   *     {@code SPICE(IDCODENOTFOUND)}, {@code SPICE(BODIESNOTDISTINCT)}, {@code SPICE(NOFRAME)},
   *     {@code SPICE(INVALIDFRAME)} (fixref not on the target), {@code SPICE(BADRADIUSCOUNT)},
   *     {@code SPICE(DEGENERATECASE)} (refvec along the axis, observer inside the ellipsoid),
   *     {@code SPICE(INVALIDOPTION)} (a transmission correction: limbpt_c models reception only); and the project's
   *     {@code SPICE(NOTSUPPORTED)} for DSK shapes; SPK/PCK errors
   */
  public List<List<CutPoint>> limbPoints(String method, String target, double et, String fixref,
      AberrationCorrection abcorr, String corloc, String observer, Vector3 refvec, double rolstp, int ncuts,
      double schstp, double soltol, int maxn) {
    boolean guided = parseMethod(method, false, "limbpt").guided();
    boolean center = parseLocus(corloc, ELLIPSOID_LIMB, "limbpt");
    checkLocusMix(guided, center, "SPICE(BADLIMBLOCUSMIX)", "limbpt");
    checkCuts(ncuts, rolstp, maxn, refvec, "limbpt");
    checkReception(abcorr, "limbpt");
    Scene g = new Scene(target, null, et, fixref, abcorr, observer, "limbpt");
    List<List<CutPoint>> cuts = new ArrayList<>(ncuts);
    for (int i = 0; i < ncuts; i++) {
      double roll = i * rolstp;
      cuts.add(List.of(g.solve(center, (obs, src) -> limbInCut(g.shape, obs, refvec, roll))));
    }
    return cuts;
  }

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/termpt_c.html">termpt_c</a>
   * on the reference ellipsoid: the point in each half-plane where the target's tangent plane is also tangent
   * to the light source's sphere (its largest radius), with the source wholly below (umbral) or wholly above
   * (penumbral) that plane. Without aberration corrections every epoch is {@code et}.
   *
   * @param method {@link #UMBRAL_TANGENT_ELLIPSOID} or {@link #PENUMBRAL_TANGENT_ELLIPSOID} ({@code GUIDED}
   *     in place of {@code TANGENT} is the same on an ellipsoid)
   * @param ilusrc the light source, e.g. {@code SUN}
   * @param target target body
   * @param et observation epoch (ET)
   * @param fixref body-fixed frame centered on the target
   * @param abcorr aberration correction
   * @param corloc {@link #CENTER} or {@link #ELLIPSOID_TERMINATOR}
   * @param observer observer body
   * @param refvec reference vector in {@code fixref} defining the first half-plane
   * @param rolstp roll step between half-planes, radians
   * @param ncuts number of half-planes, from 0 to {@code maxn}
   * @param schstp search step (DSK only, so ignored here)
   * @param soltol convergence tolerance (DSK only, so ignored here)
   * @param maxn capacity for points, at least 1
   * @return per half-plane, the points found in it (one each on an ellipsoid)
   * @throws SpiceException as {@link #limbPoints}, with {@code termpt_c}'s {@code SPICE(INVALIDTERMTYPE)} in place of
   *     the limb type's code, {@code SPICE(BADTERMLOCUSMIX)} in place of the locus mix's, and
   *     {@code SPICE(INVALIDOPTION)} for a transmission correction
   */
  public List<List<CutPoint>> terminatorPoints(String method, String ilusrc, String target, double et,
      String fixref, AberrationCorrection abcorr, String corloc, String observer, Vector3 refvec, double rolstp,
      int ncuts, double schstp, double soltol, int maxn) {
    Method m = parseMethod(method, true, "termpt");
    boolean umbral = m.umbral();
    boolean center = parseLocus(corloc, ELLIPSOID_TERMINATOR, "termpt");
    checkLocusMix(m.guided(), center, "SPICE(BADTERMLOCUSMIX)", "termpt");
    checkCuts(ncuts, rolstp, maxn, refvec, "termpt");
    Objects.requireNonNull(ilusrc, "ilusrc");
    checkReception(abcorr, "termpt");
    Scene g = new Scene(target, ilusrc, et, fixref, abcorr, observer, "termpt");
    double[] srcRadii = backend.pool().bodvcd(bodyId(ilusrc), "RADII", 3);
    double srcRadius = Math.max(srcRadii[0], Math.max(srcRadii[1], srcRadii[2]));
    List<List<CutPoint>> cuts = new ArrayList<>(ncuts);
    for (int i = 0; i < ncuts; i++) {
      double roll = i * rolstp;
      cuts.add(List.of(g.solve(center, (obs, src) -> terminatorInCut(g.shape, src, srcRadius, umbral, refvec,
          roll))));
    }
    return cuts;
  }

  /** A point found from the observer's and source's positions relative to the target center (fixref). */
  private interface CutSolver {
    Vector3 point(Vector3 observer, Vector3 source);
  }

  /** Positions of observer and source relative to the target center in fixref, at light-time corrected epochs. */
  private final class Scene {
    final Ellipsoid shape;
    final String target;
    final String source;
    final double et;
    final String fixref;
    final AberrationCorrection abcorr;
    final String observer;
    final Aberration.Flags flags;
    final int targetId;
    final int observerId;

    Scene(String target, String source, double et, String fixref, AberrationCorrection abcorr, String observer,
        String routine) {
      this.target = Objects.requireNonNull(target, "target");
      this.source = source;
      this.et = et;
      this.fixref = Objects.requireNonNull(fixref, "fixref");
      this.abcorr = Objects.requireNonNull(abcorr, "abcorr");
      this.observer = Objects.requireNonNull(observer, "observer");
      this.flags = Aberration.Flags.of(abcorr);
      this.targetId = bodyId(target);
      this.observerId = bodyId(observer);
      if (targetId == observerId) {
        throw new SpiceException("SPICE(BODIESNOTDISTINCT)", "The observer and target must be distinct objects: "
            + observer + " and " + target + ".", "", routine, null);
      }
      checkFixref(fixref, targetId, routine);
      double[] radii = backend.pool().bodvcd(targetId, "RADII", 3);
      if (radii.length != 3) {
        throw new SpiceException("SPICE(BADRADIUSCOUNT)", "The target " + target + " has " + radii.length
            + " radii; 3 are needed.", "", routine, null);
      }
      this.shape = Ellipsoid.of(radii);
      shape.checkAxes("SPICE(BADAXISLENGTH)", routine);
    }

    CutPoint solve(boolean atCenter, CutSolver solver) {
      PositionVector c = backend.ephemeris().spkpos(target, et, fixref, abcorr.spiceName(), observer);
      // Without corrections the target is taken at et itself (spkpos still reports the geometric light time).
      double epoch = flags.uselt() ? et + flags.sign() * c.lightTime() : et;
      if (atCenter || !flags.uselt()) {
        Vector3 obs = VectorMath.vminus(c.position());
        Vector3 p = solver.point(obs, sourceAt(epoch));
        return new CutPoint(p, epoch, VectorMath.vsub(p, obs));
      }
      // Each point's own light time: re-evaluate the geometry at the point's epoch until it settles.
      double lt = c.lightTime();
      Vector3 p = null;
      Vector3 obs = null;
      for (int i = 0; i < MAX_LT_ITERATIONS; i++) {
        epoch = et + flags.sign() * lt;
        obs = observerAt(epoch, p);
        p = solver.point(obs, sourceAt(epoch));
        double prev = lt;
        lt = VectorMath.vnorm(VectorMath.vsub(p, obs)) / Units.CLIGHT;
        if (Math.abs(lt - prev) <= 1e-17 * Math.max(1.0, Math.abs(epoch))) break;
      }
      return new CutPoint(p, epoch, VectorMath.vsub(p, obs));
    }

    /**
     * The observer relative to the target center, in fixref at {@code epoch}: target at {@code epoch},
     * observer at et; with stellar aberration of the direction to the current point estimate.
     */
    private Vector3 observerAt(double epoch, Vector3 pointEstimate) {
      double[] obsSsb = backend.ephemeris().spkssb(observerId, et, J2000).toArray();
      Vector3 toTarget = VectorMath.vsub(backend.ephemeris().spkssb(targetId, epoch, J2000).position(),
          new Vector3(obsSsb[0], obsSsb[1], obsSsb[2]));
      Matrix3 rot = backend.frames().pxform(J2000, fixref, epoch);
      if (flags.usestl() && pointEstimate != null) {
        // Shift the whole target by the aberration of the line of sight to the point.
        Vector3 los = VectorMath.vadd(toTarget, VectorMath.mtxv(rot, pointEstimate));
        double[] off = Aberration.stellarOffset(flags.xmit(), new double[3],
            new double[] {obsSsb[3], obsSsb[4], obsSsb[5]}, new double[] {los.x(), los.y(), los.z(), 0, 0, 0});
        toTarget = VectorMath.vadd(toTarget, new Vector3(off[0], off[1], off[2]));
      }
      return VectorMath.vminus(VectorMath.mxv(rot, toTarget));
    }

    private Vector3 sourceAt(double epoch) {
      if (source == null) return null;
      return backend.ephemeris().spkpos(source, epoch, fixref, abcorr.spiceName(), target).position();
    }
  }

  /** The limb point of {@code shape} seen from {@code obs} in the half-plane rolled by {@code roll}. */
  static Vector3 limbInCut(Ellipsoid shape, Vector3 obs, Vector3 refvec, double roll) {
    Vector3 axis = VectorMath.vhat(obs);
    Vector3 dir = halfPlaneDirection(axis, refvec, roll);
    Vector3 n = VectorMath.vcrss(axis, dir);
    // In coordinates scaled to the unit sphere the limb is a circle in the plane <x, v> = 1; the
    // half-plane stays a half-plane through the (scaled) axis.
    Vector3 v = shape.scaledDown(obs);
    double d2 = VectorMath.vdot(v, v);
    if (!(d2 > 1.0)) {
      throw new SpiceException("SPICE(DEGENERATECASE)", "The observer is inside the target's ellipsoid.", "",
          "limbpt", null);
    }
    Vector3 center = VectorMath.vscl(1.0 / d2, v);
    double radius = Math.sqrt(d2 - 1.0) / Math.sqrt(d2);
    Vector3 w = VectorMath.vhat(VectorMath.vcrss(shape.scaledUp(n), v));
    if (VectorMath.vdot(w, shape.scaledDown(dir)) < 0.0) w = VectorMath.vminus(w);
    return shape.scaledUp(Aberration.lincom(1.0, center, radius, w));
  }

  /**
   * The terminator point in the half-plane: on the ellipse cut from {@code shape} by the half-plane's
   * plane, where the ellipsoid's tangent plane is also tangent to the source's sphere (radius
   * {@code srcRadius}), with the outward normals parallel (umbral) or anti-parallel (penumbral), as termpt_c
   * defines terminators on ellipsoids; on a sphere this is the same as a tangent line in the cut.
   */
  static Vector3 terminatorInCut(Ellipsoid shape, Vector3 src, double srcRadius, boolean umbral, Vector3 refvec,
      double roll) {
    Vector3 u = VectorMath.vhat(src);
    Vector3 v = halfPlaneDirection(u, refvec, roll);
    double dist = VectorMath.vnorm(src);
    double sign = umbral ? 1.0 : -1.0;
    // g(phi) = signed distance of the source center from the tangent plane + (-)radius: positive facing
    // the source (phi = 0), negative opposite (phi = pi); bisect for its root.
    double lo = 0.0;
    double hi = Math.PI;
    for (int i = 0; i < MAX_BISECTIONS; i++) {
      double mid = 0.5 * (lo + hi);
      if (mid == lo || mid == hi) break;
      Vector3 p = onCut(shape, u, v, mid);
      Vector3 nrm = shape.normal(p);
      double nu = VectorMath.vdot(nrm, u);
      double nv = VectorMath.vdot(nrm, v);
      // Distance to the tangent plane, so the 3-D unit normal is not renormalized within the cut: source - p
      // lies in the cut plane, so only the normal's in-plane components (nu, nv) enter the dot product.
      double g = (dist - VectorMath.vdot(p, u)) * nu - VectorMath.vdot(p, v) * nv + sign * srcRadius;
      if (g > 0.0) lo = mid;
      else if (g < 0.0) hi = mid;
      else {
        lo = mid;
        hi = mid;
      }
    }
    return onCut(shape, u, v, 0.5 * (lo + hi));
  }

  /** The ellipsoid point at polar angle {@code phi} from {@code u} towards {@code v} in their plane. */
  private static Vector3 onCut(Ellipsoid shape, Vector3 u, Vector3 v, double phi) {
    Vector3 d = Aberration.lincom(Math.cos(phi), u, Math.sin(phi), v);
    Vector3 s = shape.scaledDown(d);
    return VectorMath.vscl(1.0 / VectorMath.vnorm(s), d);
  }

  /** Unit vector of the half-plane: refvec's component normal to the axis, rolled about the axis. */
  private static Vector3 halfPlaneDirection(Vector3 axis, Vector3 refvec, double roll) {
    Objects.requireNonNull(refvec, "refvec");
    Vector3 r = VectorMath.vhat(Aberration.perp(refvec, axis));
    if (VectorMath.vnorm(r) == 0.0) {
      throw new SpiceException("SPICE(DEGENERATECASE)", "The reference vector is parallel to the cut axis.", "",
          "limbpt", null);
    }
    return VectorMath.vhat(Aberration.lincom(Math.cos(roll), r, Math.sin(roll), VectorMath.vcrss(axis, r)));
  }

  /** A parsed ellipsoid method: the terminator's shadow type and whether points are GUIDED. */
  private record Method(boolean umbral, boolean guided) {}

  /**
   * Parses {@code [UMBRAL|PENUMBRAL/]TANGENT|GUIDED/ELLIPSOID}: one shape keyword and no other words
   * (else {@code SPICE(BADMETHODSYNTAX)}, as CSPICE's method parser), then one limb or terminator type
   * ({@code SPICE(INVALIDLIMBTYPE)}, {@code SPICE(INVALIDTERMTYPE)}), and for a terminator one of TANGENT or
   * GUIDED ({@code SPICE(INVALIDMETHOD)}).
   */
  private static Method parseMethod(String method, boolean terminator, String routine) {
    Objects.requireNonNull(method, "method");
    List<String> words = new ArrayList<>();
    for (String w : method.split("/")) words.add(w.strip().toUpperCase(Locale.ROOT));
    long shapes = words.stream().filter(w -> w.equals("ELLIPSOID") || w.equals("DSK")).count();
    if (shapes != 1) {
      throw new SpiceException("SPICE(BADMETHODSYNTAX)", "The method string <" + method
          + "> must contain exactly one shape keyword, ELLIPSOID or DSK.", "", routine, null);
    }
    if (words.remove("DSK") || words.stream().anyMatch(w -> w.startsWith("DSK"))) {
      throw new SpiceException("SPICE(NOTSUPPORTED)", "DSK shape models are not supported by " + routine
          + " in spice4j; use an ELLIPSOID method.", "", routine, null);
    }
    words.remove("ELLIPSOID");
    boolean umbral = words.remove("UMBRAL");
    boolean penumbral = words.remove("PENUMBRAL");
    boolean tangent = words.remove("TANGENT");
    boolean guided = words.remove("GUIDED");
    if (!words.isEmpty() || (!terminator && (umbral || penumbral))) {
      throw new SpiceException("SPICE(BADMETHODSYNTAX)", "The method <" + method
          + "> has keywords that do not apply to " + routine + ".", "", routine, null);
    }
    if (terminator && umbral == penumbral) {
      throw new SpiceException("SPICE(INVALIDTERMTYPE)", "The method <" + method
          + "> must name one terminator type, UMBRAL or PENUMBRAL.", "", routine, null);
    }
    if (!terminator && tangent == guided) {
      throw new SpiceException("SPICE(INVALIDLIMBTYPE)", "The method <" + method
          + "> must name one limb type, TANGENT or GUIDED.", "", routine, null);
    }
    if (tangent == guided) {
      throw new SpiceException("SPICE(INVALIDMETHOD)", "The method <" + method + "> is not recognized.", "",
          routine, null);
    }
    return new Method(umbral, guided);
  }

  /** GUIDED points are defined on the ellipsoid itself, so they cannot use the per-point locus. */
  private static void checkLocusMix(boolean guided, boolean center, String code, String routine) {
    if (guided && !center) {
      throw new SpiceException(code, "The GUIDED method needs the CENTER aberration correction locus.", "",
          routine, null);
    }
  }

  /** True for the {@code CENTER} locus, false for the per-point one. */
  private static boolean parseLocus(String corloc, String perPoint, String routine) {
    String t = Objects.requireNonNull(corloc, "corloc").strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (t.equals(CENTER)) return true;
    if (t.equals(perPoint)) return false;
    throw new SpiceException("SPICE(INVALIDLOCUS)", "Aberration correction locus " + corloc
        + " is not recognized; expected " + CENTER + " or " + perPoint + ".", "", routine, null);
  }

  private static void checkCuts(int ncuts, double rolstp, int maxn, Vector3 refvec, String routine) {
    if (maxn < 1) {
      throw new SpiceException("SPICE(INVALIDSIZE)", "The point capacity maxn is " + maxn + "; it must be at least 1.",
          "", routine, null);
    }
    if (ncuts < 0 || ncuts > maxn) {
      throw new SpiceException("SPICE(INVALIDCOUNT)", "Cut count " + ncuts + " must be from 0 to maxn (" + maxn
          + ").", "", routine, null);
    }
    if (ncuts > 1 && !(rolstp > 0.0)) {
      throw new SpiceException("SPICE(INVALIDROLLSTEP)", "Roll step " + rolstp + " must be positive for " + ncuts
          + " cuts.", "", routine, null);
    }
    if (Objects.requireNonNull(refvec, "refvec").isZero()) {
      throw new SpiceException("SPICE(ZEROVECTOR)", "The reference vector is the zero vector.", "", routine, null);
    }
  }

  /** Both routines model reception only; transmission corrections are {@code SPICE(INVALIDOPTION)}. */
  private static void checkReception(AberrationCorrection abcorr, String routine) {
    if (Aberration.Flags.of(Objects.requireNonNull(abcorr, "abcorr")).xmit()) {
      throw new SpiceException("SPICE(INVALIDOPTION)", "Transmission aberration correction " + abcorr.spiceName()
          + " is not supported by " + routine + ".", "", routine, null);
    }
  }

  /** The body-fixed frame must be known ({@code SPICE(NOFRAME)}) and centered on the target. */
  private void checkFixref(String fixref, int targetId, String routine) {
    int code = backend.frames().namfrm(fixref).orElseThrow(() -> new SpiceException("SPICE(NOFRAME)", "The frame " + fixref
        + " is not recognized.", "", routine, null));
    int center = backend.frames().frinfo(code).map(io.github.spice4j.FrameInfo::center).orElse(targetId);
    if (center != targetId) {
      throw new SpiceException("SPICE(INVALIDFRAME)", "Reference frame " + fixref + " is not centered at the target "
          + "body " + targetId + "; its center is " + center + ".", "", routine, null);
    }
  }

  private int bodyId(String name) {
    Objects.requireNonNull(name, "body");
    return backend.idsNames().bods2c(name).orElseThrow(() -> new SpiceException("SPICE(IDCODENOTFOUND)",
        "The body name " + name + " could not be translated to a NAIF ID code.", "", "limbpt", null));
  }
}
