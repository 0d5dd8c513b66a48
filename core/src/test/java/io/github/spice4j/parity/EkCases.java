package io.github.spice4j.parity;

import static io.github.spice4j.parity.Out.d;
import static io.github.spice4j.parity.Out.i;
import static io.github.spice4j.parity.Out.t;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import io.github.spice4j.EkQueryResult;
import io.github.spice4j.EkValue;
import io.github.spice4j.backend.SpiceBackend;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Golden dispatch: EK queries and reads. */
final class EkCases implements GoldenCases {
  private static final Set<String> CALLS = Set.of("ekntab", "ektnam", "ekfind", "ekgc", "ekgd", "ekgi");

  @Override
  public Set<String> calls() {
    return CALLS;
  }

  @Override
  public void run(SpiceBackend b, String call, JsonNode a, Map<String, JsonNode> out, Path kernelsDir) {
    switch (call) {
      case "ekntab" -> out.put("n", i(b.ek().ekntab()));
      case "ektnam" -> out.put("table", t(b.ek().ektnam(a.get("n").asInt())));
      case "ekfind" -> {
        EkQueryResult r = b.ek().ekfind(a.get("query").asText());
        out.put("error", BooleanNode.valueOf(r.error()));
        out.put("errmsg", t(r.errmsg()));
        if (r.ok()) out.put("nmrows", i(r.nmrows()));
      }
      case "ekgc" -> read(b, a, out, "cdata", b.ek()::ekgc, Out::t);
      case "ekgd" -> read(b, a, out, "ddata", b.ek()::ekgd, Out::d);
      case "ekgi" -> read(b, a, out, "idata", b.ek()::ekgi, Out::i);
      default -> throw new IllegalArgumentException("not handled here: " + call);
    }
  }

  @FunctionalInterface
  private interface Getter<T> {
    EkValue<T> get(int selidx, int row, int elment);
  }

  /** The ekg* cases name the query whose selection they read: run it first, as CSPICE requires. */
  private static <T> void read(SpiceBackend b, JsonNode a, Map<String, JsonNode> out, String field, Getter<T> getter,
      Function<T, JsonNode> json) {
    if (a.has("query")) {
      EkQueryResult r = b.ek().ekfind(a.get("query").asText());
      if (r.error()) throw new IllegalStateException("golden query rejected: " + r.errmsg());
    }
    EkValue<T> v = getter.get(a.get("selidx").asInt(), a.get("row").asInt(), a.get("elment").asInt());
    out.put("found", BooleanNode.valueOf(v.found()));
    if (!v.found()) return;
    out.put("null", BooleanNode.valueOf(v.isNull()));
    if (v.isPresent()) out.put(field, json.apply(v.value()));
  }
}
