package io.github.spice4j.parity;

import static io.github.spice4j.parity.Out.doubles;
import static io.github.spice4j.parity.Out.i;
import static io.github.spice4j.parity.Out.ints;
import static io.github.spice4j.parity.Out.strings;
import static io.github.spice4j.parity.Out.t;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import io.github.spice4j.PoolVariableInfo;
import io.github.spice4j.backend.SpiceBackend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Golden dispatch: Kernel pool reads/writes (gdpool ... expool, bodvcd, pdpool/pipool/pcpool setup steps). */
final class PoolCases implements GoldenCases {
  private static final Set<String> CALLS = Set.of("gdpool", "gipool", "gcpool", "gnpool", "dtpool", "expool",
      "bodvcd", "pdpool", "pipool", "pcpool");

  @Override
  public Set<String> calls() {
    return CALLS;
  }

  @Override
  public void run(SpiceBackend b, String call, JsonNode a, Map<String, JsonNode> out, Path kernelsDir) {
    switch (call) {
      case "gdpool" -> window(out, b.pool().gdpool(name(a), start(a), room(a)), v -> out.put("values", doubles(v)),
          v -> v.length);
      case "gipool" -> window(out, b.pool().gipool(name(a), start(a), room(a)), v -> out.put("ivals", ints(v)),
          v -> v.length);
      case "gcpool" -> window(out, b.pool().gcpool(name(a), start(a), room(a)), v -> out.put("cvals", strings(v)),
          List::size);
      case "gnpool" -> window(out, b.pool().gnpool(name(a), start(a), room(a)), v -> out.put("kvars", strings(v)),
          List::size);
      case "dtpool" -> {
        PoolVariableInfo info = b.pool().dtpool(name(a));
        out.put("found", BooleanNode.valueOf(info.found()));
        if (info.found()) {
          out.put("n", i(info.n()));
          out.put("type", t(String.valueOf(info.type())));
        }
      }
      case "expool" -> out.put("found", BooleanNode.valueOf(b.pool().expool(name(a))));
      case "bodvcd" -> {
        double[] v = b.pool().bodvcd(a.get("bodyid").asInt(), a.get("item").asText(), a.get("maxn").asInt());
        out.put("dim", i(v.length));
        out.put("values", doubles(v));
      }
      case "pdpool" -> b.pool().pdpool(name(a), Out.toDoubles(a.get("values")));
      case "pipool" -> b.pool().pipool(name(a), Out.toInts(a.get("ivals")));
      case "pcpool" -> {
        List<String> cvals = new ArrayList<>();
        for (JsonNode s : a.get("cvals")) cvals.add(s.asText());
        b.pool().pcpool(name(a), cvals);
      }
      default -> throw new IllegalArgumentException("not handled here: " + call);
    }
  }

  private static String name(JsonNode a) {
    return a.get("name").asText();
  }

  private static int start(JsonNode a) {
    return a.get("start").asInt();
  }

  private static int room(JsonNode a) {
    return a.get("room").asInt();
  }

  /** CSPICE's (n, values, found) outputs; only found=false when the variable is absent. */
  private static <T> void window(Map<String, JsonNode> out, Optional<T> r, Consumer<T> values,
      java.util.function.ToIntFunction<T> size) {
    out.put("found", BooleanNode.valueOf(r.isPresent()));
    r.ifPresent(v -> {
      out.put("n", i(size.applyAsInt(v)));
      values.accept(v);
    });
  }
}
