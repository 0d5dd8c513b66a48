package io.github.spice4j.cli;

import java.io.PrintWriter;

/** Writes {@link KernelsCommand} descriptions as text, csv or json, one file at a time. */
final class Reporter {
  private final PrintWriter out;
  private final OutputFormat format;
  private int count;

  Reporter(PrintWriter out, OutputFormat format) {
    this.out = out;
    this.format = format;
    if (format == OutputFormat.csv) out.println("file,type,id,name,start_utc,stop_utc,start_et,stop_et");
    if (format == OutputFormat.json) out.println("{\"kernels\": [");
  }

  void add(KernelsCommand.Description d) {
    switch (format) {
      case text -> text(d);
      case csv -> csv(d);
      case json -> json(d);
    }
    count++;
    out.flush();
  }

  void finish() {
    if (format == OutputFormat.json) out.println((count > 0 ? "\n" : "") + "]}");
    out.flush();
  }

  private void text(KernelsCommand.Description d) {
    if (count > 0) out.println();
    out.println(d.file());
    out.println("  type: " + d.type() + (d.detail().isEmpty() ? "" : " (" + d.detail() + ")"));
    if (d.error() != null) {
      out.println("  error: " + d.error().shortMessage() + " " + d.error().longMessage());
      return;
    }
    if (!d.coverage().isEmpty()) out.println("  bodies:");
    for (KernelsCommand.Coverage c : d.coverage()) {
      out.printf("    %-8d %-24s %s .. %s  (ET %s .. %s)%n", c.id(), c.name(),
          c.startUtc() == null ? "-" : c.startUtc(), c.stopUtc() == null ? "-" : c.stopUtc(),
          Numbers.format(c.start()), Numbers.format(c.stop()));
    }
  }

  private void csv(KernelsCommand.Description d) {
    String file = TimeCommand.csvCell(d.file().toString());
    if (d.coverage().isEmpty()) {
      out.println(file + "," + d.type() + ",,,,,,");
      return;
    }
    for (KernelsCommand.Coverage c : d.coverage()) {
      out.println(file + "," + d.type() + "," + c.id() + "," + TimeCommand.csvCell(c.name()) + ","
          + (c.startUtc() == null ? "" : c.startUtc()) + "," + (c.stopUtc() == null ? "" : c.stopUtc()) + ","
          + Numbers.format(c.start()) + "," + Numbers.format(c.stop()));
    }
  }

  private void json(KernelsCommand.Description d) {
    StringBuilder b = new StringBuilder(count > 0 ? ",\n" : "");
    b.append("  {\"file\": ").append(Json.str(d.file().toString()))
        .append(", \"type\": ").append(Json.str(d.type()));
    if (!d.detail().isEmpty()) b.append(", \"kind\": ").append(Json.str(d.detail()));
    if (d.error() != null) {
      b.append(", \"error\": {\"short\": ").append(Json.str(d.error().shortMessage()))
          .append(", \"long\": ").append(Json.str(d.error().longMessage())).append('}');
    }
    b.append(", \"bodies\": [");
    for (int i = 0; i < d.coverage().size(); i++) {
      KernelsCommand.Coverage c = d.coverage().get(i);
      b.append(i == 0 ? "\n    " : ",\n    ")
          .append("{\"id\": ").append(c.id()).append(", \"name\": ").append(Json.str(c.name()))
          .append(", \"start_utc\": ").append(Json.str(c.startUtc())).append(", \"stop_utc\": ").append(Json.str(c.stopUtc()))
          .append(", \"start_et\": ").append(Json.num(c.start())).append(", \"stop_et\": ").append(Json.num(c.stop())).append('}');
    }
    b.append(d.coverage().isEmpty() ? "]}" : "\n  ]}");
    out.print(b);
  }
}
