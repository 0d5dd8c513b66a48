package io.github.spice4j.parity;

import static io.github.spice4j.parity.Out.d;
import static io.github.spice4j.parity.Out.doubles;
import static io.github.spice4j.parity.Out.i;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spice4j.IlluminationAndVisibility;
import io.github.spice4j.IlluminationAngles;
import io.github.spice4j.Plane;
import io.github.spice4j.SurfacePoint;
import io.github.spice4j.Vector3;
import io.github.spice4j.backend.SpiceBackend;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Golden dispatch: Observation geometry (subpnt ... occult, nvc2pl, pl2nvc). */
final class GeometryCases implements GoldenCases {
  private static final Set<String> CALLS =
      Set.of("subpnt", "subslr", "sincpt", "ilumin", "illumg", "illumf", "occult", "nvc2pl", "pl2nvc");

  @Override
  public Set<String> calls() {
    return CALLS;
  }

  @Override
  public void run(SpiceBackend b, String call, JsonNode a, Map<String, JsonNode> out, Path kernelsDir) {
    switch (call) {
      case "subpnt" -> surfacePoint(out, b.geometry().subpnt(Out.str(a, "method"), Out.str(a, "target"), Out.et(a), Out.str(a, "fixref"),
          Out.str(a, "abcorr"), Out.str(a, "obsrvr")));
      case "subslr" -> surfacePoint(out, b.geometry().subslr(Out.str(a, "method"), Out.str(a, "target"), Out.et(a), Out.str(a, "fixref"),
          Out.str(a, "abcorr"), Out.str(a, "obsrvr")));
      case "sincpt" -> {
        Optional<SurfacePoint> r = b.geometry().sincpt(Out.str(a, "method"), Out.str(a, "target"), Out.et(a), Out.str(a, "fixref"), Out.str(a, "abcorr"),
            Out.str(a, "obsrvr"), Out.str(a, "dref"), Out.vec(a, "dvec"));
        out.put("found", BooleanNode.valueOf(r.isPresent()));
        r.ifPresent(p -> surfacePoint(out, p));
      }
      case "ilumin" -> angles(out, b.geometry().ilumin(Out.str(a, "method"), Out.str(a, "target"), Out.et(a), Out.str(a, "fixref"), Out.str(a, "abcorr"),
          Out.str(a, "obsrvr"), Out.vec(a, "spoint")));
      case "illumg" -> angles(out, b.geometry().illumg(Out.str(a, "method"), Out.str(a, "target"), Out.str(a, "ilusrc"), Out.et(a), Out.str(a, "fixref"),
          Out.str(a, "abcorr"), Out.str(a, "obsrvr"), Out.vec(a, "spoint")));
      case "illumf" -> {
        IlluminationAndVisibility r = b.geometry().illumf(Out.str(a, "method"), Out.str(a, "target"), Out.str(a, "ilusrc"), Out.et(a),
            Out.str(a, "fixref"), Out.str(a, "abcorr"), Out.str(a, "obsrvr"), Out.vec(a, "spoint"));
        angles(out, r.angles());
        out.put("visibl", BooleanNode.valueOf(r.visibl()));
        out.put("lit", BooleanNode.valueOf(r.lit()));
      }
      case "occult" -> out.put("ocltid", i(b.geometry().occult(Out.str(a, "targ1"), Out.str(a, "shape1"), Out.str(a, "frame1"), Out.str(a, "targ2"),
          Out.str(a, "shape2"), Out.str(a, "frame2"), Out.str(a, "abcorr"), Out.str(a, "obsrvr"), Out.et(a)).code()));
      case "nvc2pl" -> {
        Plane p = b.geometry().nvc2pl(Out.vec(a, "normal"), a.get("konst").asDouble());
        ObjectNode plane = Out.MAPPER.createObjectNode();
        plane.set("normal", doubles(p.normal().toArray()));
        plane.set("constant", d(p.constant()));
        out.put("plane", plane);
      }
      case "pl2nvc" -> {
        JsonNode in = a.get("plane");
        Plane p = b.geometry().pl2nvc(new Plane(Vector3.of(Out.toDoubles(in.get("normal"))), in.get("constant").asDouble()));
        out.put("normal", doubles(p.normal().toArray()));
        out.put("konst", d(p.constant()));
      }
      default -> throw new IllegalArgumentException("not handled here: " + call);
    }
  }

  private static void surfacePoint(Map<String, JsonNode> out, SurfacePoint p) {
    out.put("spoint", doubles(p.spoint().toArray()));
    out.put("trgepc", d(p.trgepc()));
    out.put("srfvec", doubles(p.srfvec().toArray()));
  }

  private static void angles(Map<String, JsonNode> out, IlluminationAngles r) {
    out.put("trgepc", d(r.trgepc()));
    out.put("srfvec", doubles(r.srfvec().toArray()));
    out.put("phase", d(r.phase()));
    out.put("incdnc", d(r.incdnc()));
    out.put("emissn", d(r.emissn()));
  }
}
