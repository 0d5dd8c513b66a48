package io.github.spice4j;

import io.github.spice4j.backend.SpiceBackend;
import io.github.spice4j.gf.GfSearch;
import io.github.spice4j.gf.GfSearches;
import io.github.spice4j.gf.Windows;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;

/**
 * Geometry finder searches: the times within a window when a geometric condition holds. Obtain it from
 * {@link Spice#eventFinder()}. Distance and angular separation ({@code gfdist_c}, {@code gfsep_c}) run the
 * engine's own CSPICE routines; occultations, coordinates, phase angle, range rate, sub-observer and
 * intercept coordinates, illumination angles, fields of view and user-defined quantities run this
 * project's search engine ({@code io.github.spice4j.gf}) on the engine's geometry, built from NAIF's GF
 * Required Reading (https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/req/gf.html): step through the
 * window, refine each change of state by bisection to the convergence tolerance ({@link #tolerance()},
 * CSPICE's default 1e-6 s), and reduce scalar searches to the intervals where the quantity decreases.
 *
 * <pre>{@code
 * List<TimeInterval> window = List.of(new TimeInterval(spice.utcToEt("2024-01-01"), spice.utcToEt("2024-04-01")));
 * List<TimeInterval> perigees = spice.eventFinder().distance("MOON", "EARTH", AberrationCorrection.NONE,
 *     GfConstraint.localMinimum(), window, 5 * 86400.0);
 * }</pre>
 *
 * <p>Windows are ET intervals (TDB seconds past J2000). The {@code step} (seconds) must be shorter than
 * the shortest event and the shortest gap between events the search should find; CSPICE can miss
 * anything briefer. Results are disjoint and ascending; extrema and {@code =} crossings are zero-length
 * intervals. A search that finds nothing returns an empty list, as does a search over an empty window (which
 * CSPICE allows too).
 *
 * <p>Searches given a {@link GfProgressListener} report their progress and are run piecewise; see
 * {@link io.github.spice4j.backend.GfApi} for how that matches a single CSPICE call.
 */
public final class EventFinder {
  /** The default for {@link #maxIntervals()}. */
  public static final int DEFAULT_MAX_INTERVALS = 10_000;

  private final SpiceBackend backend;
  private final int maxIntervals;
  private final double tolerance;
  private final GfProgressListener listener;

  EventFinder(SpiceBackend backend, int maxIntervals) {
    this(backend, maxIntervals, GfSearch.DEFAULT_TOLERANCE, null);
  }

  private EventFinder(SpiceBackend backend, int maxIntervals, double tolerance, GfProgressListener listener) {
    this.backend = backend;
    this.maxIntervals = maxIntervals;
    this.tolerance = tolerance;
    this.listener = listener;
  }

  /**
   * A finder whose searches report their progress to {@code listener} (the overloads of {@link #distance}
   * and {@link #separation} without a listener use it too).
   *
   * @param listener receives the progress; throwing from it stops the search
   * @return the new finder
   * @throws NullPointerException if {@code listener} is null
   */
  public EventFinder withProgress(GfProgressListener listener) {
    return new EventFinder(backend, maxIntervals, tolerance, Objects.requireNonNull(listener, "listener"));
  }

  /**
   * The convergence tolerance of this finder's own searches (every search but {@link #distance} and
   * {@link #separation}, which use the engine's setting, see {@link #setTolerance}), seconds.
   */
  public double tolerance() {
    return tolerance;
  }

  /**
   * A finder whose own searches converge to another tolerance (CSPICE {@code gfstol_c}'s setting,
   * https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/gfstol_c.html).
   *
   * @param seconds positive
   * @return the new finder
   * @throws IllegalArgumentException if {@code seconds} is not positive and finite
   */
  public EventFinder withTolerance(double seconds) {
    if (!(seconds > 0) || Double.isInfinite(seconds)) {
      throw new IllegalArgumentException("tolerance must be positive, was " + seconds);
    }
    return new EventFinder(backend, maxIntervals, seconds, listener);
  }

