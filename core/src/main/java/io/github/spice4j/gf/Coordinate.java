package io.github.spice4j.gf;

import io.github.spice4j.GeodeticCoordinates;
import io.github.spice4j.Vector3;
import io.github.spice4j.backend.SpiceBackend;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One coordinate of a coordinate system, as CSPICE's GF coordinate searches name them ({@code crdsys},
 * {@code coord}), computed from a rectangular vector with CSPICE's conventions: latitudinal and spherical
 * longitude in (-pi, pi], right ascension and cylindrical/planetographic longitude in [0, 2 pi),
 * geodetic and planetographic coordinates on the reference body's ellipsoid (its {@code RADII}).
 * See https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/gfposc_c.html.
 */
public final class Coordinate {
  /** The systems and their coordinates, in CSPICE's spelling. */
  private static final Map<String, List<String>> SYSTEMS = Map.of(
      "RECTANGULAR", List.of("X", "Y", "Z"),
      "LATITUDINAL", List.of("RADIUS", "LONGITUDE", "LATITUDE"),
      "RA/DEC", List.of("RANGE", "RIGHT ASCENSION", "DECLINATION"),
      "SPHERICAL", List.of("RADIUS", "COLATITUDE", "LONGITUDE"),
      "CYLINDRICAL", List.of("RADIUS", "LONGITUDE", "Z"),
      "GEODETIC", List.of("LONGITUDE", "LATITUDE", "ALTITUDE"),
      "PLANETOGRAPHIC", List.of("LONGITUDE", "LATITUDE", "ALTITUDE"));

  private final String system;
  private final String name;
  private final int index;
  private SpiceBackend backend;
  private double re, f;
  private boolean positiveWest;

  private Coordinate(String system, String name, int index) {
    this.system = system;
    this.name = name;
    this.index = index;
  }

  /**
   * Validates and parses a system and coordinate name (case, the blanks of a system name and repeated blanks in
   * a coordinate name ignored).
   *
   * @param crdsys e.g. {@code LATITUDINAL}
   * @param coord e.g. {@code LATITUDE}
   * @param routine the CSPICE routine name for errors
   * @return the coordinate, not yet bound to a body ({@link #onBody})
   * @throws io.github.spice4j.SpiceException {@code SPICE(NOTSUPPORTED)} for an unknown system (AZ/EL
   *     among them, as in CSPICE N0067) or a coordinate the system does not have
   */
  public static Coordinate parse(String crdsys, String coord, String routine) {
    // As CSPICE compares them: blanks are insignificant in a system name, runs of blanks count as one in a
    // coordinate name ("RIGHT ASCENSION").
    String s = crdsys.replace(" ", "").toUpperCase(Locale.ROOT);
    String c = coord.strip().replaceAll(" +", " ").toUpperCase(Locale.ROOT);
    List<String> names = SYSTEMS.get(s);
    if (names == null) {
      throw Errors.spice("SPICE(NOTSUPPORTED)", "The coordinate system " + s + " is not supported.", routine);
    }
    int i = names.indexOf(c);
    if (i < 0) {
      throw Errors.spice("SPICE(NOTSUPPORTED)", "The coordinate name " + c + " belonging to the coordinate system "
          + s + " is not recognized.", routine);
    }
    return new Coordinate(s, c, i);
  }

  /** Whether this coordinate needs a reference ellipsoid (geodetic or planetographic). */
  public boolean needsBody() {
    return system.equals("GEODETIC") || system.equals("PLANETOGRAPHIC");
  }

