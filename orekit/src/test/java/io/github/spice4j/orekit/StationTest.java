package io.github.spice4j.orekit;

import static io.github.spice4j.orekit.Assertions3.assertKmAsMetres;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.AzElState;
import io.github.spice4j.StateVector;
import io.github.spice4j.Stations;
import io.github.spice4j.Vector3;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.orekit.frames.TopocentricFrame;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.PVCoordinates;

/** Station geometry through Orekit against spice4j's azlcpo composition and spkezr in the FK's TOPO frame. */
class StationTest extends WithKernels {
  @Test
  void orekitAzElFromTopocentricFrameMatchesStations() {
    for (String station : new String[] {"DSS-14", "DSS-43", "DSS-63"}) {
      for (double et : new double[] {478_300_000.0, 478_500_000.0, 478_700_000.0}) {
        AbsoluteDate date = fx.bridge.time().toDate(et);
        TopocentricFrame topo = fx.bridge.topocentric(station, "ITRF93", date);
        Vector3D moon = fx.bridge.body("MOON").getPosition(date, fx.eme2000);
        Vector3 obspos = fx.spice.position(station, "EARTH", "ITRF93", AberrationCorrection.NONE, et).position();
        AzElState expected = fx.spice.stations().azimuthElevation(Stations.ELLIPSOID, "MOON", et,
            AberrationCorrection.NONE, false, true, obspos, "EARTH", "ITRF93");
        String what = station + " at ET " + et;
        assertEquals(expected.elevation(), topo.getElevation(moon, fx.eme2000, date), 1e-10, what + " elevation");
        double daz = Math.IEEEremainder(expected.azimuth() - topo.getAzimuth(moon, fx.eme2000, date), 2 * Math.PI);
        assertEquals(0.0, daz, 1e-10, what + " azimuth");
        assertEquals(expected.range() * 1000.0, topo.getRange(moon, fx.eme2000, date), 1e-4, what + " range (m)");
      }
    }
  }

  @Test
  void fkTopoFrameIsSpkezrInThatFrame() {
    double et = 478_500_000.0;
    AbsoluteDate date = fx.bridge.time().toDate(et);
    PVCoordinates pv = fx.bridge.body("MOON").getPVCoordinates(date, fx.bridge.frame("DSS-14_TOPO"));
    StateVector s = fx.spice.state("MOON", "DSS-14", "DSS-14_TOPO", AberrationCorrection.NONE, et);
    assertKmAsMetres(s.position(), pv.getPosition(), 1e-12, "Moon in DSS-14_TOPO");
    assertKmAsMetres(s.velocity(), pv.getVelocity(), 1e-11, "Moon velocity in DSS-14_TOPO");
    // The FK frame's origin is the station itself.
    Vector3D origin = fx.bridge.frame("DSS-14_TOPO").getStaticTransformTo(fx.bridge.frame("ITRF93"), date)
        .transformPosition(Vector3D.ZERO);
    assertKmAsMetres(fx.spice.position("DSS-14", "EARTH", "ITRF93", AberrationCorrection.NONE, et).position(), origin,
        1e-12, "DSS-14_TOPO origin");
  }

  @Test
  void topocentricFromCoordinatesEqualsTopocentricFromStationSpk() {
    double et = 478_500_000.0;
    AbsoluteDate date = fx.bridge.time().toDate(et);
    Vector3 p = fx.spice.position("DSS-14", "EARTH", "ITRF93", AberrationCorrection.NONE, et).position();
    TopocentricFrame a = fx.bridge.topocentric(p, "ITRF93", "DSS-14 by coordinates");
    TopocentricFrame b = fx.bridge.topocentric("DSS-14", "ITRF93", date);
    assertTrue(a.getCartesianPoint().distance(b.getCartesianPoint()) < 1e-6);
    assertKmAsMetres(p, a.getCartesianPoint(), 1e-12, "station point");
  }
}
