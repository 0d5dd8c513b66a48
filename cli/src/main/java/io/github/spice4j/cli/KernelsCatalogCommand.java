package io.github.spice4j.cli;

import io.github.spice4j.kernels.KernelCatalog;
import io.github.spice4j.kernels.KernelManager;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spice4j kernels catalog}: the generic kernels {@code kernels get} knows by name, and whether each is cached. */
@Command(name = "catalog", mixinStandardHelpOptions = true, sortOptions = false,
    description = "List the NAIF generic kernels and sets 'kernels get' knows by name, and which are cached.")
public final class KernelsCatalogCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--cache", paramLabel = "DIR", description = "Cache directory (default as for 'kernels get').")
  Path cache;

  @Override
  public Integer call() {
    KernelManager.Builder b = KernelManager.builder();
    if (cache != null) b.cacheDirectory(cache);
    KernelManager km = b.build();
    PrintWriter out = spec.commandLine().getOut();
    out.printf("cache: %s%n", km.cacheDirectory());
    for (KernelCatalog.Entry e : km.catalog().entries()) {
      boolean cached = Files.isRegularFile(km.cachedPath(e.source(KernelCatalog.NAIF_GENERIC_KERNELS)));
      String size = e.size().isPresent() ? Long.toString(e.size().getAsLong()) : "?";
      out.printf("%-30s %-10s %-7s %-6s %s%n", e.name(), size, e.sha256() == null ? "" : "sha256", cached ? "cached" : "",
          e.description());
    }
    km.catalog().sets().forEach((name, members) -> out.printf("set %-26s %s%n", name, String.join(" ", members)));
    out.flush();
    return ExitCodes.OK;
  }
}
