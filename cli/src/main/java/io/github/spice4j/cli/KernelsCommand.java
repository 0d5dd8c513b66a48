package io.github.spice4j.cli;

import io.github.spice4j.Spice;
import io.github.spice4j.SpiceException;
import io.github.spice4j.TimeInterval;
import io.github.spice4j.KernelData;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spice4j kernels FILE...}: what each kernel file is and, for SPKs, which bodies it covers when. */
@Command(name = "kernels", mixinStandardHelpOptions = true, sortOptions = false,
    subcommands = {KernelsGetCommand.class, KernelsCatalogCommand.class},
    // The first line is the summary in 'spice4j --help': one whole sentence.
    description = {"Describe kernel files (type, SPK bodies and coverage), or download kernels with 'kernels get'.",
        "For each FILE: its type (kdata after furnsh) and for an SPK every body (spkobj, bodc2n) with its"
            + " coverage (spkcov) in UTC (ISOC) and ET. UTC needs a leapseconds kernel: the --kernel/--meta files"
            + " are loaded first, else the default kernels directory's lsk/*.tls when there is one."})
public final class KernelsCommand implements Callable<Integer>, HasCommonOptions {
  @Spec CommandSpec spec;

  // 0..* so that 'kernels get ...' parses; call() insists on at least one FILE.
  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Kernel files to describe.")
  List<Path> files;

  @Mixin CommonOptions common;

  @Override
  public CommonOptions common() {
    return common;
  }

  /** One coverage interval of one body. */
  record Coverage(int id, String name, double start, double stop, String startUtc, String stopUtc) {}

  /** What one file holds. */
  record Description(Path file, String type, String detail, List<Coverage> coverage, SpiceException error) {}

  @Override
  public Integer call() {
    if (files == null || files.isEmpty()) {
      throw CliException.usage("name kernel FILEs to describe, or use 'kernels get NAME|URL...' to download kernels");
    }
    List<Path> context = common.explicitKernels() ? common.kernelsToLoad() : common.defaultLeapsecondsIfAny();
    OutputFormat format = common.format(OutputFormat.text);
    PrintWriter out = spec.commandLine().getOut();
    SpiceException firstError = null;
    try (Spice spice = Spice.create()) {
      for (Path k : context) spice.load(k);
      Reporter reporter = new Reporter(out, format);
      for (Path file : files) {
        Description d = describe(spice, file);
        reporter.add(d);
        if (d.error() != null && firstError == null) firstError = d.error();
      }
      reporter.finish();
    }
    if (firstError != null) throw firstError;
    return ExitCodes.OK;
  }

  private static Description describe(Spice spice, Path file) {
    try {
      spice.load(file);
      String type = kdataType(spice, file).orElse(byExtension(file));
      String detail = textKind(file);
      List<Coverage> coverage = new ArrayList<>();
      if ("SPK".equals(type)) {
        for (int id : spice.bodies(file)) {
          String name = spice.bodyName(id).orElse(Integer.toString(id));
          for (TimeInterval iv : spice.coverage(file, id)) {
            coverage.add(new Coverage(id, name, iv.start(), iv.stop(), utc(spice, iv.start()), utc(spice, iv.stop())));
          }
        }
      }
      return new Description(file, type, detail, coverage, null);
    } catch (SpiceException e) {
      return new Description(file, byExtension(file), textKind(file), List.of(), e);
    }
  }

  private static Optional<String> kdataType(Spice spice, Path file) {
    String abs = file.toAbsolutePath().normalize().toString();
    List<KernelData> loaded = spice.loadedKernels();
    for (int i = loaded.size() - 1; i >= 0; i--) {
      KernelData k = loaded.get(i);
      if (k.file().equals(file.toString()) || k.file().equals(abs)) return Optional.of(k.type());
    }
    return Optional.empty();
  }

  private static String utc(Spice spice, double et) {
    try {
      return spice.etToUtc(et, 3);
    } catch (SpiceException e) {
      return null; // no leapseconds kernel: ET only
    }
  }

  /** Kernel type guessed from the NAIF file-name conventions. */
  static String byExtension(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String ext = n.contains(".") ? n.substring(n.lastIndexOf('.') + 1) : "";
    return switch (ext) {
      case "bsp" -> "SPK";
      case "bc" -> "CK";
      case "bpc" -> "PCK";
      case "bds" -> "DSK";
      case "bes", "bdb", "bep" -> "EK";
      case "tm", "mk" -> "META";
      case "tls", "tpc", "tf", "ti", "tsc" -> "TEXT";
      default -> "UNKNOWN";
    };
  }

  /** For text kernels, the conventional kind by extension (LSK, PCK, FK, IK, SCLK), else empty. */
  static String textKind(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".tls")) return "LSK";
    if (n.endsWith(".tpc")) return "PCK";
    if (n.endsWith(".tf")) return "FK";
    if (n.endsWith(".ti")) return "IK";
    if (n.endsWith(".tsc")) return "SCLK";
    return "";
  }
}