  /**
   * The largest number of intervals a result (and CSPICE's workspace, which holds the intervals where
   * the quantity decreases) may have; CSPICE's {@code nintvls}.
   */
  public int maxIntervals() {
    return maxIntervals;
  }

  /**
   * A finder with another {@link #maxIntervals()} over the same engine.
   *
   * @param nintvls at least 1
   * @return the new finder
   * @throws SpiceException {@code SPICE(VALUEOUTOFRANGE)} if {@code nintvls < 1}, as CSPICE's GF routines
   */
  public EventFinder withMaxIntervals(int nintvls) {
    if (nintvls < 1) {
      throw new SpiceException("SPICE(VALUEOUTOFRANGE)", "The specified workspace interval count " + nintvls
          + " was less than the minimum allowed value (1).", "", "gf", null);
    }
    return new EventFinder(backend, nintvls, tolerance, listener);
  }

  /**
   * CSPICE {@code gfdist_c}: when the distance from the observer to the target satisfies the constraint.
   *
   * @param target target body name or ID string, e.g. {@code MOON}
   * @param observer observer body, e.g. {@code EARTH}
   * @param abcorr aberration correction
   * @param constraint the condition; reference and adjustment in km
   * @param window where to search
   * @param step search step, seconds
   * @return the matching intervals
   * @throws SpiceException e.g. {@code SPICE(INVALIDSTEP)} (step not positive), {@code SPICE(SPKINSUFFDATA)}
   *     (no ephemeris over the window), {@code SPICE(WINDOWEXCESS)} (more than {@link #maxIntervals()})
   * @throws NullPointerException if an argument is null
   */
  public List<TimeInterval> distance(String target, String observer, AberrationCorrection abcorr,
      GfConstraint constraint, List<TimeInterval> window, double step) {
    if (listener != null) return distance(target, observer, abcorr, constraint, window, step, listener);
    checkWindow(window);
    return backend.gf().gfdist(target, spice(abcorr), observer, constraint.relation().spiceName(), constraint.refval(),
        constraint.adjust(), step, maxIntervals, window);
  }

  /**
   * {@link #distance(String, String, AberrationCorrection, GfConstraint, List, double)} reporting progress to
   * {@code listener}.
   *
   * @param listener receives the progress; throwing from it stops the search
   * @return the matching intervals
   */
  public List<TimeInterval> distance(String target, String observer, AberrationCorrection abcorr,
      GfConstraint constraint, List<TimeInterval> window, double step, GfProgressListener listener) {
    checkWindow(window);
    return backend.gf().gfdist(target, spice(abcorr), observer, constraint.relation().spiceName(), constraint.refval(),
        constraint.adjust(), step, maxIntervals, window, Objects.requireNonNull(listener, "listener"));
  }

  /**
   * CSPICE {@code gfsep_c}: when the angular separation of two bodies, seen from the observer, satisfies the
   * constraint.
   *
   * @param first first body (point or sphere)
   * @param second second body
   * @param observer observer body
   * @param abcorr aberration correction
   * @param constraint the condition; reference and adjustment in radians
   * @param window where to search
   * @param step search step, seconds
   * @return the matching intervals
   * @throws SpiceException as {@link #distance(String, String, AberrationCorrection, GfConstraint, List, double)},
   *     and e.g. {@code SPICE(KERNELVARNOTFOUND)} when a sphere's radii are not loaded
   * @throws NullPointerException if an argument is null
   */
  public List<TimeInterval> separation(GfTarget first, GfTarget second, String observer, AberrationCorrection abcorr,
      GfConstraint constraint, List<TimeInterval> window, double step) {
    if (listener != null) return separation(first, second, observer, abcorr, constraint, window, step, listener);
    checkWindow(window);
    return backend.gf().gfsep(first.body(), first.shape(), frame(first), second.body(), second.shape(), frame(second),
        spice(abcorr), observer, constraint.relation().spiceName(), constraint.refval(), constraint.adjust(), step,
        maxIntervals, window);
  }

