package io.github.spice4j.gf;

import io.github.spice4j.GfProgressListener;
import io.github.spice4j.GfRelation;
import io.github.spice4j.IlluminationAngles;
import io.github.spice4j.Matrix3;
import io.github.spice4j.PositionVector;
import io.github.spice4j.StateVector;
import io.github.spice4j.Vector3;
import io.github.spice4j.FrameInfo;
import io.github.spice4j.backend.SpiceBackend;
import java.util.Locale;
import java.util.Set;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * The geometry finder searches beyond the engine's {@code gfdist_c}/{@code gfsep_c}, composed from the
 * engine's geometry routines and run by {@link GfSearch}. Each method is named after the CSPICE routine it
 * reproduces (linked in its Javadoc); windows are flat {@code [left, right, ...]} ET arrays, normalized.
 */
public final class GfSearches {
  private static final Set<String> OCCULTATION_TYPES = Set.of("ANY", "PARTIAL", "ANNULAR", "FULL");

  private final SpiceBackend b;
  private final double tolerance;
  private final GfProgressListener listener;

  /**
   * @param backend the engine the geometry is computed on
   * @param tolerance convergence tolerance, seconds (CSPICE's default is {@link GfSearch#DEFAULT_TOLERANCE})
   * @param listener progress receiver, or null
   */
  public GfSearches(SpiceBackend backend, double tolerance, GfProgressListener listener) {
    this.b = backend;
    this.tolerance = tolerance;
    this.listener = listener;
  }

  /**
   * CSPICE {@code gfoclt_c} (https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/gfoclt_c.html): when
   * the front body occults the back body as seen by the observer, sampling {@code occult_c}.
   *
   * @param occtyp {@code ANY}, {@code PARTIAL}, {@code ANNULAR} or {@code FULL}
   * @param front front body; {@code fshape} {@code ELLIPSOID} or {@code POINT}; {@code fframe} its body-fixed frame
   * @param back back body, with {@code bshape} and {@code bframe}
   * @param abcorr {@code NONE}, {@code LT}, {@code CN}, {@code XLT} or {@code XCN}
   * @param obsrvr the observer
   * @param step search step, seconds
   * @param cnfine normalized confinement window
   * @return the occultation windows
   * @throws io.github.spice4j.SpiceException {@code SPICE(INVALIDOCCTYPE)}, {@code SPICE(BADTYPESHAPECOMBO)}
   *     (a type other than ANY with a point), {@code SPICE(INVALIDSTEP)}, and the errors of {@code occult_c}
   */
  public double[] gfoclt(String occtyp, String front, String fshape, String fframe, String back, String bshape,
      String bframe, String abcorr, String obsrvr, double step, double[] cnfine) {
    GfSearch search = search(step);
    String type = occtyp.strip().toUpperCase(Locale.ROOT);
    if (!OCCULTATION_TYPES.contains(type)) {
      throw Errors.spice("SPICE(INVALIDOCCTYPE)", "The occultation type " + occtyp.strip()
          + " is not recognized.  Supported types are: ANNULAR, ANY, PARTIAL,  FULL.", "gfoclt");
    }
    boolean point = isPoint(fshape) || isPoint(bshape);
    if (point && !type.equals("ANY")) {
      throw Errors.spice("SPICE(BADTYPESHAPECOMBO)", "Occultation type " + type
          + " needs both targets modelled as ellipsoids; a point target allows only ANY.", "gfoclt");
    }
    // occult_c's codes with the front body first: 1 partial, 2 annular, 3 full occultation of the back body.
    int wanted = switch (type) {
      case "PARTIAL" -> 1;
      case "ANNULAR" -> 2;
      case "FULL" -> 3;
      default -> 0;
    };
    return search.binary(t -> {
      int code = b.geometry().occult(front, fshape, fframe, back, bshape, bframe, abcorr, obsrvr, t).code();
      return wanted == 0 ? code > 0 : code == wanted;
    }, disksApart(front, fshape, back, bshape, abcorr, obsrvr, step), cnfine);
  }

  /** The longest stretch, in steps, one proof that two bodies' disks are apart may skip. */
  private static final int MAX_SKIP_STEPS = 100;

