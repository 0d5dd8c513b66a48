package io.github.spice4j.bench;

import java.util.Locale;
import java.util.Map;

/**
 * One line of {@code bench/targets.properties}: {@code Class.method[:metric] = max|min VALUE UNIT}, e.g.
 * {@code EphemerisBenchmark.spkezrLtS = max 40 us/op}, {@code ThroughputBenchmark.sharedEngine = min 20000 ops/s}
 * or {@code EngineFootprint.createLoadClose:engineBytes = max 268435456 bytes}. Without {@code :metric}
 * the target applies to the benchmark's primary score; with it, to that secondary result (an auxiliary
 * counter, or a profiler's figure such as {@code gc.alloc.rate.norm}).
 *
 * @param benchmark {@code Class.method} (or the fully qualified JMH benchmark name)
 * @param metric secondary result name, or null for the primary score
 * @param bound whether the measured value must stay at or below ({@code max}) or at or above ({@code min})
 * @param limit the bound, in {@code unit}
 * @param unit {@code ns/op}, {@code us/op}, {@code ms/op}, {@code s/op}, {@code ops/s}, {@code ops/ms},
 *     {@code ops/us}, {@code bytes} (auxiliary counters), or any unit JMH reports (compared as is)
 */
record Target(String benchmark, String metric, Bound bound, double limit, String unit) {

  /** Which side of the limit passes. */
  enum Bound {
    /** Measured value must be at most the limit (latency, memory). */
    MAX,
    /** Measured value must be at least the limit (throughput). */
    MIN
  }

  /** Seconds per time unit as JMH spells them. */
  private static final Map<String, Double> SECONDS = Map.of(
      "ns", 1e-9, "us", 1e-6, "\u00b5s", 1e-6, "ms", 1e-3, "s", 1.0, "min", 60.0);

  /**
   * Parses one target.
   *
   * @param key {@code Class.method} or {@code Class.method:metric}
   * @param value {@code max|min VALUE UNIT}
   * @return the target
   * @throws IllegalArgumentException if the value is not of that form
   */
  static Target parse(String key, String value) {
    String k = key.trim();
    int colon = k.indexOf(':');
    String benchmark = colon < 0 ? k : k.substring(0, colon);
    String metric = colon < 0 ? null : stripDot(k.substring(colon + 1));
    String[] f = value.trim().split("\\s+");
    if (benchmark.isEmpty() || (metric != null && metric.isEmpty()) || f.length != 3) {
      throw new IllegalArgumentException("target '" + key + " = " + value + "': expected 'Class.method[:metric] = max|min VALUE UNIT'");
    }
    Bound bound;
    switch (f[0].toLowerCase(Locale.ROOT)) {
      case "max": bound = Bound.MAX; break;
      case "min": bound = Bound.MIN; break;
      default: throw new IllegalArgumentException("target '" + key + "': bound must be max or min, not '" + f[0] + "'");
    }
    double limit;
    try {
      limit = Double.parseDouble(f[1]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("target '" + key + "': '" + f[1] + "' is not a number");
    }
    return new Target(benchmark, metric, bound, limit, f[2]);
  }

  /** JMH prefixes profiler results with a middle dot ({@code ·gc.alloc.rate.norm}); targets need not. */
  static String stripDot(String name) {
    return name.startsWith("\u00b7") ? name.substring(1) : name;
  }

  /**
   * Whether a JMH benchmark name (fully qualified) is the one this target names.
   *
   * @param jmhName e.g. {@code io.github.spice4j.bench.TimeBenchmark.str2et}
   * @return true on an exact match or a match of the trailing {@code Class.method}
   */
  boolean matches(String jmhName) {
    return jmhName.equals(benchmark) || jmhName.endsWith("." + benchmark);
  }

  /**
   * Whether a measured value meets the target.
   *
   * @param measured the value, already in {@link #unit()}
   * @return true when within the bound (NaN never is)
   */
  boolean accepts(double measured) {
    if (Double.isNaN(measured)) return false;
    return bound == Bound.MAX ? measured <= limit : measured >= limit;
  }

  /**
   * Converts a value JMH reported in {@code from} to this target's unit.
   *
   * @param value the value
   * @param from JMH's unit, e.g. {@code us/op}, {@code ops/s}, {@code #}
   * @return the value in {@link #unit()}
   * @throws IllegalArgumentException if the units measure different things
   */
  double toTargetUnit(double value, String from) {
    if (from.equals(unit) || (isCount(from) && isCount(unit))) return value;
    String[] a = from.split("/");
    String[] b = unit.split("/");
    if (a.length == 2 && b.length == 2) {
      // time per operation: ms/op -> us/op
      if (a[1].equals("op") && b[1].equals("op") && SECONDS.containsKey(a[0]) && SECONDS.containsKey(b[0])) {
        return value * SECONDS.get(a[0]) / SECONDS.get(b[0]);
      }
      // operations per time: ops/ms -> ops/s
      if (a[0].equals("ops") && b[0].equals("ops") && SECONDS.containsKey(a[1]) && SECONDS.containsKey(b[1])) {
        return value * SECONDS.get(b[1]) / SECONDS.get(a[1]);
      }
    }
    throw new IllegalArgumentException("cannot compare " + from + " with the target's " + unit);
  }

  /** JMH reports auxiliary counters as "#"; targets may say bytes. */
  private static boolean isCount(String u) {
    return u.equals("#") || u.equals("bytes") || u.equals("count");
  }

  @Override
  public String toString() {
    return bound.name().toLowerCase(Locale.ROOT) + " " + format(limit) + " " + unit;
  }

  /** A number without needless decimals. */
  static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format(Locale.ROOT, "%d", (long) v);
    return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.1f" : "%.3f", v);
  }
}