  /**
   * {@link #separation(GfTarget, GfTarget, String, AberrationCorrection, GfConstraint, List, double)} reporting
   * progress to {@code listener}.
   *
   * @param listener receives the progress; throwing from it stops the search
   * @return the matching intervals
   */
  public List<TimeInterval> separation(GfTarget first, GfTarget second, String observer, AberrationCorrection abcorr,
      GfConstraint constraint, List<TimeInterval> window, double step, GfProgressListener listener) {
    checkWindow(window);
    return backend.gf().gfsep(first.body(), first.shape(), frame(first), second.body(), second.shape(), frame(second),
        spice(abcorr), observer, constraint.relation().spiceName(), constraint.refval(), constraint.adjust(), step,
        maxIntervals, window, Objects.requireNonNull(listener, "listener"));
  }

  /**
   * CSPICE {@code gfstol_c}: the convergence tolerance of later {@link #distance} and {@link #separation}
   * searches on this engine (default 1e-6 s); the project's own searches take theirs from
   * {@link #withTolerance(double)}.
   *
   * @param seconds positive
   * @throws SpiceException {@code SPICE(INVALIDTOLERANCE)} if not positive
   */
  public void setTolerance(double seconds) {
    backend.gf().gfstol(seconds);
  }

  /**
   * CSPICE {@code gfoclt_c} (https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/gfoclt_c.html): when
   * {@code front} occults {@code back} as seen by the observer, e.g. solar eclipses (MOON in front of SUN
   * seen from EARTH) or lunar eclipses (EARTH in front of SUN seen from MOON).
   *
   * @param occtyp {@code ANY}, {@code PARTIAL}, {@code ANNULAR} or {@code FULL} (a point body allows only ANY)
   * @param front the body in front
   * @param back the body behind
   * @param abcorr NONE, LT, CN, XLT or XCN (no stellar aberration, as {@code occult_c})
   * @param observer observer body
   * @param window where to search
   * @param step search step, seconds (shorter than the shortest occultation and gap to find)
   * @return the occultation intervals
   * @throws SpiceException {@code SPICE(INVALIDOCCTYPE)}, {@code SPICE(BADTYPESHAPECOMBO)},
   *     {@code SPICE(INVALIDSTEP)}, {@code SPICE(WINDOWEXCESS)}, and {@code occult_c}'s errors (e.g.
   *     {@code SPICE(SPKINSUFFDATA)})
   */
  public List<TimeInterval> occultation(String occtyp, OccultingBody front, OccultingBody back,
      AberrationCorrection abcorr, String observer, List<TimeInterval> window, double step) {
    double[] w = cnfine(window);
    return result(searches().gfoclt(text(occtyp, "occtyp"), front.body(), front.shape(), front.frame(), back.body(),
        back.shape(), back.frame(), spice(abcorr), text(observer, "observer"), step, w));
  }

  /**
   * CSPICE {@code gfposc_c} (https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/gfposc_c.html): when a
   * coordinate of the observer-to-target position satisfies the constraint, e.g. a station's view period as
   * {@code LATITUDINAL}/{@code LATITUDE > 10 deg} of the target in the station's topocentric frame.
   *
   * @param target target body
   * @param observer observer body (e.g. a station, {@code DSS-14})
   * @param frame frame of the position, e.g. {@code DSS-14_TOPO}
   * @param abcorr aberration correction
   * @param crdsys {@code RECTANGULAR} (X, Y, Z), {@code LATITUDINAL} (RADIUS, LONGITUDE, LATITUDE),
   *     {@code RA/DEC} (RANGE, RIGHT ASCENSION, DECLINATION), {@code SPHERICAL} (RADIUS, COLATITUDE,
   *     LONGITUDE), {@code CYLINDRICAL} (RADIUS, LONGITUDE, Z), {@code GEODETIC} or {@code PLANETOGRAPHIC}
   *     (LONGITUDE, LATITUDE, ALTITUDE on the ellipsoid of the frame's center)
   * @param coord the coordinate
   * @param constraint the condition (km or radians)
   * @param window where to search
   * @param step search step, seconds (shorter than the shortest interval where the coordinate is monotone)
   * @return the matching intervals
   * @throws SpiceException {@code SPICE(NOTSUPPORTED)} for an unknown system or coordinate (AZ/EL as well,
   *     as CSPICE N0067) or, for geodetic and planetographic coordinates, a frame center with unequal equatorial
   *     radii, {@code SPICE(BADFRAME)} for a frame center without radii, {@code SPICE(IDCODENOTFOUND)},
   *     {@code SPICE(BODIESNOTDISTINCT)}, {@code SPICE(NOFRAME)}, {@code SPICE(INVALIDSTEP)},
   *     {@code SPICE(WINDOWEXCESS)}, errors of {@code spkpos_c}
   */
  public List<TimeInterval> position(String target, String observer, String frame, AberrationCorrection abcorr,
      String crdsys, String coord, GfConstraint constraint, List<TimeInterval> window, double step) {
    double[] w = cnfine(window);
    return result(searches().gfposc(text(target, "target"), text(frame, "frame"), spice(abcorr),
        text(observer, "observer"), text(crdsys, "crdsys"), text(coord, "coord"), constraint.relation(),
        constraint.refval(), constraint.adjust(), step, w));
  }