  /**
   * A bound for {@link GfSearch#binary(DoublePredicate, DoubleUnaryOperator, double[])}: no occultation is
   * possible while the disks of the bodies' bounding spheres (largest radius), seen from the observer, are
   * apart; their angular gap shrinks no faster than the sum of the directions' angular rates and the disks'
   * growth rates, taken twice over for safety, so the gap proves the state false for a while.
   */
  private DoubleUnaryOperator disksApart(String front, String fshape, String back, String bshape, String abcorr,
      String obsrvr, double step) {
    // Stellar aberration shifts both bodies nearly alike; the bound leaves it out.
    String corr = abcorr.replace(" ", "").toUpperCase(Locale.ROOT).replace("+S", "");
    return new DoubleUnaryOperator() {
      // Looked up at the first use, after occult_c has checked the bodies at the first sample, so that its
      // errors (an unknown body, ...) come first, as in CSPICE.
      private double rf = -1, rb;

      @Override
      public double applyAsDouble(double t) {
        if (rf < 0) {
          rf = isPoint(fshape) ? 0 : largestRadius(front);
          rb = isPoint(bshape) ? 0 : largestRadius(back);
        }
        return skipUntil(t, rf, rb);
      }

      private double skipUntil(double t, double rf, double rb) {
        StateVector f = b.ephemeris().spkezr(front, t, "J2000", corr, obsrvr);
        StateVector k = b.ephemeris().spkezr(back, t, "J2000", corr, obsrvr);
        double df = f.position().norm(), db = k.position().norm();
        if (df <= rf || db <= rb) return t;
        double af = Math.asin(rf / df), ab = Math.asin(rb / db);
        double pad = 1e-6 + 1e-3 * (af + ab);
        double gap = f.position().angle(k.position()) - af - ab - pad;
        if (gap <= 0) return t;
        double rate = angularRate(f) + angularRate(k) + diskGrowth(f, af) + diskGrowth(k, ab);
        return t + Math.min(gap / (2 * rate + 1e-15), MAX_SKIP_STEPS * step);
      }
    };
  }

  private double largestRadius(String body) {
    double[] r = b.idsNames().bodvrd(body, "RADII");
    return Math.max(r[0], Math.max(r[1], r[2]));
  }

  /** How fast the direction of a state's position turns, rad/s. */
  private static double angularRate(StateVector s) {
    double d = s.position().norm();
    return s.position().cross(s.velocity()).norm() / (d * d);
  }

  /** How fast the angular radius {@code a} of a sphere at the state's position changes, rad/s. */
  private static double diskGrowth(StateVector s, double a) {
    double d = s.position().norm();
    return Math.tan(a) * Math.abs(s.position().dot(s.velocity())) / (d * d);
  }

  /**
   * CSPICE {@code gfposc_c} (https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/gfposc_c.html): a
   * coordinate of the observer-target position vector ({@code spkpos_c} in {@code frame}). Geodetic and
   * planetographic coordinates use the ellipsoid of the frame's center.
   *
   * @param crdsys coordinate system, e.g. {@code LATITUDINAL}; {@code coord} its coordinate, e.g. {@code LATITUDE}
   * @return the result window
   * @throws io.github.spice4j.SpiceException {@code SPICE(NOTSUPPORTED)} for an unknown system (also AZ/EL)
   *     or coordinate, {@code SPICE(NOFRAME)} for an unknown frame, {@code SPICE(IDCODENOTFOUND)},
   *     {@code SPICE(BODIESNOTDISTINCT)}, and the errors of {@code spkpos_c}
   */
  public double[] gfposc(String target, String frame, String abcorr, String obsrvr, String crdsys, String coord,
      GfRelation relation, double refval, double adjust, double step, double[] cnfine) {
    GfSearch search = search(step);
    distinctBodies(target, obsrvr, "gfposc");
    Coordinate c = Coordinate.parse(crdsys, coord, "gfposc");
    int center = frameCenter(frame, "SPICE(NOFRAME)", "gfposc");
    if (c.needsBody()) c.onBody(b, center, frame, "gfposc");
    return search.scalar(quantity(t -> c.of(b.ephemeris().spkpos(target, t, frame, abcorr, obsrvr).position()), c),
        relation, refval, adjust, cnfine);
  }

