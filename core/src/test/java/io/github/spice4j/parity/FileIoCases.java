package io.github.spice4j.parity;

import static io.github.spice4j.parity.Out.t;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.spice4j.FileFormat;
import io.github.spice4j.backend.SpiceBackend;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/** Golden dispatch: file inspection (getfat; the goldens have no exists or DAF/DAS/DLA cases). */
final class FileIoCases implements GoldenCases {
  private static final Set<String> CALLS = Set.of("getfat");

  @Override
  public Set<String> calls() {
    return CALLS;
  }

  @Override
  public void run(SpiceBackend b, String call, JsonNode a, Map<String, JsonNode> out, Path kernelsDir) {
    switch (call) {
      case "getfat" -> {
        FileFormat f = b.fileIo().getfat(kernelsDir.resolve(a.get("file").asText()).toString());
        out.put("arch", t(f.arch()));
        out.put("kertyp", t(f.type()));
      }
      default -> throw new IllegalArgumentException("not handled here: " + call);
    }
  }
}
