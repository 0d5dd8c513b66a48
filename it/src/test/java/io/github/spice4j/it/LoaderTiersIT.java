package io.github.spice4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.spice4j.it.ForkedJvm.Result;
import io.github.spice4j.loader.NativeLoader;
import io.github.spice4j.loader.Platform;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each scenario forks a fresh JVM running {@link LoaderProbe}, so every tier of
 * {@code NativeLoader.locate()} is exercised with a real class path, working directory
 * and {@code System.load} of the real library.
 */
class LoaderTiersIT {

    private static final Path REPO_ROOT = Path.of(System.getProperty("spice4j.it.repoRoot",
            Path.of(System.getProperty("user.dir")).resolve("..").toString())).toAbsolutePath().normalize();
    private static final Platform PLATFORM = Platform.current();
    private static final Path BUILT_LIB =
            REPO_ROOT.resolve("native-src/target/lib").resolve(PLATFORM.libraryFileName());

    @TempDir
    Path tmp;

    private Path emptyDir(String name) throws Exception {
        return Files.createDirectories(tmp.resolve(name));
    }

    private String cacheProp(Path cache) {
        return "spice4j.cache.dir=" + cache;
    }

    private static void assumeNativesJar() {
        assumeTrue(ForkedJvm.classpathWithNatives().stream().anyMatch(ForkedJvm::isNativesEntry),
                "no spice4j-natives jar for " + PLATFORM.id() + " on the test class path");
    }

    private static void assumeBuiltLibrary() {
        assumeTrue(Files.isRegularFile(BUILT_LIB), "no local build at " + BUILT_LIB);
    }

    private static void assertLoaded(Result r, String source) {
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals(source, r.value("SOURCE"), r.toString());
        assertTrue(r.stdout().contains("LOADED"), r.toString());
        assertTrue(r.stderr().contains("spice4j: using native library"), r.toString());
    }

    @Test
    void classifierJarIsExtractedToCacheAndLoaded() throws Exception {
        assumeNativesJar();
        Path cache = tmp.resolve("cache");
        Result r = ForkedJvm.run(ForkedJvm.classpathWithNatives(), emptyDir("cwd"), tmp.resolve("out"),
                cacheProp(cache));
        assertLoaded(r, "CLASSIFIER_JAR");
        Path lib = Path.of(r.value("PATH"));
        assertTrue(lib.startsWith(cache), r.toString());
        assertEquals(lib.getParent().getFileName().toString(), sha256(lib), "cache dir is named by content hash");
    }

    @Test
    void systemPropertyWins() throws Exception {
        assumeBuiltLibrary();
        Result r = ForkedJvm.run(ForkedJvm.classpathWithNatives(), emptyDir("cwd"), tmp.resolve("out"),
                cacheProp(tmp.resolve("cache")), "spice4j.native.path=" + BUILT_LIB);
        assertLoaded(r, "SYSTEM_PROPERTY");
        assertEquals(BUILT_LIB.toString(), r.value("PATH"));
        assertTrue(Files.notExists(tmp.resolve("cache")), "nothing extracted when the property is set");
    }

    @Test
    void buildDirectoryFoundFromRepoRoot() throws Exception {
        assumeBuiltLibrary();
        Result r = ForkedJvm.run(ForkedJvm.classpathWithoutNatives(), REPO_ROOT, tmp.resolve("out"),
                cacheProp(tmp.resolve("cache")));
        assertLoaded(r, "BUILD_DIRECTORY");
        assertEquals(BUILT_LIB.toString(), r.value("PATH"));
    }

    @Test
    void nothingFoundListsEveryTier() throws Exception {
        Path cwd = emptyDir("cwd");
        Result r = ForkedJvm.run(ForkedJvm.classpathWithoutNatives(), cwd, tmp.resolve("out"),
                cacheProp(tmp.resolve("cache")));
        assertNotEquals(0, r.exitCode(), r.toString());
        String err = r.stderr();
        assertTrue(err.contains("platform " + PLATFORM.id()), err);
        assertTrue(err.contains("system property spice4j.native.path: not set"), err);
        assertTrue(err.contains("classpath resource " + PLATFORM.resourcePath() + ": not found (add dependency "
                + PLATFORM.nativesCoordinates(NativeLoader.loaderVersion()) + ", or io.github.spice4j:spice4j-platform)"),
                err);
        assertTrue(err.contains("build directory: no native-src/target/lib/" + PLATFORM.libraryFileName()
                + " under " + cwd), err);
        assertTrue(!r.stdout().contains("LOADED"), r.toString());
    }

    @Test
    void missingPropertyFileFailsWithItsPath() throws Exception {
        Path missing = tmp.resolve("does-not-exist").resolve(PLATFORM.libraryFileName());
        Result r = ForkedJvm.run(ForkedJvm.classpathWithNatives(), REPO_ROOT, tmp.resolve("out"),
                cacheProp(tmp.resolve("cache")), "spice4j.native.path=" + missing);
        assertNotEquals(0, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains(missing.toString()), r.stderr());
        assertTrue(r.stderr().contains("does not exist"), r.stderr());
        assertEquals(null, r.value("SOURCE"), "must not fall through to another tier");
    }

    @Test
    void twoJvmsExtractConcurrently() throws Exception {
        assumeNativesJar();
        Path cache = tmp.resolve("cache");
        List<String> cp = ForkedJvm.classpathWithNatives();
        ForkedJvm.Started p1 = ForkedJvm.start(cp, emptyDir("cwd1"), tmp.resolve("out1"), cacheProp(cache));
        ForkedJvm.Started p2 = ForkedJvm.start(cp, emptyDir("cwd2"), tmp.resolve("out2"), cacheProp(cache));
        Result r1 = p1.finish();
        Result r2 = p2.finish();
        assertLoaded(r1, "CLASSIFIER_JAR");
        assertLoaded(r2, "CLASSIFIER_JAR");
        assertEquals(r1.value("PATH"), r2.value("PATH"));
        Path lib = Path.of(r1.value("PATH"));
        try (Stream<Path> files = Files.list(lib.getParent())) {
            assertEquals(List.of(lib), files.toList(), "exactly one file, no temp leftovers");
        }
        assertEquals(expectedSha256(), sha256(lib));
    }

    private static String expectedSha256() throws Exception {
        try (InputStream in = LoaderTiersIT.class.getClassLoader()
                .getResourceAsStream(PLATFORM.resourcePath() + ".sha256")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim().split("\\s+")[0];
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
