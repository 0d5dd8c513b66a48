package io.github.spice4j.parity;

import static io.github.spice4j.parity.Out.d;
import static io.github.spice4j.parity.Out.doubles;
import static io.github.spice4j.parity.Out.matrix;
import static io.github.spice4j.parity.Out.t;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import io.github.spice4j.Matrix3;
import io.github.spice4j.Matrix6;
import io.github.spice4j.PositionVector;
import io.github.spice4j.StateVector;
import io.github.spice4j.TimeInterval;
import io.github.spice4j.FrameDescriptor;
import io.github.spice4j.FrameInfo;
import io.github.spice4j.FrameRef;
import io.github.spice4j.KernelData;
import io.github.spice4j.backend.SpiceBackend;
import io.github.spice4j.TparseResult;
import io.github.spice4j.TpictrResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Golden dispatch for the foundation domains: time, ids/names, frames, ephemeris, kernels, body constants. */
final class FoundationCases implements GoldenCases {
  private static final Set<String> CALLS = Set.of("str2et", "et2utc", "timout", "deltet", "unitim", "tparse", "tpictr", "timdef", "bodn2c", "bods2c", "bodc2n", "bodc2s", "namfrm", "frmnam", "cidfrm", "cnmfrm", "frinfo", "ccifrm", "pxform", "sxform", "spkezr", "spkez", "spkgeo", "spkssb", "spkpos", "spkezp", "spkgps", "spkobj", "spkcov", "furnsh", "bodvrd", "bodfnd", "ktotal", "kdata");

  @Override
  public Set<String> calls() {
    return CALLS;
  }

