package io.github.spice4j.parity;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.spice4j.SpiceException;
import io.github.spice4j.TestData;
import io.github.spice4j.jni.JniBackend;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Main class run in child JVMs by {@link GuestPrimitivesEquivalenceTest}: runs every golden case of every
 * golden file as {@link GoldenParityTest} does ({@link GoldenRunner}) and prints, after a
 * {@code guestPrimitives=<true|false>} line, one line per case: file, index, id, call and the exact result.
 * Doubles print with {@link Double#toString} (shortest text that reads back to the same double, so equal
 * text means equal bits; NaN adds its raw bits), ints and strings verbatim, a {@link SpiceException} as its
 * short and long message, and any other exception as its class and message.
 */
public final class GoldenDump {
  /** Prefix of the mode line. */
  static final String MODE = "guestPrimitives=";

  private GoldenDump() {}

  /** Prints the dump to standard output; no arguments. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)), false,
        StandardCharsets.UTF_8);
    out.println(MODE + JniBackend.guestPrimitives());
    Path kernelsDir = TestData.kernelsDir();
    for (String file : GoldenRunner.FILES) {
      JsonNode doc = TestData.golden(file);
      List<String> fileKernels = TestData.kernelList(doc);
      try (JniBackend backend = JniBackend.create()) {
        TestData.loadKernels(backend, fileKernels);
        int index = 0;
        for (JsonNode c : doc.get("cases")) {
          out.println(file + "\t#" + index++ + "\t" + c.path("id").asText() + "\t" + c.path("call").asText() + "\t"
              + result(backend, c, fileKernels, kernelsDir));
        }
      }
    }
    out.flush();
  }

  private static String result(JniBackend backend, JsonNode c, List<String> fileKernels, Path kernelsDir) {
    if (!GoldenRunner.inScope(c)) return "out of scope";
    try {
      StringBuilder sb = new StringBuilder("ok ");
      append(sb, Out.MAPPER.createObjectNode().setAll(GoldenRunner.run(backend, c, fileKernels, kernelsDir)));
      return sb.toString();
    } catch (SpiceException e) {
      return oneLine("SpiceException " + e.shortMessage() + " | " + e.longMessage());
    } catch (RuntimeException e) {
      return oneLine(e.getClass().getName() + ": " + e.getMessage());
    }
  }

  private static void append(StringBuilder sb, JsonNode n) {
    if (n.isArray()) {
      sb.append('[');
      for (int k = 0; k < n.size(); k++) {
        if (k > 0) sb.append(", ");
        append(sb, n.get(k));
      }
      sb.append(']');
    } else if (n.isObject()) {
      sb.append('{');
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        sb.append(e.getKey()).append('=');
        append(sb, e.getValue());
        if (it.hasNext()) sb.append(", ");
      }
      sb.append('}');
    } else if (n.isFloatingPointNumber()) {
      double v = n.doubleValue();
      sb.append(v);
      if (Double.isNaN(v)) sb.append('[').append(Long.toHexString(Double.doubleToRawLongBits(v))).append(']');
    } else {
      // Ints, booleans, null; strings JSON-quoted so trailing blanks and control characters show.
      sb.append(n);
    }
  }

  /** Keeps a message on the case's line. */
  private static String oneLine(String s) {
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
  }
}
