package io.github.spice4j.parity;

import static io.github.spice4j.parity.Out.t;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spice4j.backend.SpiceBackend;
import io.github.spice4j.SpkDescriptor;
import io.github.spice4j.SpkSegment;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Golden dispatch: SPK segment search and writing (spksfs ...). */
final class SpkWriterCases implements GoldenCases {
  private static final Set<String> CALLS = Set.of("spksfs");

  @Override
  public Set<String> calls() {
    return CALLS;
  }

  @Override
  public void run(SpiceBackend b, String call, JsonNode a, Map<String, JsonNode> out, Path kernelsDir) {
    switch (call) {
      case "spksfs" -> {
        Optional<SpkSegment> seg = b.spkWriter().spksfs(a.get("body").asInt(), a.get("et").asDouble());
        out.put("found", BooleanNode.valueOf(seg.isPresent()));
        seg.ifPresent(s -> {
          out.put("ident", t(s.ident()));
          // The goldens give descr as its spkuds_c unpacking.
          SpkDescriptor d = b.spkWriter().spkuds(s.descr());
          ObjectNode n = Out.MAPPER.createObjectNode();
          n.put("body", d.body()).put("center", d.center()).put("frame", d.frame()).put("type", d.type())
              .put("first", d.first()).put("last", d.last()).put("baddr", d.begin()).put("eaddr", d.end());
          out.put("descr", n);
        });
      }
      default -> throw new IllegalArgumentException("not handled here: " + call);
    }
  }
}
