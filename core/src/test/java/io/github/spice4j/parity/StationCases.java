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
      case "spkcpo" -> state(out, st.stateFromFixedPoint(Out.str(a, "target"), Out.et(a), Out.str(a, "outref"), locus(a),
          abcorr(a), Out.vec(a, "obssta"), Out.str(a, "obsctr"), Out.str(a, "obsref")));
      case "spkcvo" -> {
        double[] sta = Out.toDoubles(a.get("obssta"));
        state(out, st.stateFromMovingPoint(Out.str(a, "target"), Out.et(a), Out.str(a, "outref"), locus(a), abcorr(a),
            new Vector3(sta[0], sta[1], sta[2]), new Vector3(sta[3], sta[4], sta[5]), a.get("obsepc").asDouble(),
            Out.str(a, "obsctr"), Out.str(a, "obsref")));
      }
      case "spkcpt" -> state(out, st.stateOfFixedPoint(Out.vec(a, "trgpos"), Out.str(a, "trgctr"), Out.str(a, "trgref"), Out.et(a),
          Out.str(a, "outref"), locus(a), abcorr(a), Out.str(a, "obsrvr")));
      case "spkcvt" -> {
        double[] sta = Out.toDoubles(a.get("trgsta"));
        state(out, st.stateOfMovingPoint(new Vector3(sta[0], sta[1], sta[2]), new Vector3(sta[3], sta[4], sta[5]),
            a.get("trgepc").asDouble(), Out.str(a, "trgctr"), Out.str(a, "trgref"), Out.et(a), Out.str(a, "outref"), locus(a),
            abcorr(a), Out.str(a, "obsrvr")));
      }
      case "azlcpo" -> {
        AzElState r = st.azimuthElevation(Out.str(a, "method"), Out.str(a, "target"), Out.et(a), abcorr(a), bool(a, "azccw"),
            bool(a, "elplsz"), Out.vec(a, "obspos"), Out.str(a, "obsctr"), Out.str(a, "obsref"));
        out.put("azlsta", doubles(r.toArray()));
        out.put("lt", d(r.lightTime()));
      }
      case "azlrec" -> out.put("rectan", doubles(new AzElCoordinates(a.get("range").asDouble(),
          a.get("az").asDouble(), a.get("el").asDouble()).toRectangular(bool(a, "azccw"), bool(a, "elplsz"))
          .toArray()));
      case "recazl" -> {
        AzElCoordinates c = AzElCoordinates.of(Out.vec(a, "rectan"), bool(a, "azccw"), bool(a, "elplsz"));
        out.put("range", d(c.range()));
        out.put("az", d(c.azimuth()));
        out.put("el", d(c.elevation()));
      }
      case "et2lst" -> {
        LocalSolarTime l = st.localSolarTime(Out.et(a), a.get("body").asInt(), a.get("lon").asDouble(),
            LongitudeSystem.parse(Out.str(a, "type")));
        out.put("hr", i(l.hours()));
        out.put("mn", i(l.minutes()));
        out.put("sc", i(l.seconds()));
        out.put("time", t(l.time()));
        out.put("ampm", t(l.ampm()));
      }
      case "pxfrm2" -> out.put("rotate", Out.matrix(spice.rotation(Out.str(a, "from"), a.get("etfrom").asDouble(),
          Out.str(a, "to"), a.get("etto").asDouble()).toRowMajor(), 3));
      case "tipbod" -> out.put("tipm", Out.matrix(spice.bodyRotation(Out.str(a, "ref"), a.get("body").asInt(), Out.et(a))
          .toRowMajor(), 3));
      case "tisbod" -> out.put("tsipm", Out.matrix(spice.bodyStateTransform(Out.str(a, "ref"), a.get("body").asInt(),
          Out.et(a)).toRowMajor(), 6));
      case "surfpt" -> {
        Optional<Vector3> p = ellipsoid(a).intercept(Out.vec(a, "positn"), Out.vec(a, "u"));
        out.put("found", BooleanNode.valueOf(p.isPresent()));
        p.ifPresent(x -> out.put("point", doubles(x.toArray())));
      }
      case "surfnm" -> out.put("normal", doubles(ellipsoid(a).normal(Out.vec(a, "point")).toArray()));
      case "nearpt" -> {
        NearestPoint n = ellipsoid(a).nearestPoint(Out.vec(a, "positn"));
        out.put("npoint", doubles(n.point().toArray()));
        out.put("alt", d(n.distance()));
      }
      case "npedln" -> {
        NearestPoint n = ellipsoid(a).nearestPointToLine(Out.vec(a, "linept"), Out.vec(a, "linedr"));
        out.put("pnear", doubles(n.point().toArray()));
        out.put("dist", d(n.distance()));
      }
      case "edlimb" -> {
        Ellipse e = ellipsoid(a).limb(Out.vec(a, "viewpt"));
        ObjectNode limb = Out.MAPPER.createObjectNode();
        limb.set("center", doubles(e.center().toArray()));
        limb.set("semiMajor", doubles(e.semiMajor().toArray()));
        limb.set("semiMinor", doubles(e.semiMinor().toArray()));
        out.put("limb", limb);
      }
      case "limbpt" -> cuts(out, "tangts", spice.surfaces().limbPoints(Out.str(a, "method"), Out.str(a, "target"), Out.et(a),
          Out.str(a, "fixref"), abcorr(a), Out.str(a, "corloc"), Out.str(a, "obsrvr"), Out.vec(a, "refvec"), a.get("rolstp").asDouble(),
          a.get("ncuts").asInt(), a.get("schstp").asDouble(), a.get("soltol").asDouble(), a.get("maxn").asInt()));
      case "termpt" -> cuts(out, "trmvcs", spice.surfaces().terminatorPoints(Out.str(a, "method"), Out.str(a, "ilusrc"),
          Out.str(a, "target"), Out.et(a), Out.str(a, "fixref"), abcorr(a), Out.str(a, "corloc"), Out.str(a, "obsrvr"), Out.vec(a, "refvec"),
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
    return FrameLocus.parse(Out.str(a, "refloc"));
  }

  private static AberrationCorrection abcorr(JsonNode a) {
    return AberrationCorrection.parse(Out.str(a, "abcorr"));
  }

  private static boolean bool(JsonNode a, String name) {
    return a.get(name).asBoolean();
  }

  private static void state(Map<String, JsonNode> out, StateVector s) {
    out.put("state", doubles(s.toArray()));
    out.put("lt", d(s.lightTime()));
  }
}
