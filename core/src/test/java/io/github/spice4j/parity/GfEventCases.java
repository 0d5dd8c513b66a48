package io.github.spice4j.parity;

import static io.github.spice4j.parity.Out.toDoubles;
import static io.github.spice4j.parity.Out.toWindow;
import static io.github.spice4j.parity.Out.window;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.EventFinder;
import io.github.spice4j.GfConstraint;
import io.github.spice4j.OccultingBody;
import io.github.spice4j.Spice;
import io.github.spice4j.TimeInterval;
import io.github.spice4j.Vector3;
import io.github.spice4j.backend.SpiceBackend;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Golden dispatch: the geometry finder searches this project implements on its own engine
 * ({@link EventFinder}: gfoclt, gfposc, gfpa, gfrr, gfsubc, gfilum).
 */
final class GfEventCases implements GoldenCases {
  private static final Set<String> CALLS = Set.of("gfoclt", "gfposc", "gfpa", "gfrr", "gfsubc", "gfilum");

  @Override
  public Set<String> calls() {
    return CALLS;
  }

  @Override
  public void run(SpiceBackend b, String call, JsonNode a, Map<String, JsonNode> out, Path kernelsDir) {
    EventFinder f = Spice.over(b).eventFinder();
    if (a.has("nintvls")) f = f.withMaxIntervals(a.get("nintvls").asInt());
    List<TimeInterval> w = toWindow(a.get("cnfine"));
    double step = a.get("step").asDouble();
    List<TimeInterval> r = switch (call) {
      case "gfoclt" -> f.occultation(s(a, "occtyp"), new OccultingBody(s(a, "front"), s(a, "fshape"), s(a, "fframe")),
          new OccultingBody(s(a, "back"), s(a, "bshape"), s(a, "bframe")), abcorr(a), s(a, "obsrvr"), w, step);
      case "gfposc" -> f.position(s(a, "target"), s(a, "obsrvr"), s(a, "frame"), abcorr(a), s(a, "crdsys"),
          s(a, "coord"), constraint(a), w, step);
      case "gfpa" -> f.phaseAngle(s(a, "target"), s(a, "illmn"), s(a, "obsrvr"), abcorr(a), constraint(a), w, step);
      case "gfrr" -> f.rangeRate(s(a, "target"), s(a, "obsrvr"), abcorr(a), constraint(a), w, step);
      case "gfsubc" -> f.subObserverPoint(s(a, "target"), s(a, "fixref"), s(a, "method"), s(a, "obsrvr"), abcorr(a),
          s(a, "crdsys"), s(a, "coord"), constraint(a), w, step);
      case "gfilum" -> f.illumination(s(a, "method"), s(a, "angtyp"), s(a, "target"), s(a, "illmn"), s(a, "fixref"),
          s(a, "obsrvr"), abcorr(a), Vector3.of(toDoubles(a.get("spoint"))), constraint(a), w, step);
      default -> throw new IllegalArgumentException("not handled here: " + call);
    };
    out.put("result", window(r));
  }

  private static String s(JsonNode a, String name) {
    return a.get(name).asText();
  }

  private static AberrationCorrection abcorr(JsonNode a) {
    return AberrationCorrection.parse(s(a, "abcorr"));
  }

  private static GfConstraint constraint(JsonNode a) {
    return GfConstraint.of(s(a, "relate"), a.get("refval").asDouble(), a.get("adjust").asDouble());
  }
}