  /**
   * CSPICE {@code gfpa_c} (https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/gfpa_c.html): the phase
   * angle at the target between the directions to the observer and to the illumination source, the source
   * seen from the target at the light-time-corrected epoch.
   *
   * @return the result window (angles in radians)
   * @throws io.github.spice4j.SpiceException {@code SPICE(IDCODENOTFOUND)}, {@code SPICE(BODIESNOTDISTINCT)}
   *     unless target, illuminator and observer all differ, {@code SPICE(INVALIDOPTION)} for a transmission
   *     ({@code X...}) correction, as CSPICE documents
   */
  public double[] gfpa(String target, String illmn, String abcorr, String obsrvr, GfRelation relation,
      double refval, double adjust, double step, double[] cnfine) {
    GfSearch search = search(step);
    int targetId = bodyId(target, "gfpa"), source = bodyId(illmn, "gfpa"), observer = bodyId(obsrvr, "gfpa");
    if (targetId == observer || targetId == source || observer == source) {
      throw Errors.spice("SPICE(BODIESNOTDISTINCT)", "The observer, illuminator, and target must be distinct "
          + "objects, but are not: OBSRVR = " + obsrvr + ", TARGET = " + target + ", ILLMN = " + illmn + ".", "gfpa");
    }
    if (isTransmission(abcorr)) {
      throw Errors.spice("SPICE(INVALIDOPTION)", "Invalid aberration correction '" + abcorr + "'. Phase angle "
          + "geometry calculations currently restricted to reception cases.", "gfpa");
    }
    // spkpos reports the light time even uncorrected; the target epoch moves only with a correction.
    boolean geometric = abcorr.strip().equalsIgnoreCase("NONE");
    return search.scalar(quantity(t -> {
      var toTarget = b.ephemeris().spkpos(target, t, "J2000", abcorr, obsrvr);
      double targetEpoch = geometric ? t : t - toTarget.lightTime();
      Vector3 toSource = b.ephemeris().spkpos(illmn, targetEpoch, "J2000", abcorr, target).position();
      return toTarget.position().negate().angle(toSource);
    }, false), relation, refval, adjust, cnfine);
  }

  /**
   * CSPICE {@code gfrr_c} (https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/gfrr_c.html): the range
   * rate, the projection of the relative velocity on the line of sight ({@code spkezr_c}, J2000), km/s.
   *
   * @return the result window
   * @throws io.github.spice4j.SpiceException {@code SPICE(IDCODENOTFOUND)}, {@code SPICE(BODIESNOTDISTINCT)}
   */
  public double[] gfrr(String target, String abcorr, String obsrvr, GfRelation relation, double refval,
      double adjust, double step, double[] cnfine) {
    GfSearch search = search(step);
    distinctBodies(target, obsrvr, "gfrr");
    return search.scalar(new Quantity() {
      @Override
      public double value(double et) {
        StateVector s = b.ephemeris().spkezr(target, et, "J2000", abcorr, obsrvr);
        return s.position().dot(s.velocity()) / s.position().norm();
      }

      /**
       * The derivative of the range rate, (|v|^2 + r.a - rr^2) / |r|, with the acceleration a from a central
       * difference of the (corrected) velocity over +-1 s: on the engine this reproduces CSPICE's extrema to
       * the bit, where a difference of range rates is dominated by rounding at these flat extrema.
       */
      @Override
      public boolean decreasing(double et, double h) {
        StateVector s = b.ephemeris().spkezr(target, et, "J2000", abcorr, obsrvr);
        Vector3 vp = b.ephemeris().spkezr(target, et + RANGE_RATE_DT, "J2000", abcorr, obsrvr).velocity();
        Vector3 vm = b.ephemeris().spkezr(target, et - RANGE_RATE_DT, "J2000", abcorr, obsrvr).velocity();
        Vector3 acc = new Vector3((vp.x() - vm.x()) / (2 * RANGE_RATE_DT), (vp.y() - vm.y()) / (2 * RANGE_RATE_DT),
            (vp.z() - vm.z()) / (2 * RANGE_RATE_DT));
        Vector3 p = s.position(), v = s.velocity();
        double r = Math.sqrt(p.dot(p));
        double rr = p.dot(v) / r;
        return (v.dot(v) + p.dot(acc) - rr * rr) / r < 0;
      }
    }, relation, refval, adjust, cnfine);
  }

  /** Half-width of the velocity difference behind the range rate's derivative, seconds. */
  private static final double RANGE_RATE_DT = 1.0;

