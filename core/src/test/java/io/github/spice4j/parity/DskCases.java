package io.github.spice4j.parity;

import static io.github.spice4j.parity.Out.d;
import static io.github.spice4j.parity.Out.doubles;
import static io.github.spice4j.parity.Out.i;
import static io.github.spice4j.parity.Out.ints;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spice4j.FileHandle;
import io.github.spice4j.DlaDescriptor;
import io.github.spice4j.DskDescriptor;
import io.github.spice4j.Dskb02Result;
import io.github.spice4j.backend.SpiceBackend;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/** Golden dispatch: DSK reads. */
final class DskCases implements GoldenCases {
  private static final Set<String> CALLS = Set.of("dskobj", "dsksrf", "dskgd", "dskb02");

  @Override
  public Set<String> calls() {
    return CALLS;
  }

  @Override
  public void run(SpiceBackend b, String call, JsonNode a, Map<String, JsonNode> out, Path kernelsDir) {
    switch (call) {
      case "dskobj" -> out.put("bodids", ints(b.dsk().dskobj(file(a, kernelsDir))));
      case "dsksrf" -> out.put("srfids", ints(b.dsk().dsksrf(file(a, kernelsDir), a.get("bodyid").asInt())));
      case "dskgd" -> withSegment(b, a, kernelsDir, (handle, dla) -> out.put("dskdsc", dskdsc(b.dsk().dskgd(handle, dla))));
      case "dskb02" -> withSegment(b, a, kernelsDir, (handle, dla) -> {
        Dskb02Result r = b.dsk().dskb02(handle, dla);
        out.put("nv", i(r.nv()));
        out.put("np", i(r.np()));
        out.put("nvxtot", i(r.nvxtot()));
        ArrayNode bds = Out.MAPPER.createArrayNode();
        for (double[] row : r.vtxbds()) bds.add(doubles(row));
        out.put("vtxbds", bds);
        out.put("voxsiz", d(r.voxsiz()));
        out.put("voxori", doubles(r.voxori()));
        out.put("vgrext", ints(r.vgrext()));
        out.put("cgscal", i(r.cgscal()));
        out.put("vtxnpl", i(r.vtxnpl()));
        out.put("voxnpt", i(r.voxnpt()));
        out.put("voxnpl", i(r.voxnpl()));
      });
      default -> throw new IllegalArgumentException("not handled here: " + call);
    }
  }

  private static String file(JsonNode a, Path kernelsDir) {
    return kernelsDir.resolve(a.get("dskfnm").asText()).toString();
  }

  /**
   * As the goldens do: open the file with dasopr_c and take segment {@code segno} (1-based) by
   * dlabfs_c/dlafns_c, through the FileHandle overloads.
   */
  private static void withSegment(SpiceBackend b, JsonNode a, Path kernelsDir, BiConsumer<FileHandle, DlaDescriptor> f) {
    try (FileHandle das = b.fileIo().dasopr(file(a, kernelsDir))) {
      List<DlaDescriptor> segments = b.dsk().dskSegments(das);
      f.accept(das, segments.get(a.get("segno").asInt() - 1));
    }
  }

  private static ObjectNode dskdsc(DskDescriptor s) {
    ObjectNode n = Out.MAPPER.createObjectNode();
    n.put("surfce", s.surfce()).put("center", s.center()).put("dclass", s.dclass()).put("dtype", s.dtype())
        .put("frmcde", s.frmcde()).put("corsys", s.corsys());
    n.set("corpar", doubles(s.corpar()));
    n.put("co1min", s.co1min()).put("co1max", s.co1max()).put("co2min", s.co2min()).put("co2max", s.co2max())
        .put("co3min", s.co3min()).put("co3max", s.co3max()).put("start", s.start()).put("stop", s.stop());
    return n;
  }
}
