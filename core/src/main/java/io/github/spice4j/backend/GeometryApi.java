package io.github.spice4j.backend;

import io.github.spice4j.IlluminationAndVisibility;
import io.github.spice4j.IlluminationAngles;
import io.github.spice4j.Occultation;
import io.github.spice4j.Plane;
import io.github.spice4j.SurfacePoint;
import io.github.spice4j.Vector3;
import java.util.Optional;

/**
 * Observation geometry (CSPICE subpnt_c, subslr_c, sincpt_c, ilumin_c, illumg_c, illumf_c, occult_c,
 * nvc2pl_c, pl2nvc_c).
 *
 * <p>Common arguments: {@code method} names the target's shape model and, for sub-points, the
 * definition, e.g. {@code NEAR POINT/ELLIPSOID}, {@code INTERCEPT/ELLIPSOID} (sub-points) or
 * {@code ELLIPSOID} (sincpt and the illumination routines), case-insensitive; {@code target},
 * {@code obsrvr} and {@code ilusrc} are body names or NAIF ID strings; {@code fixref} is a body-fixed
 * frame centred on the target (e.g. {@code IAU_MOON}); {@code abcorr} is one of {@code NONE, LT, LT+S,
 * CN, CN+S, XLT, XLT+S, XCN, XCN+S} (occult takes no stellar aberration); {@code et} is TDB seconds past
 * J2000. Ellipsoid radii come from the kernel pool
 * ({@code BODYnnn_RADII}, km). Outputs: points and vectors in km, epochs in ET seconds, angles in
 * radians.
 *
 * <p>Every method throws {@link NullPointerException} for null arguments, {@link IllegalArgumentException}
 * for NaN numbers or strings with NUL characters, and {@link io.github.spice4j.SpiceException} with
 * {@code SPICE(EMPTYSTRING)} for an empty required string; CSPICE's own errors arrive as
 * {@link io.github.spice4j.SpiceException} with its short code, e.g. {@code SPICE(BADMETHODSYNTAX)},
 * {@code SPICE(INVALIDFRAME)} (fixref not centred on the target), {@code SPICE(SPKINSUFFDATA)},
 * {@code SPICE(KERNELVARNOTFOUND)} (no radii), {@code SPICE(INVALIDOPTION)} (bad abcorr).
 */
public interface GeometryApi {
  /**
   * CSPICE {@code subpnt_c}: the sub-observer point on a target body.
   *
   * @param method {@code NEAR POINT/ELLIPSOID} (closest surface point to the observer) or
   *     {@code INTERCEPT/ELLIPSOID} (surface intercept of the ray to the target's centre)
   * @param target target body name
   * @param et observation epoch at the observer, TDB seconds past J2000
   * @param fixref body-fixed frame of the target
   * @param abcorr aberration correction
   * @param obsrvr observer body name
   * @return the point (km, in fixref at trgepc), trgepc (ET) and the observer-to-point vector (km)
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(BADMETHODSYNTAX)}, {@code SPICE(INVALIDFRAME)},
   *     {@code SPICE(SPKINSUFFDATA)}
   */
  SurfacePoint subpnt(String method, String target, double et, String fixref, String abcorr, String obsrvr);

  /**
   * CSPICE {@code subslr_c}: the sub-solar point on a target body as seen by an observer.
   *
   * @param method {@code NEAR POINT/ELLIPSOID} (closest surface point to the Sun) or
   *     {@code INTERCEPT/ELLIPSOID} (surface intercept of the ray to the Sun)
   * @param target target body name
   * @param et observation epoch at the observer, TDB seconds past J2000
   * @param fixref body-fixed frame of the target
   * @param abcorr aberration correction (stellar aberration alone, {@code S}, is {@code SPICE(INVALIDOPTION)})
   * @param obsrvr observer body name
   * @return the sub-solar point (km, in fixref at trgepc), trgepc (ET) and the observer-to-point vector (km)
   * @throws io.github.spice4j.SpiceException as {@link #subpnt}
   */
  SurfacePoint subslr(String method, String target, double et, String fixref, String abcorr, String obsrvr);

  /**
   * CSPICE {@code sincpt_c}: where a ray from the observer meets the target's surface.
   *
   * @param method {@code ELLIPSOID}
   * @param target target body name
   * @param et observation epoch, TDB seconds past J2000
   * @param fixref body-fixed frame of the target
   * @param abcorr aberration correction
   * @param obsrvr observer body name
   * @param dref frame of the ray direction, e.g. {@code J2000}
   * @param dvec ray direction (any non-zero length) in {@code dref}
   * @return the intercept (km, in fixref at trgepc), trgepc (ET) and observer-to-point vector (km); empty
   *     when the ray misses the target
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(ZEROVECTOR)} for a zero direction
   */
  Optional<SurfacePoint> sincpt(String method, String target, double et, String fixref, String abcorr,
      String obsrvr, String dref, Vector3 dvec);

