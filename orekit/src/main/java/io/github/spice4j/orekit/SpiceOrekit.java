package io.github.spice4j.orekit;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.Spice;
import io.github.spice4j.SpiceException;
import io.github.spice4j.SpicePool;
import io.github.spice4j.Vector3;
import io.github.spice4j.FrameInfo;
import io.github.spice4j.FrameRef;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.frames.Frame;
import org.orekit.frames.TopocentricFrame;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.TimeScale;

/**
 * Orekit views of what spice4j's kernels hold: bodies ({@link #body}), frames ({@link #frame}) and ground
 * stations ({@link #topocentric}), for Orekit 13.
 *
 * <pre>{@code
 * TimeScales scales = SpiceTimeScales.fromLeapSeconds(spice);          // or your DataContext's
 * SpiceOrekit bridge = SpiceOrekit.over(spice, frames.getEME2000(), scales.getTDB());
 * CelestialBody moon = bridge.body("MOON");
 * Vector3D r = moon.getPosition(date, frames.getEME2000());            // metres
 * Frame itrf93 = bridge.frame("ITRF93");                               // from the binary Earth PCK
 * }</pre>
 *
 * <p>The SPICE frame tree is attached to Orekit's at one point: SPICE's J2000 frame centered on the Earth
 * is Orekit's EME2000 (same axes, same origin). Every SPICE body gets a frame with J2000 axes centered on
 * it, child of EME2000, translated by its geometric SPK state relative to the Earth (km to m); every SPICE
 * frame is a child of its center's frame, rotated by CSPICE {@code sxform_c} from J2000 (rotation and
 * rotation rate). Dates become ET through {@link EphemerisTime} with the TDB scale given here.
 *
 * <p>Thread safety: Orekit calls frames and bodies from many threads. Over one {@link Spice}, calls are
 * serialized by that engine's lock (correct, one at a time); over a {@link SpicePool}, each call borrows
 * an idle engine, so up to the pool's size run in parallel. Frames and bodies are cached, one Orekit
 * object per name, so Orekit's frame tree stays consistent. Errors from SPICE (missing coverage, unknown
 * names) surface as {@link SpiceException}s from Orekit's calls.
 */
public final class SpiceOrekit {
  private static final int EARTH = 399;
  private static final double KM = 1000.0;
  private static final double KM3 = 1.0e9;

  private final SpiceAccess access;
  private final Frame eme2000;
  private final EphemerisTime time;
  private final Map<Integer, SpiceCelestialBody> bodies = new ConcurrentHashMap<>();
  private final Map<Integer, Frame> frames = new ConcurrentHashMap<>();

  private SpiceOrekit(SpiceAccess access, Frame eme2000, TimeScale tdb) {
    this.access = access;
    this.eme2000 = Objects.requireNonNull(eme2000, "eme2000");
    this.time = new EphemerisTime(tdb);
  }

  /**
   * A bridge over one engine (calls serialized by its lock).
   *
   * @param spice the engine, with the kernels to use loaded (it stays the caller's to close)
   * @param eme2000 Orekit's EME2000 frame, e.g. {@code DataContext.getFrames().getEME2000()}
   * @param tdb Orekit's TDB time scale
   * @return the bridge
   * @throws NullPointerException if an argument is null
   */
  public static SpiceOrekit over(Spice spice, Frame eme2000, TimeScale tdb) {
    return new SpiceOrekit(SpiceAccess.of(spice), eme2000, tdb);
  }

  /**
   * A bridge over a pool of engines (parallel calls, one engine each).
   *
   * @param pool the engines, each with the same kernels loaded (it stays the caller's to close)
   * @param eme2000 Orekit's EME2000 frame
   * @param tdb Orekit's TDB time scale
   * @return the bridge
   * @throws NullPointerException if an argument is null
   */
  public static SpiceOrekit over(SpicePool pool, Frame eme2000, TimeScale tdb) {
    return new SpiceOrekit(SpiceAccess.of(pool), eme2000, tdb);
  }

  /**
   * The date conversion the bridge uses.
   *
   * @return Orekit date to ET and back through the bridge's TDB scale
   */
  public EphemerisTime time() {
    return time;
  }

  /**
   * A SPICE body (anything with SPK data: planet, barycenter, spacecraft, station) as an Orekit
   * {@link org.orekit.bodies.CelestialBody}. The Earth's inertially oriented frame is EME2000 itself.
   *
   * @param nameOrId body name or NAIF ID string, e.g. {@code MOON}, {@code 301}, {@code DSS-14}
   * @return the body, the same object for every call with the same NAIF ID
   * @throws SpiceException {@code SPICE(IDCODENOTFOUND)} if no loaded kernel or built-in name maps it to an
   *     ID (CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/bods2c_c.html">bods2c_c</a>)
   */
  public SpiceCelestialBody body(String nameOrId) {
    Objects.requireNonNull(nameOrId, "nameOrId");
    int id = access.call(sp -> sp.backend().idsNames().bods2c(nameOrId)).orElseThrow(() -> new SpiceException(
        "SPICE(IDCODENOTFOUND)", "The body name " + nameOrId + " could not be translated to a NAIF ID code.", "",
        "bods2c", null));
    return bodies.computeIfAbsent(id, k -> newBody(nameOrId, k));
  }

