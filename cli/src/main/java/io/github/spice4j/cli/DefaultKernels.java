package io.github.spice4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The kernel set loaded when neither {@code --kernel} nor {@code --meta} is given. The directory is
 * the first that is set of: system property {@value #PROPERTY}, environment variable {@value #ENV},
 * {@code ../shared/kernels} relative to the working directory. From it, in this order and sorted by
 * file name within each group: {@code lsk/*.tls}, {@code pck/*.tpc} and {@code pck/*.bpc},
 * {@code fk/*.tf}, {@code spk/*.bsp}.
 */
public final class DefaultKernels {
  /** System property naming the kernels directory. */
  public static final String PROPERTY = "spice4j.kernels";
  /** Environment variable naming the kernels directory. */
  public static final String ENV = "SPICE4J_KERNELS";
  /** The fallback, relative to the working directory. */
  public static final String FALLBACK = "../shared/kernels";

  private static final String[][] GROUPS = {
    {"lsk", ".tls"}, {"pck", ".tpc", ".bpc"}, {"fk", ".tf"}, {"spk", ".bsp"}
  };

  private final Path dir;

  private DefaultKernels(Path dir) {
    this.dir = dir;
  }

  /**
   * Finds the kernels directory.
   *
   * @param explicit a directory given on the command line (hidden {@code --kernels-dir}), or null
   * @return the directory's kernel set
   * @throws CliException (usage) naming every place looked when the directory is missing or empty
   */
  public static DefaultKernels locate(Path explicit) {
    return locate(explicit, System::getProperty, System.getenv());
  }

  static DefaultKernels locate(Path explicit, Function<String, String> properties, Map<String, String> env) {
    List<String> looked = new ArrayList<>();
    Path chosen;
    if (explicit != null) {
      chosen = explicit;
      looked.add(explicit.toAbsolutePath().normalize() + " (--kernels-dir)");
    } else {
      String prop = properties.apply(PROPERTY);
      String envValue = env.get(ENV);
      if (prop != null && !prop.isBlank()) {
        chosen = Path.of(prop);
        looked.add(chosen.toAbsolutePath().normalize() + " (system property " + PROPERTY + ")");
      } else {
        looked.add("system property " + PROPERTY + " (not set)");
        if (envValue != null && !envValue.isBlank()) {
          chosen = Path.of(envValue);
          looked.add(chosen.toAbsolutePath().normalize() + " (environment variable " + ENV + ")");
        } else {
          looked.add("environment variable " + ENV + " (not set)");
          chosen = Path.of(FALLBACK);
          looked.add(chosen.toAbsolutePath().normalize() + " (" + FALLBACK + " relative to the working directory)");
        }
      }
    }
    DefaultKernels found = new DefaultKernels(chosen);
    if (!Files.isDirectory(chosen)) {
      throw CliException.usage(notFound("no kernels directory found", looked));
    }
    if (found.files().isEmpty()) {
      throw CliException.usage(notFound("no kernels (lsk/*.tls, pck/*.tpc, pck/*.bpc, fk/*.tf, spk/*.bsp) in "
          + chosen.toAbsolutePath().normalize(), looked));
    }
    return found;
  }

  private static String notFound(String what, List<String> looked) {
    return what + "; looked at: " + String.join(", ", looked) + ".\n"
        + "Pass --kernel FILE (repeatable) or --meta FILE, or set " + ENV + " (or -D" + PROPERTY + ")"
        + " to a directory with lsk/, pck/, fk/ and spk/ subdirectories holding NAIF's generic kernels,"
        + " e.g. lsk/naif0012.tls, pck/pck00011.tpc and spk/de440s.bsp from"
        + " https://naif.jpl.nasa.gov/pub/naif/generic_kernels/."
        + " Or let spice4j download them: 'spice4j kernels get basic --meta-kernel basic.tm', then pass --meta basic.tm.";
  }

  /** The directory. */
  public Path directory() {
    return dir;
  }

  /** Every default kernel, in load order. */
  public List<Path> files() {
    List<Path> out = new ArrayList<>();
    for (String[] group : GROUPS) out.addAll(list(group));
    return out;
  }

  /** Just the leapseconds kernels ({@code lsk/*.tls}). */
  public List<Path> leapseconds() {
    return list(GROUPS[0]);
  }

  private List<Path> list(String[] group) {
    Path sub = dir.resolve(group[0]);
    if (!Files.isDirectory(sub)) return List.of();
    try (Stream<Path> s = Files.list(sub)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> {
            String name = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            for (int i = 1; i < group.length; i++) if (name.endsWith(group[i])) return true;
            return false;
          })
          .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new CliException("cannot list " + sub + ": " + e.getMessage(), ExitCodes.FAILURE);
    }
  }
}