  @Override
  public void run(SpiceBackend b, String call, JsonNode a, Map<String, JsonNode> out, Path kernelsDir) {
    switch (call) {
      case "str2et" -> out.put("et", d(b.time().str2et(a.get("str").asText())));
      case "et2utc" -> out.put("utcstr",
          t(b.time().et2utc(a.get("et").asDouble(), a.get("format").asText(), a.get("prec").asInt())));
      case "timout" -> out.put("output", t(b.time().timout(a.get("et").asDouble(), a.get("pictur").asText())));
      case "deltet" -> out.put("delta", d(b.time().deltet(a.get("epoch").asDouble(), a.get("eptype").asText())));
      case "unitim" -> out.put("return",
          d(b.time().unitim(a.get("epoch").asDouble(), a.get("insys").asText(), a.get("outsys").asText())));
      case "tparse" -> {
        TparseResult r = b.time().tparse(a.get("string").asText());
        out.put("sp2000", d(r.sp2000()));
        out.put("errmsg", t(r.errmsg()));
      }
      case "tpictr" -> {
        TpictrResult r = b.time().tpictr(a.get("sample").asText());
        out.put("pictur", t(r.pictur()));
        out.put("ok", BooleanNode.valueOf(r.ok()));
        out.put("errmsg", t(r.errmsg()));
      }
      case "timdef" -> {
        String action = a.get("action").asText();
        String item = a.get("item").asText();
        if ("SET".equalsIgnoreCase(action)) b.time().timdefSet(item, a.get("value").asText());
        out.put("value", t(b.time().timdefGet(item)));
      }
      case "bodn2c" -> found(out, b.idsNames().bodn2c(a.get("name").asText()), "code");
      case "bods2c" -> found(out, b.idsNames().bods2c(a.get("name").asText()), "code");
      case "bodc2n" -> {
        Optional<String> r = b.idsNames().bodc2n(a.get("code").asInt());
        out.put("found", BooleanNode.valueOf(r.isPresent()));
        r.ifPresent(n -> out.put("name", t(n)));
      }
      case "bodc2s" -> out.put("name", t(b.idsNames().bodc2s(a.get("code").asInt())));
      case "namfrm" -> {
        OptionalInt r = b.frames().namfrm(a.get("frname").asText());
        out.put("frcode", IntNode.valueOf(r.orElse(0))); // CSPICE reports unknown as frcode 0
      }
      case "frmnam" -> out.put("frname", t(b.frames().frmnam(a.get("frcode").asInt()).orElse(""))); // unknown -> blank
      case "cidfrm" -> frameRef(out, b.frames().cidfrm(a.get("cent").asInt()));
      case "cnmfrm" -> frameRef(out, b.frames().cnmfrm(a.get("cname").asText()));
      case "frinfo" -> {
        Optional<FrameInfo> r = b.frames().frinfo(a.get("frcode").asInt());
        out.put("found", BooleanNode.valueOf(r.isPresent()));
        r.ifPresent(fi -> {
          out.put("cent", IntNode.valueOf(fi.center()));
          out.put("frclss", IntNode.valueOf(fi.frameClass()));
          out.put("clssid", IntNode.valueOf(fi.classId()));
        });
      }
      case "ccifrm" -> {
        Optional<FrameDescriptor> r = b.frames().ccifrm(a.get("frclss").asInt(), a.get("clssid").asInt());
        out.put("found", BooleanNode.valueOf(r.isPresent()));
        r.ifPresent(fd -> {
          out.put("frcode", IntNode.valueOf(fd.code()));
          out.put("frname", t(fd.name()));
          out.put("cent", IntNode.valueOf(fd.center()));
        });
      }
      case "pxform" -> {
        Matrix3 m = b.frames().pxform(a.get("from").asText(), a.get("to").asText(), a.get("et").asDouble());
        out.put("rotate", matrix(m.toRowMajor(), 3));
      }
      case "sxform" -> {
        Matrix6 m = b.frames().sxform(a.get("from").asText(), a.get("to").asText(), a.get("et").asDouble());
        out.put("xform", matrix(m.toRowMajor(), 6));
      }
      case "spkezr" -> state(out, "starg", b.ephemeris().spkezr(a.get("targ").asText(), a.get("et").asDouble(),
          a.get("ref").asText(), a.get("abcorr").asText(), a.get("obs").asText()));
      case "spkez" -> state(out, "starg", b.ephemeris().spkez(a.get("targ").asInt(), a.get("et").asDouble(),
          a.get("ref").asText(), a.get("abcorr").asText(), a.get("obs").asInt()));
      case "spkgeo" -> state(out, "state", b.ephemeris().spkgeo(a.get("targ").asInt(), a.get("et").asDouble(),
          a.get("ref").asText(), a.get("obs").asInt()));
      case "spkssb" -> {
        StateVector s = b.ephemeris().spkssb(a.get("targ").asInt(), a.get("et").asDouble(), a.get("ref").asText());
        out.put("starg", doubles(s.toArray()));
      }
      case "spkpos" -> position(out, "ptarg", b.ephemeris().spkpos(a.get("targ").asText(), a.get("et").asDouble(),
          a.get("ref").asText(), a.get("abcorr").asText(), a.get("obs").asText()));
      case "spkezp" -> position(out, "ptarg", b.ephemeris().spkezp(a.get("targ").asInt(), a.get("et").asDouble(),
          a.get("ref").asText(), a.get("abcorr").asText(), a.get("obs").asInt()));
      case "spkgps" -> position(out, "pos", b.ephemeris().spkgps(a.get("targ").asInt(), a.get("et").asDouble(),
          a.get("ref").asText(), a.get("obs").asInt()));
      case "spkobj" -> {
        int[] ids = b.ephemeris().spkobj(kernelsDir.resolve(a.get("spkfnm").asText()).toString());
        ArrayNode arr = Out.MAPPER.createArrayNode();
        for (int id : ids) arr.add(id);
        out.put("ids", arr);
      }
      case "spkcov" -> {
        List<TimeInterval> cover =
            b.ephemeris().spkcov(kernelsDir.resolve(a.get("spkfnm").asText()).toString(), a.get("idcode").asInt());
        ArrayNode arr = Out.MAPPER.createArrayNode();
        for (TimeInterval iv : cover) arr.add(Out.MAPPER.createArrayNode().add(iv.start()).add(iv.stop()));
        out.put("cover", arr);
      }
      case "furnsh" -> b.kernels().furnsh(kernelsDir.resolve(a.get("file").asText()));
      case "bodvrd" -> {
        double[] v = b.idsNames().bodvrd(a.get("bodynm").asText(), a.get("item").asText(), a.get("maxn").asInt());
        out.put("dim", IntNode.valueOf(v.length));
        out.put("values", doubles(v));
      }
      case "bodfnd" -> out.put("return", BooleanNode.valueOf(b.idsNames().bodfnd(a.get("body").asInt(), a.get("item").asText())));
      case "ktotal" -> out.put("count", IntNode.valueOf(b.kernels().ktotal(a.get("kind").asText())));
      case "kdata" -> {
        Optional<KernelData> r = b.kernels().kdata(a.get("which").asInt(), a.get("kind").asText());
        out.put("found", BooleanNode.valueOf(r.isPresent()));
        r.ifPresent(k -> {
          out.put("file", t(relativeToKernels(kernelsDir, k.file())));
          out.put("filtyp", t(k.type()));
          out.put("srcfil", t(k.source()));
        });
      }
      default -> throw new IllegalArgumentException("not a foundation call: " + call);
    }
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

}
