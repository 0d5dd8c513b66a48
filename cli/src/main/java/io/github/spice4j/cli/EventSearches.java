package io.github.spice4j.cli;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.OccultingBody;
import io.github.spice4j.Vector3;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code spice4j events} subcommands that run the project's own geometry finder (occultation, position,
 * phase, rangerate, subpoint, illumination); see {@link io.github.spice4j.EventFinder}.
 */
final class EventSearches {
  private EventSearches() {}

  /** Coordinates that are angles (radians); the others are lengths (km). AZ/EL's reach CSPICE's own refusal. */
  private static final Set<String> ANGULAR = Set.of("LONGITUDE", "LATITUDE", "COLATITUDE", "RIGHT ASCENSION",
      "DECLINATION", "AZIMUTH", "ELEVATION");

  /** The options every observer-based search shares. */
  static final class Observer {
    @Option(names = "--observer", required = true, paramLabel = "BODY", description = "Observer body, e.g. EARTH or DSS-14.")
    String observer;

    @Option(names = "--abcorr", defaultValue = "NONE", paramLabel = "CORR", converter = Converters.Abcorr.class,
        description = "Aberration correction: NONE, LT, LT+S, CN, CN+S, XLT, XLT+S, XCN, XCN+S (default: ${DEFAULT-VALUE}).")
    AberrationCorrection abcorr;

    Map<String, String> query(String search) {
      Map<String, String> q = new LinkedHashMap<>();
      q.put("search", search);
      q.put("observer", observer);
      q.put("abcorr", abcorr.spiceName());
      return q;
    }
  }

  /** Base of the subcommands: the shared mixins. */
  abstract static class Base implements Callable<Integer>, HasCommonOptions {
    @Spec CommandSpec spec;

    @Mixin Observer obs;

    @Mixin EventSearchOptions search;

    @Mixin CommonOptions common;

    @Override
    public CommonOptions common() {
      return common;
    }
  }

  /** Base of the searches about one target body. */
  abstract static class TargetBase extends Base {
    @Option(names = "--target", required = true, paramLabel = "BODY", description = "Target body, e.g. MOON.")
    String target;
  }

  /** {@code --crdsys} and {@code --coord} of the coordinate searches. */
  static final class CoordinateOptions {
    @Option(names = "--crdsys", required = true, paramLabel = "SYSTEM",
        description = "RECTANGULAR, LATITUDINAL, RA/DEC, SPHERICAL, CYLINDRICAL, GEODETIC or PLANETOGRAPHIC.")
    String crdsys;

    @Option(names = "--coord", required = true, paramLabel = "NAME",
        description = "Coordinate of the system, e.g. LATITUDE, LONGITUDE, RIGHT ASCENSION, Z, ALTITUDE.")
    String coord;

    /** Adds them to the echoed query. */
    void describe(Map<String, String> q) {
      q.put("crdsys", crdsys);
      q.put("coord", coord);
    }

    /** Angles (radians) or lengths (km). */
    QuantityUnit unit() {
      return ANGULAR.contains(coord.strip().toUpperCase(Locale.ROOT)) ? QuantityUnit.ANGLE : QuantityUnit.LENGTH;
    }
  }

  /** {@code spice4j events occultation}: CSPICE gfoclt. */
  @Command(name = "occultation", mixinStandardHelpOptions = true, sortOptions = false,
      description = {"When one body occults another seen from the observer: eclipses, occultations (gfoclt).",
          "Example (solar eclipses): spice4j events occultation --front MOON --back SUN --observer EARTH"
              + " --abcorr LT --start 2024-01-01 --stop 2025-01-01 --step 3m"})
  static final class Occultation extends Base {
    @Option(names = "--type", defaultValue = "ANY", paramLabel = "TYPE",
        description = "ANY, PARTIAL, ANNULAR or FULL (a POINT body allows only ANY; default: ${DEFAULT-VALUE}).")
    String type;

    @Option(names = "--front", required = true, paramLabel = "BODY", description = "The body in front, e.g. MOON.")
    String front;

    @Option(names = "--front-shape", defaultValue = "ELLIPSOID", paramLabel = "SHAPE",
        description = "ELLIPSOID or POINT (default: ${DEFAULT-VALUE}).")
    String frontShape;

    @Option(names = "--front-frame", paramLabel = "FRAME", description = "Body-fixed frame of an ELLIPSOID (default: IAU_<front>).")
    String frontFrame;

    @Option(names = "--back", required = true, paramLabel = "BODY", description = "The body behind, e.g. SUN.")
    String back;

    @Option(names = "--back-shape", defaultValue = "ELLIPSOID", paramLabel = "SHAPE",
        description = "ELLIPSOID or POINT (default: ${DEFAULT-VALUE}).")
    String backShape;

