package io.github.spice4j.parity;

import static io.github.spice4j.parity.Out.toWindow;
import static io.github.spice4j.parity.Out.window;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.spice4j.backend.SpiceBackend;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/** Golden dispatch: Geometry finder searches (gfdist, gfsep). */
final class GfCases implements GoldenCases {
  private static final Set<String> CALLS = Set.of("gfdist", "gfsep");

  @Override
  public Set<String> calls() {
    return CALLS;
  }

  @Override
  public void run(SpiceBackend b, String call, JsonNode a, Map<String, JsonNode> out, Path kernelsDir) {
    switch (call) {
      case "gfdist" -> out.put("result", window(b.gf().gfdist(a.get("target").asText(), a.get("abcorr").asText(),
          a.get("obsrvr").asText(), a.get("relate").asText(), a.get("refval").asDouble(), a.get("adjust").asDouble(),
          a.get("step").asDouble(), a.get("nintvls").asInt(), toWindow(a.get("cnfine")))));
      case "gfsep" -> out.put("result", window(b.gf().gfsep(a.get("targ1").asText(), a.get("shape1").asText(),
          a.get("frame1").asText(), a.get("targ2").asText(), a.get("shape2").asText(), a.get("frame2").asText(),
          a.get("abcorr").asText(), a.get("obsrvr").asText(), a.get("relate").asText(), a.get("refval").asDouble(),
          a.get("adjust").asDouble(), a.get("step").asDouble(), a.get("nintvls").asInt(),
          toWindow(a.get("cnfine")))));
      default -> throw new IllegalArgumentException("not handled here: " + call);
    }
  }
}
