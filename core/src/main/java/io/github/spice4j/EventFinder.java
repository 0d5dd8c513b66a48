package io.github.spice4j;

import io.github.spice4j.backend.SpiceBackend;
import java.util.List;
import java.util.Objects;

/**
 * Geometry finder searches: the times within a window when a distance or an angular separation
 * satisfies a {@link GfConstraint} (CSPICE {@code gfdist_c}, {@code gfsep_c}). Obtain it from
 * {@link Spice#events()}.
 *
 * <pre>{@code
 * List<TimeInterval> window = List.of(new TimeInterval(spice.utcToEt("2024-01-01"), spice.utcToEt("2024-04-01")));
 * List<TimeInterval> perigees = spice.events().distance("MOON", "EARTH", AberrationCorrection.NONE,
 *     GfConstraint.localMinimum(), window, 5 * 86400.0);
 * }</pre>
 *
 * <p>Windows are ET intervals (TDB seconds past J2000). The {@code step} (seconds) must be shorter than
 * the shortest event and the shortest gap between events the search should find; CSPICE can miss
 * anything briefer. Results are disjoint and ascending; extrema and {@code =} crossings are zero-length
 * intervals. A search that finds nothing returns an empty list.
 *
 * <p>Searches given a {@link GfProgressListener} report their progress and are run piecewise; see
 * {@link io.github.spice4j.backend.GfApi} for how that matches a single CSPICE call.
 */
public final class EventFinder {
  /** The default for {@link #maxIntervals()}. */
  public static final int DEFAULT_MAX_INTERVALS = 10_000;

  private final SpiceBackend backend;
  private final int maxIntervals;

  EventFinder(SpiceBackend backend, int maxIntervals) {
    this.backend = backend;
    this.maxIntervals = maxIntervals;
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
   * @throws IllegalArgumentException if {@code nintvls < 1}
   */
  public EventFinder withMaxIntervals(int nintvls) {
    if (nintvls < 1) throw new IllegalArgumentException("maxIntervals must be at least 1, was " + nintvls);
    return new EventFinder(backend, nintvls);
  }

  /**
   * CSPICE {@code gfdist_c}: when the distance from the observer to the target satisfies the constraint.
   *
   * @param target target body name or ID string, e.g. {@code MOON}
   * @param observer observer body, e.g. {@code EARTH}
   * @param abcorr aberration correction
   * @param constraint the condition; reference and adjustment in km
   * @param window where to search (at least one interval)
   * @param step search step, seconds
   * @return the matching intervals
   * @throws SpiceException e.g. {@code SPICE(INVALIDSTEP)} (step not positive), {@code SPICE(SPKINSUFFDATA)}
   *     (no ephemeris over the window), {@code SPICE(WINDOWEXCESS)} (more than {@link #maxIntervals()})
   * @throws IllegalArgumentException if the window is empty
   * @throws NullPointerException if an argument is null
   */
  public List<TimeInterval> distance(String target, String observer, AberrationCorrection abcorr,
      GfConstraint constraint, List<TimeInterval> window, double step) {
    checkWindow(window);
    return backend.gfdist(target, spice(abcorr), observer, constraint.relation().spiceName(), constraint.refval(),
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
    return backend.gfdist(target, spice(abcorr), observer, constraint.relation().spiceName(), constraint.refval(),
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
   * @param window where to search (at least one interval)
   * @param step search step, seconds
   * @return the matching intervals
   * @throws SpiceException as {@link #distance(String, String, AberrationCorrection, GfConstraint, List, double)},
   *     and e.g. {@code SPICE(KERNELVARNOTFOUND)} when a sphere's radii are not loaded
   * @throws IllegalArgumentException if the window is empty
   * @throws NullPointerException if an argument is null
   */
  public List<TimeInterval> separation(GfTarget first, GfTarget second, String observer, AberrationCorrection abcorr,
      GfConstraint constraint, List<TimeInterval> window, double step) {
    checkWindow(window);
    return backend.gfsep(first.body(), first.shape(), frame(first), second.body(), second.shape(), frame(second),
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
    return backend.gfsep(first.body(), first.shape(), frame(first), second.body(), second.shape(), frame(second),
        spice(abcorr), observer, constraint.relation().spiceName(), constraint.refval(), constraint.adjust(), step,
        maxIntervals, window, Objects.requireNonNull(listener, "listener"));
  }

  /**
   * CSPICE {@code gfstol_c}: the convergence tolerance of later searches on this engine (default 1e-6 s).
   *
   * @param seconds positive
   * @throws SpiceException {@code SPICE(INVALIDTOLERANCE)} if not positive
   */
  public void setTolerance(double seconds) {
    backend.gfstol(seconds);
  }

  private static String spice(AberrationCorrection abcorr) {
    return Objects.requireNonNull(abcorr, "abcorr").spiceName();
  }

  /** CSPICE ignores a point's frame but rejects an empty string. */
  private static String frame(GfTarget t) {
    return t.frame().isBlank() ? " " : t.frame();
  }

  private static void checkWindow(List<TimeInterval> window) {
    if (Objects.requireNonNull(window, "window").isEmpty()) {
      throw new IllegalArgumentException("the search window must hold at least one interval");
    }
  }
}
