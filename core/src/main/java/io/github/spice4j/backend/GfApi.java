package io.github.spice4j.backend;

import io.github.spice4j.GfProgressListener;
import io.github.spice4j.TimeInterval;
import java.util.List;

/**
 * Geometry finder (GF) searches and their settings: CSPICE {@code gfdist_c}, {@code gfsep_c},
 * {@code gfsstp_c}, {@code gfstep_c}, {@code gfstol_c}, {@code gfrefn_c}, {@code gfrepi_c},
 * {@code gfrepf_c}.
 *
 * <p>Windows are lists of {@link TimeInterval} (ET, TDB seconds past J2000). A confinement window
 * {@code cnfine} may list intervals in any order; overlapping or touching ones are merged, as CSPICE's
 * {@code wninsd_c} does. Results are disjoint, in ascending order; a search that finds nothing returns
 * an empty list. {@code relate} is one of {@code ">"}, {@code "="}, {@code "<"}, {@code "ABSMAX"},
 * {@code "ABSMIN"}, {@code "LOCMAX"}, {@code "LOCMIN"} (case and surrounding blanks ignored).
 * {@code abcorr} is one of {@code NONE, LT, LT+S, CN, CN+S, XLT, XLT+S, XCN, XCN+S}.
 *
 * <p>The step size, tolerance and progress reporter settings are per engine and persist until changed.
 */
public interface GfApi {
  /**
   * CSPICE {@code gfdist_c}: times when the observer-target distance satisfies a constraint.
   *
   * @param target target body name or ID string, e.g. {@code MOON}
   * @param abcorr aberration correction
   * @param obsrvr observer body name or ID string
   * @param relate relational operator (see the class description)
   * @param refval reference distance, km (used by {@code >}, {@code =}, {@code <})
   * @param adjust for {@code ABSMAX}/{@code ABSMIN}: find times within {@code adjust} km of the extremum; must
   *     be 0 for the other operators
   * @param step search step, seconds: shorter than the shortest interval of interest and the shortest gap
   *     between them (CSPICE {@code gfsstp_c} is called with it)
   * @param nintvls maximum number of intervals the result (and CSPICE's workspace) may hold, at least 1
   * @param cnfine confinement window
   * @return the result window; empty when nothing matches (also for an empty {@code cnfine})
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(NOTRECOGNIZED)} (relate),
   *     {@code SPICE(INVALIDSTEP)} (step not positive), {@code SPICE(VALUEOUTOFRANGE)} (nintvls &lt; 1,
   *     adjust &lt; 0), {@code SPICE(INVALIDVALUE)} (adjust with another operator), {@code SPICE(WINDOWEXCESS)}
   *     (more intervals than nintvls), {@code SPICE(SPKINSUFFDATA)} (no ephemeris over cnfine),
   *     {@code SPICE(EMPTYSTRING)}
   * @throws NullPointerException if an argument or an element of {@code cnfine} is null
   * @throws IllegalArgumentException if {@code refval}, {@code adjust} or {@code step} is NaN or infinite
   */
  List<TimeInterval> gfdist(String target, String abcorr, String obsrvr, String relate, double refval,
      double adjust, double step, int nintvls, List<TimeInterval> cnfine);

  /**
   * {@link #gfdist(String, String, String, String, double, double, double, int, List)} reporting its
   * progress.
   *
   * <p>The engine's {@code gfdist_c} reports no progress, so the confinement window is searched in pieces
   * of at least 16 steps (about 100 pieces for long windows) and the listener hears after each piece.
   * Neighbouring pieces are searched over windows that reach one step past their common boundary; the
   * seam between them is placed in that overlap away from every event either piece found, so events near
   * a seam are neither lost nor duplicated, and the joined result is that of one {@code gfdist_c} call
   * over the whole window up to the search's convergence (tested against the goldens at 1e-4 s for
   * roots and 1e-2 s for the flat extrema).
   * {@code ABSMAX}/{@code ABSMIN} first find each piece's extremum and let CSPICE pick the overall one
   * among them; with a nonzero {@code adjust} a second pass over the pieces (each joined with the
   * extremum's epoch, so CSPICE measures against the overall extremum) collects the times within
   * {@code adjust}, doubling the work. Each piece's workspace holds {@code nintvls} intervals; if the
   * joined result has more than {@code nintvls} intervals the search fails with
   * {@code SPICE(WINDOWEXCESS)}. A window too short to split is searched in one call (progress jumps to 1).
   *
   * @param listener receives the progress; its exceptions stop the search and propagate
   * @return the result window, as the overload without a listener
   * @throws io.github.spice4j.SpiceException as the overload without a listener
   */
  List<TimeInterval> gfdist(String target, String abcorr, String obsrvr, String relate, double refval,
      double adjust, double step, int nintvls, List<TimeInterval> cnfine, GfProgressListener listener);

