package io.github.spice4j.cli;

/** Minimal JSON text helpers (the CLI only writes JSON). */
public final class Json {
  private Json() {}

  /** A JSON string literal. */
  public static String str(String s) {
    if (s == null) return "null";
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
          else b.append(c);
        }
      }
    }
    return b.append('"').toString();
  }

  /** A JSON number ({@link Numbers#json}). */
  public static String num(double d) {
    return Numbers.json(d);
  }
}
