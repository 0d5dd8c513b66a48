package io.github.spice4j;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.spice4j.backend.SpiceBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Locations of the NAIF kernels and CSPICE golden fixtures used by the tests, plus helpers to load a
 * golden file's kernel list. Missing data is a test failure, never a skip.
 */
public final class TestData {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** LSK, text PCK and the DE440s excerpt: what most engine-level tests load. */
  public static final List<String> BASIC_KERNELS =
      List.of("lsk/naif0012.tls", "pck/pck00011.tpc", "spk/de440s_2023_2026_excerpt.bsp");

  private TestData() {}

  /** A new backend with {@link #BASIC_KERNELS} loaded; the caller closes it. */
  public static io.github.spice4j.jni.JniBackend basicBackend() {
    io.github.spice4j.jni.JniBackend b = io.github.spice4j.jni.JniBackend.create();
    loadKernels(b, BASIC_KERNELS);
    return b;
  }

  /** The kernels directory: {@code -Dspice4j.kernels}, {@code SPICE4J_KERNELS}, or {@code <repo>/../shared/kernels}. */
  public static Path kernelsDir() {
    Path dir = locate("spice4j.kernels", "SPICE4J_KERNELS", "kernels");
    if (!Files.isDirectory(dir)) {
      fail("NAIF kernels not found at " + dir + "; set -Dspice4j.kernels=DIR or SPICE4J_KERNELS (the generic "
          + "kernels are at NAIF's public site: naif0012.tls, pck00011.tpc, de440s.bsp ...)");
    }
    return dir;
  }

  /** The goldens directory: {@code -Dspice4j.goldens}, {@code SPICE4J_GOLDENS}, or {@code <repo>/../shared/goldens}. */
  public static Path goldensDir() {
    Path dir = locate("spice4j.goldens", "SPICE4J_GOLDENS", "goldens");
    if (!Files.isDirectory(dir)) {
      fail("CSPICE golden fixtures not found at " + dir + "; set -Dspice4j.goldens=DIR or SPICE4J_GOLDENS");
    }
    return dir;
  }

  /** A kernel given relative to the kernels directory (e.g. {@code lsk/naif0012.tls}); fails if it is missing. */
  public static Path kernel(String relative) {
    Path p = kernelsDir().resolve(relative);
    if (!Files.isRegularFile(p)) {
      fail("NAIF kernel " + relative + " not found at " + p + "; set -Dspice4j.kernels=DIR or SPICE4J_KERNELS (the "
          + "generic kernels are at NAIF's public site: naif0012.tls, pck00011.tpc, de440s.bsp ...)");
    }
    return p;
  }

  /** Parses a golden file such as {@code time.json}. */
  public static JsonNode golden(String fileName) {
    Path p = goldensDir().resolve(fileName);
    if (!Files.isRegularFile(p)) fail("golden file " + fileName + " not found at " + p);
    try {
      return MAPPER.readTree(p.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse " + p, e);
    }
  }

  /** One case of a golden file by id; fails when absent. */
  public static JsonNode goldenCase(String fileName, String id) {
    for (JsonNode c : golden(fileName).get("cases")) {
      if (id.equals(c.path("id").asText())) return c;
    }
    return fail("golden case " + id + " not in " + fileName);
  }

  /** The {@code kernels} list (relative paths) of a golden document or case node. */
  public static List<String> kernelList(JsonNode node) {
    List<String> out = new ArrayList<>();
    for (JsonNode k : node.path("kernels")) out.add(k.asText());
    return out;
  }

  /** {@code kclear}, then {@code furnsh} each kernel (relative to the kernels directory) in order. */
  public static void loadKernels(SpiceBackend backend, List<String> relativePaths) {
    backend.kernels().kclear();
    for (String k : relativePaths) backend.kernels().furnsh(kernel(k));
  }

  /** Loads a golden file's own kernel list into a backend (kclear first). */
  public static void loadGoldenKernels(SpiceBackend backend, String goldenFile) {
    loadKernels(backend, kernelList(golden(goldenFile)));
  }

  private static Path locate(String property, String env, String leaf) {
    String v = System.getProperty(property);
    if (v == null || v.isBlank() || v.contains("${")) v = System.getenv(env);
    if (v != null && !v.isBlank()) return Path.of(v).toAbsolutePath().normalize();
    return repoRoot().resolve("..").resolve("shared").resolve(leaf).toAbsolutePath().normalize();
  }

  /** The repository root: the nearest ancestor of the working directory holding the loader module. */
  private static Path repoRoot() {
    Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path d = start; d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("pom.xml")) && Files.isDirectory(d.resolve("loader"))
          && Files.isDirectory(d.resolve("core"))) {
        return d;
      }
    }
    return start;
  }
}
