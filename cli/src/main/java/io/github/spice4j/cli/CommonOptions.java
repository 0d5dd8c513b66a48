package io.github.spice4j.cli;

import io.github.spice4j.Spice;
import io.github.spice4j.SpicePool;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options every subcommand shares: kernels to load, output format, verbosity. */
public final class CommonOptions {
  @Option(names = "--kernel", paramLabel = "FILE",
      description = "Kernel to load with furnsh (repeatable; later ones take precedence).")
  List<Path> kernels = new ArrayList<>();

  @Option(names = "--meta", paramLabel = "FILE",
      description = "Meta-kernel to load with furnsh (repeatable).")
  List<Path> metaKernels = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: text).")
  OutputFormat format;

  @Option(names = {"-v", "--verbose"}, description = "On errors, also print the SPICE traceback / stack trace.")
  boolean verbose;

  /** Test and scripting hook: the default kernels directory, overriding spice4j.kernels / SPICE4J_KERNELS. */
  @Option(names = "--kernels-dir", paramLabel = "DIR", hidden = true)
  Path kernelsDir;

  /** The chosen format, or {@code fallback} when {@code --format} was not given. */
  public OutputFormat format(OutputFormat fallback) {
    return format == null ? fallback : format;
  }

  /** Whether {@code --verbose} was given. */
  public boolean verbose() {
    return verbose;
  }

  /** Whether any kernel was named with {@code --kernel} or {@code --meta}. */
  public boolean explicitKernels() {
    return !kernels.isEmpty() || !metaKernels.isEmpty();
  }

  /** The files to load: the {@code --meta} and {@code --kernel} files, or else the default set. */
  public List<Path> kernelsToLoad() {
    if (!explicitKernels()) return DefaultKernels.locate(kernelsDir).files();
    List<Path> out = new ArrayList<>(metaKernels);
    out.addAll(kernels);
    return out;
  }

  /** The default leapseconds kernels, or none when no kernels directory is found (no error). */
  public List<Path> defaultLeapsecondsIfAny() {
    try {
      return DefaultKernels.locate(kernelsDir).leapseconds();
    } catch (CliException e) {
      return List.of();
    }
  }

  /**
   * Creates an engine and loads {@link #kernelsToLoad()}.
   *
   * @return the open facade; the caller closes it
   */
  public Spice open() {
    List<Path> files = kernelsToLoad(); // resolve before touching the native library
    Spice spice = Spice.create();
    try {
      for (Path f : files) spice.load(f);
      return spice;
    } catch (RuntimeException e) {
      spice.close();
      throw e;
    }
  }

  /**
   * Creates a pool of engines, each with {@link #kernelsToLoad()} loaded.
   *
   * @param size number of engines, at least 1
   * @return the open pool; the caller closes it
   */
  public SpicePool openPool(int size) {
    List<Path> files = kernelsToLoad(); // resolve before touching the native library
    Path[] kernels = files.toArray(Path[]::new);
    return SpicePool.create(size, kernels);
  }
}
