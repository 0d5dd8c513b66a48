package io.github.spice4j.orekit;

import java.util.Objects;
import java.util.function.Supplier;
import org.hipparchus.CalculusFieldElement;
import org.hipparchus.geometry.euclidean.threed.FieldVector3D;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.bodies.CelestialBody;
import org.orekit.frames.Frame;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.FieldAbsoluteDate;
import org.orekit.utils.PVCoordinates;
import org.orekit.utils.TimeStampedPVCoordinates;

/**
 * A body from SPICE kernels as an Orekit {@link CelestialBody}: positions from the loaded SPKs (km to
 * metres), orientation from the loaded PCKs/FKs and GM from {@code BODYnnn_GM} (km³/s² to m³/s²).
 * Obtain it with {@link SpiceOrekit#body(String)}.
 *
 * <p>Positions are geometric (CSPICE {@code spkezr_c} with abcorr {@code NONE}); Orekit applies its own
 * light-time corrections where it needs them. Thread-safe, as the {@link SpiceOrekit} it came from.
 */
public final class SpiceCelestialBody implements CelestialBody {
  private final String name;
  private final int id;
  private final Frame inertial;
  private final Supplier<Frame> bodyFixed;
  private final Supplier<Double> gm;

  SpiceCelestialBody(String name, int id, Frame inertial, Supplier<Frame> bodyFixed, Supplier<Double> gm) {
    this.name = Objects.requireNonNull(name, "name");
    this.id = id;
    this.inertial = Objects.requireNonNull(inertial, "inertial");
    this.bodyFixed = Objects.requireNonNull(bodyFixed, "bodyFixed");
    this.gm = Objects.requireNonNull(gm, "gm");
  }

  /**
   * The body's NAIF ID.
   *
   * @return e.g. 301 for the Moon
   */
  public int naifId() {
    return id;
  }

  /**
   * The frame centered on the body with J2000 axes (SPICE's J2000, which Orekit calls EME2000).
   *
   * @return the frame; its origin follows the SPK state of the body
   */
  @Override
  public Frame getInertiallyOrientedFrame() {
    return inertial;
  }

  /**
   * The body-fixed frame SPICE associates with the body (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/cidfrm_c.html">cidfrm_c</a>, e.g.
   * {@code IAU_MOON}, or {@code ITRF93} where an FK maps the Earth to it), centered on the body.
   *
   * @return the frame
   * @throws io.github.spice4j.SpiceException {@code SPICE(CANTFINDFRAME)} if SPICE knows no body-fixed frame
   *     for the body
   */
  @Override
  public Frame getBodyOrientedFrame() {
    return bodyFixed.get();
  }

  /**
   * The name the body was asked for.
   *
   * @return e.g. {@code MOON}
   */
  @Override
  public String getName() {
    return name;
  }

  /**
   * The body's gravitational parameter from {@code BODYnnn_GM} (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/bodvcd_c.html">bodvcd_c</a>).
   *
   * @return GM in m³/s²
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(KERNELVARNOTFOUND)} if no PCK with the GM is loaded
   */
  @Override
  public double getGM() {
    return gm.get();
  }

  /**
   * Geometric position of the body in an Orekit frame.
   *
   * @param date the date
   * @param frame the frame to express it in
   * @return position in metres
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(SPKINSUFFDATA)} outside the loaded coverage
   */
  @Override
  public Vector3D getPosition(AbsoluteDate date, Frame frame) {
    return inertial.getStaticTransformTo(frame, date).transformPosition(Vector3D.ZERO);
  }

  /**
   * Geometric position and velocity of the body in an Orekit frame.
   *
   * @param date the date
   * @param frame the frame to express it in
   * @return position (m) and velocity (m/s); acceleration is only what frame rotation adds
   * @throws io.github.spice4j.SpiceException as {@link #getPosition(AbsoluteDate, Frame)}
   */
  @Override
  public TimeStampedPVCoordinates getPVCoordinates(AbsoluteDate date, Frame frame) {
    PVCoordinates pv = inertial.getTransformTo(frame, date).transformPVCoordinates(PVCoordinates.ZERO);
    return new TimeStampedPVCoordinates(date, pv);
  }

  /**
   * Geometric position at a field date, evaluated at the date's value (no date derivatives).
   *
   * @param <T> the field element type
   * @param date the date
   * @param frame the frame to express it in
   * @return position in metres
   * @throws io.github.spice4j.SpiceException as {@link #getPosition(AbsoluteDate, Frame)}
   */
  @Override
  public <T extends CalculusFieldElement<T>> FieldVector3D<T> getPosition(FieldAbsoluteDate<T> date, Frame frame) {
    return new FieldVector3D<>(date.getField(), getPosition(date.toAbsoluteDate(), frame));
  }

  @Override
  public String toString() {
    return "SpiceCelestialBody[" + name + " (" + id + ")]";
  }
}
