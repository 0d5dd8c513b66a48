package io.github.spice4j.spark;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.EventFinder;
import io.github.spice4j.GfConstraint;
import io.github.spice4j.GfRelation;
import io.github.spice4j.OccultingBody;
import io.github.spice4j.TimeInterval;
import java.io.Serializable;
import java.util.List;

/**
 * One geometry finder search of an {@link EventTable}, run by executors over pieces of its time range
 * through {@link EventFinder}. Searches travel to executors by Java serialization, so they hold only names,
 * numbers and enums. Make them with the factories; the CSPICE routine each one maps to is named there.
 *
 * <p>Absolute extrema ({@link GfRelation#ABSMIN}, {@link GfRelation#ABSMAX}) are rejected: they depend
 * on the whole range at once, so time windows cannot find them independently.
 */
public interface EventSearch extends Serializable {
  /**
   * The search step, seconds: the spacing of the samples, and the unit time windows are cut in.
   *
   * @return positive and finite
   */
  double step();

  /**
   * Runs the search on one engine.
   *
   * @param finder the executor engine's finder
   * @param window where to search (ET intervals)
   * @return the matching intervals, disjoint and ascending
   * @throws io.github.spice4j.SpiceException from the search
   */
  List<TimeInterval> find(EventFinder finder, List<TimeInterval> window);

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/gfoclt_c.html">gfoclt_c</a>
   * ({@link EventFinder#occultation}): when {@code front} occults {@code back} seen by the observer, e.g.
   * solar eclipses (MOON before SUN from EARTH) or lunar eclipses (EARTH before SUN from MOON).
   *
   * @param occtyp {@code ANY}, {@code PARTIAL}, {@code ANNULAR} or {@code FULL}
   * @param front the body in front
   * @param back the body behind
   * @param abcorr NONE, LT, CN, XLT or XCN
   * @param observer observer body
   * @param step seconds, shorter than the shortest occultation and gap to find
   * @return the search
   * @throws IllegalArgumentException if {@code step} is not positive and finite
   */
  static EventSearch occultation(String occtyp, OccultingBody front, OccultingBody back, AberrationCorrection abcorr,
      String observer, double step) {
    return new Occultation(occtyp, front.body(), front.shape(), front.frame(), back.body(), back.shape(),
        back.frame(), abcorr, observer, checkStep(step));
  }

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/gfdist_c.html">gfdist_c</a>
   * ({@link EventFinder#distance}): when the observer-target distance (km) satisfies the constraint.
   *
   * @param target target body
   * @param observer observer body
   * @param abcorr aberration correction
   * @param constraint {@code <}, {@code =}, {@code >} (km) or a local extremum
   * @param step seconds
   * @return the search
   * @throws IllegalArgumentException for an absolute extremum, or a step not positive and finite
   */
  static EventSearch distance(String target, String observer, AberrationCorrection abcorr, GfConstraint constraint,
      double step) {
    return new Distance(target, observer, abcorr, Condition.of(constraint), checkStep(step));
  }

  /**
   * CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/gfposc_c.html">gfposc_c</a>
   * ({@link EventFinder#position}): when a coordinate of the observer-target position satisfies the
   * constraint.
   *
   * @param target target body
   * @param observer observer body, e.g. {@code DSS-14}
   * @param frame frame of the position, e.g. {@code DSS-14_TOPO}
   * @param abcorr aberration correction
   * @param crdsys coordinate system, e.g. {@code LATITUDINAL}
   * @param coord coordinate, e.g. {@code LATITUDE}
   * @param constraint {@code <}, {@code =}, {@code >} (km or radians) or a local extremum
   * @param step seconds
   * @return the search
   * @throws IllegalArgumentException for an absolute extremum, or a step not positive and finite
   */
  static EventSearch position(String target, String observer, String frame, AberrationCorrection abcorr,
      String crdsys, String coord, GfConstraint constraint, double step) {
    return new Position(target, observer, frame, abcorr, crdsys, coord, Condition.of(constraint), checkStep(step));
  }

  /**
   * A station's view periods: when the target's elevation in the station's topocentric frame (+Z up) is
   * above {@code minElevation}, i.e. {@link #position} with {@code LATITUDINAL}/{@code LATITUDE >
   * minElevation}.
   *
   * @param target target body
   * @param station the station's ephemeris object, e.g. {@code DSS-14}
   * @param topoFrame its topocentric frame, e.g. {@code DSS-14_TOPO}
   * @param abcorr aberration correction
   * @param minElevation radians
   * @param step seconds, shorter than the shortest pass and gap to find
   * @return the search
   * @throws IllegalArgumentException if {@code step} is not positive and finite
   */
  static EventSearch viewPeriods(String target, String station, String topoFrame, AberrationCorrection abcorr,
      double minElevation, double step) {
    return position(target, station, topoFrame, abcorr, "LATITUDINAL", "LATITUDE",
        GfConstraint.greaterThan(minElevation), step);
  }

  private static double checkStep(double step) {
    if (!(step > 0) || Double.isInfinite(step)) throw new IllegalArgumentException("step must be positive, got " + step);
    return step;
  }

  /** Argument checks of the searches: on the driver, before a task fails on an executor. */
  final class Given {
    private Given() {}

    static void all(String what, Object... args) {
      for (Object a : args) if (a == null) throw new NullPointerException(what + " needs every argument, got null");
    }
  }

  /** A constraint in serializable parts; absolute extrema refused. */
  record Condition(GfRelation relation, double refval) implements Serializable {
    static Condition of(GfConstraint c) {
      if (c.relation().isAbsoluteExtremum()) {
        throw new IllegalArgumentException(c.relation() + " needs the whole range at once; an event table cannot"
            + " split it into time windows");
      }
      return new Condition(c.relation(), c.refval());
    }

    GfConstraint constraint() {
      return new GfConstraint(relation, refval, 0);
    }
  }

  /** {@link EventSearch#occultation}. */
  record Occultation(String occtyp, String front, String frontShape, String frontFrame, String back,
      String backShape, String backFrame, AberrationCorrection abcorr, String observer, double step)
      implements EventSearch {
    public Occultation {
      Given.all("an occultation search", occtyp, abcorr, observer);
    }

    @Override
    public List<TimeInterval> find(EventFinder finder, List<TimeInterval> window) {
      return finder.occultation(occtyp, new OccultingBody(front, frontShape, frontFrame),
          new OccultingBody(back, backShape, backFrame), abcorr, observer, window, step);
    }
  }

  /** {@link EventSearch#distance}. */
  record Distance(String target, String observer, AberrationCorrection abcorr, Condition condition, double step)
      implements EventSearch {
    public Distance {
      Given.all("a distance search", target, observer, abcorr);
    }

    @Override
    public List<TimeInterval> find(EventFinder finder, List<TimeInterval> window) {
      return finder.distance(target, observer, abcorr, condition.constraint(), window, step);
    }
  }

  /** {@link EventSearch#position}. */
  record Position(String target, String observer, String frame, AberrationCorrection abcorr, String crdsys,
      String coord, Condition condition, double step) implements EventSearch {
    public Position {
      Given.all("a position search", target, observer, frame, abcorr, crdsys, coord);
    }

    @Override
    public List<TimeInterval> find(EventFinder finder, List<TimeInterval> window) {
      return finder.position(target, observer, frame, abcorr, crdsys, coord, condition.constraint(), window, step);
    }
  }
}
