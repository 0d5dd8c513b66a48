package io.github.spice4j.parity;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.spice4j.backend.SpiceBackend;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/** Golden dispatch: EK queries and reads. */
final class EkCases implements GoldenCases {
  private static final Set<String> CALLS = Set.of();

  @Override
  public Set<String> calls() {
    return CALLS;
  }

  @Override
  public void run(SpiceBackend b, String call, JsonNode a, Map<String, JsonNode> out, Path kernelsDir) {
    switch (call) {
      default -> throw new IllegalArgumentException("not handled here: " + call);
    }
  }
}
