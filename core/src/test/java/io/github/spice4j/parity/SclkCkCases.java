package io.github.spice4j.parity;

import static io.github.spice4j.parity.Out.d;
import static io.github.spice4j.parity.Out.doubles;
import static io.github.spice4j.parity.Out.ints;
import static io.github.spice4j.parity.Out.matrix;
import static io.github.spice4j.parity.Out.t;
import static io.github.spice4j.parity.Out.window;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import io.github.spice4j.CkPointing;
import io.github.spice4j.CkPointingAv;
import io.github.spice4j.backend.SpiceBackend;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Golden dispatch: SCLK conversions and CK pointing/coverage. */
final class SclkCkCases implements GoldenCases {
  private static final Set<String> CALLS =
      Set.of("scs2e", "sce2s", "scencd", "scdecd", "sct2e", "sce2c", "ckgp", "ckgpav", "ckobj", "ckcov");

  @Override
  public Set<String> calls() {
    return CALLS;
  }

  @Override
  public void run(SpiceBackend b, String call, JsonNode a, Map<String, JsonNode> out, Path kernelsDir) {
    switch (call) {
      case "scs2e" -> out.put("et", d(b.sclk().scs2e(a.get("sc").asInt(), a.get("sclkch").asText())));
      case "sce2s" -> out.put("sclkch", t(b.sclk().sce2s(a.get("sc").asInt(), a.get("et").asDouble())));
      case "scencd" -> out.put("sclkdp", d(b.sclk().scencd(a.get("sc").asInt(), a.get("sclkch").asText())));
      case "scdecd" -> out.put("sclkch", t(b.sclk().scdecd(a.get("sc").asInt(), a.get("sclkdp").asDouble())));
      case "sct2e" -> out.put("et", d(b.sclk().sct2e(a.get("sc").asInt(), a.get("sclkdp").asDouble())));
      case "sce2c" -> out.put("sclkdp", d(b.sclk().sce2c(a.get("sc").asInt(), a.get("et").asDouble())));
      case "ckgp" -> {
        Optional<CkPointing> r = b.ck().ckgp(a.get("inst").asInt(), a.get("sclkdp").asDouble(), a.get("tol").asDouble(),
            a.get("ref").asText());
        out.put("found", BooleanNode.valueOf(r.isPresent()));
        r.ifPresent(p -> {
          out.put("cmat", matrix(p.cmat().toRowMajor(), 3));
          out.put("clkout", d(p.clkout()));
        });
      }
      case "ckgpav" -> {
        Optional<CkPointingAv> r = b.ck().ckgpav(a.get("inst").asInt(), a.get("sclkdp").asDouble(),
            a.get("tol").asDouble(), a.get("ref").asText());
        out.put("found", BooleanNode.valueOf(r.isPresent()));
        r.ifPresent(p -> {
          out.put("cmat", matrix(p.cmat().toRowMajor(), 3));
          out.put("av", doubles(p.av().toArray()));
          out.put("clkout", d(p.clkout()));
        });
      }
      case "ckobj" -> out.put("ids", ints(b.ck().ckobj(kernel(kernelsDir, a.get("ckfnm")))));
      case "ckcov" -> out.put("cover", window(b.ck().ckcov(kernel(kernelsDir, a.get("ckfnm")), a.get("idcode").asInt(),
          a.get("needav").asBoolean(), a.get("level").asText(), a.get("tol").asDouble(), a.get("timsys").asText())));
      default -> throw new IllegalArgumentException("not handled here: " + call);
    }
  }

  /** Golden kernel paths are relative to the kernels directory. */
  private static String kernel(Path kernelsDir, JsonNode relative) {
    return kernelsDir.resolve(relative.asText()).toString();
  }
}
