package io.github.spice4j;

import io.github.spice4j.backend.SpiceBackend;
import java.util.Objects;
import java.util.Optional;

/**
 * Observation geometry on ellipsoidal bodies: sub-observer and sub-solar points, ray intercepts,
 * illumination angles, occultations and planes. Obtain it with {@link Spice#geometry()}.
 *
 * <pre>{@code
 * Geometry g = spice.geometry();
 * SurfacePoint sub = g.subObserverPoint(Geometry.NEAR_POINT_ELLIPSOID, "MOON", "EARTH", "IAU_MOON",
 *     AberrationCorrection.LT_S, et);
 * IlluminationAngles a = g.illumination(Geometry.ELLIPSOID, "MOON", "EARTH", "IAU_MOON",
 *     AberrationCorrection.LT_S, et, sub.spoint());
 * }</pre>
 *
 * Units: points and vectors km (surface points in the body-fixed frame {@code fixref} at the target epoch
 * {@code trgepc}), epochs TDB seconds past J2000 (ET), angles radians. Body-fixed frames must be centred
 * on their body (e.g. {@code IAU_MOON} for the Moon); radii come from the loaded PCK ({@code BODYnnn_RADII}).
 * Errors are {@link SpiceException}s with CSPICE's short code; null arguments are
 * {@link NullPointerException}s; empty required strings give {@code SPICE(EMPTYSTRING)}.
 */
public final class Geometry {
  /** Sub-point method: the surface point closest to the observer (or the Sun), on the ellipsoid. */
  public static final String NEAR_POINT_ELLIPSOID = "NEAR POINT/ELLIPSOID";
  /** Sub-point method: where the ray towards the body's centre meets the ellipsoid. */
  public static final String INTERCEPT_ELLIPSOID = "INTERCEPT/ELLIPSOID";
  /** Shape model for intercepts, illumination and occultation: the body's reference ellipsoid. */
  public static final String ELLIPSOID = "ELLIPSOID";
  /** Occultation shape: the body as a point (its frame must then be given as a blank, {@code " "}). */
  public static final String POINT = "POINT";

  private final SpiceBackend backend;

  Geometry(SpiceBackend backend) {
    this.backend = backend;
  }

  /**
   * CSPICE {@code subpnt_c}: the sub-observer point on a target.
   *
   * @param method {@link #NEAR_POINT_ELLIPSOID} or {@link #INTERCEPT_ELLIPSOID}
   * @param target target body, e.g. {@code MOON}
   * @param observer observer body, e.g. {@code EARTH}
   * @param fixref body-fixed frame of the target, e.g. {@code IAU_MOON}
   * @param abcorr aberration correction
   * @param et observation epoch, TDB seconds past J2000
   * @return the point (km, fixref at trgepc), trgepc (ET) and the observer-to-point vector (km)
   * @throws SpiceException e.g. {@code SPICE(BADMETHODSYNTAX)}, {@code SPICE(INVALIDFRAME)}, {@code SPICE(SPKINSUFFDATA)}
   */
  public SurfacePoint subObserverPoint(String method, String target, String observer, String fixref,
      AberrationCorrection abcorr, double et) {
    return backend.geometry().subpnt(method, target, et, fixref, name(abcorr), observer);
  }

  /**
   * CSPICE {@code subslr_c}: the sub-solar point on a target as seen by an observer.
   *
   * @param method {@link #NEAR_POINT_ELLIPSOID} or {@link #INTERCEPT_ELLIPSOID}
   * @param target target body
   * @param observer observer body
   * @param fixref body-fixed frame of the target
   * @param abcorr aberration correction
   * @param et observation epoch, TDB seconds past J2000
   * @return the sub-solar point (km, fixref at trgepc), trgepc (ET) and the observer-to-point vector (km)
   * @throws SpiceException as {@link #subObserverPoint}
   */
  public SurfacePoint subSolarPoint(String method, String target, String observer, String fixref,
      AberrationCorrection abcorr, double et) {
    return backend.geometry().subslr(method, target, et, fixref, name(abcorr), observer);
  }

  /**
   * CSPICE {@code sincpt_c}: where a ray from the observer meets the target's surface.
   *
   * @param method {@link #ELLIPSOID}
   * @param target target body
   * @param observer observer body
   * @param fixref body-fixed frame of the target
   * @param abcorr aberration correction
   * @param et observation epoch, TDB seconds past J2000
   * @param dref frame of the direction, e.g. {@code J2000}
   * @param dvec ray direction in {@code dref}, any non-zero length
   * @return the intercept, or empty when the ray misses the target
   * @throws SpiceException e.g. {@code SPICE(ZEROVECTOR)} for a zero direction
   */
  public Optional<SurfacePoint> surfaceIntercept(String method, String target, String observer, String fixref,
      AberrationCorrection abcorr, double et, String dref, Vector3 dvec) {
    return backend.geometry().sincpt(method, target, et, fixref, name(abcorr), observer, dref, dvec);
  }

