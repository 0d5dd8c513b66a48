package io.github.spice4j.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads shared/goldens/ephemeris.json and compares states with a case's tolerance. */
final class Goldens {
  private Goldens() {}

  static Path dir() {
    String p = System.getProperty("spice4j.goldens");
    return p != null ? Path.of(p) : Path.of("../../shared/goldens");
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> cases(String domain) throws IOException {
    Map<String, Object> root = MiniJson.object(Files.readString(dir().resolve(domain + ".json")));
    return (List<Map<String, Object>>) root.get("cases");
  }

  /** The spkezr case with these args (by args, not by id); fails when absent. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> spkezr(String targ, String obs, String ref, String abcorr, String note) throws IOException {
    for (Map<String, Object> c : cases("ephemeris")) {
      if (!"spkezr".equals(c.get("call"))) continue;
      Map<String, Object> a = (Map<String, Object>) c.get("args");
      if (targ.equals(a.get("targ")) && obs.equals(a.get("obs")) && ref.equals(a.get("ref"))
          && abcorr.equals(a.get("abcorr")) && c.get("kernels") == null && c.get("setup") == null
          && (note == null || Objects.equals(note, c.get("note")))) {
        return c;
      }
    }
    throw new AssertionError("no golden spkezr case " + targ + "/" + obs + "/" + ref + "/" + abcorr + " " + note);
  }

  /** Asserts [x,y,z,vx,vy,vz] and lt against a golden spkezr case using its tolerances. */
  @SuppressWarnings("unchecked")
  static void assertState(Map<String, Object> golden, double[] state, double lt) {
    Map<String, Object> expect = (Map<String, Object>) golden.get("expect");
    List<Object> starg = (List<Object>) expect.get("starg");
    Map<String, Object> tol = (Map<String, Object>) golden.get("tol");
    Map<String, Object> fields = (Map<String, Object>) tol.getOrDefault("fields", Map.of());
    Map<String, Object> st = (Map<String, Object>) fields.getOrDefault("starg", tol);
    Map<String, Object> lt0 = (Map<String, Object>) fields.getOrDefault("lt", tol);
    for (int k = 0; k < 6; k++) {
      double scale;
      if ("vec3".equals(st.getOrDefault("scale", "elem"))) {
        int g = k / 3 * 3;
        double a = d(starg.get(g)), b = d(starg.get(g + 1)), c = d(starg.get(g + 2));
        scale = Math.sqrt(a * a + b * b + c * c);
      } else {
        scale = Math.abs(d(starg.get(k)));
      }
      check(golden.get("id") + " starg[" + k + "]", d(starg.get(k)), state[k], st, scale);
    }
    check(golden.get("id") + " lt", d(expect.get("lt")), lt, lt0, Math.abs(d(expect.get("lt"))));
  }

  private static void check(String what, double expected, double actual, Map<String, Object> tol, double scale) {
    double allowed = d(tol.get("abs")) + d(tol.get("rel")) * scale;
    assertTrue(Math.abs(actual - expected) <= allowed,
        what + ": expected " + expected + " got " + actual + " (|diff| " + Math.abs(actual - expected) + " > " + allowed + ")");
  }

  /** The case with this id in shared/goldens/{@code domain}.json; fails when absent. */
  static Map<String, Object> byId(String domain, String id) throws IOException {
    for (Map<String, Object> c : cases(domain)) {
      if (id.equals(c.get("id"))) return c;
    }
    throw new AssertionError("no golden case " + id + " in " + domain);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  static double[] doubles(Object list) {
    return ((List<Object>) list).stream().mapToDouble(Goldens::d).toArray();
  }

  static double d(Object o) {
    return ((Number) o).doubleValue();
  }
}
