package io.github.spice4j.parity;

import static io.github.spice4j.parity.Out.d;
import static io.github.spice4j.parity.Out.doubles;
import static io.github.spice4j.parity.Out.i;
import static io.github.spice4j.parity.Out.t;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.AzElCoordinates;
import io.github.spice4j.AzElState;
import io.github.spice4j.CutPoint;
import io.github.spice4j.Ellipse;
import io.github.spice4j.Ellipsoid;
import io.github.spice4j.FrameLocus;
import io.github.spice4j.LocalSolarTime;
import io.github.spice4j.LongitudeSystem;
import io.github.spice4j.NearestPoint;
import io.github.spice4j.Spice;
import io.github.spice4j.StateVector;
import io.github.spice4j.Stations;
import io.github.spice4j.Vector3;
import io.github.spice4j.backend.SpiceBackend;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Golden dispatch: stations and surfaces (spkcpo/spkcpt/spkcvo/spkcvt, azlcpo, azlrec/recazl, et2lst,
 * pxfrm2, tipbod/tisbod, ellipsoid geometry), all through the public facades.
 */
final class StationCases implements GoldenCases {
  private static final Set<String> CALLS = Set.of("spkcpo", "spkcpt", "spkcvo", "spkcvt", "azlcpo", "azlrec",
      "recazl", "et2lst", "pxfrm2", "tipbod", "tisbod", "surfpt", "surfnm", "nearpt", "npedln", "edlimb",
      "limbpt", "termpt");

  @Override
  public Set<String> calls() {
    return CALLS;
  }

  @Override
  public void run(SpiceBackend b, String call, JsonNode a, Map<String, JsonNode> out, Path kernelsDir) {
    Spice spice = Spice.over(b);
    Stations st = spice.stations();
    switch (call) {
      case "spkcpo" -> state(out, st.stateFromFixedPoint(s(a, "target"), et(a), s(a, "outref"), locus(a),
          abcorr(a), v(a, "obssta"), s(a, "obsctr"), s(a, "obsref")));
      case "spkcvo" -> {
        double[] sta = Out.toDoubles(a.get("obssta"));
        state(out, st.stateFromMovingPoint(s(a, "target"), et(a), s(a, "outref"), locus(a), abcorr(a),
            new Vector3(sta[0], sta[1], sta[2]), new Vector3(sta[3], sta[4], sta[5]), a.get("obsepc").asDouble(),
            s(a, "obsctr"), s(a, "obsref")));
      }
      case "spkcpt" -> state(out, st.stateOfFixedPoint(v(a, "trgpos"), s(a, "trgctr"), s(a, "trgref"), et(a),
          s(a, "outref"), locus(a), abcorr(a), s(a, "obsrvr")));
      case "spkcvt" -> {
        double[] sta = Out.toDoubles(a.get("trgsta"));
        state(out, st.stateOfMovingPoint(new Vector3(sta[0], sta[1], sta[2]), new Vector3(sta[3], sta[4], sta[5]),
            a.get("trgepc").asDouble(), s(a, "trgctr"), s(a, "trgref"), et(a), s(a, "outref"), locus(a),
            abcorr(a), s(a, "obsrvr")));
      }
      case "azlcpo" -> {
        AzElState r = st.azimuthElevation(s(a, "method"), s(a, "target"), et(a), abcorr(a), bool(a, "azccw"),
            bool(a, "elplsz"), v(a, "obspos"), s(a, "obsctr"), s(a, "obsref"));
        out.put("azlsta", doubles(r.toArray()));
        out.put("lt", d(r.lightTime()));
      }
      case "azlrec" -> out.put("rectan", doubles(new AzElCoordinates(a.get("range").asDouble(),
          a.get("az").asDouble(), a.get("el").asDouble()).toRectangular(bool(a, "azccw"), bool(a, "elplsz"))
          .toArray()));
      case "recazl" -> {
        AzElCoordinates c = AzElCoordinates.of(v(a, "rectan"), bool(a, "azccw"), bool(a, "elplsz"));
        out.put("range", d(c.range()));
        out.put("az", d(c.azimuth()));
        out.put("el", d(c.elevation()));
      }
      case "et2lst" -> {
        LocalSolarTime l = st.localSolarTime(et(a), a.get("body").asInt(), a.get("lon").asDouble(),
            LongitudeSystem.parse(s(a, "type")));
        out.put("hr", i(l.hours()));
        out.put("mn", i(l.minutes()));
        out.put("sc", i(l.seconds()));
        out.put("time", t(l.time()));
        out.put("ampm", t(l.ampm()));
      }
      case "pxfrm2" -> out.put("rotate", Out.matrix(spice.rotation(s(a, "from"), a.get("etfrom").asDouble(),
          s(a, "to"), a.get("etto").asDouble()).toRowMajor(), 3));
      case "tipbod" -> out.put("tipm", Out.matrix(spice.bodyRotation(s(a, "ref"), a.get("body").asInt(), et(a))
          .toRowMajor(), 3));
      case "tisbod" -> out.put("tsipm", Out.matrix(spice.bodyStateTransform(s(a, "ref"), a.get("body").asInt(),
          et(a)).toRowMajor(), 6));
      case "surfpt" -> {
        Optional<Vector3> p = ellipsoid(a).intercept(v(a, "positn"), v(a, "u"));
        out.put("found", BooleanNode.valueOf(p.isPresent()));
        p.ifPresent(x -> out.put("point", doubles(x.toArray())));
      }
      case "surfnm" -> out.put("normal", doubles(ellipsoid(a).normal(v(a, "point")).toArray()));
      case "nearpt" -> {
        NearestPoint n = ellipsoid(a).nearestPoint(v(a, "positn"));
        out.put("npoint", doubles(n.point().toArray()));
        out.put("alt", d(n.distance()));
      }
      case "npedln" -> {
        NearestPoint n = ellipsoid(a).nearestPointToLine(v(a, "linept"), v(a, "linedr"));
        out.put("pnear", doubles(n.point().toArray()));
        out.put("dist", d(n.distance()));
      }
      case "edlimb" -> {
        Ellipse e = ellipsoid(a).limb(v(a, "viewpt"));
        ObjectNode limb = Out.MAPPER.createObjectNode();
        limb.set("center", doubles(e.center().toArray()));
        limb.set("semiMajor", doubles(e.semiMajor().toArray()));
        limb.set("semiMinor", doubles(e.semiMinor().toArray()));
        out.put("limb", limb);
      }
      case "limbpt" -> cuts(out, "tangts", spice.surfaces().limbPoints(s(a, "method"), s(a, "target"), et(a),
          s(a, "fixref"), abcorr(a), s(a, "corloc"), s(a, "obsrvr"), v(a, "refvec"), a.get("rolstp").asDouble(),
          a.get("ncuts").asInt(), a.get("schstp").asDouble(), a.get("soltol").asDouble(), a.get("maxn").asInt()));
      case "termpt" -> cuts(out, "trmvcs", spice.surfaces().terminatorPoints(s(a, "method"), s(a, "ilusrc"),
          s(a, "target"), et(a), s(a, "fixref"), abcorr(a), s(a, "corloc"), s(a, "obsrvr"), v(a, "refvec"),
          a.get("rolstp").asDouble(), a.get("ncuts").asInt(), a.get("schstp").asDouble(),
          a.get("soltol").asDouble(), a.get("maxn").asInt()));
      default -> throw new IllegalArgumentException("not handled here: " + call);
    }
  }