  /**
   * Binds the reference body's ellipsoid (and, for planetographic longitude, its sense) for geodetic and
   * planetographic coordinates; the other systems ignore it.
   *
   * @param b the backend to read {@code BODY<id>_RADII}, {@code _PM} and {@code _PGR_POSITIVE_LON} from
   * @param bodyId the NAIF ID of the reference body (the center of {@code frame})
   * @param frame the frame the coordinate is taken in, for messages
   * @param routine the CSPICE routine name for errors
   * @return this
   * @throws io.github.spice4j.SpiceException {@code SPICE(BADFRAME)} when the body has no radii (e.g. a
   *     barycenter), {@code SPICE(NOTSUPPORTED)} when its equatorial radii differ, as CSPICE's GF documents
   */
  public Coordinate onBody(SpiceBackend b, int bodyId, String frame, String routine) {
    if (!needsBody()) return this;
    if (!b.idsNames().bodfnd(bodyId, "RADII")) {
      throw Errors.spice("SPICE(BADFRAME)", "No RADII data in kernel pool for frame '" + frame.strip()
          + "' center body " + bodyId + "; " + system + " coordinates need a frame centered on an extended body.",
          routine);
    }
    double[] radii = b.pool().bodvcd(bodyId, "RADII", 3);
    if (radii[0] != radii[1]) {
      throw Errors.spice("SPICE(NOTSUPPORTED)", "Central body " + bodyId + " of reference frame " + frame.strip()
          + " has unequal equatorial radii " + radii[0] + " and " + radii[1] + "; " + system
          + " coordinates need equal ones.", routine);
    }
    this.backend = b;
    this.re = radii[0];
    this.f = (radii[0] - radii[2]) / radii[0];
    if (system.equals("PLANETOGRAPHIC")) positiveWest = positiveWest(b, bodyId);
    return this;
  }

  /** Planetographic longitude is positive west for prograde rotators, except the Earth, Moon and Sun. */
  private static boolean positiveWest(SpiceBackend b, int id) {
    String var = "BODY" + id + "_PGR_POSITIVE_LON";
    var sense = b.pool().gcpool(var, 0, 1);
    if (sense.isPresent() && !sense.get().isEmpty()) {
      return sense.get().get(0).strip().toUpperCase(Locale.ROOT).equals("WEST");
    }
    if (id == 399 || id == 301 || id == 10) return false;
    double[] pm = b.pool().bodvcd(id, "PM", 3);
    return pm[1] >= 0;
  }

  /** Whether the coordinate is an angle that wraps (a longitude or right ascension). */
  public boolean wraps() {
    return name.equals("LONGITUDE") || name.equals("RIGHT ASCENSION");
  }

  /**
   * Where a wrapping coordinate's range jumps: pi for (-pi, pi] (latitudinal, spherical, geodetic
   * longitude), 0 for [0, 2 pi) (right ascension, cylindrical and planetographic longitude).
   *
   * @return the branch cut, radians
   */
  public double branchCut() {
    return system.equals("LATITUDINAL") || system.equals("SPHERICAL") || system.equals("GEODETIC") ? Math.PI : 0;
  }

  /**
   * The coordinate of a rectangular vector.
   *
   * @param v the vector, km
   * @return the coordinate (km or radians)
   */
  public double of(Vector3 v) {
    double x = v.x(), y = v.y(), z = v.z();
    double rho = Math.hypot(x, y);
    double lon = x == 0 && y == 0 ? 0 : Math.atan2(y, x);
    switch (system) {
      case "RECTANGULAR":
        return index == 0 ? x : index == 1 ? y : z;
      case "LATITUDINAL":
        return index == 0 ? v.norm() : index == 1 ? lon : latitude(rho, z);
      case "RA/DEC":
        return index == 0 ? v.norm() : index == 1 ? Angles.wrapTwoPi(lon) : latitude(rho, z);
      case "SPHERICAL":
        return index == 0 ? v.norm() : index == 1 ? (rho == 0 && z == 0 ? 0 : Math.atan2(rho, z)) : lon;
      case "CYLINDRICAL":
        return index == 0 ? rho : index == 1 ? Angles.wrapTwoPi(lon) : z;
      default:
        GeodeticCoordinates g = backend.coords().recgeo(v, re, f);
        if (index == 0) {
          if (!system.equals("PLANETOGRAPHIC")) return g.longitude();
          return Angles.wrapTwoPi(positiveWest ? -g.longitude() : g.longitude());
        }
        return index == 1 ? g.latitude() : g.altitude();
    }
  }

  private static double latitude(double rho, double z) {
    return rho == 0 && z == 0 ? 0 : Math.atan2(z, rho);
  }
}
