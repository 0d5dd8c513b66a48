package io.github.spice4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.jni.JniBackend;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Planetographic longitude sense from the kernel pool (pck00011): the Earth, Moon and Sun are positive east,
 * prograde rotators west, retrograde ones (Venus) east, and BODY&lt;id&gt;_PGR_POSITIVE_LON overrides all;
 * the facade's results equal the pure Java conversion with that sense.
 */
class PlanetographicTest {
  private static final double MARS_RE = 3396.19;
  private static final double MARS_F = 0.005886007555525526;

  private JniBackend backend;
  private Coordinates coords;

  @BeforeEach
  void setUp() {
    backend = JniBackend.create();
    TestData.loadKernels(backend, List.of("pck/pck00011.tpc"));
    coords = Spice.over(backend).coordinates();
  }

  @AfterEach
  void tearDown() {
    backend.close();
  }

  @Test
  void longitudeSenseFollowsRotationAndOverrides() {
    assertFalse(coords.planetographicPositiveWest("EARTH"));
    assertFalse(coords.planetographicPositiveWest("MOON"));
    assertFalse(coords.planetographicPositiveWest("SUN"));
    assertTrue(coords.planetographicPositiveWest("MARS"));
    assertTrue(coords.planetographicPositiveWest("499"));
    assertFalse(coords.planetographicPositiveWest("VENUS"));
    backend.pool().pcpool("BODY399_PGR_POSITIVE_LON", List.of(" w est "));
    assertTrue(coords.planetographicPositiveWest("EARTH"));
    backend.pool().pcpool("BODY499_PGR_POSITIVE_LON", List.of("NORTH"));
    assertEquals("SPICE(INVALIDOPTION)",
        assertThrows(SpiceException.class, () -> coords.planetographicPositiveWest("MARS")).shortMessage());
    assertEquals("SPICE(IDCODENOTFOUND)",
        assertThrows(SpiceException.class, () -> coords.planetographicPositiveWest("NOSUCHBODY")).shortMessage());
    backend.kernels().kclear();
    assertEquals("SPICE(MISSINGDATA)",
        assertThrows(SpiceException.class, () -> coords.planetographicPositiveWest("MARS")).shortMessage());
  }

  @Test
  void facadeMatchesThePureConversionWithThePoolSense() {
    Vector3 p = new Vector3(1000, -2500, 2800);
    PlanetographicCoordinates viaPool = coords.toPlanetographic("MARS", p, MARS_RE, MARS_F);
    PlanetographicCoordinates pure = CoordinateSystems.recpgr(p, MARS_RE, MARS_F, true);
    assertEquals(pure.longitude(), viaPool.longitude(), 1e-15);
    assertEquals(pure.latitude(), viaPool.latitude(), 1e-15);
    assertEquals(pure.altitude(), viaPool.altitude(), 1e-12);
    Vector3 back = coords.fromPlanetographic("MARS", viaPool, MARS_RE, MARS_F);
    assertEquals(0.0, back.distance(p), 1e-11);
    assertEquals("SPICE(VALUEOUTOFRANGE)",
        assertThrows(SpiceException.class, () -> coords.toPlanetographic("MARS", p, -1, MARS_F)).shortMessage());
  }
}
