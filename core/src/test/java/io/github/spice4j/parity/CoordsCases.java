package io.github.spice4j.parity;

import static io.github.spice4j.parity.Out.d;
import static io.github.spice4j.parity.Out.doubles;
import static io.github.spice4j.parity.Out.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.spice4j.GeodeticCoordinates;
import io.github.spice4j.LatitudinalCoordinates;
import io.github.spice4j.Matrix3;
import io.github.spice4j.SphericalCoordinates;
import io.github.spice4j.Vector3;
import io.github.spice4j.backend.SpiceBackend;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/** Golden dispatch: Coordinate conversions and vector/matrix algebra (nvc2pl belongs to geometry). */
final class CoordsCases implements GoldenCases {
  private static final Set<String> CALLS = Set.of("reclat", "latrec", "recsph", "sphrec", "georec", "recgeo",
      "vnorm", "vhat", "vdot", "vcrss", "vadd", "vsub", "vminus", "vscl", "mxv", "mtxv", "mxm", "rotate", "rotmat",
      "axisar");

  @Override
  public Set<String> calls() {
    return CALLS;
  }

  @Override
  public void run(SpiceBackend b, String call, JsonNode a, Map<String, JsonNode> out, Path kernelsDir) {
    switch (call) {
      case "reclat" -> {
        LatitudinalCoordinates c = b.coords().reclat(vec(a, "rectan"));
        out.put("radius", d(c.radius()));
        out.put("longitude", d(c.longitude()));
        out.put("latitude", d(c.latitude()));
      }
      case "latrec" -> out.put("rectan", v3(b.coords().latrec(num(a, "radius"), num(a, "longitude"), num(a, "latitude"))));
      case "recsph" -> {
        SphericalCoordinates c = b.coords().recsph(vec(a, "rectan"));
        out.put("r", d(c.radius()));
        out.put("colat", d(c.colatitude()));
        out.put("lon", d(c.longitude()));
      }
      case "sphrec" -> out.put("rectan", v3(b.coords().sphrec(num(a, "r"), num(a, "colat"), num(a, "lon"))));
      case "georec" -> out.put("rectan",
          v3(b.coords().georec(num(a, "lon"), num(a, "lat"), num(a, "alt"), num(a, "re"), num(a, "f"))));
      case "recgeo" -> {
        GeodeticCoordinates c = b.coords().recgeo(vec(a, "rectan"), num(a, "re"), num(a, "f"));
        out.put("lon", d(c.longitude()));
        out.put("lat", d(c.latitude()));
        out.put("alt", d(c.altitude()));
      }
      case "vnorm" -> out.put("return", d(b.coords().vnorm(vec(a, "v1"))));
      case "vhat" -> out.put("vout", v3(b.coords().vhat(vec(a, "v1"))));
      case "vdot" -> out.put("return", d(b.coords().vdot(vec(a, "v1"), vec(a, "v2"))));
      case "vcrss" -> out.put("vout", v3(b.coords().vcrss(vec(a, "v1"), vec(a, "v2"))));
      case "vadd" -> out.put("vout", v3(b.coords().vadd(vec(a, "v1"), vec(a, "v2"))));
      case "vsub" -> out.put("vout", v3(b.coords().vsub(vec(a, "v1"), vec(a, "v2"))));
      case "vminus" -> out.put("vout", v3(b.coords().vminus(vec(a, "v1"))));
      case "vscl" -> out.put("vout", v3(b.coords().vscl(num(a, "s"), vec(a, "v1"))));
      case "mxv" -> out.put("vout", v3(b.coords().mxv(mat(a, "m1"), vec(a, "vin"))));
      case "mtxv" -> out.put("vout", v3(b.coords().mtxv(mat(a, "m1"), vec(a, "vin"))));
      case "mxm" -> out.put("mout", m3(b.coords().mxm(mat(a, "m1"), mat(a, "m2"))));
      case "rotate" -> out.put("mout", m3(b.coords().rotate(num(a, "angle"), a.get("iaxis").asInt())));
      case "rotmat" -> out.put("mout", m3(b.coords().rotmat(mat(a, "m1"), num(a, "angle"), a.get("iaxis").asInt())));
      case "axisar" -> out.put("r", m3(b.coords().axisar(vec(a, "axis"), num(a, "angle"))));
      default -> throw new IllegalArgumentException("not handled here: " + call);
    }
  }

  private static double num(JsonNode a, String field) {
    return a.get(field).asDouble();
  }

  static Vector3 vec(JsonNode a, String field) {
    return Vector3.of(Out.toDoubles(a.get(field)));
  }

  static Matrix3 mat(JsonNode a, String field) {
    return Matrix3.ofRowMajor(Out.toRowMajor(a.get(field)));
  }

  private static JsonNode v3(Vector3 v) {
    return doubles(v.toArray());
  }

  private static JsonNode m3(Matrix3 m) {
    return matrix(m.toRowMajor(), 3);
  }
}
