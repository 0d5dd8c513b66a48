package io.github.spice4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.it.ForkedJvm.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's application in miniature: a fresh JVM whose class path is only what
 * {@code spice4j-platform} brings (packaged jars, no build tree), with no C compiler on PATH, no
 * {@code LD_LIBRARY_PATH}, no {@code -Djava.library.path}, started in a directory with no native-src
 * above it. It must find the library in the natives jar and reproduce CSPICE's MOON-wrt-EARTH states.
 */
class ConsumerIT {

    @TempDir
    Path tmp;

    @Test
    void moonStatesFromPackagedJarsMatchCspice() throws Exception {
        List<String> cp = ConsumerClasspath.withProbes(tmp.resolve("lib"));
        ProbeScript script = ProbeScript.moonWrtEarth();
        Path cwd = Files.createDirectories(tmp.resolve("cwd"));
        assertNoBuildTreeAbove(cwd);

        Result r = ForkedJvm.of(ConsumerProbe.class).classpath(cp).cwd(cwd)
                .sysProp("spice4j.cache.dir", tmp.resolve("cache"))
                .args(script.write(tmp.resolve("script.tsv")).toString(), Goldens.kernelsDir().toString())
                .run(tmp.resolve("out"));

        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.stdout().contains("ENV_CHECKED"), r.toString());
        script.assertOutput(r.stdout().lines().toList(), r.toString());
        // The natives jar, extracted into the cache: not a build directory, not a property.
        assertEquals("CLASSIFIER_JAR", r.value("LIBRARY_SOURCE"), r.toString());
        assertTrue(Path.of(r.value("LIBRARY_PATH")).startsWith(tmp.resolve("cache")), r.toString());
        assertEquals(projectVersion(), r.value("BUILD_VERSION"), r.toString());
        assertEquals("CSPICE_N0067", r.value("TOOLKIT"), r.toString());
    }

    /** The consumer's class path is exactly the platform POM's jars plus the probe jar. */
    @Test
    void consumerClasspathIsPackagedJarsOnly() throws Exception {
        List<String> cp = ConsumerClasspath.withProbes(tmp.resolve("lib"));
        for (String e : cp) {
            assertTrue(Files.isRegularFile(Path.of(e)) && e.endsWith(".jar"), e);
            assertFalse(e.contains("native-src"), e);
            String name = Path.of(e).getFileName().toString();
            assertFalse(name.contains("junit") || name.contains("jackson") || name.contains("testcontainers"), e);
        }
        assertTrue(cp.stream().anyMatch(ForkedJvm::isNativesEntry), "a natives jar is on the class path: " + cp);
    }

    /** The version the build passes in; the native library must report the same one. */
    static String projectVersion() {
        String v = System.getProperty("spice4j.it.version");
        assertTrue(v != null && !v.isBlank() && !v.contains("${"), "failsafe must pass spice4j.it.version");
        return v;
    }

    /** Fails if a native-src build tree could be found from {@code dir} upwards (the loader's last tier). */
    static void assertNoBuildTreeAbove(Path dir) {
        for (Path d = dir.toAbsolutePath(); d != null; d = d.getParent()) {
            assertFalse(Files.exists(d.resolve("native-src")), "native-src reachable from " + dir + ": " + d);
        }
    }
}