  /**
   * CSPICE {@code gfpa_c} (https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/gfpa_c.html): the phase
   * angle at the target between the observer and the illumination source.
   *
   * @param target target body
   * @param illuminator illumination source, e.g. {@code SUN}
   * @param observer observer body
   * @param abcorr NONE, LT, LT+S, CN or CN+S
   * @param constraint the condition, radians
   * @param window where to search
   * @param step search step, seconds
   * @return the matching intervals
   * @throws SpiceException {@code SPICE(IDCODENOTFOUND)}, {@code SPICE(BODIESNOTDISTINCT)} unless target,
   *     illuminator and observer all differ, {@code SPICE(INVALIDOPTION)} for a transmission ({@code X...})
   *     correction, {@code SPICE(INVALIDSTEP)}, {@code SPICE(WINDOWEXCESS)}, errors of {@code spkpos_c}
   */
  public List<TimeInterval> phaseAngle(String target, String illuminator, String observer,
      AberrationCorrection abcorr, GfConstraint constraint, List<TimeInterval> window, double step) {
    double[] w = cnfine(window);
    return result(searches().gfpa(text(target, "target"), text(illuminator, "illuminator"), spice(abcorr),
        text(observer, "observer"), constraint.relation(), constraint.refval(), constraint.adjust(), step, w));
  }

  /**
   * CSPICE {@code gfrr_c} (https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/gfrr_c.html): the range
   * rate of the target seen by the observer.
   *
   * @param target target body
   * @param observer observer body
   * @param abcorr aberration correction
   * @param constraint the condition, km/s
   * @param window where to search
   * @param step search step, seconds
   * @return the matching intervals
   * @throws SpiceException {@code SPICE(IDCODENOTFOUND)}, {@code SPICE(BODIESNOTDISTINCT)},
   *     {@code SPICE(INVALIDSTEP)}, {@code SPICE(WINDOWEXCESS)}, errors of {@code spkezr_c}
   */
  public List<TimeInterval> rangeRate(String target, String observer, AberrationCorrection abcorr,
      GfConstraint constraint, List<TimeInterval> window, double step) {
    double[] w = cnfine(window);
    return result(searches().gfrr(text(target, "target"), spice(abcorr), text(observer, "observer"),
        constraint.relation(), constraint.refval(), constraint.adjust(), step, w));
  }