  /**
   * CSPICE {@code gfsubc_c} (https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/gfsubc_c.html): a
   * coordinate of the sub-observer point ({@code subpnt_c}) in the target's body-fixed frame.
   *
   * @return the result window
   * @throws io.github.spice4j.SpiceException {@code SPICE(INVALIDSTEP)}, {@code SPICE(IDCODENOTFOUND)},
   *     {@code SPICE(BODIESNOTDISTINCT)}, {@code SPICE(NOTSUPPORTED)} for an unknown system or coordinate,
   *     {@code SPICE(NOFRAME)} / {@code SPICE(INVALIDFRAME)} for a frame unknown or not centered on the target,
   *     {@code SPICE(BADFRAME)} for a target without radii, and the errors of {@code subpnt_c}
   */
  public double[] gfsubc(String target, String fixref, String method, String abcorr, String obsrvr,
      String crdsys, String coord, GfRelation relation, double refval, double adjust, double step,
      double[] cnfine) {
    GfSearch search = search(step);
    int targetId = distinctBodies(target, obsrvr, "gfsubc");
    Coordinate c = Coordinate.parse(crdsys, coord, "gfsubc");
    surfaceFrame(targetId, target, fixref, "gfsubc");
    if (c.needsBody()) c.onBody(b, targetId, fixref, "gfsubc");
    return search.scalar(quantity(t -> c.of(b.geometry().subpnt(method, target, t, fixref, abcorr, obsrvr).spoint()), c),
        relation, refval, adjust, cnfine);
  }

  /**
   * CSPICE {@code gfsntc_c} (https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/gfsntc_c.html): a
   * coordinate of the surface intercept of a ray ({@code sincpt_c}). The search is confined to the window
   * where the ray hits the target, found first by a binary search.
   *
   * @param dref frame of the ray; {@code dvec} its direction
   * @return the result window
   * @throws io.github.spice4j.SpiceException as {@link #gfsubc}, with the errors of {@code sincpt_c}
   */
  public double[] gfsntc(String target, String fixref, String method, String abcorr, String obsrvr, String dref,
      Vector3 dvec, String crdsys, String coord, GfRelation relation, double refval, double adjust, double step,
      double[] cnfine) {
    GfSearch search = search(step);
    int targetId = distinctBodies(target, obsrvr, "gfsntc");
    Coordinate c = Coordinate.parse(crdsys, coord, "gfsntc");
    surfaceFrame(targetId, target, fixref, "gfsntc");
    if (c.needsBody()) c.onBody(b, targetId, fixref, "gfsntc");
    double[] hits = new GfSearch(step, tolerance, null).binary(
        t -> b.geometry().sincpt(method, target, t, fixref, abcorr, obsrvr, dref, dvec).isPresent(), cnfine);
    // Undefined (NaN) where the ray misses: only the edges of the hit window and their rate samples get there.
    return search.scalar(quantity(t -> b.geometry().sincpt(method, target, t, fixref, abcorr, obsrvr, dref, dvec)
        .map(p -> c.of(p.spoint())).orElse(Double.NaN), c), relation, refval, adjust, hits);
  }

  /**
   * CSPICE {@code gfilum_c} (https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/gfilum_c.html): an
   * illumination angle at a surface point ({@code illumg_c}).
   *
   * @param angtyp {@code PHASE}, {@code INCIDENCE} or {@code EMISSION}
   * @param spoint the surface point, km, in {@code fixref}
   * @return the result window
   * @throws io.github.spice4j.SpiceException as CSPICE documents: {@code SPICE(IDCODENOTFOUND)},
   *     {@code SPICE(BODIESNOTDISTINCT)} (target equal to observer or source), {@code SPICE(NOTSUPPORTED)} for a
   *     transmission correction or another angle type, {@code SPICE(INVALIDMETHOD)} for a method other than
   *     {@code ELLIPSOID}, {@code SPICE(UNKNOWNFRAME)} / {@code SPICE(INVALIDFRAME)} for a frame unknown or not
   *     centered on the target
   */
  public double[] gfilum(String method, String angtyp, String target, String illmn, String fixref, String abcorr,
      String obsrvr, Vector3 spoint, GfRelation relation, double refval, double adjust, double step,
      double[] cnfine) {
    GfSearch search = search(step);
    checkIllumination(method, target, illmn, fixref, abcorr, obsrvr);
    ToDoubleFunction<IlluminationAngles> angle = switch (angtyp.replace(" ", "").toUpperCase(Locale.ROOT)) {
      case "PHASE" -> IlluminationAngles::phase;
      case "INCIDENCE" -> IlluminationAngles::incdnc;
      case "EMISSION" -> IlluminationAngles::emissn;
      default -> throw Errors.spice("SPICE(NOTSUPPORTED)", "The illumination angle type " + angtyp.strip()
          + " is not supported; expected PHASE, INCIDENCE or EMISSION.", "gfilum");
    };
    return search.scalar(quantity(t -> angle.applyAsDouble(
        b.geometry().illumg(method, target, illmn, t, fixref, abcorr, obsrvr, spoint)), false), relation, refval, adjust, cnfine);
  }

