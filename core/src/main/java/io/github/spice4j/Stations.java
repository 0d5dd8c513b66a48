package io.github.spice4j;

import io.github.spice4j.backend.SpiceBackend;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Ground stations and other surface points: states between an ephemeris object and a point of constant
 * position or velocity relative to a body (CSPICE {@code spkcpo}, {@code spkcpt}, {@code spkcvo},
 * {@code spkcvt}), azimuth/elevation of a target from a station ({@code azlcpo}) and local solar time
 * ({@code et2lst}). Obtain it with {@link Spice#stations()}.
 *
 * <pre>{@code
 * Vector3 dss14 = new Vector3(-2353.621638969237, -4641.341392927776, 3677.052271773161); // km, ITRF93
 * AzElState moon = spice.stations().azimuthElevation(Stations.ELLIPSOID, "MOON", et, AberrationCorrection.LT_S,
 *     false, true, dss14, "EARTH", "ITRF93");
 * }</pre>
 *
 * <p>These routines are not in the engine: they are composed in Java from the engine's {@code spkssb},
 * {@code spkgeo}, {@code sxform}, {@code bodvcd}, {@code georec}, {@code reclat} and frame lookups,
 * following NAIF's documented definitions of the aberration corrections (light time, its rate, stellar
 * aberration and its rate).
 * Units: km, km/s, radians, seconds; epochs are ET (TDB seconds past J2000). Errors are
 * {@link SpiceException}s with CSPICE's short codes; null arguments are {@link NullPointerException}s.
 */
public final class Stations {
  /** Topocentric frame method of {@link #azimuthElevation}: the normal of the center body's reference ellipsoid. */
  public static final String ELLIPSOID = "ELLIPSOID";

  private static final double TWO_PI = 2.0 * Math.PI;
  private static final int SUN = 10;
  private static final double HALF_DAY = 43200.0;

  private final SpiceBackend backend;
  private final ConstantStates states;