  /**
   * CSPICE {@code gfsubc_c} (https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/gfsubc_c.html): a
   * coordinate of the sub-observer point on the target.
   *
   * @param target target body
   * @param fixref its body-fixed frame, e.g. {@code IAU_EARTH}
   * @param method {@code NEAR POINT: ELLIPSOID} or {@code INTERCEPT: ELLIPSOID}
   * @param observer observer body
   * @param abcorr aberration correction
   * @param crdsys coordinate system (as {@link #position}); geodetic/planetographic use the target's ellipsoid
   * @param coord the coordinate
   * @param constraint the condition (km or radians)
   * @param window where to search
   * @param step search step, seconds
   * @return the matching intervals
   * @throws SpiceException {@code SPICE(NOTSUPPORTED)}, {@code SPICE(NOFRAME)} / {@code SPICE(INVALIDFRAME)}
   *     (frame unknown or not centered on the target), {@code SPICE(BADFRAME)} (target without radii),
   *     {@code SPICE(INVALIDSTEP)}, {@code SPICE(WINDOWEXCESS)}, errors of {@code subpnt_c}
   */
  public List<TimeInterval> subObserverPoint(String target, String fixref, String method, String observer,
      AberrationCorrection abcorr, String crdsys, String coord, GfConstraint constraint, List<TimeInterval> window,
      double step) {
    double[] w = cnfine(window);
    return result(searches().gfsubc(text(target, "target"), text(fixref, "fixref"), text(method, "method"),
        spice(abcorr), text(observer, "observer"), text(crdsys, "crdsys"), text(coord, "coord"),
        constraint.relation(), constraint.refval(), constraint.adjust(), step, w));
  }

  /**
   * CSPICE {@code gfsntc_c} (https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/gfsntc_c.html): a
   * coordinate of the point where a ray from the observer meets the target; only times when the ray hits
   * the target can match.
   *
   * @param target target body
   * @param fixref its body-fixed frame
   * @param method {@code ELLIPSOID}
   * @param observer observer body
   * @param abcorr aberration correction
   * @param dref frame of the ray
   * @param dvec ray direction in {@code dref}
   * @param crdsys coordinate system (as {@link #position})
   * @param coord the coordinate
   * @param constraint the condition
   * @param window where to search
   * @param step search step, seconds
   * @return the matching intervals
   * @throws SpiceException {@code SPICE(NOTSUPPORTED)}, {@code SPICE(INVALIDSTEP)}, {@code SPICE(WINDOWEXCESS)},
   *     errors of {@code sincpt_c}
   */
  public List<TimeInterval> surfaceIntercept(String target, String fixref, String method, String observer,
      AberrationCorrection abcorr, String dref, Vector3 dvec, String crdsys, String coord, GfConstraint constraint,
      List<TimeInterval> window, double step) {
    double[] w = cnfine(window);
    return result(searches().gfsntc(text(target, "target"), text(fixref, "fixref"), text(method, "method"),
        spice(abcorr), text(observer, "observer"), text(dref, "dref"), Objects.requireNonNull(dvec, "dvec"),
        text(crdsys, "crdsys"), text(coord, "coord"), constraint.relation(), constraint.refval(),
        constraint.adjust(), step, w));
  }

  /**
   * CSPICE {@code gfilum_c} (https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/gfilum_c.html): an
   * illumination angle (phase, incidence or emission) at a surface point.
   *
   * @param method {@code ELLIPSOID}
   * @param angtyp {@code PHASE}, {@code INCIDENCE} or {@code EMISSION}
   * @param target target body
   * @param illuminator illumination source
   * @param fixref target's body-fixed frame
   * @param observer observer body
   * @param abcorr aberration correction
   * @param spoint the surface point in {@code fixref}, km
   * @param constraint the condition, radians
   * @param window where to search
   * @param step search step, seconds
   * @return the matching intervals
   * @throws SpiceException {@code SPICE(NOTSUPPORTED)} (angle type, transmission correction),
   *     {@code SPICE(BODIESNOTDISTINCT)} (target equal to observer or illuminator), {@code SPICE(INVALIDMETHOD)}
   *     (a method other than {@code ELLIPSOID}), {@code SPICE(UNKNOWNFRAME)} / {@code SPICE(INVALIDFRAME)},
   *     {@code SPICE(INVALIDSTEP)}, {@code SPICE(WINDOWEXCESS)}, errors of {@code illumg_c}
   */
  public List<TimeInterval> illumination(String method, String angtyp, String target, String illuminator,
      String fixref, String observer, AberrationCorrection abcorr, Vector3 spoint, GfConstraint constraint,
      List<TimeInterval> window, double step) {
    double[] w = cnfine(window);
    return result(searches().gfilum(text(method, "method"), text(angtyp, "angtyp"), text(target, "target"),
        text(illuminator, "illuminator"), text(fixref, "fixref"), spice(abcorr), text(observer, "observer"),
        Objects.requireNonNull(spoint, "spoint"), constraint.relation(), constraint.refval(), constraint.adjust(),
        step, w));
  }

