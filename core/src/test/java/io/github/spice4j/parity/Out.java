package io.github.spice4j.parity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.spice4j.TimeInterval;
import java.util.List;

/** JSON builders and readers shared by the golden dispatchers. */
final class Out {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Out() {}

  static JsonNode d(double v) {
    return DoubleNode.valueOf(v);
  }

  static JsonNode i(int v) {
    return IntNode.valueOf(v);
  }

  static JsonNode t(String s) {
    return TextNode.valueOf(s);
  }

  static ArrayNode doubles(double[] v) {
    ArrayNode arr = MAPPER.createArrayNode();
    for (double x : v) arr.add(x);
    return arr;
  }

  static ArrayNode ints(int[] v) {
    ArrayNode arr = MAPPER.createArrayNode();
    for (int x : v) arr.add(x);
    return arr;
  }

  static ArrayNode strings(List<String> v) {
    ArrayNode arr = MAPPER.createArrayNode();
    for (String x : v) arr.add(x);
    return arr;
  }

  /** A row-major n x n matrix as nested rows. */
  static ArrayNode matrix(double[] rowMajor, int n) {
    ArrayNode rows = MAPPER.createArrayNode();
    for (int r = 0; r < n; r++) {
      ArrayNode row = rows.addArray();
      for (int c = 0; c < n; c++) row.add(rowMajor[n * r + c]);
    }
    return rows;
  }

  /** A window or coverage as {@code [[left, right], ...]}. */
  static ArrayNode window(List<TimeInterval> intervals) {
    ArrayNode arr = MAPPER.createArrayNode();
    for (TimeInterval iv : intervals) arr.add(MAPPER.createArrayNode().add(iv.start()).add(iv.stop()));
    return arr;
  }

  /** A string argument. */
  static String str(JsonNode args, String name) {
    return args.get(name).asText();
  }

  /** The {@code et} argument. */
  static double et(JsonNode args) {
    return args.get("et").asDouble();
  }

  /** A 3-vector argument. */
  static io.github.spice4j.Vector3 vec(JsonNode args, String name) {
    return io.github.spice4j.Vector3.of(toDoubles(args.get(name)));
  }

  /** Reads a JSON array of numbers. */
  static double[] toDoubles(JsonNode n) {
    double[] v = new double[n.size()];
    for (int k = 0; k < v.length; k++) v[k] = n.get(k).asDouble();
    return v;
  }

  /** Reads a JSON array of integers. */
  static int[] toInts(JsonNode n) {
    int[] v = new int[n.size()];
    for (int k = 0; k < v.length; k++) v[k] = n.get(k).asInt();
    return v;
  }

  /** Reads nested rows as a row-major array. */
  static double[] toRowMajor(JsonNode rows) {
    int n = rows.size();
    int m = rows.get(0).size();
    double[] v = new double[n * m];
    for (int r = 0; r < n; r++) for (int c = 0; c < m; c++) v[r * m + c] = rows.get(r).get(c).asDouble();
    return v;
  }

  /** Reads {@code [[left, right], ...]} as intervals. */
  static List<TimeInterval> toWindow(JsonNode n) {
    java.util.ArrayList<TimeInterval> out = new java.util.ArrayList<>();
    for (JsonNode iv : n) out.add(new TimeInterval(iv.get(0).asDouble(), iv.get(1).asDouble()));
    return out;
  }
}