  Stations(SpiceBackend backend) {
    this.backend = Objects.requireNonNull(backend, "backend");
    this.states = new ConstantStates(backend);
  }

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/spkcpo_c.html">spkcpo_c</a>:
   * state of a target as seen from an observer at a fixed position relative to a center (e.g. a station).
   *
   * @param target target body name or ID string
   * @param et observation epoch (ET)
   * @param outref output frame
   * @param refloc where {@code outref} is evaluated when it is not inertial
   * @param abcorr aberration correction
   * @param obspos observer position relative to {@code obsctr} in {@code obsref}, km
   * @param obsctr the observer's center body, e.g. {@code EARTH}
   * @param obsref frame of {@code obspos}, e.g. {@code ITRF93}
   * @return position (km), velocity (km/s) of the target relative to the observer in {@code outref}, and
   *     light time (s)
   * @throws SpiceException e.g. {@code SPICE(IDCODENOTFOUND)}, {@code SPICE(UNKNOWNFRAME)},
   *     {@code SPICE(SPKINSUFFDATA)}; {@code SPICE(EMPTYSTRING)} for an empty name
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a position, velocity or epoch is NaN or infinite
   */
  public StateVector stateFromFixedPoint(String target, double et, String outref, FrameLocus refloc,
      AberrationCorrection abcorr, Vector3 obspos, String obsctr, String obsref) {
    return stateFromMovingPoint(target, et, outref, refloc, abcorr, obspos, new Vector3(0, 0, 0), et, obsctr,
        obsref);
  }

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/spkcvo_c.html">spkcvo_c</a>:
   * state of a target as seen from an observer moving at constant velocity relative to a center.
   *
   * @param target target body name or ID string
   * @param et observation epoch (ET)
   * @param outref output frame
   * @param refloc where {@code outref} is evaluated when it is not inertial
   * @param abcorr aberration correction
   * @param obspos observer position relative to {@code obsctr} in {@code obsref} at {@code obsepc}, km
   * @param obsvel observer velocity relative to {@code obsctr} in {@code obsref}, km/s
   * @param obsepc epoch of {@code obspos} (ET)
   * @param obsctr the observer's center body
   * @param obsref frame of the observer's state
   * @return the target's state relative to the observer in {@code outref} (km, km/s) and light time (s)
   * @throws SpiceException as {@link #stateFromFixedPoint}
   * @throws IllegalArgumentException as {@link #stateFromFixedPoint}
   */
  public StateVector stateFromMovingPoint(String target, double et, String outref, FrameLocus refloc,
      AberrationCorrection abcorr, Vector3 obspos, Vector3 obsvel, double obsepc, String obsctr, String obsref) {
    Objects.requireNonNull(refloc, "refloc");
    Objects.requireNonNull(abcorr, "abcorr");
    strings("spkcvo", "target", target, "outref", outref, "obsctr", obsctr, "obsref", obsref);
    finite(et, "et");
    return states.fromPoint(target, et, outref, refloc, abcorr, point(obspos, obsvel, obsepc, obsctr, obsref));
  }

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/spkcpt_c.html">spkcpt_c</a>:
   * state of a target at a fixed position relative to a center (e.g. a station) as seen from an observer.
   *
   * @param trgpos target position relative to {@code trgctr} in {@code trgref}, km
   * @param trgctr the target's center body
   * @param trgref frame of {@code trgpos}
   * @param et observation epoch (ET)
   * @param outref output frame
   * @param refloc where {@code outref} is evaluated when it is not inertial
   * @param abcorr aberration correction
   * @param observer observer body name or ID string
   * @return the target's state relative to the observer in {@code outref} (km, km/s) and light time (s)
   * @throws SpiceException as {@link #stateFromFixedPoint}
   * @throws IllegalArgumentException as {@link #stateFromFixedPoint}
   */
  public StateVector stateOfFixedPoint(Vector3 trgpos, String trgctr, String trgref, double et, String outref,
      FrameLocus refloc, AberrationCorrection abcorr, String observer) {
    return stateOfMovingPoint(trgpos, new Vector3(0, 0, 0), et, trgctr, trgref, et, outref, refloc, abcorr,
        observer);
  }

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/spkcvt_c.html">spkcvt_c</a>:
   * state of a target moving at constant velocity relative to a center, as seen from an observer.
   *
   * @param trgpos target position relative to {@code trgctr} in {@code trgref} at {@code trgepc}, km
   * @param trgvel target velocity relative to {@code trgctr} in {@code trgref}, km/s
   * @param trgepc epoch of {@code trgpos} (ET)
   * @param trgctr the target's center body
   * @param trgref frame of the target's state
   * @param et observation epoch (ET)
   * @param outref output frame
   * @param refloc where {@code outref} is evaluated when it is not inertial
   * @param abcorr aberration correction
   * @param observer observer body name or ID string
   * @return the target's state relative to the observer in {@code outref} (km, km/s) and light time (s)
   * @throws SpiceException as {@link #stateFromFixedPoint}
   * @throws IllegalArgumentException as {@link #stateFromFixedPoint}
   */
  public StateVector stateOfMovingPoint(Vector3 trgpos, Vector3 trgvel, double trgepc, String trgctr,
      String trgref, double et, String outref, FrameLocus refloc, AberrationCorrection abcorr, String observer) {
    Objects.requireNonNull(refloc, "refloc");
    Objects.requireNonNull(abcorr, "abcorr");
    strings("spkcvt", "trgctr", trgctr, "trgref", trgref, "outref", outref, "obsrvr", observer);
    finite(et, "et");
    return states.ofPoint(point(trgpos, trgvel, trgepc, trgctr, trgref), et, outref, refloc, abcorr, observer);
  }

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/azlcpo_c.html">azlcpo_c</a>:
   * range, azimuth and elevation (with rates) of a target seen from a fixed point on a body, in the
   * point's topocentric frame: +Z along the outward normal of the body's reference ellipsoid
   * ({@code BODYnnn_RADII}) at the point nearest to the observer, +X towards the body's +Z axis (north).
   *
   * @param method {@link #ELLIPSOID} (case and blanks ignored)
   * @param target target body name or ID string
   * @param et observation epoch (ET)
   * @param abcorr aberration correction
   * @param azccw true for azimuth counterclockwise (from north towards west), false for compass azimuth
   * @param elplsz true for elevation positive above the horizon
   * @param obspos observer position relative to {@code obsctr} in {@code obsref}, km
   * @param obsctr the body the observer is fixed to
   * @param obsref a body-fixed frame centered on {@code obsctr}, e.g. {@code ITRF93}
   * @return range (km), azimuth, elevation (rad), their rates (km/s, rad/s) and light time (s)
   * @throws SpiceException {@code SPICE(INVALIDMETHOD)}, {@code SPICE(IDCODENOTFOUND)},
   *     {@code SPICE(UNKNOWNFRAME)}, {@code SPICE(INVALIDFRAME)} (frame not centered on {@code obsctr}),
   *     {@code SPICE(POINTONZAXIS)} (target at the zenith or nadir: rates undefined), SPK/PCK errors;
   *     {@code SPICE(EMPTYSTRING)} for an empty string argument
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code et} or {@code obspos} is NaN or infinite
   */
  public AzElState azimuthElevation(String method, String target, double et, AberrationCorrection abcorr,
      boolean azccw, boolean elplsz, Vector3 obspos, String obsctr, String obsref) {
    Objects.requireNonNull(abcorr, "abcorr");
    Objects.requireNonNull(obspos, "obspos");
    finite(obspos, "obspos");
    strings("azlcpo", "method", method, "target", target, "obsctr", obsctr, "obsref", obsref);
    finite(et, "et");
    int center = states.bodyId(obsctr);
    int frame = states.frameId(obsref);
    FrameInfo info = backend.frames().frinfo(frame).orElseThrow(() -> new SpiceException("SPICE(UNKNOWNFRAME)",
        "Reference frame " + obsref + " is not recognized by the SPICE frame subsystem.", "", "azlcpo", null));
    if (info.center() != center) {
      throw new SpiceException("SPICE(INVALIDFRAME)", "Reference frame " + obsref
          + " is not centered at the observer's center of motion " + obsctr + ". The ID code of the frame center is "
          + info.center() + ".", "", "azlcpo", null);
    }
    if (!method.replace(" ", "").equalsIgnoreCase(ELLIPSOID)) {
      throw new SpiceException("SPICE(INVALIDMETHOD)", "The computation method " + method + " was not recognized.",
          "", "azlcpo", null);
    }
    Matrix3 topo = topocentric(obspos, center);
    StateVector s = stateFromFixedPoint(target, et, obsref, FrameLocus.OBSERVER, abcorr, obspos, obsctr, obsref);
    Vector3 p = VectorMath.mxv(topo, s.position());
    Vector3 v = VectorMath.mxv(topo, s.velocity());
    AzElCoordinates c = AzElCoordinates.of(p, azccw, elplsz);
    double[] rates = azElRates(p, v, azccw, elplsz);
    return new AzElState(c.range(), c.azimuth(), c.elevation(), rates[0], rates[1], rates[2], s.lightTime());
  }

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/et2lst_c.html">et2lst_c</a>:
   * local solar time at a longitude on a body: the angle from the Sun's apparent (LT+S) longitude in the
   * body's frame, turned into a 24-hour clock with noon at the sub-solar longitude. Retrograde rotators
   * (negative {@code BODYnnn_PM} rate) have the angle reversed so time still runs forwards.
   *
   * @param et epoch (ET)
   * @param body NAIF ID of the body
   * @param lon longitude, radians, in {@code type}
   * @param type how {@code lon} is measured
   * @return hours, minutes, seconds (truncated) and the 24-hour and A.M./P.M. strings
   * @throws SpiceException {@code SPICE(CANTFINDFRAME)} (no body-fixed frame), {@code SPICE(SPKINSUFFDATA)},
   *     {@code SPICE(CANTGETROTATIONTYPE)} (no {@code BODYnnn_PM} in the pool); for a planetographic
   *     {@code lon}, first {@code SPICE(MISSINGDATA)} (no {@code BODYnnn_PM} and no
   *     {@code BODYnnn_PGR_POSITIVE_LON}) or {@code SPICE(INVALIDOPTION)} (that variable neither EAST nor WEST)
   * @throws IllegalArgumentException if {@code lon} is NaN or infinite
   */
  public LocalSolarTime localSolarTime(double et, int body, double lon, LongitudeSystem type) {
    Objects.requireNonNull(type, "type");
    // A NaN or infinite longitude would come out as a plausible time of day (12:00:00, 00:00:00).
    finite(lon, "lon");
    double mylon = type == LongitudeSystem.PLANETOGRAPHIC ? planetocentric(body, lon) : lon;
    if (body == SUN) return new LocalSolarTime(12, 0, 0, "12:00:00", "12:00:00 P.M.");
    FrameRef frame = backend.frames().cidfrm(body).orElseThrow(() -> new SpiceException("SPICE(CANTFINDFRAME)",
        "The body-fixed frame associated with body " + body + " could not be determined.", "", "et2lst", null));
    Vector3 sun = backend.ephemeris().spkez(SUN, et, frame.name(), "LT+S", body).position();
    double slon = backend.coords().reclat(sun).longitude();
    double angle = remainder(mylon - slon, TWO_PI)[1];
    if (angle > Math.PI) angle -= TWO_PI;
    if (pmRate(body) < 0.0) angle = -angle;
    double secnds = Math.max(-HALF_DAY, Math.min(HALF_DAY, angle * 86400.0 / TWO_PI));
    double[] h = remainder(secnds, 3600.0);
    double[] m = remainder(h[1], 60.0);
    int hr = (int) h[0] + 12;
    int mn = (int) m[0];
    int sc = (int) m[1];
    String suffix = hr == 24 || hr < 12 ? "A.M." : "P.M.";
    if (hr == 24) hr = 0;
    int hr12 = hr == 0 || hr == 12 ? 12 : hr % 12;
    String ms = String.format(Locale.ROOT, ":%02d:%02d", mn, sc);
    return new LocalSolarTime(hr, mn, sc, String.format(Locale.ROOT, "%02d", hr) + ms,
        String.format(Locale.ROOT, "%02d", hr12) + ms + " " + suffix);
  }

  // --- helpers -----------------------------------------------------------------------------------

  /** CSPICE's wrapper checks, in argument order: {@code name, value} pairs, none null or empty. */
  private static void strings(String routine, String... namesAndValues) {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      MathErrors.nonEmpty(namesAndValues[i + 1], namesAndValues[i], routine);
    }
  }

  private ConstantStates.ConstantPoint point(Vector3 pos, Vector3 vel, double epoch, String center, String frame) {
    Objects.requireNonNull(pos, "position");
    Objects.requireNonNull(vel, "velocity");
    Objects.requireNonNull(frame, "frame");
    finite(pos, "position");
    finite(vel, "velocity");
    finite(epoch, "the state's epoch");
    double[] s = {pos.x(), pos.y(), pos.z(), vel.x(), vel.y(), vel.z()};
    return new ConstantStates.ConstantPoint(s, epoch, states.bodyId(center), frame);
  }

  private static void finite(double x, String name) {
    if (!Double.isFinite(x)) throw new IllegalArgumentException(name + " must be finite, got " + x);
  }

  /** NaN or infinite coordinates would otherwise surface as a confusing non-finite light-time epoch. */
  private static void finite(Vector3 v, String name) {
    if (!Double.isFinite(v.x()) || !Double.isFinite(v.y()) || !Double.isFinite(v.z())) {
      throw new IllegalArgumentException(name + " must be finite, got " + v);
    }
  }

  /**
   * Rotation from the body-fixed frame to the topocentric frame at {@code obspos}: +Z the outward normal
   * at the nearest ellipsoid point, +X the body's +Z axis projected on the horizon (the body's +X axis on
   * the poles, where that projection vanishes).
   */
  private Matrix3 topocentric(Vector3 obspos, int center) {
    if (obspos.x() == 0.0 && obspos.y() == 0.0) {
      if (obspos.z() >= 0.0) return Matrix3.ofRowMajor(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
      double c = Math.cos(Math.PI);
      double s = Math.sin(Math.PI);
      return Matrix3.ofRowMajor(new double[] {1, 0, 0, 0, c, s, 0, -s, c});
    }
    Ellipsoid body = Ellipsoid.of(backend.pool().bodvcd(center, "RADII", 3));
    Vector3 up = body.normal(body.nearestPoint(obspos).point());
    Vector3 west = VectorMath.vhat(VectorMath.vcrss(up, new Vector3(0, 0, 1)));
    Vector3 north = VectorMath.vhat(VectorMath.vcrss(west, up));
    return Matrix3.ofRowMajor(new double[] {north.x(), north.y(), north.z(), west.x(), west.y(), west.z(),
        up.x(), up.y(), up.z()});
  }

  /** d(range, az, el)/dt from a topocentric position and velocity (the Jacobian of {@link AzElCoordinates#of}). */
  private static double[] azElRates(Vector3 p, Vector3 v, boolean azccw, boolean elplsz) {
    double x = p.x();
    double y = p.y();
    double z = p.z();
    double rho2 = x * x + y * y;
    if (rho2 == 0.0) {
      throw new SpiceException("SPICE(POINTONZAXIS)",
          "The target is on the topocentric Z axis; azimuth and elevation rates are undefined.", "", "azlcpo", null);
    }
    double rho = Math.sqrt(rho2);
    double r = VectorMath.vnorm(p);
    double r2 = r * r;
    double dr = (x * v.x() + y * v.y() + z * v.z()) / r;
    double daz = (x * v.y() - y * v.x()) / rho2;
    double del = (rho2 * v.z() - z * (x * v.x() + y * v.y())) / (r2 * rho);
    return new double[] {dr, azccw ? daz : -daz, elplsz ? del : -del};
  }

  /**
   * Planetocentric longitude of a planetographic one, as the longitude of the equatorial point with that
   * planetographic longitude (the sense rules and errors of {@code pgrrec_c}: {@code SPICE(MISSINGDATA)},
   * {@code SPICE(INVALIDOPTION)}).
   */
  private double planetocentric(int body, double lon) {
    String name = backend.idsNames().bodc2n(body).orElse(Integer.toString(body));
    boolean west = new Coordinates(backend).positiveWest(body, name);
    return backend.coords().reclat(backend.coords().georec(west ? -lon : lon, 0.0, 0.0, 1.0, 0.0)).longitude();
  }

  /** The body's prime-meridian rate ({@code BODYnnn_PM[1]}), whose sign is the rotation sense. */
  private double pmRate(int body) {
    String name = "BODY" + body + "_PM";
    Optional<double[]> pm = backend.pool().gdpool(name, 0, 3);
    if (pm.isEmpty() || pm.get().length < 2) {
      throw new SpiceException("SPICE(CANTGETROTATIONTYPE)", "The rotation type for the body " + body
          + " could not be determined because the " + name + " keyword was not found in the pool or had fewer"
          + " than two values.", "", "et2lst", null);
    }
    return pm.get()[1];
  }

  /** {@code [quotient, remainder]} with the remainder in [0, den) (CSPICE rmaind). */
  private static double[] remainder(double num, double den) {
    double q = (double) (long) (num / den);
    double rem = num - q * den;
    if (rem < 0.0) {
      q -= 1.0;
      rem += den;
    }
    return new double[] {q, rem};
  }
}