  /**
   * CSPICE {@code gftfov_c} (https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/gftfov_c.html): when the
   * target (modelled as a point) is in an instrument's field of view, read from the IK's
   * {@code INS<id>_FOV_*} pool variables.
   *
   * @param instrument instrument name or ID string
   * @param target target body
   * @param observer observer (the instrument's spacecraft)
   * @param abcorr aberration correction
   * @param window where to search
   * @param step search step, seconds
   * @return the intervals when the target is in view
   * @throws SpiceException {@code SPICE(IDCODENOTFOUND)}, FOV definition errors ({@code SPICE(SHAPEMISSING)},
   *     {@code SPICE(FRAMEMISSING)}, ...), {@code SPICE(INVALIDSTEP)}, errors of {@code spkpos_c}
   */
  public List<TimeInterval> targetInFov(String instrument, String target, String observer,
      AberrationCorrection abcorr, List<TimeInterval> window, double step) {
    return targetInFov(instrument, OccultingBody.point(text(target, "target")), observer, abcorr, window, step);
  }

  /**
   * CSPICE {@code gftfov_c} (https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/gftfov_c.html): when a
   * target is in an instrument's field of view, the target modelled as a point (its apparent center) or as its
   * ellipsoid (in view when any part of it is, oriented by its body-fixed frame at the light-time-corrected
   * epoch).
   *
   * @param instrument instrument name or ID string
   * @param target the target, {@link OccultingBody#point} or {@link OccultingBody#ellipsoid}
   * @param observer observer (the instrument's spacecraft)
   * @param abcorr aberration correction
   * @param window where to search
   * @param step search step, seconds
   * @return the intervals when the target is in view
   * @throws SpiceException {@code SPICE(IDCODENOTFOUND)}, {@code SPICE(INVALIDSHAPE)},
   *     {@code SPICE(BODIESNOTDISTINCT)}, {@code SPICE(INVALIDFRAME)} (ellipsoid frame blank, unknown or not
   *     centered on the target), {@code SPICE(BADAXISLENGTH)}, FOV definition errors, {@code SPICE(INVALIDSTEP)},
   *     errors of {@code spkpos_c}
   */
  public List<TimeInterval> targetInFov(String instrument, OccultingBody target, String observer,
      AberrationCorrection abcorr, List<TimeInterval> window, double step) {
    double[] w = cnfine(window);
    Objects.requireNonNull(target, "target");
    return result(searches().gftfov(text(instrument, "instrument"), target.body(), target.shape(), target.frame(),
        spice(abcorr), text(observer, "observer"), step, w));
  }

  /**
   * CSPICE {@code gfrfov_c} (https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/gfrfov_c.html): when a
   * ray of fixed direction in {@code rframe} is in an instrument's field of view.
   *
   * @param instrument instrument name or ID string
   * @param raydir ray direction in {@code rframe}
   * @param rframe frame of the ray, e.g. {@code J2000}
   * @param observer observer (the instrument's spacecraft)
   * @param abcorr {@code NONE}, {@code S} or {@code XS} (stellar aberration only; light time does not apply)
   * @param window where to search
   * @param step search step, seconds
   * @return the intervals when the ray is in view
   * @throws SpiceException {@code SPICE(INVALIDOPTION)} (abcorr), {@code SPICE(ZEROVECTOR)} (raydir), FOV
   *     definition errors, {@code SPICE(INVALIDSTEP)}
   */
  public List<TimeInterval> rayInFov(String instrument, Vector3 raydir, String rframe, String observer,
      String abcorr, List<TimeInterval> window, double step) {
    double[] w = cnfine(window);
    return result(searches().gfrfov(text(instrument, "instrument"), Objects.requireNonNull(raydir, "raydir"),
        text(rframe, "rframe"), text(abcorr, "abcorr"), text(observer, "observer"), step, w));
  }

