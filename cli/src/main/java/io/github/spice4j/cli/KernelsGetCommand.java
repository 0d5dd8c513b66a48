package io.github.spice4j.cli;

import io.github.spice4j.kernels.FetchResult;
import io.github.spice4j.kernels.KernelManager;
import io.github.spice4j.kernels.KernelSource;
import io.github.spice4j.kernels.MetaKernel;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spice4j kernels get}: download kernels into the cache (spice4j-kernels' {@link KernelManager}). */
@Command(name = "get", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Download NAIF generic kernels by name (see 'kernels catalog') or any kernel by URL into the cache.",
        "Cached kernels are reused; catalog sizes/SHA-256 are verified; interrupted downloads resume."
            + " Offline (--offline), only the cache is used and the missing kernels are listed (exit code 2)."},
    footer = {"", "Cache: --cache DIR, else -Dspice4j.kernels.cache, $SPICE4J_KERNELS_CACHE,",
        "$XDG_CACHE_HOME/spice4j/kernels or ~/.cache/spice4j/kernels.",
        "Example: spice4j kernels get basic --meta-kernel basic.tm",
        "  then:  spice4j state --meta basic.tm --target MOON --observer EARTH \\",
        "                       --utc 2024-01-01"})
public final class KernelsGetCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "NAME|URL",
      description = "Catalog kernel (naif0012.tls, de440s, ...), set (basic, stations, moon) or http(s) URL.")
  List<String> names;

  @Option(names = "--meta-kernel", paramLabel = "FILE",
      description = "Also write a meta-kernel listing the kernels, for --meta or furnsh.")
  Path metaKernel;

  @Option(names = "--cache", paramLabel = "DIR", description = "Cache directory (see below for the default).")
  Path cache;

  @Option(names = "--offline", description = "Use only the cache; never the network.")
  boolean offline;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "Where generic kernels are served in NAIF's generic_kernels/ layout (a mirror).")
  URI baseUrl;

  @Option(names = "--sha256", paramLabel = "HEX", description = "Expected SHA-256 of the one URL given.")
  String sha256;

  @Option(names = "--size", paramLabel = "BYTES", description = "Expected size of the one URL given.")
  Long size;

  @Override
  public Integer call() throws IOException {
    KernelManager.Builder b = KernelManager.builder();
    if (cache != null) b.cacheDirectory(cache);
    if (baseUrl != null) b.baseUri(baseUrl);
    if (offline) b.offline(true);
    PrintWriter err = spec.commandLine().getErr();
    Set<String> announced = ConcurrentHashMap.newKeySet();
    b.progress((source, bytes, total) -> { // one line per download as it starts, on stderr (stdout is the report)
      if (announced.add(source.cachePath())) {
        err.println("downloading " + source.uri() + (total.isPresent() ? " (" + total.getAsLong() + " bytes)" : ""));
        err.flush();
      }
    });
    KernelManager km = b.build();
    List<FetchResult> results = fetch(km);
    PrintWriter out = spec.commandLine().getOut();
    List<Path> available = new ArrayList<>();
    int missing = 0;
    for (FetchResult r : results) {
      String status = r.status().name().toLowerCase(Locale.ROOT);
      if (r.available()) {
        available.add(r.file());
        out.printf("%-10s %-30s %s%n", status, r.source().name(), r.file());
      } else {
        missing++;
        out.printf("%-10s %-30s %s%n", status, r.source().name(), r.detail());
      }
    }
    if (metaKernel != null && !available.isEmpty()) {
      MetaKernel.write(metaKernel, available);
      out.printf("%-10s %s%s%n", "meta", metaKernel.toAbsolutePath().normalize(),
          missing > 0 ? " (without the missing kernels)" : "");
    }
    out.flush();
    if (missing > 0) {
      throw new CliException(missing + " of " + results.size() + " kernels missing"
          + (km.offline() ? " (offline: only " + km.cacheDirectory() + " was used)" : ""), ExitCodes.FAILURE);
    }
    return ExitCodes.OK;
  }

  private List<FetchResult> fetch(KernelManager km) {
    try {
      if (sha256 == null && size == null) return km.fetch(names);
      if (names.size() != 1 || !names.get(0).matches("(?i)https?://.*")) {
        throw CliException.usage("--sha256/--size apply to a single URL");
      }
      KernelSource src = KernelSource.ofUrl(names.get(0))
          .expecting(size == null ? OptionalLong.empty() : OptionalLong.of(size), sha256);
      return List.of(km.fetch(src));
    } catch (IllegalArgumentException e) {
      throw CliException.usage(e.getMessage());
    }
  }
}
