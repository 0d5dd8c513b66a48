package io.github.spice4j.cli;

import io.github.spice4j.Spice;
import io.github.spice4j.TimeInterval;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** Writes the result of an {@link EventsCommand} search as text, csv or json. */
final class EventTable {
  /** Columns of csv and of each json interval. */
  static final String[] COLUMNS = {"start_utc", "stop_utc", "start_et", "stop_et", "duration"};

  private final PrintWriter out;
  private final OutputFormat format;
  private final Spice spice;

  EventTable(PrintWriter out, OutputFormat format, Spice spice) {
    this.out = out;
    this.format = format;
    this.spice = spice;
  }

  private String utc(double et) {
    return spice.etToUtc(et, 3);
  }

  /**
   * @param query the search's own labels (search, bodies, abcorr) in display order
   * @param unit unit of refval/adjust
   */
  void print(Map<String, String> query, EventSearchOptions search, String unit, List<TimeInterval> window,
      List<TimeInterval> found) {
    switch (format) {
      case text -> text(query, search, unit, window, found);
      case csv -> {
        out.println(String.join(",", COLUMNS));
        for (TimeInterval iv : found) {
          out.println(utc(iv.start()) + "," + utc(iv.stop()) + "," + Numbers.format(iv.start()) + ","
              + Numbers.format(iv.stop()) + "," + Numbers.format(iv.duration()));
        }
      }
      case json -> json(query, search, window, found);
    }
    out.flush();
  }

  private void text(Map<String, String> query, EventSearchOptions search, String unit, List<TimeInterval> window,
      List<TimeInterval> found) {
    query.forEach((k, v) -> out.printf("%-9s %s%n", k, v));
    if (search.relate != null) out.printf("%-9s %s%n", "relate", search.relate.spiceName());
    if (search.relate != null && search.relate.usesReferenceValue()) {
      out.printf("%-9s %s %s%n", "refval", Numbers.format(search.refval), unit);
    }
    if (search.adjust != 0) out.printf("%-9s %s %s%n", "adjust", Numbers.format(search.adjust), unit);
    TimeInterval w = window.get(0);
    out.printf("%-9s %s .. %s%n", "window", utc(w.start()), utc(w.stop()));
    out.printf("%-9s %s s%n", "step", Numbers.format(search.step));
    out.printf("%-9s %d%n", "found", found.size());
    if (found.isEmpty()) return;
    out.println();
    out.printf("%4s  %-24s %-24s %-18s %-18s %s%n", "#", "start (UTC)", "stop (UTC)", "start (ET)", "stop (ET)",
        "duration (s)");
    int i = 0;
    for (TimeInterval iv : found) {
      out.printf("%4d  %-24s %-24s %-18s %-18s %s%n", ++i, utc(iv.start()), utc(iv.stop()),
          Numbers.format(iv.start()), Numbers.format(iv.stop()), Numbers.format(iv.duration()));
    }
  }

  private void json(Map<String, String> query, EventSearchOptions search, List<TimeInterval> window,
      List<TimeInterval> found) {
    StringBuilder b = new StringBuilder("{");
    query.forEach((k, v) -> b.append(Json.str(k)).append(": ").append(Json.str(v)).append(", "));
    if (search.relate != null) {
      b.append("\"relate\": ").append(Json.str(search.relate.spiceName()))
          .append(", \"refval\": ").append(Json.num(search.refval))
          .append(", \"adjust\": ").append(Json.num(search.adjust)).append(", ");
    }
    b.append("\"step\": ").append(Json.num(search.step));
    TimeInterval w = window.get(0);
    b.append(", \"window\": {\"start_utc\": ").append(Json.str(utc(w.start())))
        .append(", \"stop_utc\": ").append(Json.str(utc(w.stop())))
        .append(", \"start_et\": ").append(Json.num(w.start()))
        .append(", \"stop_et\": ").append(Json.num(w.stop())).append('}');
    b.append(", \"intervals\": [");
    for (int i = 0; i < found.size(); i++) {
      TimeInterval iv = found.get(i);
      b.append(i == 0 ? "\n  " : ",\n  ")
          .append("{\"start_utc\": ").append(Json.str(utc(iv.start())))
          .append(", \"stop_utc\": ").append(Json.str(utc(iv.stop())))
          .append(", \"start_et\": ").append(Json.num(iv.start()))
          .append(", \"stop_et\": ").append(Json.num(iv.stop()))
          .append(", \"duration\": ").append(Json.num(iv.duration())).append('}');
    }
    b.append(found.isEmpty() ? "]}" : "\n]}");
    out.println(b);
  }
}