  /**
   * CSPICE {@code ilumin_c}: phase, solar incidence and emission angles at a surface point.
   *
   * @param method {@link #ELLIPSOID}
   * @param target target body
   * @param observer observer body
   * @param fixref body-fixed frame of the target
   * @param abcorr aberration correction
   * @param et observation epoch, TDB seconds past J2000
   * @param spoint the surface point, km, in fixref (e.g. {@link SurfacePoint#spoint()})
   * @return trgepc (ET), observer-to-point vector (km) and the angles (radians) with the Sun as source
   * @throws SpiceException e.g. {@code SPICE(SPKINSUFFDATA)}
   */
  public IlluminationAngles illumination(String method, String target, String observer, String fixref,
      AberrationCorrection abcorr, double et, Vector3 spoint) {
    return backend.geometry().ilumin(method, target, et, fixref, name(abcorr), observer, spoint);
  }

  /**
   * CSPICE {@code illumg_c}: illumination angles at a surface point for any light source.
   *
   * @param method {@link #ELLIPSOID}
   * @param target target body
   * @param ilusrc the illumination source, e.g. {@code SUN} or {@code EARTH} (earthshine)
   * @param observer observer body
   * @param fixref body-fixed frame of the target
   * @param abcorr aberration correction
   * @param et observation epoch, TDB seconds past J2000
   * @param spoint the surface point, km, in fixref
   * @return trgepc (ET), observer-to-point vector (km), phase, incidence and emission angles (radians)
   * @throws SpiceException e.g. {@code SPICE(SPKINSUFFDATA)}
   */
  public IlluminationAngles illuminationBy(String method, String target, String ilusrc, String observer,
      String fixref, AberrationCorrection abcorr, double et, Vector3 spoint) {
    return backend.geometry().illumg(method, target, ilusrc, et, fixref, name(abcorr), observer, spoint);
  }

  /**
   * CSPICE {@code illumf_c}: illumination angles plus whether the point is visible and lit.
   *
   * @param method {@link #ELLIPSOID}
   * @param target target body
   * @param ilusrc the illumination source
   * @param observer observer body
   * @param fixref body-fixed frame of the target
   * @param abcorr aberration correction
   * @param et observation epoch, TDB seconds past J2000
   * @param spoint the surface point, km, in fixref
   * @return the angles (ET, km, radians) and the visible and lit flags
   * @throws SpiceException e.g. {@code SPICE(SPKINSUFFDATA)}
   */
  public IlluminationAndVisibility illuminationAndVisibility(String method, String target, String ilusrc,
      String observer, String fixref, AberrationCorrection abcorr, double et, Vector3 spoint) {
    return backend.geometry().illumf(method, target, ilusrc, et, fixref, name(abcorr), observer, spoint);
  }

  /**
   * CSPICE {@code occult_c}: whether one target hides another as seen by an observer.
   *
   * @param targ1 first target
   * @param shape1 {@link #ELLIPSOID} or {@link #POINT}
   * @param frame1 body-fixed frame of targ1, or a blank ({@code " "}) for {@link #POINT}
   * @param targ2 second target
   * @param shape2 {@link #ELLIPSOID} or {@link #POINT}
   * @param frame2 body-fixed frame of targ2, or a blank for {@link #POINT}
   * @param observer observer body
   * @param abcorr {@code NONE}, {@code LT}, {@code CN}, {@code XLT} or {@code XCN} (stellar aberration is not allowed)
   * @param et observation epoch, TDB seconds past J2000
   * @return the occultation state; negative codes mean targ1 is behind targ2
   * @throws SpiceException e.g. {@code SPICE(BADMETHODSYNTAX)} for an unknown shape, {@code SPICE(BODIESNOTDISTINCT)}
   */
  public Occultation occultation(String targ1, String shape1, String frame1, String targ2, String shape2,
      String frame2, String observer, AberrationCorrection abcorr, double et) {
    return backend.geometry().occult(targ1, shape1, frame1, targ2, shape2, frame2, name(abcorr), observer, et);
  }

  /**
   * CSPICE {@code nvc2pl_c}: the plane {@code <x, normal> = constant}.
   *
   * @param normal a non-zero normal vector (any length)
   * @param constant the plane constant, km times the length of {@code normal}
   * @return the plane with a unit normal and a non-negative constant (km)
   * @throws SpiceException {@code SPICE(ZEROVECTOR)} for a zero normal
   */
  public Plane plane(Vector3 normal, double constant) {
    return backend.geometry().nvc2pl(normal, constant);
  }

  /**
   * CSPICE {@code pl2nvc_c}: a plane's unit normal and constant.
   *
   * @param plane the plane
   * @return its unit normal and constant (km), as CSPICE reports them
   */
  public Plane normalAndConstant(Plane plane) {
    return backend.geometry().pl2nvc(plane);
  }

  private static String name(AberrationCorrection abcorr) {
    return Objects.requireNonNull(abcorr, "abcorr").spiceName();
  }
}