  /**
   * The checks CSPICE documents for a surface point's frame: known ({@code SPICE(NOFRAME)}), centered on the
   * target ({@code SPICE(INVALIDFRAME)}), the target having radii ({@code SPICE(BADFRAME)}).
   */
  private void surfaceFrame(int targetId, String target, String fixref, String routine) {
    int center = frameCenter(fixref, "SPICE(NOFRAME)", routine);
    if (center != targetId) {
      throw Errors.spice("SPICE(INVALIDFRAME)", "The frame " + fixref.strip() + " has center " + center
          + "; it must be centered on the target body " + target + ".", routine);
    }
    if (!b.idsNames().bodfnd(targetId, "RADII")) {
      throw Errors.spice("SPICE(BADFRAME)", "No RADII data in kernel pool for frame '" + fixref.strip()
          + "' center body " + targetId + ".", routine);
    }
  }

  /** gfilum's documented argument checks, in CSPICE's order (the angle type is checked last, by the caller). */
  private void checkIllumination(String method, String target, String illmn, String fixref, String abcorr,
      String obsrvr) {
    int targetId = bodyId(target, "gfilum");
    int observer = bodyId(obsrvr, "gfilum");
    int source = bodyId(illmn, "gfilum");
    if (targetId == observer) {
      throw Errors.spice("SPICE(BODIESNOTDISTINCT)", "The observer and target must be distinct objects, but are "
          + "not: OBSRVR = " + obsrvr + "; TARGET = " + target + ".", "gfilum");
    }
    if (targetId == source) {
      throw Errors.spice("SPICE(BODIESNOTDISTINCT)", "The target and illumination source must be distinct "
          + "objects, but are not: TARGET = " + target + "; ILLUM = " + illmn + ".", "gfilum");
    }
    if (isTransmission(abcorr)) {
      throw Errors.spice("SPICE(NOTSUPPORTED)", "Aberration correction was " + abcorr + "; transmission "
          + "corrections are not allowed by this routine.", "gfilum");
    }
    b.idsNames().bodvrd(target, "RADII");
    if (!method.strip().equalsIgnoreCase("ELLIPSOID")) {
      throw Errors.spice("SPICE(INVALIDMETHOD)", "The only supported computation method is ELLIPSOID; the input "
          + "method was " + method + ".", "gfilum");
    }
    if (frameCenter(fixref, "SPICE(UNKNOWNFRAME)", "gfilum") != targetId) {
      throw Errors.spice("SPICE(INVALIDFRAME)", "Reference frame " + fixref.strip() + " is not centered at the "
          + "target body " + target + ".", "gfilum");
    }
  }

  /** Whether an aberration correction is for transmission ({@code XLT}, {@code XCN+S}, ...). */
  private static boolean isTransmission(String abcorr) {
    return abcorr.replace(" ", "").toUpperCase(Locale.ROOT).startsWith("X");
  }

