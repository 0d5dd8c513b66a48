package io.github.spice4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The class path a user's application gets from depending on {@code spice4j-platform}: the packaged
 * jars of core, loader and every natives module, slf4j, and a small jar with the probe classes.
 * Nothing else of the test class path (JUnit, Jackson, Testcontainers, reactor {@code target/classes}
 * directories) reaches the forks.
 */
final class ConsumerClasspath {

    /**
     * Artifacts of the platform POM (core, loader, the natives classifier jars) and the logging API and binding. Matched
     * on the jar file name so both the reactor's {@code target/*.jar} and ~/.m2 paths qualify.
     */
    private static final Pattern CONSUMER_JAR = Pattern.compile(
            "(spice4j-(core|loader|natives)|slf4j-(api|simple))-\\d[^/]*\\.jar");

    /** Classes that run inside the forks; nested classes are copied with them. */
    private static final List<Class<?>> PROBE_CLASSES =
            List.of(ProbeSupport.class, ConsumerProbe.class, TwoClassLoadersProbe.class);

    private ConsumerClasspath() {
    }

    /**
     * The platform POM's jars on this test's class path, checked: each is a packaged jar (failsafe
     * runs in {@code verify}, after {@code package}, so reactor modules resolve to their jars), core,
     * loader and this platform's natives jar are all present, and no entry lies in native-src.
     */
    static List<Path> platformJars() {
        List<Path> jars = new ArrayList<>();
        for (String entry : ForkedJvm.testClasspath()) {
            Path p = Path.of(entry);
            if (CONSUMER_JAR.matcher(p.getFileName().toString()).matches()) {
                jars.add(p.toAbsolutePath().normalize());
            }
        }
        for (Path jar : jars) {
            assertTrue(Files.isRegularFile(jar), "not a packaged jar: " + jar);
            assertFalse(jar.toString().contains("native-src"), "class path reaches native-src: " + jar);
        }
        for (String artifact : List.of("spice4j-core-", "spice4j-loader-", "slf4j-api-")) {
            assertEquals(1, jars.stream().filter(j -> j.getFileName().toString().startsWith(artifact)).count(),
                    "expected exactly one " + artifact + "*.jar among " + jars);
        }
        for (String classifier : List.of("linux-x86_64", "linux-aarch64", "darwin-aarch64", "darwin-x86_64", "windows-x86_64")) {
            assertEquals(1, jars.stream().map(j -> j.getFileName().toString())
                    .filter(n -> n.startsWith("spice4j-natives-") && n.endsWith("-" + classifier + ".jar")).count(),
                    "expected exactly one spice4j-natives-*-" + classifier + ".jar among " + jars);
        }
        return List.copyOf(jars);
    }

    /**
     * Writes a jar holding only the probe classes (from this module's test-classes), so a fork's class
     * path consists of jars alone and can be copied into a container as files.
     */
    static Path writeProbeJar(Path dir) throws IOException {
        Path classes = testClassesDir();
        Files.createDirectories(dir);
        Path jar = dir.resolve("spice4j-it-probes.jar");
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), mf)) {
            for (Class<?> c : PROBE_CLASSES) {
                Path pkg = classes.resolve(c.getPackageName().replace('.', '/'));
                try (Stream<Path> files = Files.list(pkg)) {
                    for (Path f : files.filter(f -> isClassOf(f, c)).sorted().toList()) {
                        out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                        Files.copy(f, out);
                        out.closeEntry();
                    }
                }
            }
        }
        return jar;
    }

    /** The full consumer class path: the platform jars plus the probe jar written into {@code dir}. */
    static List<String> withProbes(Path dir) throws IOException {
        List<String> cp = new ArrayList<>();
        platformJars().forEach(p -> cp.add(p.toString()));
        cp.add(writeProbeJar(dir).toString());
        for (String e : cp) {
            assertFalse(e.contains("native-src"), "class path reaches native-src: " + e);
            assertTrue(e.endsWith(".jar"), "class path entry is not a jar: " + e);
        }
        return cp;
    }

    private static boolean isClassOf(Path file, Class<?> c) {
        String name = file.getFileName().toString();
        return name.equals(c.getSimpleName() + ".class") || name.startsWith(c.getSimpleName() + "$");
    }

    private static Path testClassesDir() {
        try {
            Path p = Path.of(ConsumerProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isDirectory(p)) {
                throw new IllegalStateException("probe classes are not in a directory: " + p);
            }
            return p;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
