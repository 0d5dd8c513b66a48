package io.github.spice4j.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a JMH JSON result file against {@code bench/targets.properties} and prints one line per
 * benchmark: {@code PASS}/{@code FAIL} where a target exists, {@code ----} where none does, and
 * {@code SKIP} for targets whose benchmark was not run (e.g. filtered out on the command line).
 *
 * <pre>java -cp benchmarks.jar io.github.spice4j.bench.TargetCheck jmh-result.json targets.properties</pre>
 *
 * Exit status: 0 when every checked target passes, 1 when one misses, 2 on unusable input.
 *
 * <p>Primary scores are JMH's mean over iterations (for throughput, summed over threads). Auxiliary
 * counters (unit {@code #}) are summed by JMH over threads and iterations, so for them the check uses
 * the mean per iteration and per thread, i.e. the figure of one engine.
 */
public final class TargetCheck {
  /** PASS/FAIL/no target/not run. */
  enum Status {
    PASS("PASS"), FAIL("FAIL"), NO_TARGET("----"), NOT_RUN("SKIP");

    final String label;

    Status(String label) {
      this.label = label;
    }
  }

  /**
   * One printed line.
   *
   * @param status outcome
   * @param name benchmark (and metric) as shown
   * @param detail measured value and target, or why it could not be checked
   */
  record Line(Status status, String name, String detail) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%-4s  %-52s %s", status.label, name, detail);
    }
  }

  private TargetCheck() {}

  /**
   * Entry point.
   *
   * @param args the JMH JSON result file and the targets file
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the check and prints the report.
   *
   * @param args the JMH JSON result file and the targets file
   * @param out where the report goes
   * @param err where usage and input errors go
   * @return the exit status (0 all pass, 1 a miss, 2 unusable input)
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 2) {
      err.println("usage: TargetCheck JMH_RESULT.json TARGETS.properties");
      return 2;
    }
    List<Line> lines;
    try {
      Object results = Json.parse(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
      List<Target> targets = readTargets(Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8));
      lines = check(results, targets);
    } catch (IOException | IllegalArgumentException e) {
      err.println("bench: " + e.getMessage());
      return 2;
    }
    long pass = lines.stream().filter(l -> l.status() == Status.PASS).count();
    long fail = lines.stream().filter(l -> l.status() == Status.FAIL).count();
    lines.forEach(out::println);
    out.printf(Locale.ROOT, "bench targets: %d met, %d missed%n", pass, fail);
    return fail > 0 ? 1 : 0;
  }

  /**
   * Reads targets: {@code key = value} lines, {@code #} or {@code !} comment lines, and trailing
   * {@code # ...} comments after a value. Read line by line (not with
   * {@link java.util.Properties}) because keys contain {@code :} before a secondary metric's name.
   *
   * @param lines the file's lines
   * @return the targets in file order
   * @throws IllegalArgumentException on a malformed line
   */
  static List<Target> readTargets(List<String> lines) {
    List<Target> targets = new ArrayList<>();
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) continue;
      int eq = line.indexOf('=');
      if (eq < 0) throw new IllegalArgumentException("target line without '=': " + line);
      String value = line.substring(eq + 1);
      int comment = value.indexOf('#'); // the measured figure sits in a trailing comment
      targets.add(Target.parse(line.substring(0, eq), comment < 0 ? value : value.substring(0, comment)));
    }
    return targets;
  }

  /**
   * Compares JMH results with targets.
   *
   * @param jmhJson the parsed JMH JSON (an array of benchmark results)
   * @param targets the targets
   * @return one line per benchmark result (primary score), per targeted secondary result, and per
   *     target that matched no result
   * @throws IllegalArgumentException if the JSON is not JMH's result format
   */
  static List<Line> check(Object jmhJson, List<Target> targets) {
    if (!(jmhJson instanceof List<?> results)) throw new IllegalArgumentException("JMH result is not a JSON array");
    List<Line> lines = new ArrayList<>();
    Set<Target> used = new LinkedHashSet<>();
    for (Object o : results) {
      Map<?, ?> r = asMap(o, "benchmark result");
      String name = (String) r.get("benchmark");
      if (name == null) throw new IllegalArgumentException("JMH result without a benchmark name");
      String label = shortName(name) + qualifiers(r);
      Map<?, ?> primary = asMap(r.get("primaryMetric"), "primaryMetric of " + name);
      Target primaryTarget = primaryTarget(targets, name);
      if (primaryTarget == null) {
        lines.add(new Line(Status.NO_TARGET, label, value(number(primary.get("score")), (String) primary.get("scoreUnit")) + "  (no target)"));
      } else {
        used.add(primaryTarget);
        lines.add(compare(label, primaryTarget, number(primary.get("score")), (String) primary.get("scoreUnit")));
      }
      Map<?, ?> secondary = r.get("secondaryMetrics") instanceof Map<?, ?> m ? m : Map.of();
      for (Target t : targets) {
        if (t.metric() == null || !t.matches(name)) continue;
        used.add(t);
        Map<?, ?> metric = null;
        for (Map.Entry<?, ?> e : secondary.entrySet()) {
          if (Target.stripDot((String) e.getKey()).equals(t.metric())) metric = asMap(e.getValue(), t.metric());
        }
        String metricLabel = label + ":" + t.metric();
        if (metric == null) {
          lines.add(new Line(Status.FAIL, metricLabel, "no such secondary result (target: " + t + ")"));
          continue;
        }
        String unit = (String) metric.get("scoreUnit");
        double measured = unit.equals("#") ? perIterationPerThread(metric, r) : number(metric.get("score"));
        lines.add(compare(metricLabel, t, measured, unit));
      }
    }
    for (Target t : targets) {
      if (!used.contains(t)) {
        String label = t.benchmark() + (t.metric() == null ? "" : ":" + t.metric());
        lines.add(new Line(Status.NOT_RUN, label, "not run (target: " + t + ")"));
      }
    }
    return lines;
  }

  private static Line compare(String label, Target t, double measured, String unit) {
    double v;
    try {
      v = t.toTargetUnit(measured, unit);
    } catch (IllegalArgumentException e) {
      return new Line(Status.FAIL, label, e.getMessage());
    }
    Status s = t.accepts(v) ? Status.PASS : Status.FAIL;
    return new Line(s, label, value(v, t.unit()) + "  (target: " + t + ")");
  }

  /** The first target for this benchmark's primary score (a fully qualified key wins over a short one). */
  private static Target primaryTarget(List<Target> targets, String name) {
    Target found = null;
    for (Target t : targets) {
      if (t.metric() != null || !t.matches(name)) continue;
      if (t.benchmark().equals(name)) return t;
      if (found == null) found = t;
    }
    return found;
  }

  /** Mean of an auxiliary counter's raw per-iteration values, divided by the thread count. */
  private static double perIterationPerThread(Map<?, ?> metric, Map<?, ?> result) {
    double sum = 0;
    int n = 0;
    if (metric.get("rawData") instanceof List<?> forks) {
      for (Object fork : forks) {
        if (!(fork instanceof List<?> iterations)) continue;
        for (Object v : iterations) {
          sum += number(v);
          n++;
        }
      }
    }
    if (n == 0) return number(metric.get("score"));
    double threads = result.get("threads") instanceof Double d && d > 0 ? d : 1;
    return sum / n / threads;
  }

  private static String qualifiers(Map<?, ?> r) {
    StringBuilder sb = new StringBuilder();
    if (r.get("threads") instanceof Double d && d > 1) sb.append(" [t=").append(d.intValue()).append(']');
    if (r.get("params") instanceof Map<?, ?> p && !p.isEmpty()) sb.append(' ').append(p);
    return sb.toString();
  }

  /** {@code io.github.spice4j.bench.TimeBenchmark.str2et} to {@code TimeBenchmark.str2et}. */
  static String shortName(String jmhName) {
    int method = jmhName.lastIndexOf('.');
    int cls = method > 0 ? jmhName.lastIndexOf('.', method - 1) : -1;
    return jmhName.substring(cls + 1);
  }

  private static String value(double v, String unit) {
    return Target.format(v) + " " + unit;
  }

  private static double number(Object o) {
    if (o instanceof Double d) return d;
    if (o instanceof String s) {
      try {
        return Double.parseDouble(s); // JMH writes "NaN" quoted
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }
    return Double.NaN;
  }

  private static Map<?, ?> asMap(Object o, String what) {
    if (o instanceof Map<?, ?> m) return m;
    throw new IllegalArgumentException("JMH result: " + what + " is not an object");
  }
}