  /**
   * CSPICE {@code gftfov_c} (https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/gftfov_c.html): when a
   * target is in an instrument's field of view (from the IK's {@code INS<id>_FOV_*} pool variables). A
   * {@code POINT} target is in view when its apparent center is; an {@code ELLIPSOID} target (radii
   * {@code BODYnnn_RADII}, oriented by {@code tframe} at the light-time-corrected epoch, placed at its apparent
   * center) when any part of it is, tested exactly against the FOV's boundary (see {@link LimbCone}); an
   * observer inside the ellipsoid sees it in every direction.
   *
   * @param inst instrument name or ID string
   * @param tshape {@code POINT} or {@code ELLIPSOID}
   * @param tframe the target's body-fixed frame, centered on it (ignored for a point)
   * @param abcorr any correction {@code spkpos_c} accepts
   * @return the windows when the target is in the field of view
   * @throws io.github.spice4j.SpiceException {@code SPICE(IDCODENOTFOUND)} (observer, target),
   *     {@code SPICE(INVALIDSHAPE)}, {@code SPICE(BODIESNOTDISTINCT)}, for an ellipsoid
   *     {@code SPICE(INVALIDFRAME)} (blank, unknown or not centered on the target),
   *     {@code SPICE(FRAMEINFONOTFOUND)}, {@code SPICE(INVALIDDIMENSION)} / {@code SPICE(BADAXISLENGTH)} (radii),
   *     errors of the FOV definition ({@code SPICE(FOVTOOWIDE)}, {@code SPICE(DEGENERATECASE)}, ...) and of
   *     {@code spkpos_c}
   */
  public double[] gftfov(String inst, String target, String tshape, String tframe, String abcorr, String obsrvr,
      double step, double[] cnfine) {
    bodyId(obsrvr, "gftfov");
    String shape = tshape.strip().toUpperCase(Locale.ROOT);
    if (!shape.equals("POINT") && !shape.equals("ELLIPSOID")) {
      throw Errors.spice("SPICE(INVALIDSHAPE)", "The target shape " + tshape.strip() + " is not recognized.",
          "gftfov");
    }
    int targetId = distinctBodies(target, obsrvr, "gftfov");
    double[] radii = shape.equals("ELLIPSOID") ? targetRadii(target, targetId, tframe) : null;
    Fov fov = Fov.of(b, inst);
    GfSearch search = search(step);
    if (radii == null) {
      return search.binary(t -> fov.contains(b.ephemeris().spkpos(target, t, fov.frame(), abcorr, obsrvr).position()), cnfine);
    }
    // The target's orientation is taken at the epoch its light left it (arrived, for transmission).
    String corr = abcorr.replace(" ", "").toUpperCase(Locale.ROOT);
    double sign = corr.equals("NONE") ? 0 : corr.startsWith("X") ? 1 : -1;
    return search.binary(t -> {
      PositionVector p = b.ephemeris().spkpos(target, t, fov.frame(), abcorr, obsrvr);
      Matrix3 toJ2000 = b.frames().pxform(tframe, "J2000", t + sign * p.lightTime());
      return fov.meets(new LimbCone(p.position(), b.frames().pxform("J2000", fov.frame(), t).multiply(toJ2000), radii));
    }, cnfine);
  }

  /** The checked radii of an ellipsoidal target whose body-fixed frame is {@code tframe}. */
  private double[] targetRadii(String target, int targetId, String tframe) {
    if (tframe.isBlank()) {
      throw Errors.spice("SPICE(INVALIDFRAME)", "The target " + target
          + " is modelled as an ellipsoid, but its body-fixed frame name is blank.", "gftfov");
    }
    int center = frameCenter(tframe, "SPICE(INVALIDFRAME)", "gftfov");
    if (center != targetId) {
      throw Errors.spice("SPICE(INVALIDFRAME)", "The frame " + tframe.strip() + " is centered on body "
          + center + ", not on the target " + target + ".", "gftfov");
    }
    double[] radii = b.idsNames().bodvrd(target, "RADII");
    if (radii.length != 3) {
      throw Errors.spice("SPICE(INVALIDDIMENSION)", "The target " + target + " has " + radii.length
          + " radii; 3 are needed.", "gftfov");
    }
    for (double r : radii) {
      if (!(r > 0)) {
        throw Errors.spice("SPICE(BADAXISLENGTH)", "The radii of " + target + " must be positive; one is " + r
            + ".", "gftfov");
      }
    }
    return radii;
  }

  /**
   * CSPICE {@code gfrfov_c} (https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/gfrfov_c.html): when a
   * ray, fixed in frame {@code rframe}, is in an instrument's field of view.
   *
   * @param raydir the ray's direction in {@code rframe}
   * @param abcorr {@code NONE}, {@code S} (stellar aberration for reception) or {@code XS} (transmission)
   * @return the windows when the ray is in the field of view
   * @throws io.github.spice4j.SpiceException {@code SPICE(INVALIDOPTION)} for another correction,
   *     {@code SPICE(ZEROVECTOR)} for a zero ray, {@code SPICE(IDCODENOTFOUND)}, FOV definition errors
   */
  public double[] gfrfov(String inst, Vector3 raydir, String rframe, String abcorr, String obsrvr, double step,
      double[] cnfine) {
    String corr = abcorr.replace(" ", "").toUpperCase(Locale.ROOT);
    if (!Set.of("NONE", "S", "XS").contains(corr)) {
      throw Errors.spice("SPICE(INVALIDOPTION)", "The aberration correction " + abcorr.strip()
          + " does not apply to a ray; use NONE, S or XS.", "gfrfov");
    }
    if (raydir.isZero()) throw Errors.spice("SPICE(ZEROVECTOR)", "The ray's direction vector is zero.", "gfrfov");
    Fov fov = Fov.of(b, inst);
    int observer = bodyId(obsrvr, "gfrfov");
    GfSearch search = search(step);
    return search.binary(t -> {
      Vector3 dir = b.frames().pxform(rframe, "J2000", t).multiply(raydir);
      if (!corr.equals("NONE")) {
        Vector3 v = b.ephemeris().spkssb(observer, t, "J2000").velocity();
        dir = Vectors.stellarAberration(dir, corr.equals("XS") ? v.negate() : v);
      }
      return fov.contains(b.frames().pxform("J2000", fov.frame(), t).multiply(dir));
    }, cnfine);
  }

