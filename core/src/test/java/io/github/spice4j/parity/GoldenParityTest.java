package io.github.spice4j.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.spice4j.Matrix3;
import io.github.spice4j.Matrix6;
import io.github.spice4j.PositionVector;
import io.github.spice4j.SpiceException;
import io.github.spice4j.StateVector;
import io.github.spice4j.TestData;
import io.github.spice4j.TimeInterval;
import io.github.spice4j.backend.FrameDescriptor;
import io.github.spice4j.backend.FrameInfo;
import io.github.spice4j.backend.FrameRef;
import io.github.spice4j.backend.KernelData;
import io.github.spice4j.backend.SpiceBackend;
import io.github.spice4j.backend.TparseResult;
import io.github.spice4j.backend.TpictrResult;
import io.github.spice4j.jni.JniBackend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One dynamic test per in-scope golden case (shared/goldens), run on a {@link JniBackend} per golden file.
 * Cases whose call is not in the SpiceBackend contract yet, or that need pool setup calls
 * (pdpool/pipool/pcpool), are counted as out of scope and reported in the summary.
 */
class GoldenParityTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final List<String> FILES =
      List.of("time.json", "ids-names.json", "frames.json", "ephemeris.json", "errors.json", "kernel-pool.json");

  private static final Set<String> COMMON_SCOPE = Set.of(
      "str2et", "et2utc", "timout", "deltet", "unitim", "tparse", "tpictr", "timdef",
      "bodn2c", "bodc2n", "bods2c", "bodc2s",
      "namfrm", "frmnam", "cidfrm", "cnmfrm", "frinfo", "ccifrm", "pxform", "sxform",
      "spkezr", "spkpos", "spkez", "spkezp", "spkgeo", "spkgps", "spkssb", "spkobj", "spkcov",
      "furnsh");
  private static final Set<String> KERNEL_POOL_SCOPE = Set.of("bodvrd", "bodfnd", "ktotal", "kdata");

  /** Per file: in scope (ran), passed, out of scope. */
  private static final Map<String, int[]> COUNTS = new ConcurrentHashMap<>();
  private static final Map<String, List<String>> OUT_OF_SCOPE_CALLS = new ConcurrentHashMap<>();

  @TestFactory
  Stream<DynamicNode> goldenCases() {
    Path kernels = TestData.kernelsDir();
    TestData.goldensDir();
    return FILES.stream().map(file -> DynamicContainer.dynamicContainer(file,
        // flatMap keeps this lazy: the file's backend is created only when its container runs.
        Stream.of(file).flatMap(f -> casesOf(f, kernels))));
  }

  private static boolean inScope(String file, JsonNode c) {
    String call = c.path("call").asText();
    if (c.has("setup") && c.get("setup").size() > 0) return false; // pdpool/pipool/pcpool not in the contract yet
    if (COMMON_SCOPE.contains(call)) return true;
    return file.equals("kernel-pool.json") && KERNEL_POOL_SCOPE.contains(call);
  }

  private Stream<DynamicNode> casesOf(String file, Path kernelsDir) {
    JsonNode doc = TestData.golden(file);
    List<String> fileKernels = TestData.kernelList(doc);
    int[] counts = COUNTS.computeIfAbsent(file, k -> new int[3]);
    List<JsonNode> cases = new ArrayList<>();
    List<String> oos = new ArrayList<>();
    for (JsonNode c : doc.get("cases")) {
      if (inScope(file, c)) {
        cases.add(c);
      } else {
        counts[2]++;
        oos.add(c.path("call").asText() + (c.has("setup") ? "(setup)" : ""));
      }
    }
    OUT_OF_SCOPE_CALLS.put(file, oos);

    JniBackend backend = JniBackend.create();
    TestData.loadKernels(backend, fileKernels);
    AtomicInteger remaining = new AtomicInteger(cases.size());

    List<DynamicNode> tests = new ArrayList<>();
    for (JsonNode c : cases) {
      String id = c.path("id").asText();
      tests.add(DynamicTest.dynamicTest(id, () -> {
        counts[0]++;
        try {
          runCase(backend, c, fileKernels, kernelsDir);
          counts[1]++;
        } finally {
          if (remaining.decrementAndGet() == 0) backend.close();
        }
      }));
    }
    if (cases.isEmpty()) backend.close();
    return tests.stream();
  }

  private static void runCase(SpiceBackend backend, JsonNode c, List<String> fileKernels, Path kernelsDir) {
    boolean ownKernels = c.has("kernels");
    if (ownKernels) TestData.loadKernels(backend, TestData.kernelList(c));
    try {
      if (c.has("expectError")) {
        String expectedShort = c.get("expectError").path("short").asText();
        Map<String, JsonNode> result;
        try {
          result = call(backend, c, kernelsDir);
        } catch (SpiceException e) {
          assertEquals(expectedShort, e.shortMessage(),
              () -> c.path("id").asText() + ": wrong short message; exception: " + e.getMessage());
          return;
        }
        fail(c.path("id").asText() + ": expected " + expectedShort + " but the call succeeded with " + result);
      } else {
        Map<String, JsonNode> actual = call(backend, c, kernelsDir);
        List<String> problems = GoldenCompare.compare(c.get("expect"), c.get("tol"), actual);
        if (!problems.isEmpty()) {
          fail(c.path("id").asText() + " (" + c.path("call").asText() + " " + c.get("args") + "):\n  "
              + String.join("\n  ", problems) + "\n  actual: " + actual);
        }
      }
    } finally {
      if (ownKernels) TestData.loadKernels(backend, fileKernels);
    }
  }

  // --- dispatch: CSPICE call name + args -> named outputs ----------------------------------------

  private static Map<String, JsonNode> call(SpiceBackend b, JsonNode c, Path kernelsDir) {
    JsonNode a = c.get("args");
    Map<String, JsonNode> out = new LinkedHashMap<>();
    switch (c.get("call").asText()) {
      case "str2et" -> out.put("et", d(b.str2et(a.get("str").asText())));
      case "et2utc" -> out.put("utcstr",
          t(b.et2utc(a.get("et").asDouble(), a.get("format").asText(), a.get("prec").asInt())));
      case "timout" -> out.put("output", t(b.timout(a.get("et").asDouble(), a.get("pictur").asText())));
      case "deltet" -> out.put("delta", d(b.deltet(a.get("epoch").asDouble(), a.get("eptype").asText())));
      case "unitim" -> out.put("return",
          d(b.unitim(a.get("epoch").asDouble(), a.get("insys").asText(), a.get("outsys").asText())));
      case "tparse" -> {
        TparseResult r = b.tparse(a.get("string").asText());
        out.put("sp2000", d(r.sp2000()));
        out.put("errmsg", t(r.errmsg()));
      }
      case "tpictr" -> {
        TpictrResult r = b.tpictr(a.get("sample").asText());
        out.put("pictur", t(r.pictur()));
        out.put("ok", BooleanNode.valueOf(r.ok()));
        out.put("errmsg", t(r.errmsg()));
      }
      case "timdef" -> {
        String action = a.get("action").asText();
        String item = a.get("item").asText();
        if ("SET".equalsIgnoreCase(action)) b.timdefSet(item, a.get("value").asText());
        out.put("value", t(b.timdefGet(item)));
      }
      case "bodn2c" -> found(out, b.bodn2c(a.get("name").asText()), "code");
      case "bods2c" -> found(out, b.bods2c(a.get("name").asText()), "code");
      case "bodc2n" -> {
        Optional<String> r = b.bodc2n(a.get("code").asInt());
        out.put("found", BooleanNode.valueOf(r.isPresent()));
        r.ifPresent(n -> out.put("name", t(n)));
      }
      case "bodc2s" -> out.put("name", t(b.bodc2s(a.get("code").asInt())));
      case "namfrm" -> {
        OptionalInt r = b.namfrm(a.get("frname").asText());
        out.put("frcode", IntNode.valueOf(r.orElse(0))); // CSPICE reports unknown as frcode 0
      }
      case "frmnam" -> out.put("frname", t(b.frmnam(a.get("frcode").asInt()).orElse(""))); // unknown -> blank
      case "cidfrm" -> frameRef(out, b.cidfrm(a.get("cent").asInt()));
      case "cnmfrm" -> frameRef(out, b.cnmfrm(a.get("cname").asText()));
      case "frinfo" -> {
        Optional<FrameInfo> r = b.frinfo(a.get("frcode").asInt());
        out.put("found", BooleanNode.valueOf(r.isPresent()));
        r.ifPresent(fi -> {
          out.put("cent", IntNode.valueOf(fi.center()));
          out.put("frclss", IntNode.valueOf(fi.frameClass()));
          out.put("clssid", IntNode.valueOf(fi.classId()));
        });
      }
      case "ccifrm" -> {
        Optional<FrameDescriptor> r = b.ccifrm(a.get("frclss").asInt(), a.get("clssid").asInt());
        out.put("found", BooleanNode.valueOf(r.isPresent()));
        r.ifPresent(fd -> {
          out.put("frcode", IntNode.valueOf(fd.code()));
          out.put("frname", t(fd.name()));
          out.put("cent", IntNode.valueOf(fd.center()));
        });
      }
      case "pxform" -> {
        Matrix3 m = b.pxform(a.get("from").asText(), a.get("to").asText(), a.get("et").asDouble());
        out.put("rotate", matrix(m.toRowMajor(), 3));
      }
      case "sxform" -> {
        Matrix6 m = b.sxform(a.get("from").asText(), a.get("to").asText(), a.get("et").asDouble());
        out.put("xform", matrix(m.toRowMajor(), 6));
      }
      case "spkezr" -> state(out, "starg", b.spkezr(a.get("targ").asText(), a.get("et").asDouble(),
          a.get("ref").asText(), a.get("abcorr").asText(), a.get("obs").asText()));
      case "spkez" -> state(out, "starg", b.spkez(a.get("targ").asInt(), a.get("et").asDouble(),
          a.get("ref").asText(), a.get("abcorr").asText(), a.get("obs").asInt()));
      case "spkgeo" -> state(out, "state", b.spkgeo(a.get("targ").asInt(), a.get("et").asDouble(),
          a.get("ref").asText(), a.get("obs").asInt()));
      case "spkssb" -> {
        StateVector s = b.spkssb(a.get("targ").asInt(), a.get("et").asDouble(), a.get("ref").asText());
        out.put("starg", doubles(s.toArray()));
      }
      case "spkpos" -> position(out, "ptarg", b.spkpos(a.get("targ").asText(), a.get("et").asDouble(),
          a.get("ref").asText(), a.get("abcorr").asText(), a.get("obs").asText()));
      case "spkezp" -> position(out, "ptarg", b.spkezp(a.get("targ").asInt(), a.get("et").asDouble(),
          a.get("ref").asText(), a.get("abcorr").asText(), a.get("obs").asInt()));
      case "spkgps" -> position(out, "pos", b.spkgps(a.get("targ").asInt(), a.get("et").asDouble(),
          a.get("ref").asText(), a.get("obs").asInt()));
      case "spkobj" -> {
        int[] ids = b.spkobj(kernelsDir.resolve(a.get("spkfnm").asText()).toString());
        ArrayNode arr = MAPPER.createArrayNode();
        for (int id : ids) arr.add(id);
        out.put("ids", arr);
      }
      case "spkcov" -> {
        List<TimeInterval> cover =
            b.spkcov(kernelsDir.resolve(a.get("spkfnm").asText()).toString(), a.get("idcode").asInt());
        ArrayNode arr = MAPPER.createArrayNode();
        for (TimeInterval iv : cover) arr.add(MAPPER.createArrayNode().add(iv.start()).add(iv.stop()));
        out.put("cover", arr);
      }
      case "furnsh" -> b.furnsh(kernelsDir.resolve(a.get("file").asText()));
      case "bodvrd" -> {
        double[] v = b.bodvrd(a.get("bodynm").asText(), a.get("item").asText());
        out.put("dim", IntNode.valueOf(v.length));
        out.put("values", doubles(v));
      }
      case "bodfnd" -> out.put("return", BooleanNode.valueOf(b.bodfnd(a.get("body").asInt(), a.get("item").asText())));
      case "ktotal" -> out.put("count", IntNode.valueOf(b.ktotal(a.get("kind").asText())));
      case "kdata" -> {
        Optional<KernelData> r = b.kdata(a.get("which").asInt(), a.get("kind").asText());
        out.put("found", BooleanNode.valueOf(r.isPresent()));
        r.ifPresent(k -> {
          out.put("file", t(relativeToKernels(kernelsDir, k.file())));
          out.put("filtyp", t(k.type()));
          out.put("srcfil", t(k.source()));
        });
      }
      default -> fail("no dispatch for in-scope call " + c.get("call").asText());
    }
    return out;
  }

  private static String relativeToKernels(Path kernelsDir, String file) {
    Path p = Path.of(file);
    if (p.isAbsolute()) {
      Path n = p.normalize();
      if (n.startsWith(kernelsDir)) return kernelsDir.relativize(n).toString().replace('\\', '/');
    }
    return file;
  }

  private static void found(Map<String, JsonNode> out, OptionalInt r, String field) {
    out.put("found", BooleanNode.valueOf(r.isPresent()));
    if (r.isPresent()) out.put(field, IntNode.valueOf(r.getAsInt()));
  }

  private static void frameRef(Map<String, JsonNode> out, Optional<FrameRef> r) {
    out.put("found", BooleanNode.valueOf(r.isPresent()));
    r.ifPresent(f -> {
      out.put("frcode", IntNode.valueOf(f.code()));
      out.put("frname", t(f.name()));
    });
  }

  private static void state(Map<String, JsonNode> out, String name, StateVector s) {
    out.put(name, doubles(s.toArray()));
    out.put("lt", d(s.lightTime()));
  }

  private static void position(Map<String, JsonNode> out, String name, PositionVector p) {
    out.put(name, doubles(p.position().toArray()));
    out.put("lt", d(p.lightTime()));
  }

  private static JsonNode d(double v) {
    return DoubleNode.valueOf(v);
  }

  private static JsonNode t(String s) {
    return TextNode.valueOf(s);
  }

  private static ArrayNode doubles(double[] v) {
    ArrayNode arr = MAPPER.createArrayNode();
    for (double x : v) arr.add(x);
    return arr;
  }

  private static ArrayNode matrix(double[] rowMajor, int n) {
    ArrayNode rows = MAPPER.createArrayNode();
    for (int i = 0; i < n; i++) {
      ArrayNode row = rows.addArray();
      for (int j = 0; j < n; j++) row.add(rowMajor[n * i + j]);
    }
    return rows;
  }

  @AfterAll
  static void summary() {
    StringBuilder sb = new StringBuilder("\nGolden parity summary (in scope ran / passed / out of scope):\n");
    int[] total = new int[3];
    for (String f : FILES) {
      int[] c = COUNTS.get(f);
      if (c == null) continue;
      sb.append(String.format("  %-18s %4d / %4d / %4d", f, c[0], c[1], c[2]));
      List<String> oos = OUT_OF_SCOPE_CALLS.getOrDefault(f, List.of());
      if (!oos.isEmpty()) {
        Map<String, Integer> byCall = new java.util.TreeMap<>();
        for (String s : oos) byCall.merge(s, 1, Integer::sum);
        sb.append("   out of scope: ").append(byCall);
      }
      sb.append('\n');
      for (int i = 0; i < 3; i++) total[i] += c[i];
    }
    sb.append(String.format("  %-18s %4d / %4d / %4d%n", "TOTAL", total[0], total[1], total[2]));
    System.out.println(sb);
  }
}
