package io.github.spice4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.it.ForkedJvm.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The consumer check of {@link ConsumerIT} inside other Linux distributions: the same jars, probe and
 * kernels are copied into a container with a Java 17 runtime and the probe runs there with the image's
 * own {@code java}. Covers Ubuntu, Debian, an old glibc (Amazon Linux 2, glibc 2.26; the library itself
 * needs only 2.17, see {@link GlibcSymbolVersionsIT}) and Alpine, where the loader must refuse musl clearly.
 *
 * <p>Needs Docker: without it the whole class is reported as skipped ({@code disabledWithoutDocker}),
 * so builds on machines without Docker pass; GitHub Actions' Ubuntu runners have Docker and run it.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerConsumerIT {

    private static final String ROOT = "/spice4j";
    /** The musl refusal of {@code Platform.detect}. */
    private static final String MUSL_MESSAGE =
            "musl libc detected (Alpine?): spice4j ships a glibc build only; use a glibc-based image";

    @TempDir
    Path tmp;

    /** Set by {@link #consumer}: what the probe runs and how the result is checked. */
    private ProbeScript script;
    /** Set by {@link #consumer}: the jars' paths inside the container. */
    private List<String> containerClasspath;

    /** Ubuntu (Temurin's default base). */
    @Test
    void ubuntuTemurin17() throws Exception {
        try (GenericContainer<?> c = consumer(new GenericContainer<>(DockerImageName.parse("eclipse-temurin:17-jre")))) {
            assertConsumerWorks(c);
        }
    }

    /** Debian with its own OpenJDK package, the way a Debian user installs Java. */
    @Test
    void debianOpenJdk17() throws Exception {
        ImageFromDockerfile image = new ImageFromDockerfile("spice4j-it/debian-jre17", false)
                .withDockerfileFromBuilder(b -> b.from("debian:bookworm-slim")
                        // The JRE's postinst expects man directories that slim images omit.
                        .run("mkdir -p /usr/share/man/man1 && apt-get update"
                                + " && apt-get install -y --no-install-recommends openjdk-17-jre-headless"
                                + " && rm -rf /var/lib/apt/lists/*")
                        .build());
        try (GenericContainer<?> c = consumer(new GenericContainer<>(image))) {
            assertConsumerWorks(c);
        }
    }

    /**
     * An old glibc: Amazon Corretto 17's image is Amazon Linux 2, glibc 2.26 (older than any current
     * Debian or Ubuntu), with Java 17 included, so nothing is downloaded at build time.
     */
    @Test
    void oldGlibcAmazonLinux2() throws Exception {
        try (GenericContainer<?> c = consumer(new GenericContainer<>(DockerImageName.parse("amazoncorretto:17")))) {
            ExecResult ldd = c.execInContainer("ldd", "--version");
            assertTrue(ldd.getStdout().lines().findFirst().orElse("").endsWith(" 2.26"),
                    "expected glibc 2.26: " + ldd.getStdout() + ldd.getStderr());
            assertConsumerWorks(c);
        }
    }

    /** Alpine's musl cannot load a glibc library: the loader must say so instead of failing obscurely. */
    @Test
    void alpineIsRefusedWithMuslMessage() throws Exception {
        try (GenericContainer<?> c =
                consumer(new GenericContainer<>(DockerImageName.parse("eclipse-temurin:17-jre-alpine")))) {
            Result r = runProbe(c);
            assertNotEquals(0, r.exitCode(), r.toString());
            assertTrue(r.stderr().contains(MUSL_MESSAGE), r.toString());
            assertNull(r.value("LIBRARY_SOURCE"), r.toString());
        }
    }

    /** A started container holding the consumer jars, the script and its kernels under {@value #ROOT}. */
    private GenericContainer<?> consumer(GenericContainer<?> c) throws Exception {
        script = ProbeScript.moonWrtEarth();
        Path scriptFile = script.write(tmp.resolve("script.tsv"));
        containerClasspath = new ArrayList<>();
        for (String jar : ConsumerClasspath.withProbes(tmp.resolve("lib"))) {
            String target = ROOT + "/lib/" + Path.of(jar).getFileName();
            c.withCopyFileToContainer(MountableFile.forHostPath(jar), target);
            containerClasspath.add(target);
        }
        Path kernels = Goldens.kernelsDir();
        for (String rel : Goldens.kernelList(Goldens.read("ephemeris.json"))) {
            c.withCopyFileToContainer(MountableFile.forHostPath(kernels.resolve(rel)), ROOT + "/kernels/" + rel);
        }
        c.withCopyFileToContainer(MountableFile.forHostPath(scriptFile), ROOT + "/script.tsv");
        // Kept alive so the probe can run through exec and report its exit status and output.
        c.withWorkingDirectory(ROOT + "/work").withCommand("tail", "-f", "/dev/null");
        c.start();
        return c;
    }

    private Result runProbe(GenericContainer<?> c) throws Exception {
        List<String> cmd = List.of("java", "-cp", String.join(":", containerClasspath),
                ConsumerProbe.class.getName(), ROOT + "/script.tsv", ROOT + "/kernels");
        ExecResult e = c.execInContainer(cmd.toArray(String[]::new));
        return new Result(e.getExitCode(), e.getStdout(), e.getStderr(),
                List.of(c.getDockerImageName() + ":", String.join(" ", cmd)));
    }

    private void assertConsumerWorks(GenericContainer<?> c) throws Exception {
        Result r = runProbe(c);
        assertEquals(0, r.exitCode(), r.toString());
        script.assertOutput(r.stdout().lines().toList(), r.toString());
        assertEquals("CLASSIFIER_JAR", r.value("LIBRARY_SOURCE"), r.toString());
        assertEquals(ConsumerIT.projectVersion(), r.value("BUILD_VERSION"), r.toString());
    }
}
