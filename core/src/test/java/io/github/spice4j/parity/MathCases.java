package io.github.spice4j.parity;

import static io.github.spice4j.parity.Out.d;
import static io.github.spice4j.parity.Out.doubles;
import static io.github.spice4j.parity.Out.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import io.github.spice4j.ConicElements;
import io.github.spice4j.CoordinateSystems;
import io.github.spice4j.CylindricalCoordinates;
import io.github.spice4j.EulerAngleRates;
import io.github.spice4j.EulerAngles;
import io.github.spice4j.Matrix3;
import io.github.spice4j.Matrix6;
import io.github.spice4j.OsculatingElements;
import io.github.spice4j.PlanetographicCoordinates;
import io.github.spice4j.RaDecCoordinates;
import io.github.spice4j.Spice;
import io.github.spice4j.StateVector;
import io.github.spice4j.Units;
import io.github.spice4j.Vector3;
import io.github.spice4j.Vectors;
import io.github.spice4j.backend.SpiceBackend;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Golden dispatch: the math computed in Java (vector angles, coordinate systems, units, rotations, Euler
 * angles, quaternions, orbital elements). Only recpgr/pgrrec touch the engine, for the body's longitude
 * sense in the pool.
 */
final class MathCases implements GoldenCases {
  private static final Set<String> CALLS = Set.of("vsep", "vsepg", "cylrec", "reccyl", "recrad", "radrec", "recpgr",
      "pgrrec", "convrt", "twovec", "m2eul", "eul2m", "m2q", "xf2eul", "eul2xf", "invort", "oscelt", "oscltx",
      "prop2b");

  @Override
  public Set<String> calls() {
    return CALLS;
  }

  @Override
  public void run(SpiceBackend b, String call, JsonNode a, Map<String, JsonNode> out, Path kernelsDir) {
    switch (call) {
      case "vsep" -> out.put("return", d(vec(a, "v1").angle(vec(a, "v2"))));
      case "vsepg" -> out.put("return", d(Vectors.angle(arr(a, "v1"), arr(a, "v2"))));
      case "cylrec" -> out.put("rectan",
          v3(CoordinateSystems.cylrec(new CylindricalCoordinates(num(a, "r"), num(a, "clon"), num(a, "z")))));
      case "reccyl" -> {
        CylindricalCoordinates c = CoordinateSystems.reccyl(vec(a, "rectan"));
        out.put("r", d(c.radius()));
        out.put("clon", d(c.longitude()));
        out.put("z", d(c.z()));
      }
      case "recrad" -> {
        RaDecCoordinates c = CoordinateSystems.recrad(vec(a, "rectan"));
        out.put("range", d(c.range()));
        out.put("ra", d(c.rightAscension()));
        out.put("dec", d(c.declination()));
      }
      case "radrec" -> out.put("rectan",
          v3(CoordinateSystems.radrec(new RaDecCoordinates(num(a, "range"), num(a, "ra"), num(a, "dec")))));
      case "recpgr" -> {
        PlanetographicCoordinates c = Spice.over(b).coordinates().toPlanetographic(a.get("body").asText(),
            vec(a, "rectan"), num(a, "re"), num(a, "f"));
        out.put("lon", d(c.longitude()));
        out.put("lat", d(c.latitude()));
        out.put("alt", d(c.altitude()));
      }
      case "pgrrec" -> out.put("rectan", v3(Spice.over(b).coordinates().fromPlanetographic(a.get("body").asText(),
          new PlanetographicCoordinates(num(a, "lon"), num(a, "lat"), num(a, "alt")), num(a, "re"), num(a, "f"))));
      case "convrt" -> out.put("y", d(Units.convert(num(a, "x"), a.get("in").asText(), a.get("out").asText())));
      case "twovec" -> out.put("mout", m3(Matrix3.twoVectors(vec(a, "axdef"), a.get("indexa").asInt(),
          vec(a, "plndef"), a.get("indexp").asInt())));
      case "m2eul" -> {
        EulerAngles e = mat(a, "r").toEulerAngles(a.get("axis3").asInt(), a.get("axis2").asInt(),
            a.get("axis1").asInt());
        out.put("angle3", d(e.angle3()));
        out.put("angle2", d(e.angle2()));
        out.put("angle1", d(e.angle1()));
      }
      case "eul2m" -> out.put("r", m3(new EulerAngles(num(a, "angle3"), num(a, "angle2"), num(a, "angle1"),
          a.get("axis3").asInt(), a.get("axis2").asInt(), a.get("axis1").asInt()).toMatrix()));
      case "m2q" -> out.put("q", doubles(mat(a, "r").toQuaternion().toArray()));
      case "xf2eul" -> {
        EulerAngleRates e = Matrix6.ofRowMajor(Out.toRowMajor(a.get("xform"))).toEulerAngles(a.get("axisa").asInt(),
            a.get("axisb").asInt(), a.get("axisc").asInt());
        out.put("eulang", doubles(e.toArray()));
        out.put("unique", BooleanNode.valueOf(e.unique()));
      }
      case "eul2xf" -> {
        double[] ang = arr(a, "eulang");
        EulerAngles angles = new EulerAngles(ang[0], ang[1], ang[2], a.get("axisa").asInt(), a.get("axisb").asInt(),
            a.get("axisc").asInt());
        Matrix6 x = new EulerAngleRates(angles, ang[3], ang[4], ang[5], true).toStateTransform();
        out.put("xform", matrix(x.toRowMajor(), 6));
      }
      case "invort" -> out.put("mit", m3(mat(a, "m").invertOrthogonal()));
      case "oscelt" -> out.put("elts",
          doubles(ConicElements.fromState(state(a, "state"), num(a, "et"), num(a, "mu")).toArray()));
      case "oscltx" -> out.put("elts",
          doubles(OsculatingElements.fromState(state(a, "state"), num(a, "et"), num(a, "mu")).toArray()));
      case "prop2b" -> out.put("pvprop",
          doubles(state(a, "pvinit").propagateTwoBody(num(a, "gm"), num(a, "dt")).toArray()));
      default -> throw new IllegalArgumentException("not handled here: " + call);
    }
  }

  private static double num(JsonNode a, String field) {
    return a.get(field).asDouble();
  }

  private static double[] arr(JsonNode a, String field) {
    return Out.toDoubles(a.get(field));
  }

  private static Vector3 vec(JsonNode a, String field) {
    return CoordsCases.vec(a, field);
  }

  private static Matrix3 mat(JsonNode a, String field) {
    return CoordsCases.mat(a, field);
  }

  private static StateVector state(JsonNode a, String field) {
    return StateVector.of(arr(a, field), 0.0);
  }

  private static JsonNode v3(Vector3 v) {
    return doubles(v.toArray());
  }

  private static JsonNode m3(Matrix3 m) {
    return matrix(m.toRowMajor(), 3);
  }
}