  /**
   * CSPICE {@code ilumin_c}: phase, solar incidence and emission angles at a surface point.
   *
   * @param method {@code ELLIPSOID}
   * @param target target body name
   * @param et observation epoch, TDB seconds past J2000
   * @param fixref body-fixed frame of the target
   * @param abcorr aberration correction
   * @param obsrvr observer body name
   * @param spoint the surface point, km, in fixref (e.g. from {@link #subpnt})
   * @return trgepc (ET), observer-to-point vector (km) and the angles (radians), the Sun as source
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(SPKINSUFFDATA)}
   */
  IlluminationAngles ilumin(String method, String target, double et, String fixref, String abcorr, String obsrvr,
      Vector3 spoint);

  /**
   * CSPICE {@code illumg_c}: illumination angles at a surface point for any illumination source.
   *
   * @param method {@code ELLIPSOID}
   * @param target target body name
   * @param ilusrc the illumination source body, e.g. {@code SUN}
   * @param et observation epoch, TDB seconds past J2000
   * @param fixref body-fixed frame of the target
   * @param abcorr aberration correction
   * @param obsrvr observer body name
   * @param spoint the surface point, km, in fixref
   * @return trgepc (ET), observer-to-point vector (km), phase, incidence and emission angles (radians)
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(SPKINSUFFDATA)}
   */
  IlluminationAngles illumg(String method, String target, String ilusrc, double et, String fixref, String abcorr,
      String obsrvr, Vector3 spoint);

  /**
   * CSPICE {@code illumf_c}: as {@link #illumg} plus whether the point is visible and lit.
   *
   * @param method {@code ELLIPSOID}
   * @param target target body name
   * @param ilusrc the illumination source body
   * @param et observation epoch, TDB seconds past J2000
   * @param fixref body-fixed frame of the target
   * @param abcorr aberration correction
   * @param obsrvr observer body name
   * @param spoint the surface point, km, in fixref
   * @return the angles (ET, km, radians) and the visible and lit flags
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(SPKINSUFFDATA)}
   */
  IlluminationAndVisibility illumf(String method, String target, String ilusrc, double et, String fixref,
      String abcorr, String obsrvr, Vector3 spoint);

  /**
   * CSPICE {@code occult_c}: whether one target hides another as seen by an observer.
   *
   * @param targ1 first target body
   * @param shape1 {@code ELLIPSOID} or {@code POINT}
   * @param frame1 body-fixed frame of targ1; a blank ({@code " "}) for {@code POINT}, never empty
   * @param targ2 second target body
   * @param shape2 {@code ELLIPSOID} or {@code POINT}
   * @param frame2 body-fixed frame of targ2; a blank for {@code POINT}
   * @param abcorr {@code NONE, LT, CN, XLT} or {@code XCN} (no stellar aberration)
   * @param obsrvr observer body name
   * @param et observation epoch, TDB seconds past J2000
   * @return the occultation state (CSPICE's {@code ocltid} code via {@link Occultation#code()})
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(BADMETHODSYNTAX)} for an unknown shape,
   *     {@code SPICE(BODIESNOTDISTINCT)} when the observer is one of the targets, {@code SPICE(EMPTYSTRING)}
   *     for an empty frame
   */
  Occultation occult(String targ1, String shape1, String frame1, String targ2, String shape2, String frame2,
      String abcorr, String obsrvr, double et);

  /**
   * CSPICE {@code nvc2pl_c}: the plane {@code <x, normal> = konst}.
   *
   * @param normal a non-zero normal vector (any length)
   * @param konst the constant: km times the length of {@code normal}
   * @return the plane with a unit normal and a non-negative constant (normal and constant negated if needed)
   * @throws io.github.spice4j.SpiceException {@code SPICE(ZEROVECTOR)} for a zero normal
   */
  Plane nvc2pl(Vector3 normal, double konst);

  /**
   * CSPICE {@code pl2nvc_c}: the unit normal and constant of a plane.
   *
   * @param plane a plane, normally built by {@link #nvc2pl}
   * @return the plane's unit normal and constant (km) as CSPICE reports them
   */
  Plane pl2nvc(Plane plane);
}
