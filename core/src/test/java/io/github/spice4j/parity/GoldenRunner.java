package io.github.spice4j.parity;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.spice4j.TestData;
import io.github.spice4j.backend.SpiceBackend;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a golden case runs, shared by {@link GoldenParityTest} (which compares the outputs with CSPICE's) and
 * {@link GoldenDump} (which prints them): the golden files in run order, the domain dispatchers, and one
 * case's kernels, setup steps and call on the file's backend.
 */
final class GoldenRunner {
  /** Every golden file, in the order the parity test runs them. */
  static final List<String> FILES = List.of("time.json", "ids-names.json", "frames.json",
      "ephemeris.json", "errors.json", "kernel-pool.json", "sclk-ck.json", "geometry.json", "coords.json",
      "gf.json", "dsk.json", "ek.json", "ephemeris-extra.json", "coords-extra.json", "gf-events.json");

  private static final List<GoldenCases> DISPATCHERS = List.of(new FoundationCases(), new PoolCases(),
      new CoordsCases(), new SclkCkCases(), new GeometryCases(), new GfCases(), new FileIoCases(),
      new DskCases(), new EkCases(), new SpkWriterCases(), new StationCases(), new MathCases(), new GfEventCases());

  private static final Map<String, GoldenCases> BY_CALL = byCall();

  private GoldenRunner() {}

  private static Map<String, GoldenCases> byCall() {
    Map<String, GoldenCases> m = new HashMap<>();
    for (GoldenCases g : DISPATCHERS) {
      for (String call : g.calls()) {
        GoldenCases prev = m.put(call, g);
        if (prev != null) throw new IllegalStateException(call + " dispatched twice");
      }
    }
    return m;
  }

  /** Whether a dispatcher handles the case's call and every setup step. */
  static boolean inScope(JsonNode c) {
    if (!BY_CALL.containsKey(c.path("call").asText())) return false;
    for (JsonNode step : c.path("setup")) {
      if (!BY_CALL.containsKey(step.path("call").asText())) return false;
    }
    return true;
  }

  /**
   * Runs one in-scope case on a backend holding the file's kernels: loads the case's own kernels (if it
   * has kernels or setup steps), runs its setup steps and call, and reloads the file's kernels afterwards.
   *
   * @return the call's outputs under CSPICE's output names
   * @throws io.github.spice4j.SpiceException when the call (or a setup step) signals a SPICE error
   */
  static Map<String, JsonNode> run(SpiceBackend backend, JsonNode c, List<String> fileKernels, Path kernelsDir) {
    boolean ownKernels = c.has("kernels") || c.has("setup");
    if (ownKernels) TestData.loadKernels(backend, c.has("kernels") ? TestData.kernelList(c) : fileKernels);
    try {
      for (JsonNode step : c.path("setup")) call(backend, step, kernelsDir);
      return call(backend, c, kernelsDir);
    } finally {
      if (ownKernels) TestData.loadKernels(backend, fileKernels);
    }
  }

  private static Map<String, JsonNode> call(SpiceBackend b, JsonNode c, Path kernelsDir) {
    String call = c.get("call").asText();
    Map<String, JsonNode> out = new LinkedHashMap<>();
    BY_CALL.get(call).run(b, call, c.get("args"), out, kernelsDir);
    return out;
  }
}