    @Option(names = "--back-frame", paramLabel = "FRAME", description = "Body-fixed frame of an ELLIPSOID (default: IAU_<back>).")
    String backFrame;

    @Override
    public Integer call() {
      OccultingBody f = body(front, frontShape, frontFrame);
      OccultingBody b = body(back, backShape, backFrame);
      Map<String, String> q = obs.query("occultation");
      q.put("type", type.strip().toUpperCase(Locale.ROOT));
      q.put("front", front + " (" + f.shape() + ")");
      q.put("back", back + " (" + b.shape() + ")");
      return EventsCommand.run(spec, common, search, q, null,
          e -> e.occultation(type, f, b, obs.abcorr, obs.observer, search.window, search.step));
    }

    static OccultingBody body(String name, String shape, String frame) {
      String s = shape.strip().toUpperCase(Locale.ROOT);
      if (s.equals("POINT")) return OccultingBody.point(name);
      return new OccultingBody(name, s, frame != null ? frame : "IAU_" + name.strip().toUpperCase(Locale.ROOT));
    }
  }

  /** {@code spice4j events fov}: CSPICE gftfov. */
  @Command(name = "fov", mixinStandardHelpOptions = true, sortOptions = false,
      description = {"When the target is in an instrument's field of view, from the IK's INS<id>_FOV_* variables"
          + " (gftfov): a POINT when its center is, an ELLIPSOID when any part of it is.",
          "Example: spice4j events fov --instrument CASSINI_ISS_WAC --target SATURN --ellipsoid"
              + " --observer CASSINI --abcorr LT+S --start 2004-06-20 --stop 2004-06-21 --step 10m"})
  static final class Fov extends TargetBase {
    @Option(names = "--instrument", required = true, paramLabel = "NAME",
        description = "Instrument name or NAIF ID whose FOV is in a loaded IK, e.g. CASSINI_ISS_NAC.")
    String instrument;

    @Option(names = "--ellipsoid", arity = "0..1", fallbackValue = "", paramLabel = "FRAME",
        description = "Model the target as its ellipsoid, oriented by FRAME (default: IAU_<target>); without this"
            + " option the target is a point.")
    String ellipsoid;

    @Override
    public Integer call() {
      OccultingBody t = Occultation.body(target, ellipsoid == null ? "POINT" : "ELLIPSOID",
          ellipsoid == null || ellipsoid.isBlank() ? null : ellipsoid);
      Map<String, String> q = obs.query("fov");
      q.put("instrument", instrument);
      q.put("target", target + " (" + t.shape() + ")");
      return EventsCommand.run(spec, common, search, q, null,
          e -> e.targetInFov(instrument, t, obs.observer, obs.abcorr, search.window, search.step));
    }
  }

  /** {@code spice4j events position}: CSPICE gfposc. */
  @Command(name = "position", mixinStandardHelpOptions = true, sortOptions = false,
      description = {"When a coordinate of the observer-target position satisfies --relate (gfposc).",
          "Example (Moon above 10 deg at DSS-14): spice4j events position --target MOON --observer DSS-14"
              + " --frame DSS-14_TOPO --abcorr LT+S --crdsys LATITUDINAL --coord LATITUDE --relate '>' --refval 10deg"
              + " --start 2015-02-27 --stop 2015-03-05 --step 5m"})
  static final class Position extends TargetBase {
    @Option(names = "--frame", defaultValue = "J2000", paramLabel = "FRAME",
        description = "Frame of the position, e.g. DSS-14_TOPO (default: ${DEFAULT-VALUE}).")
    String frame;

    @Mixin CoordinateOptions coords;

    @Override
    public Integer call() {
      Map<String, String> q = obs.query("position");
      q.put("target", target);
      q.put("frame", frame);
      coords.describe(q);
      return EventsCommand.run(spec, common, search, q, coords.unit(),
          e -> e.position(target, obs.observer, frame, obs.abcorr, coords.crdsys, coords.coord, search.constraint(),
              search.window, search.step));
    }
  }

  /** {@code spice4j events phase}: CSPICE gfpa. */
  @Command(name = "phase", mixinStandardHelpOptions = true, sortOptions = false,
      description = {"When the phase angle at the target (illuminator-target-observer) satisfies --relate (gfpa).",
          "Example (full Moons): spice4j events phase --target MOON --observer EARTH --relate LOCMIN"
              + " --start 2024-01-01 --stop 2024-04-01 --step 1d"})
  static final class Phase extends TargetBase {
    @Option(names = "--illuminator", defaultValue = "SUN", paramLabel = "BODY",
        description = "Illumination source (default: ${DEFAULT-VALUE}).")
    String illuminator;