  /**
   * CSPICE {@code gfuds_c} (https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/gfuds_c.html): a
   * user-defined scalar quantity; whether it decreases is taken from a central difference unless given.
   *
   * @param quantity the quantity as a function of ET
   * @param decreasing whether the quantity decreases at ET, or null for the numerical rate
   * @return the result window
   */
  public double[] gfuds(DoubleUnaryOperator quantity, DoublePredicate decreasing, GfRelation relation,
      double refval, double adjust, double step, double[] cnfine) {
    GfSearch search = search(step);
    Quantity q = decreasing == null ? quantity(quantity::applyAsDouble, false) : new Quantity() {
      @Override
      public double value(double et) {
        return quantity.applyAsDouble(et);
      }

      @Override
      public boolean decreasing(double et, double h) {
        return decreasing.test(et);
      }
    };
    return search.scalar(q, relation, refval, adjust, cnfine);
  }

  /**
   * CSPICE {@code gfudb_c} (https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/gfudb_c.html): a
   * user-defined boolean state.
   *
   * @param state the state as a function of ET
   * @return the windows where the state holds
   */
  public double[] gfudb(DoublePredicate state, double step, double[] cnfine) {
    return search(step).binary(state, cnfine);
  }

  private GfSearch search(double step) {
    return new GfSearch(step, tolerance, listener);
  }

  private static Quantity quantity(DoubleUnaryOperator f, boolean wraps) {
    return quantity(f, wraps, Math.PI);
  }

  /** A coordinate as a quantity, wrapping at its own branch cut. */
  private static Quantity quantity(DoubleUnaryOperator f, Coordinate c) {
    return quantity(f, c.wraps(), c.branchCut());
  }

  private static Quantity quantity(DoubleUnaryOperator f, boolean wraps, double cut) {
    return new Quantity() {
      @Override
      public double value(double et) {
        return f.applyAsDouble(et);
      }

      @Override
      public boolean wraps() {
        return wraps;
      }

      @Override
      public double branchCut() {
        return cut;
      }
    };
  }

  private static boolean isPoint(String shape) {
    return shape.strip().equalsIgnoreCase("POINT");
  }

  private int bodyId(String body, String routine) {
    return b.idsNames().bods2c(body).orElseThrow(() -> Errors.spice("SPICE(IDCODENOTFOUND)", "The body " + body
        + " has no NAIF ID code.", routine));
  }

  /**
   * The target's NAIF ID, after checking both names ({@code SPICE(IDCODENOTFOUND)}) and that they differ
   * ({@code SPICE(BODIESNOTDISTINCT)}), as the GF routines document.
   */
  private int distinctBodies(String target, String obsrvr, String routine) {
    int targetId = bodyId(target, routine);
    int observer = bodyId(obsrvr, routine);
    if (targetId == observer) {
      throw Errors.spice("SPICE(BODIESNOTDISTINCT)", "The observer and target must be distinct objects: "
          + obsrvr + " and " + target + ".", routine);
    }
    return targetId;
  }

  /** The NAIF ID of a frame's center; {@code unknown} is the short code for a frame name not recognized. */
  private int frameCenter(String frame, String unknown, String routine) {
    int code = b.frames().namfrm(frame).orElseThrow(() -> Errors.spice(unknown, "The frame " + frame.strip()
        + " is not recognized.", routine));
    FrameInfo info = b.frames().frinfo(code).orElseThrow(() -> Errors.spice("SPICE(FRAMEINFONOTFOUND)",
        "No description of frame " + frame + " is available.", routine));
    return info.center();
  }
}