  /**
   * CSPICE {@code gfuds_c} (https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/gfuds_c.html): a scalar
   * quantity given as a Java function of ET; whether it decreases is taken from a fourth-order central difference
   * with a spacing of {@code step / 20} (between 1 ms and 300 s).
   *
   * @param quantity the quantity; its exceptions stop the search and propagate
   * @param constraint the condition, in the quantity's unit
   * @param window where to search
   * @param step search step, seconds
   * @return the matching intervals
   * @throws SpiceException {@code SPICE(INVALIDSTEP)}, {@code SPICE(WINDOWEXCESS)}
   */
  public List<TimeInterval> userScalar(DoubleUnaryOperator quantity, GfConstraint constraint,
      List<TimeInterval> window, double step) {
    return userScalar(quantity, null, constraint, window, step);
  }

  /**
   * {@link #userScalar(DoubleUnaryOperator, GfConstraint, List, double)} with the caller's own "is decreasing"
   * function (CSPICE's {@code udqdec}).
   *
   * @param quantity the quantity
   * @param decreasing whether the quantity decreases at an ET; null for the central difference
   * @param constraint the condition
   * @param window where to search
   * @param step search step, seconds
   * @return the matching intervals
   */
  public List<TimeInterval> userScalar(DoubleUnaryOperator quantity, DoublePredicate decreasing,
      GfConstraint constraint, List<TimeInterval> window, double step) {
    double[] w = cnfine(window);
    return result(searches().gfuds(Objects.requireNonNull(quantity, "quantity"), decreasing, constraint.relation(),
        constraint.refval(), constraint.adjust(), step, w));
  }

  /**
   * CSPICE {@code gfudb_c} (https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/gfudb_c.html): when a
   * boolean condition, given as a Java predicate of ET, holds.
   *
   * @param condition the condition; its exceptions stop the search and propagate
   * @param window where to search
   * @param step search step, seconds (shorter than the shortest interval and gap to find)
   * @return the intervals where the condition holds
   * @throws SpiceException {@code SPICE(INVALIDSTEP)}, {@code SPICE(WINDOWEXCESS)}
   */
  public List<TimeInterval> userBoolean(DoublePredicate condition, List<TimeInterval> window, double step) {
    double[] w = cnfine(window);
    return result(searches().gfudb(Objects.requireNonNull(condition, "condition"), step, w));
  }

  private GfSearches searches() {
    return new GfSearches(backend, tolerance, listener);
  }

  /** The window, checked and normalized (sorted, overlaps merged), flat. */
  private static double[] cnfine(List<TimeInterval> window) {
    checkWindow(window);
    double[] w = new double[2 * window.size()];
    int i = 0;
    for (TimeInterval iv : window) {
      Objects.requireNonNull(iv, "window interval");
      if (Double.isInfinite(iv.start()) || Double.isInfinite(iv.stop())) {
        throw new IllegalArgumentException("window interval must be finite, was " + iv);
      }
      w[i++] = iv.start();
      w[i++] = iv.stop();
    }
    return Windows.normalize(w);
  }

  private List<TimeInterval> result(double[] flat) {
    if (flat.length / 2 > maxIntervals) {
      throw new SpiceException("SPICE(WINDOWEXCESS)", "The search found " + flat.length / 2
          + " intervals; the result holds at most maxIntervals = " + maxIntervals + ".", "", "gf",
          "SPICE(WINDOWEXCESS)");
    }
    List<TimeInterval> out = new ArrayList<>(flat.length / 2);
    for (int i = 0; i < flat.length; i += 2) out.add(new TimeInterval(flat[i], flat[i + 1]));
    return List.copyOf(out);
  }

  private static String text(String s, String name) {
    return Objects.requireNonNull(s, name);
  }

  private static String spice(AberrationCorrection abcorr) {
    return Objects.requireNonNull(abcorr, "abcorr").spiceName();
  }

  /** CSPICE ignores a point's frame but rejects an empty string. */
  private static String frame(GfTarget t) {
    return t.frame().isBlank() ? " " : t.frame();
  }

  private static void checkWindow(List<TimeInterval> window) {
    Objects.requireNonNull(window, "window");
  }
}