  /**
   * CSPICE {@code gfsep_c}: times when the angular separation between two bodies, as seen by an observer,
   * satisfies a constraint.
   *
   * @param targ1 first body name or ID string
   * @param shape1 {@code POINT} or {@code SPHERE} (the body's largest radius from the kernel pool; the
   *     separation is then between the limbs)
   * @param frame1 body-fixed frame of {@code targ1}; ignored for {@code POINT}, where CSPICE accepts a blank
   * @param targ2 second body
   * @param shape2 shape of the second body
   * @param frame2 body-fixed frame of {@code targ2}
   * @param abcorr aberration correction
   * @param obsrvr observer body name or ID string
   * @param relate relational operator (see the class description)
   * @param refval reference angle, radians
   * @param adjust for {@code ABSMAX}/{@code ABSMIN}: tolerance around the extremum, radians; 0 otherwise
   * @param step search step, seconds
   * @param nintvls maximum number of result (and workspace) intervals, at least 1
   * @param cnfine confinement window
   * @return the result window; empty when nothing matches
   * @throws io.github.spice4j.SpiceException as {@link #gfdist(String, String, String, String, double, double,
   *     double, int, List)}, and {@code SPICE(NOTRECOGNIZED)} for an unknown shape
   * @throws NullPointerException if an argument or an element of {@code cnfine} is null
   * @throws IllegalArgumentException if {@code refval}, {@code adjust} or {@code step} is NaN or infinite
   */
  List<TimeInterval> gfsep(String targ1, String shape1, String frame1, String targ2, String shape2,
      String frame2, String abcorr, String obsrvr, String relate, double refval, double adjust, double step,
      int nintvls, List<TimeInterval> cnfine);

  /**
   * {@link #gfsep(String, String, String, String, String, String, String, String, String, double, double,
   * double, int, List)} reporting its progress, searched in pieces exactly as the listener overload of
   * {@code gfdist}.
   *
   * @param listener receives the progress; its exceptions stop the search and propagate
   * @return the result window
   * @throws io.github.spice4j.SpiceException as the overload without a listener
   */
  List<TimeInterval> gfsep(String targ1, String shape1, String frame1, String targ2, String shape2,
      String frame2, String abcorr, String obsrvr, String relate, double refval, double adjust, double step,
      int nintvls, List<TimeInterval> cnfine, GfProgressListener listener);

  /**
   * CSPICE {@code gfsstp_c}: sets the constant step {@link #gfstep(double)} returns. {@code gfdist} and
   * {@code gfsep} set it themselves from their {@code step}.
   *
   * @param step seconds, positive
   * @throws io.github.spice4j.SpiceException {@code SPICE(INVALIDSTEP)} if {@code step <= 0}
   * @throws IllegalArgumentException if {@code step} is NaN
   */
  void gfsstp(double step);

  /**
   * CSPICE {@code gfstep_c}: the step the GF search uses from a given time (the constant set by
   * {@link #gfsstp(double)} or by the last search).
   *
   * @param time ET, seconds (ignored by the constant-step function)
   * @return the step, seconds
   * @throws io.github.spice4j.SpiceException {@code SPICE(NOTINITIALIZED)} if no step was ever set
   * @throws IllegalArgumentException if {@code time} is NaN
   */
  double gfstep(double time);

  /**
   * CSPICE {@code gfstol_c}: sets the convergence tolerance of later searches (default 1e-6 s).
   *
   * @param value seconds, positive
   * @throws io.github.spice4j.SpiceException {@code SPICE(INVALIDTOLERANCE)} if {@code value <= 0}
   * @throws IllegalArgumentException if {@code value} is NaN
   */
  void gfstol(double value);

  /**
   * CSPICE {@code gfrefn_c}: the default refinement of a bracketed state transition (bisection).
   *
   * @param t1 a time (ET) at which the state is {@code s1}
   * @param t2 a later time at which the state is {@code s2}
   * @param s1 state at {@code t1}
   * @param s2 state at {@code t2}
   * @return the next time to test, between {@code t1} and {@code t2}
   * @throws IllegalArgumentException if a time is NaN
   */
  double gfrefn(double t1, double t2, boolean s1, boolean s2);

  /**
   * CSPICE {@code gfrepi_c}: initialises the default progress reporter for work over {@code window}.
   * CSPICE writes the initial report line to standard output; here that text is returned instead of
   * printed. (The engine exports no {@code gfrepu_c}, and its searches do not report; see
   * {@link GfProgressListener} for search progress.)
   *
   * @param window the window whose measure is the total work
   * @param begmss message prefix (at most 55 printable characters)
   * @param endmss message suffix (at most 13 printable characters)
   * @return the report text CSPICE wrote, e.g. {@code "\nSearching   0.00% done."}
   * @throws io.github.spice4j.SpiceException {@code SPICE(MESSAGETOOLONG)}, {@code SPICE(NONPRINTABLECHARS)},
   *     {@code SPICE(EMPTYSTRING)}
   * @throws NullPointerException if an argument is null
   */
  String gfrepi(List<TimeInterval> window, String begmss, String endmss);

  /**
   * CSPICE {@code gfrepf_c}: finishes the progress report started by {@link #gfrepi(List, String, String)},
   * returning the text CSPICE writes to standard output (the final status line and line feeds).
   *
   * @return the report text CSPICE wrote
   */
  String gfrepf();
}
