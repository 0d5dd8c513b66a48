package io.github.spice4j.parity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compares actual outputs with a golden case's {@code expect} following shared/goldens/README.md:
 * strings, booleans and integers exactly; floating point with {@code |a - e| <= abs + rel * s}, where
 * s is |e| (scale elem) or the norm of the expected 3-group (scale vec3); {@code tol.fields} overrides per
 * output; array shapes must match.
 */
public final class GoldenCompare {
  private GoldenCompare() {}

  /** Tolerance for one output. */
  record Tol(double abs, double rel, String scale) {}

  static Tol tolFor(JsonNode tol, String field) {
    double abs = 0;
    double rel = 0;
    String scale = "elem";
    if (tol != null && !tol.isNull() && !tol.isMissingNode()) {
      abs = tol.path("abs").asDouble(0);
      rel = tol.path("rel").asDouble(0);
      scale = tol.path("scale").asText("elem");
      JsonNode f = tol.path("fields").path(field);
      if (f.isObject()) {
        if (f.has("abs")) abs = f.get("abs").asDouble();
        if (f.has("rel")) rel = f.get("rel").asDouble();
        if (f.has("scale")) scale = f.get("scale").asText();
      }
    }
    return new Tol(abs, rel, scale);
  }

  /**
   * Compares every output named in {@code expect} with the same-named entry of {@code actual}.
   *
   * @return the mismatches (empty when the case passes)
   */
  public static List<String> compare(JsonNode expect, JsonNode tol, Map<String, JsonNode> actual) {
    List<String> problems = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> it = expect.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String field = e.getKey();
      JsonNode act = actual.get(field);
      if (act == null) {
        problems.add(field + ": no actual output of that name");
        continue;
      }
      compareField(field, e.getValue(), act, tolFor(tol, field), isUnordered(tol, field), problems);
    }
    return problems;
  }

  private static boolean isUnordered(JsonNode tol, String field) {
    if (tol == null) return false;
    for (JsonNode u : tol.path("unordered")) if (field.equals(u.asText())) return true;
    return false;
  }

  static void compareField(String field, JsonNode exp, JsonNode act, Tol tol, boolean unordered, List<String> out) {
    if (exp.isObject()) {
      // A record output (spksfs descr, dskgd dskdsc, nvc2pl plane): each member under the field's tolerance.
      if (!act.isObject()) {
        out.add(field + ": expected an object " + exp + " actual " + act);
        return;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = exp.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> m = it.next();
        JsonNode a = act.get(m.getKey());
        if (a == null) {
          out.add(field + "." + m.getKey() + ": no actual member of that name");
        } else {
          compareField(field + "." + m.getKey(), m.getValue(), a, tol, unordered, out);
        }
      }
      return;
    }
    List<Integer> expShape = new ArrayList<>();
    List<Integer> actShape = new ArrayList<>();
    List<JsonNode> expLeaves = new ArrayList<>();
    List<JsonNode> actLeaves = new ArrayList<>();
    flatten(exp, expShape, expLeaves);
    flatten(act, actShape, actLeaves);
    if (!expShape.equals(actShape)) {
      out.add(field + ": shape differs: expected " + exp + " actual " + act);
      return;
    }
    if (unordered) {
      expLeaves.sort((a, b) -> a.asText().compareTo(b.asText()));
      actLeaves.sort((a, b) -> a.asText().compareTo(b.asText()));
    }
    for (int i = 0; i < expLeaves.size(); i++) {
      JsonNode e = expLeaves.get(i);
      JsonNode a = actLeaves.get(i);
      String where = expShape.isEmpty() ? field : field + "[" + i + "]";
      if (a.isTextual() || a.isBoolean() || e.isTextual() || e.isBoolean()) {
        if (!e.equals(a)) out.add(where + ": expected " + e + " actual " + a);
      } else if (a.isIntegralNumber()) {
        if (!e.isNumber() || e.asDouble() != Math.rint(e.asDouble()) || e.asLong() != a.asLong()) {
          out.add(where + ": expected integer " + e + " actual " + a);
        }
      } else if (a.isNumber()) {
        if (!e.isNumber()) {
          out.add(where + ": expected " + e + " actual " + a);
          continue;
        }
        double ev = e.asDouble();
        double av = a.asDouble();
        double s;
        if ("vec3".equals(tol.scale())) {
          int g = (i / 3) * 3;
          double sum = 0;
          for (int k = g; k < Math.min(g + 3, expLeaves.size()); k++) {
            double x = expLeaves.get(k).asDouble();
            sum += x * x;
          }
          s = Math.sqrt(sum);
        } else {
          s = Math.abs(ev);
        }
        double allowed = tol.abs() + tol.rel() * s;
        double diff = Math.abs(av - ev);
        if (!(diff <= allowed)) {
          out.add(where + ": expected " + ev + " actual " + av + " |diff| " + diff + " > allowed " + allowed
              + " (abs " + tol.abs() + ", rel " + tol.rel() + ", scale " + tol.scale() + ")");
        }
      } else {
        out.add(where + ": unsupported actual " + a);
      }
    }
  }

  /** Pre-order array sizes (the shape) and the scalar leaves in row-major order. */
  private static void flatten(JsonNode n, List<Integer> shape, List<JsonNode> leaves) {
    if (n.isArray()) {
      shape.add(n.size());
      for (JsonNode c : n) flatten(c, shape, leaves);
    } else {
      leaves.add(n);
    }
  }
}
