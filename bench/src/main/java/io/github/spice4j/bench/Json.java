package io.github.spice4j.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal JSON reader for JMH's result file (objects, arrays, strings, numbers, literals), so the
 * target check needs nothing beyond JMH itself. Objects become {@link LinkedHashMap}, arrays
 * {@link ArrayList}, numbers {@link Double} (JMH's bare or quoted {@code NaN} included).
 */
final class Json {
  private final String text;
  private int pos;

  private Json(String text) {
    this.text = text;
  }

  /**
   * Parses one JSON document.
   *
   * @param text the document
   * @return Map, List, String, Double, Boolean or null
   * @throws IllegalArgumentException on malformed input, with the offset
   */
  static Object parse(String text) {
    Json p = new Json(text);
    Object v = p.value();
    p.skipSpace();
    if (p.pos != text.length()) throw p.error("trailing characters");
    return v;
  }

  private Object value() {
    skipSpace();
    if (pos >= text.length()) throw error("unexpected end");
    char c = text.charAt(pos);
    switch (c) {
      case '{': return object();
      case '[': return array();
      case '"': return string();
      default:
        if (text.startsWith("true", pos)) { pos += 4; return Boolean.TRUE; }
        if (text.startsWith("false", pos)) { pos += 5; return Boolean.FALSE; }
        if (text.startsWith("null", pos)) { pos += 4; return null; }
        return number();
    }
  }

  private Map<String, Object> object() {
    Map<String, Object> m = new LinkedHashMap<>();
    pos++; // {
    skipSpace();
    if (peek() == '}') { pos++; return m; }
    while (true) {
      skipSpace();
      if (peek() != '"') throw error("expected a member name");
      String key = string();
      skipSpace();
      expect(':');
      m.put(key, value());
      skipSpace();
      if (peek() == ',') { pos++; continue; }
      expect('}');
      return m;
    }
  }

  private List<Object> array() {
    List<Object> a = new ArrayList<>();
    pos++; // [
    skipSpace();
    if (peek() == ']') { pos++; return a; }
    while (true) {
      a.add(value());
      skipSpace();
      if (peek() == ',') { pos++; continue; }
      expect(']');
      return a;
    }
  }

  private String string() {
    StringBuilder sb = new StringBuilder();
    pos++; // opening quote
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '"') return sb.toString();
      if (c != '\\') { sb.append(c); continue; }
      if (pos >= text.length()) break;
      char e = text.charAt(pos++);
      switch (e) {
        case 'b': sb.append('\b'); break;
        case 'f': sb.append('\f'); break;
        case 'n': sb.append('\n'); break;
        case 'r': sb.append('\r'); break;
        case 't': sb.append('\t'); break;
        case 'u':
          if (pos + 4 > text.length()) throw error("short \\u escape");
          sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          pos += 4;
          break;
        default: sb.append(e); // \" \\ \/
      }
    }
    throw error("unterminated string");
  }

  private Double number() {
    int start = pos;
    while (pos < text.length() && "+-.eE0123456789NaInfity".indexOf(text.charAt(pos)) >= 0) pos++;
    String s = text.substring(start, pos);
    try {
      return Double.valueOf(s);
    } catch (NumberFormatException e) {
      pos = start;
      throw error("bad value '" + (s.isEmpty() ? String.valueOf(peek()) : s) + "'");
    }
  }

  private void expect(char c) {
    if (peek() != c) throw error("expected '" + c + "'");
    pos++;
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("JSON: " + what + " at offset " + pos);
  }
}
