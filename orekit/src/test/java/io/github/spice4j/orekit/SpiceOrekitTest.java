package io.github.spice4j.orekit;

import static io.github.spice4j.orekit.Assertions3.assertKmAsMetres;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.Matrix6;
import io.github.spice4j.SpiceException;
import io.github.spice4j.StateVector;
import io.github.spice4j.Vector3;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.hipparchus.util.Binary64;
import org.hipparchus.util.Binary64Field;
import org.junit.jupiter.api.Test;
import org.orekit.frames.Frame;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.FieldAbsoluteDate;
import org.orekit.utils.PVCoordinates;

/** Bodies and frames through Orekit against spice4j's own spkezr and sxform, units and time included. */
class SpiceOrekitTest extends WithKernels {
  private static final double ET_2015 = 478_500_000.0;
  private static final double ET_2024 = 762_000_000.123;
  private static StateVector spkezr(String target, String observer, String frame, double et) {
    return fx.spice.state(target, observer, frame, AberrationCorrection.NONE, et);
  }

  @Test
  void moonInEme2000IsSpkezrTimesAThousand() {
    for (double et : new double[] {ET_2015, ET_2024}) {
      AbsoluteDate date = fx.bridge.time().toDate(et);
      StateVector s = spkezr("MOON", "EARTH", "J2000", et);
      PVCoordinates pv = fx.bridge.body("MOON").getPVCoordinates(date, fx.eme2000);
      assertKmAsMetres(s.position(), pv.getPosition(), 1e-12, "Moon position at ET " + et);
      assertKmAsMetres(s.velocity(), pv.getVelocity(), 1e-12, "Moon velocity at ET " + et);
      assertKmAsMetres(s.position(), fx.bridge.body("301").getPosition(date, fx.eme2000), 1e-12, "by ID");
    }
  }

  @Test
  void bodyRelativeToBodyGoesThroughTheTree() {
    AbsoluteDate date = fx.bridge.time().toDate(ET_2024);
    Frame moon = fx.bridge.body("MOON").getInertiallyOrientedFrame();
    PVCoordinates pv = fx.bridge.body("MARS BARYCENTER").getPVCoordinates(date, moon);
    StateVector s = spkezr("MARS BARYCENTER", "MOON", "J2000", ET_2024);
    assertKmAsMetres(s.position(), pv.getPosition(), 1e-12, "Mars barycenter from the Moon");
    assertKmAsMetres(s.velocity(), pv.getVelocity(), 1e-11, "Mars barycenter velocity from the Moon");
  }

  @Test
  void sameObjectPerIdAndEarthIsEme2000() {
    assertSame(fx.bridge.body("MOON"), fx.bridge.body("301"));
    assertSame(fx.eme2000, fx.bridge.body("EARTH").getInertiallyOrientedFrame());
    assertSame(fx.bridge.frame("ITRF93"), fx.bridge.frame("itrf93"));
    assertEquals(301, fx.bridge.body("moon").naifId());
  }

  @Test
  void gmIsBodvcdInSi() {
    double gmKm = fx.spice.backend().pool().bodvcd(301, "GM", 1)[0];
    assertEquals(gmKm * 1.0e9, fx.bridge.body("MOON").getGM(), 0.0);
  }

  /** Pins Orekit's transform convention against SPICE's: the Orekit transform equals sxform on a state. */
  @Test
  void frameTransformIsSxform() {
    for (String[] c : new String[][] {{"EARTH", "ITRF93", "478500000"}, {"MOON", "IAU_MOON", "762000000.123"},
        {"MOON", "MOON_PA", "478500000"}}) {
      double et = Double.parseDouble(c[2]);
      AbsoluteDate date = fx.bridge.time().toDate(et);
      Frame inertial = fx.bridge.body(c[0]).getInertiallyOrientedFrame();
      double[] km = {7000.0, -1200.0, 300.0, 1.0, 7.0, -0.5};
      PVCoordinates in = new PVCoordinates(new Vector3D(km[0], km[1], km[2]).scalarMultiply(1000.0),
          new Vector3D(km[3], km[4], km[5]).scalarMultiply(1000.0));
      PVCoordinates out = inertial.getTransformTo(fx.bridge.frame(c[1]), date).transformPVCoordinates(in);
      Matrix6 x = fx.spice.stateTransform("J2000", c[1], et);
      double[] e = new double[6];
      for (int i = 0; i < 6; i++) for (int j = 0; j < 6; j++) e[i] += x.get(i, j) * km[j];
      assertKmAsMetres(new Vector3(e[0], e[1], e[2]), out.getPosition(), 1e-14, c[1] + " position");
      assertKmAsMetres(new Vector3(e[3], e[4], e[5]), out.getVelocity(), 1e-14, c[1] + " velocity");
    }
  }

  @Test
  void moonInItrf93IsSpkezrInItrf93() {
    AbsoluteDate date = fx.bridge.time().toDate(ET_2015);
    PVCoordinates pv = fx.bridge.body("MOON").getPVCoordinates(date, fx.bridge.frame("ITRF93"));
    StateVector s = spkezr("MOON", "EARTH", "ITRF93", ET_2015);
    assertKmAsMetres(s.position(), pv.getPosition(), 1e-12, "Moon in ITRF93");
    assertKmAsMetres(s.velocity(), pv.getVelocity(), 1e-12, "Moon velocity in ITRF93");
    assertEquals("IAU_MOON", fx.bridge.body("MOON").getBodyOrientedFrame().getName());
  }

  @Test
  void fieldDateGivesTheSamePosition() {
    AbsoluteDate date = fx.bridge.time().toDate(ET_2024);
    FieldAbsoluteDate<Binary64> fd = new FieldAbsoluteDate<>(Binary64Field.getInstance(), date);
    Vector3D field = fx.bridge.body("MOON").getPosition(fd, fx.eme2000).toVector3D();
    assertEquals(0.0, field.distance(fx.bridge.body("MOON").getPosition(date, fx.eme2000)), 0.0);
  }

  @Test
  void spiceErrorsSurfaceAsSpiceExceptions() {
    SpiceException noBody = assertThrows(SpiceException.class, () -> fx.bridge.body("MON"));
    assertEquals("SPICE(IDCODENOTFOUND)", noBody.shortMessage());
    SpiceException noFrame = assertThrows(SpiceException.class, () -> fx.bridge.frame("NO_SUCH_FRAME"));
    assertEquals("SPICE(UNKNOWNFRAME)", noFrame.shortMessage());
    AbsoluteDate outside = fx.bridge.time().toDate(0.0);
    SpiceException noData = assertThrows(SpiceException.class,
        () -> fx.bridge.body("MOON").getPosition(outside, fx.eme2000));
    assertEquals("SPICE(SPKINSUFFDATA)", noData.shortMessage());
    // The engine stays usable after the failure.
    assertKmAsMetres(spkezr("MOON", "EARTH", "J2000", ET_2015).position(),
        fx.bridge.body("MOON").getPosition(fx.bridge.time().toDate(ET_2015), fx.eme2000), 1e-12, "after error");
  }
}
