package io.github.spice4j.parity;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.spice4j.backend.SpiceBackend;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Golden dispatch for one domain: runs a CSPICE call named in a golden case through the Java API and
 * puts its outputs, under CSPICE's output names, into {@code out}. Setup steps (pdpool, pipool, pcpool)
 * are dispatched the same way with their outputs ignored.
 */
interface GoldenCases {
  /** The CSPICE call names this dispatcher handles. */
  Set<String> calls();

  /**
   * Runs one call.
   *
   * @param a the case's {@code args}
   * @param kernelsDir where golden kernel paths (relative) resolve
   */
  void run(SpiceBackend b, String call, JsonNode a, Map<String, JsonNode> out, Path kernelsDir);
}