  /** CSPICE's flattened limbpt/termpt outputs: npts per cut, then points, epochs and vectors in cut order. */
  private static void cuts(Map<String, JsonNode> out, String vectorsName, List<List<CutPoint>> cuts) {
    ArrayNode npts = Out.MAPPER.createArrayNode();
    ArrayNode points = Out.MAPPER.createArrayNode();
    ArrayNode epochs = Out.MAPPER.createArrayNode();
    ArrayNode vectors = Out.MAPPER.createArrayNode();
    for (List<CutPoint> cut : cuts) {
      npts.add(cut.size());
      for (CutPoint p : cut) {
        points.add(doubles(p.point().toArray()));
        epochs.add(p.epoch());
        vectors.add(doubles(p.fromObserver().toArray()));
      }
    }
    out.put("npts", npts);
    out.put("points", points);
    out.put("epochs", epochs);
    out.put(vectorsName, vectors);
  }

  private static Ellipsoid ellipsoid(JsonNode a) {
    return new Ellipsoid(a.get("a").asDouble(), a.get("b").asDouble(), a.get("c").asDouble());
  }

  private static FrameLocus locus(JsonNode a) {
    return FrameLocus.parse(s(a, "refloc"));
  }

  private static AberrationCorrection abcorr(JsonNode a) {
    return AberrationCorrection.parse(s(a, "abcorr"));
  }

  private static boolean bool(JsonNode a, String name) {
    return a.get(name).asBoolean();
  }

  private static String s(JsonNode a, String name) {
    return a.get(name).asText();
  }

  private static double et(JsonNode a) {
    return a.get("et").asDouble();
  }

  private static Vector3 v(JsonNode a, String name) {
    return Vector3.of(Out.toDoubles(a.get(name)));
  }

  private static void state(Map<String, JsonNode> out, StateVector s) {
    out.put("state", doubles(s.toArray()));
    out.put("lt", d(s.lightTime()));
  }
}
