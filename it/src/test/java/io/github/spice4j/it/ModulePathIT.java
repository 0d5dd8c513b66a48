package io.github.spice4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A modular application: a module {@code app} that {@code requires io.github.spice4j.core}, compiled and
 * run on the module path holding only the platform POM's jars, with no {@code --add-modules}. It must
 * resolve (core requires SLF4J and the loader itself), find the native library in the natives jar, and
 * print CSPICE's MOON-wrt-EARTH LT+S state.
 */
class ModulePathIT {
  @TempDir Path tmp;

  private static final String MODULE_INFO = "module app { requires io.github.spice4j.core; }\n";
  private static final String MAIN = String.join("\n",
      "package app;",
      "import io.github.spice4j.AberrationCorrection;",
      "import io.github.spice4j.Spice;",
      "import io.github.spice4j.SpiceOptions;",
      "import java.nio.file.Path;",
      "import java.time.Duration;",
      "public class Main {",
      "  public static void main(String[] args) {",
      "    Path k = Path.of(args[0]);",
      "    SpiceOptions options = SpiceOptions.defaults().withCallTimeout(Duration.ofSeconds(60)).withConfinement(k);",
      "    try (Spice spice = Spice.create(options)) {",
      "      spice.load(k.resolve(\"lsk/naif0012.tls\"), k.resolve(\"spk/de440s_2023_2026_excerpt.bsp\"));",
      "      double[] s = spice.state(\"MOON\", \"EARTH\", \"J2000\", AberrationCorrection.LT_S,",
      "          Double.parseDouble(args[1])).toArray();",
      "      StringBuilder out = new StringBuilder(\"STATE\");",
      "      for (double v : s) out.append(' ').append(v);",
      "      System.out.println(out);",
      "      System.out.println(\"MODULE \" + Spice.class.getModule().getName());",
      "      System.out.println(\"JNI_EXPORTED \" + Spice.class.getModule().isExported(\"io.github.spice4j.jni\"));",
      "    }",
      "  }",
      "}",
      "");

  @Test
  void aModularAppRunsWithoutAddModules() throws Exception {
    List<Path> jars = ConsumerClasspath.platformJars();
    String modulePath = jars.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
    Path src = Files.createDirectories(tmp.resolve("src/app/app"));
    Files.writeString(tmp.resolve("src/app/module-info.java"), MODULE_INFO);
    Files.writeString(src.resolve("Main.java"), MAIN);
    Path classes = Files.createDirectories(tmp.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int rc = javac.run(null, null, null, "--module-path", modulePath, "-d", classes.toString(),
        tmp.resolve("src/app/module-info.java").toString(), src.resolve("Main.java").toString());
    assertEquals(0, rc, "javac of the consumer module");

    JsonNode golden = golden("spkezr.moon-wrt-earth.j2000.ltps.2024-01-01");
    List<String> cmd = new ArrayList<>(List.of(ForkedJvm.javaExecutable().toString(),
        "-Dspice4j.cache.dir=" + tmp.resolve("cache"),
        "--module-path", modulePath + java.io.File.pathSeparator + classes, "-m", "app/app.Main",
        Goldens.kernelsDir().toString(), golden.at("/args/et").asText()));
    if (Runtime.version().feature() >= 22) cmd.add(1, "--enable-native-access=io.github.spice4j.core");
    Process p = new ProcessBuilder(cmd).directory(Files.createDirectories(tmp.resolve("cwd")).toFile())
        .redirectOutput(tmp.resolve("out").toFile()).redirectError(tmp.resolve("err").toFile()).start();
    assertTrue(p.waitFor(3, TimeUnit.MINUTES), "consumer JVM did not finish");
    String out = Files.readString(tmp.resolve("out"), StandardCharsets.UTF_8);
    String err = Files.readString(tmp.resolve("err"), StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), out + err);
    assertFalse(err.contains("FindException") || err.contains("not found, required by"), err);
    assertTrue(out.contains("MODULE io.github.spice4j.core"), out + err);
    assertTrue(out.contains("JNI_EXPORTED false"), "engine settings need no access to the jni package: " + out);

    String[] f = out.lines().filter(l -> l.startsWith("STATE ")).findFirst().orElseThrow().split(" ");
    JsonNode expected = golden.at("/expect/starg");
    for (int half = 0; half < 2; half++) {
      double norm = 0;
      for (int i = 0; i < 3; i++) norm += Math.pow(expected.get(3 * half + i).asDouble(), 2);
      for (int i = 0; i < 3; i++) {
        int k = 3 * half + i;
        assertEquals(expected.get(k).asDouble(), Double.parseDouble(f[1 + k]), 1e-11 * Math.sqrt(norm), "state " + k);
      }
    }
  }

  private static JsonNode golden(String id) throws IOException {
    Path file = Path.of(System.getProperty("spice4j.goldens", "../../shared/goldens")).resolve("ephemeris.json");
    for (JsonNode c : new ObjectMapper().readTree(file.toFile()).get("cases")) {
      if (c.get("id").asText().equals(id)) return c;
    }
    throw new AssertionError("no golden " + id);
  }
}