  /**
   * A SPICE frame (inertial, PCK, CK, TK or dynamic) as an Orekit {@link Frame}, centered on the frame's
   * center (CSPICE <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/frinfo_c.html">frinfo_c</a>)
   * and rotated from J2000 by CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/sxform_c.html">sxform_c</a>. Orekit's
   * {@code getTransformTo(frame, date).transformPVCoordinates(pv)} from the center's J2000-axes frame
   * equals {@code sxform(J2000, name) * state}.
   *
   * @param name frame name, e.g. {@code ITRF93}, {@code IAU_MOON}, {@code DSS-14_TOPO}
   * @return the frame, the same object for every call with the same frame ID
   * @throws SpiceException {@code SPICE(UNKNOWNFRAME)} if SPICE does not know the frame (CSPICE
   *     <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/namfrm_c.html">namfrm_c</a>);
   *     transforms outside the kernels' coverage throw later, when Orekit evaluates them
   */
  public Frame frame(String name) {
    Objects.requireNonNull(name, "name");
    int id = access.call(sp -> sp.backend().frames().namfrm(name)).orElseThrow(() -> unknownFrame(name));
    return frames.computeIfAbsent(id, k -> newFrame(name, k));
  }

  /**
   * An Orekit topocentric frame at a SPICE station: the station's position in a body-fixed frame at
   * {@code epoch} (CSPICE {@code spkpos_c}, abcorr {@code NONE}) on the center body's reference ellipsoid
   * ({@code BODYnnn_RADII}). Its azimuth (clockwise from north) and elevation match spice4j's
   * {@link io.github.spice4j.Stations#azimuthElevation} with {@link io.github.spice4j.Stations#ELLIPSOID},
   * compass azimuth and elevation positive up.
   *
   * @param station station body name or NAIF ID string, e.g. {@code DSS-14} (needs its SPK)
   * @param bodyFixedFrame body-fixed frame of the station's body, e.g. {@code ITRF93}
   * @param epoch epoch at which the station's position is read (stations drift slowly)
   * @return the topocentric frame named after the station
   * @throws SpiceException as {@link #frame} and SPK errors for the station
   * @throws IllegalArgumentException if the center body's ellipsoid is not oblate (equal equatorial radii)
   */
  public TopocentricFrame topocentric(String station, String bodyFixedFrame, AbsoluteDate epoch) {
    Objects.requireNonNull(station, "station");
    double et = time.toEt(Objects.requireNonNull(epoch, "epoch"));
    int center = center(bodyFixedFrame);
    Vector3 p = access.call(sp -> sp.position(station, String.valueOf(center), bodyFixedFrame,
        AberrationCorrection.NONE, et)).position();
    return topocentric(p, bodyFixedFrame, station);
  }

  /**
   * An Orekit topocentric frame at a fixed point given in a body-fixed frame (as spice4j's
   * {@link io.github.spice4j.Stations} takes it), on the center body's reference ellipsoid.
   *
   * @param positionKm the point relative to the frame's center, km
   * @param bodyFixedFrame body-fixed frame of the point, e.g. {@code ITRF93}
   * @param name name of the new frame
   * @return the topocentric frame
   * @throws SpiceException as {@link #frame}, or {@code SPICE(KERNELVARNOTFOUND)} without {@code BODYnnn_RADII}
   * @throws IllegalArgumentException if the center body's ellipsoid is not oblate (equal equatorial radii)
   */
  public TopocentricFrame topocentric(Vector3 positionKm, String bodyFixedFrame, String name) {
    Objects.requireNonNull(positionKm, "positionKm");
    Objects.requireNonNull(name, "name");
    Frame fixed = frame(bodyFixedFrame);
    int center = center(bodyFixedFrame);
    double[] radii = access.call(sp -> sp.backend().pool().bodvcd(center, "RADII", 3));
    if (radii[0] != radii[1]) {
      throw new IllegalArgumentException("Orekit's OneAxisEllipsoid needs equal equatorial radii; body " + center
          + " has " + radii[0] + " and " + radii[1] + " km");
    }
    OneAxisEllipsoid shape = new OneAxisEllipsoid(radii[0] * KM, (radii[0] - radii[2]) / radii[0], fixed);
    GeodeticPoint point = shape.transform(SpiceTransforms.metres(positionKm), fixed, time.toDate(0.0));
    return new TopocentricFrame(shape, point, name);
  }

  // --- construction --------------------------------------------------------------------------------

  private SpiceCelestialBody newBody(String name, int id) {
    String ref = String.valueOf(id);
    Frame inertial = id == EARTH ? eme2000
        : new Frame(eme2000, SpiceTransforms.translation(access, time, ref, String.valueOf(EARTH)),
            name + "/J2000", true);
    return new SpiceCelestialBody(name, id, inertial, () -> frame(bodyFixedFrame(id)),
        () -> access.call(sp -> sp.backend().pool().bodvcd(id, "GM", 1))[0] * KM3);
  }

  private Frame newFrame(String name, int id) {
    FrameInfo info = access.call(sp -> sp.backend().frames().frinfo(id)).orElseThrow(() -> unknownFrame(name));
    Frame parent = body(String.valueOf(info.center())).getInertiallyOrientedFrame();
    return new Frame(parent, SpiceTransforms.rotation(access, time, name), name, info.frameClass() == 1);
  }

  private String bodyFixedFrame(int id) {
    return access.call(sp -> sp.backend().frames().cidfrm(id)).map(FrameRef::name).orElseThrow(() -> new SpiceException(
        "SPICE(CANTFINDFRAME)", "No body-fixed frame is associated with body " + id + ".", "", "cidfrm", null));
  }

  private int center(String frameName) {
    int id = access.call(sp -> sp.backend().frames().namfrm(frameName)).orElseThrow(() -> unknownFrame(frameName));
    return access.call(sp -> sp.backend().frames().frinfo(id)).orElseThrow(() -> unknownFrame(frameName)).center();
  }

  private static SpiceException unknownFrame(String name) {
    return new SpiceException("SPICE(UNKNOWNFRAME)", "The frame " + name + " is not recognized by the SPICE"
        + " frame subsystem.", "", "namfrm", null);
  }
}
