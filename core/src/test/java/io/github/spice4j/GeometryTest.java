package io.github.spice4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.spice4j.jni.JniBackend;
import io.github.spice4j.parity.GoldenCompare;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The geometry facade against CSPICE golden values (geometry.json) and independent facts: intercepts lie
 * on the ellipsoid, a ray pointing away misses, the near sub-observer point is seen at zero emission,
 * illumf's flags follow its angles, and bad input is a clean exception after which the engine still works.
 */
class GeometryTest {
  private static Spice spice;
  private static Geometry geometry;

  @BeforeAll
  static void load() {
    spice = Spice.over(JniBackend.create());
    TestData.loadGoldenKernels(spice.backend(), "geometry.json");
    geometry = spice.geometry();
  }

  @AfterAll
  static void close() {
    spice.close();
  }

  private static JsonNode golden(String id) {
    return TestData.goldenCase("geometry.json", id);
  }

  private static Vector3 vec(JsonNode n) {
    return new Vector3(n.get(0).asDouble(), n.get(1).asDouble(), n.get(2).asDouble());
  }

  private static ArrayNode json(Vector3 v) {
    return JsonNodeFactory.instance.arrayNode().add(v.x()).add(v.y()).add(v.z());
  }

  /** Compares a surface point with a golden case's expect block under the case's tolerances. */
  private static void assertMatches(JsonNode c, SurfacePoint p) {
    Map<String, JsonNode> actual = new LinkedHashMap<>();
    actual.put("spoint", json(p.spoint()));
    actual.put("trgepc", DoubleNode.valueOf(p.trgepc()));
    actual.put("srfvec", json(p.srfvec()));
    JsonNode expect = c.get("expect").deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) expect).remove("found");
    List<String> problems = GoldenCompare.compare(expect, c.get("tol"), actual);
    assertTrue(problems.isEmpty(), () -> c.path("id").asText() + ": " + problems);
  }

  /** The golden MOON-from-EARTH sub-observer point still comes out right (engine usable). */
  private static void assertEngineWorks() {
    JsonNode c = golden("subpnt.moon-from-earth.nearpoint.iau_moon.ltps.2024-01-01");
    assertMatches(c, geometry.subObserverPoint(Geometry.NEAR_POINT_ELLIPSOID, "MOON", "EARTH", "IAU_MOON",
        AberrationCorrection.LT_S, c.get("args").get("et").asDouble()));
  }

  private static void assertSpiceError(String expectedShort, Executable call) {
    SpiceException e = assertThrows(SpiceException.class, call);
    assertEquals(expectedShort, e.shortMessage(), e::getMessage);
    assertFalse(e.longMessage().isEmpty(), e::getMessage);
    assertEngineWorks();
  }

  private static Intercept interceptArgs(String id) {
    JsonNode a = golden(id).get("args");
    return new Intercept(a.get("et").asDouble(), AberrationCorrection.parse(a.get("abcorr").asText()),
        a.get("dref").asText(), vec(a.get("dvec")));
  }

  private record Intercept(double et, AberrationCorrection abcorr, String dref, Vector3 dvec) {}

  @Test
  void sincptFoundMatchesGoldenAndLiesOnTheEllipsoid() {
    String id = "sincpt.moon-from-earth.iau_moon.ltps.center.2024-01-01";
    Intercept in = interceptArgs(id);
    Optional<SurfacePoint> hit = geometry.surfaceIntercept(Geometry.ELLIPSOID, "MOON", "EARTH", "IAU_MOON",
        in.abcorr(), in.et(), in.dref(), in.dvec());
    assertTrue(hit.isPresent());
    assertMatches(golden(id), hit.get());

    double[] r = spice.bodyConstant("MOON", "RADII");
    Vector3 p = hit.get().spoint();
    double level = sq(p.x() / r[0]) + sq(p.y() / r[1]) + sq(p.z() / r[2]);
    assertEquals(1.0, level, 1e-12, "intercept on the MOON ellipsoid");
    // The Moon is about 400 000 km away: the range is the norm of the observer-to-point vector.
    assertEquals(hit.get().srfvec().norm(), hit.get().range());
    assertTrue(hit.get().range() > 350_000 && hit.get().range() < 410_000, () -> "range " + hit.get().range());
  }

  @Test
  void sincptMissIsEmpty() {
    // The golden miss: half a degree off the Moon's centre (its disk is about a quarter degree in radius).
    Intercept off = interceptArgs("sincpt.moon-from-earth.iau_moon.none.off0p5deg.2024-01-01");
    assertEquals(Optional.empty(), geometry.surfaceIntercept(Geometry.ELLIPSOID, "MOON", "EARTH", "IAU_MOON",
        off.abcorr(), off.et(), off.dref(), off.dvec()));

    // A ray pointing straight away from the Moon cannot meet it.
    Intercept at = interceptArgs("sincpt.moon-from-earth.iau_moon.none.center.2024-01-01");
    Vector3 away = new Vector3(-at.dvec().x(), -at.dvec().y(), -at.dvec().z());
    assertEquals(Optional.empty(), geometry.surfaceIntercept(Geometry.ELLIPSOID, "MOON", "EARTH", "IAU_MOON",
        at.abcorr(), at.et(), at.dref(), away));
    assertEngineWorks();
  }

  @Test
  void nearSubObserverPointIsSeenAtZeroEmission() {
    double et = golden("ilumin.moon-from-earth.iau_moon.ltps.2024-01-01").get("args").get("et").asDouble();
    SurfacePoint sub = geometry.subObserverPoint(Geometry.NEAR_POINT_ELLIPSOID, "MOON", "EARTH", "IAU_MOON",
        AberrationCorrection.LT_S, et);
    IlluminationAngles a = geometry.illumination(Geometry.ELLIPSOID, "MOON", "EARTH", "IAU_MOON",
        AberrationCorrection.LT_S, et, sub.spoint());
    // By definition the near point's surface normal points at the observer.
    assertEquals(0.0, a.emissn(), 1e-7);
    assertEquals(sub.trgepc(), a.trgepc(), 1e-6);
    // Phase is between the observer and Sun directions and incidence between the normal and the Sun:
    // with the observer along the normal they coincide.
    assertEquals(a.phase(), a.incdnc(), 1e-7);
    JsonNode expect = golden("ilumin.moon-from-earth.iau_moon.ltps.2024-01-01").get("expect");
    assertEquals(expect.get("phase").asDouble(), a.phase(), 1e-9);
  }

  @Test
  void illumfFlagsFollowTheAngles() {
    for (String id : List.of("illumf.moon-from-earth-lit-by-sun.iau_moon.cnps.2024-04-08",
        "illumf.earth-from-moon-lit-by-sun.itrf93.cnps.2015-03-02")) {
      JsonNode c = golden(id);
      JsonNode a = c.get("args");
      IlluminationAndVisibility r = geometry.illuminationAndVisibility(a.get("method").asText(),
          a.get("target").asText(), a.get("ilusrc").asText(), a.get("obsrvr").asText(), a.get("fixref").asText(),
          AberrationCorrection.parse(a.get("abcorr").asText()), a.get("et").asDouble(), vec(a.get("spoint")));
      assertEquals(c.get("expect").get("visibl").asBoolean(), r.visibl(), id);
      assertEquals(c.get("expect").get("lit").asBoolean(), r.lit(), id);
      assertEquals(r.emissn() < Math.PI / 2, r.visibl(), id);
      assertEquals(r.incdnc() < Math.PI / 2, r.lit(), id);
      assertEquals(c.get("expect").get("phase").asDouble(), r.phase(), 1e-9, id);
    }
  }

  @Test
  void occultationCodesAreCspices() {
    int[] codes = {-3, -2, -1, 0, 1, 2, 3};
    String[] names = {"SPICE_OCCULT_TOTAL1", "SPICE_OCCULT_ANNLR1", "SPICE_OCCULT_PARTL1", "SPICE_OCCULT_NOOCC",
        "SPICE_OCCULT_PARTL2", "SPICE_OCCULT_ANNLR2", "SPICE_OCCULT_TOTAL2"};
    for (int k = 0; k < codes.length; k++) {
      Occultation o = Occultation.fromCode(codes[k]);
      assertEquals(codes[k], o.code());
      assertEquals(names[k], o.spiceName());
      assertEquals(codes[k] > 0, o.isFirstInFront());
      assertEquals(codes[k] != 0, o.isOccultation());
    }
    assertEquals(Occultation.TOTAL_OF_FIRST_BY_SECOND, Occultation.fromCode(-3));
    assertEquals(Occultation.NONE, Occultation.fromCode(0));
    assertEquals(Occultation.TOTAL_OF_SECOND_BY_FIRST, Occultation.fromCode(3));
    assertThrows(IllegalArgumentException.class, () -> Occultation.fromCode(4));
    assertThrows(IllegalArgumentException.class, () -> Occultation.fromCode(-4));
  }

  @Test
  void occultationOfVenusBehindTheSun() {
    // Superior conjunction of Venus, 2024-06-04 (geometry.json: ocltid -3 for both shapes of Venus).
    double et = golden("occult.venus-ellipsoid-vs-sun-ellipsoid-from-earth.cn.2024-06-04").get("args").get("et")
        .asDouble();
    assertEquals(Occultation.TOTAL_OF_FIRST_BY_SECOND, geometry.occultation("VENUS", Geometry.ELLIPSOID, "IAU_VENUS",
        "SUN", Geometry.ELLIPSOID, "IAU_SUN", "EARTH", AberrationCorrection.CN, et));
    // Swapping the targets flips the sign: the Sun is in front and hides Venus.
    assertEquals(Occultation.TOTAL_OF_SECOND_BY_FIRST, geometry.occultation("SUN", Geometry.ELLIPSOID, "IAU_SUN",
        "VENUS", Geometry.POINT, " ", "EARTH", AberrationCorrection.CN, et));
  }

  @Test
  void planesRoundTrip() {
    // <x, (1,-2,2)> = -3 is <x, (-1,2,-2)/3> = 1: unit normal, non-negative constant (coords.json nvc2pl.tilted).
    Plane p = geometry.plane(new Vector3(1, -2, 2), -3);
    assertEquals(-1.0 / 3, p.normal().x(), 1e-15);
    assertEquals(2.0 / 3, p.normal().y(), 1e-15);
    assertEquals(-2.0 / 3, p.normal().z(), 1e-15);
    assertEquals(1.0, p.constant(), 1e-15);
    assertEquals(1.0, p.normal().norm(), 1e-15);
    Plane back = geometry.normalAndConstant(p);
    assertEquals(p, back);
    assertSpiceError("SPICE(ZEROVECTOR)", () -> geometry.plane(new Vector3(0, 0, 0), 1));
  }

  @Test
  void badInputIsACleanException() {
    double et = 757339269.1839061;
    assertSpiceError("SPICE(BADMETHODSYNTAX)", () -> geometry.subObserverPoint("NEAR POINT", "MOON", "EARTH",
        "IAU_MOON", AberrationCorrection.NONE, et));
    assertSpiceError("SPICE(INVALIDFRAME)", () -> geometry.subSolarPoint(Geometry.NEAR_POINT_ELLIPSOID, "MOON",
        "EARTH", "IAU_EARTH", AberrationCorrection.NONE, et));
    assertSpiceError("SPICE(IDCODENOTFOUND)", () -> geometry.subObserverPoint(Geometry.NEAR_POINT_ELLIPSOID,
        "NOT_A_BODY", "EARTH", "IAU_MOON", AberrationCorrection.NONE, et));
    assertSpiceError("SPICE(ZEROVECTOR)", () -> geometry.surfaceIntercept(Geometry.ELLIPSOID, "MOON", "EARTH",
        "IAU_MOON", AberrationCorrection.NONE, et, "J2000", new Vector3(0, 0, 0)));
    assertSpiceError("SPICE(BODIESNOTDISTINCT)", () -> geometry.occultation("MOON", Geometry.ELLIPSOID, "IAU_MOON",
        "SUN", Geometry.ELLIPSOID, "IAU_SUN", "MOON", AberrationCorrection.CN, et));
    assertSpiceError("SPICE(EMPTYSTRING)", () -> geometry.occultation("MOON", Geometry.ELLIPSOID, "IAU_MOON",
        "SUN", Geometry.POINT, "", "EARTH", AberrationCorrection.CN, et));
    assertSpiceError("SPICE(EMPTYSTRING)", () -> geometry.subObserverPoint("", "MOON", "EARTH", "IAU_MOON",
        AberrationCorrection.NONE, et));
    assertSpiceError("SPICE(EMPTYSTRING)", () -> geometry.illuminationBy(Geometry.ELLIPSOID, "MOON", "", "EARTH",
        "IAU_MOON", AberrationCorrection.NONE, et, new Vector3(1737.4, 0, 0)));

    assertThrows(NullPointerException.class, () -> geometry.subObserverPoint(Geometry.NEAR_POINT_ELLIPSOID, null,
        "EARTH", "IAU_MOON", AberrationCorrection.NONE, et));
    assertThrows(NullPointerException.class, () -> geometry.subObserverPoint(Geometry.NEAR_POINT_ELLIPSOID, "MOON",
        "EARTH", "IAU_MOON", null, et));
    assertThrows(NullPointerException.class, () -> geometry.illumination(Geometry.ELLIPSOID, "MOON", "EARTH",
        "IAU_MOON", AberrationCorrection.NONE, et, null));
    assertThrows(NullPointerException.class, () -> geometry.normalAndConstant(null));
    assertThrows(IllegalArgumentException.class, () -> geometry.subObserverPoint(Geometry.NEAR_POINT_ELLIPSOID,
        "MOON", "EARTH", "IAU_MOON", AberrationCorrection.NONE, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> geometry.surfaceIntercept(Geometry.ELLIPSOID, "MOON",
        "EARTH", "IAU_MOON", AberrationCorrection.NONE, et, "J2000", new Vector3(1, Double.NaN, 0)));
    assertEngineWorks();
  }

  @Test
  void missingRadiiIsKernelVarNotFoundAndRecovers() {
    // Only the leapseconds and an SPK: no BODY301_RADII (errors.json sincpt.no-radii).
    try (Spice bare = Spice.create()) {
      bare.load(TestData.kernel("lsk/naif0012.tls"), TestData.kernel("spk/de440s_2023_2026_excerpt.bsp"),
          TestData.kernel("fk/moon_080317.tf"));
      SpiceException e = assertThrows(SpiceException.class, () -> bare.geometry().surfaceIntercept(
          Geometry.ELLIPSOID, "MOON", "EARTH", "IAU_MOON", AberrationCorrection.NONE, 757339269.1839061, "J2000",
          new Vector3(1, 0, 0)));
      assertEquals("SPICE(KERNELVARNOTFOUND)", e.shortMessage());
      assertTrue(e.longMessage().contains("BODY301_RADII"), e::getMessage);
      bare.load(TestData.kernel("pck/pck00011.tpc"));
      Intercept at = interceptArgs("sincpt.moon-from-earth.iau_moon.none.center.2024-01-01");
      assertMatches(golden("sincpt.moon-from-earth.iau_moon.none.center.2024-01-01"), bare.geometry()
          .surfaceIntercept(Geometry.ELLIPSOID, "MOON", "EARTH", "IAU_MOON", at.abcorr(), at.et(), at.dref(),
              at.dvec()).orElseThrow());
    }
  }

  private static double sq(double x) {
    return x * x;
  }
}