    @Override
    public Integer call() {
      Map<String, String> q = obs.query("phase");
      q.put("target", target);
      q.put("illuminator", illuminator);
      return EventsCommand.run(spec, common, search, q, QuantityUnit.ANGLE,
          e -> e.phaseAngle(target, illuminator, obs.observer, obs.abcorr, search.constraint(), search.window,
              search.step));
    }
  }

  /** {@code spice4j events rangerate}: CSPICE gfrr. */
  @Command(name = "rangerate", mixinStandardHelpOptions = true, sortOptions = false,
      description = {"When the range rate (km/s) of the target seen from the observer satisfies --relate (gfrr).",
          "Example: spice4j events rangerate --target MOON --observer EARTH --relate = --refval 0"
              + " --start 2024-01-01 --stop 2024-04-01 --step 1d"})
  static final class RangeRate extends TargetBase {
    @Override
    public Integer call() {
      Map<String, String> q = obs.query("rangerate");
      q.put("target", target);
      return EventsCommand.run(spec, common, search, q, QuantityUnit.SPEED,
          e -> e.rangeRate(target, obs.observer, obs.abcorr, search.constraint(), search.window, search.step));
    }
  }

  /** {@code spice4j events subpoint}: CSPICE gfsubc. */
  @Command(name = "subpoint", mixinStandardHelpOptions = true, sortOptions = false,
      description = {"When a coordinate of the sub-observer point on the target satisfies --relate (gfsubc).",
          "Example: spice4j events subpoint --target EARTH --fixref IAU_EARTH --observer MOON --crdsys GEODETIC"
              + " --coord LATITUDE --relate '>' --refval 20deg --start 2024-01-01 --stop 2024-04-01 --step 1h"})
  static final class SubPoint extends TargetBase {
    @Option(names = "--fixref", required = true, paramLabel = "FRAME", description = "Target's body-fixed frame, e.g. IAU_EARTH.")
    String fixref;

    @Option(names = "--method", defaultValue = "NEAR POINT: ELLIPSOID", paramLabel = "METHOD",
        description = "NEAR POINT: ELLIPSOID or INTERCEPT: ELLIPSOID (default: ${DEFAULT-VALUE}).")
    String method;

    @Mixin CoordinateOptions coords;

    @Override
    public Integer call() {
      Map<String, String> q = obs.query("subpoint");
      q.put("target", target);
      q.put("fixref", fixref);
      q.put("method", method);
      coords.describe(q);
      return EventsCommand.run(spec, common, search, q, coords.unit(),
          e -> e.subObserverPoint(target, fixref, method, obs.observer, obs.abcorr, coords.crdsys, coords.coord,
              search.constraint(), search.window, search.step));
    }
  }

  /** {@code spice4j events illumination}: CSPICE gfilum. */
  @Command(name = "illumination", mixinStandardHelpOptions = true, sortOptions = false,
      description = {"When an illumination angle at a surface point satisfies --relate (gfilum).",
          "Example: spice4j events illumination --target EARTH --fixref IAU_EARTH --observer MOON --angle INCIDENCE"
              + " --point -2353.25,-4640.61,3676.47 --relate '<' --refval 60deg --start 2024-03-01 --stop 2024-03-08"
              + " --step 10m"})
  static final class Illumination extends TargetBase {
    @Option(names = "--illuminator", defaultValue = "SUN", paramLabel = "BODY",
        description = "Illumination source (default: ${DEFAULT-VALUE}).")
    String illuminator;

    @Option(names = "--fixref", required = true, paramLabel = "FRAME", description = "Target's body-fixed frame.")
    String fixref;

    @Option(names = "--angle", required = true, paramLabel = "TYPE", description = "PHASE, INCIDENCE or EMISSION.")
    String angle;

    @Option(names = "--point", required = true, paramLabel = "X,Y,Z", split = ",",
        description = "The surface point in --fixref, km.")
    double[] point;

    @Override
    public Integer call() {
      if (point.length != 3) throw CliException.usage("--point needs three values x,y,z (km)");
      Vector3 p = new Vector3(point[0], point[1], point[2]);
      Map<String, String> q = obs.query("illumination");
      q.put("target", target);
      q.put("illuminator", illuminator);
      q.put("fixref", fixref);
      q.put("angle", angle);
      q.put("point", point[0] + "," + point[1] + "," + point[2] + " km");
      return EventsCommand.run(spec, common, search, q, QuantityUnit.ANGLE,
          e -> e.illumination("ELLIPSOID", angle, target, illuminator, fixref, obs.observer, obs.abcorr, p,
              search.constraint(), search.window, search.step));
    }
  }
}
