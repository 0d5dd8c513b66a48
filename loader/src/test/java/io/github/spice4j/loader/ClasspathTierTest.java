package io.github.spice4j.loader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.loader.NativeLibraryLocation.Source;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tier 2: extraction of a natives-jar resource into the content-addressed cache. */
class ClasspathTierTest {

    private static final Platform LINUX = Platform.LINUX_X86_64;

    @TempDir
    Path tmp;

    private byte[] library;
    private String sha;
    private Path jarRoot;
    private ClassLoader jar;
    private final Map<String, String> props = new HashMap<>();

    @BeforeEach
    void fakeNativesJar() throws Exception {
        library = new byte[300_000];
        new Random(42).nextBytes(library);
        byte[] id = FakeLibrary.current().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        System.arraycopy(id, 0, library, 1000, id.length);
        jarRoot = tmp.resolve("jar");
        Path lib = jarRoot.resolve(LINUX.resourcePath());
        Files.createDirectories(lib.getParent());
        Files.write(lib, library);
        sha = NativeCache.sha256Of(lib);
        Files.writeString(jarRoot.resolve(LINUX.resourcePath() + ".sha256"), sha + "\n");
        jar = new URLClassLoader(new URL[] {jarRoot.toUri().toURL()}, null);
        props.put(NativeLoader.CACHE_DIR_PROPERTY, tmp.resolve("cache").toString());
    }

    private NativeLibraryLocation locate() throws Exception {
        return NativeLoader.locate(LINUX, jar, Files.createDirectories(tmp.resolve("cwd")), props::get);
    }

    private Path expectedCacheFile() {
        return tmp.resolve("cache").resolve(NativeLoader.loaderVersion()).resolve(sha).resolve("libspice4j.so");
    }

    @Test
    void extractsIntoVersionedContentAddressedCache() throws Exception {
        NativeLibraryLocation loc = locate();
        assertEquals(Source.CLASSIFIER_JAR, loc.source());
        assertEquals(expectedCacheFile().toAbsolutePath(), loc.path());
        assertArrayEquals(library, Files.readAllBytes(loc.path()));
        assertTrue(loc.detail().contains("extracted to cache"), loc.detail());
        assertEquals("reused verified cache file", NativeCache.extract(
                jarRoot.resolve(LINUX.resourcePath()).toUri().toURL(), sha, tmp.resolve("cache"),
                NativeLoader.loaderVersion(), "libspice4j.so").note());
    }

    @Test
    void windowsAndArmLinuxJarsExtractUnderTheirOwnLibraryNames() throws Exception {
        for (Platform p : new Platform[] {Platform.WINDOWS_X86_64, Platform.LINUX_AARCH64}) {
            Path lib = jarRoot.resolve(p.resourcePath());
            Files.createDirectories(lib.getParent());
            Files.write(lib, library);
            Files.writeString(jarRoot.resolve(p.resourcePath() + ".sha256"), sha + "\n");
            NativeLibraryLocation loc = NativeLoader.locate(p, jar, Files.createDirectories(tmp.resolve("cwd")), props::get);
            assertEquals(Source.CLASSIFIER_JAR, loc.source());
            assertEquals(p.libraryFileName(), loc.path().getFileName().toString());
            assertArrayEquals(library, Files.readAllBytes(loc.path()));
        }
        assertEquals("spice4j.dll", Platform.WINDOWS_X86_64.libraryFileName());
    }

    @Test
    void classpathTierBeatsBuildDirectory() throws Exception {
        Path buildLib = tmp.resolve("cwd/native-src/target/lib/libspice4j.so");
        Files.createDirectories(buildLib.getParent());
        Files.writeString(buildLib, FakeLibrary.current());
        assertEquals(Source.CLASSIFIER_JAR, locate().source());
    }

    @Test
    void concurrentExtractionsYieldOneVerifiedFile() throws Exception {
        int threads = 2;
        for (int round = 0; round < 5; round++) {
            props.put(NativeLoader.CACHE_DIR_PROPERTY, tmp.resolve("cache-" + round).toString());
            CyclicBarrier start = new CyclicBarrier(threads);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<NativeLibraryLocation>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return locate();
                    }));
                }
                Path first = results.get(0).get().path();
                for (Future<NativeLibraryLocation> f : results) {
                    assertEquals(first, f.get().path());
                }
                assertEquals(sha, NativeCache.sha256Of(first));
                try (Stream<Path> files = Files.list(first.getParent())) {
                    assertEquals(List.of(first), files.toList(), "no temp files left behind");
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void corruptedCacheFileIsReplaced() throws Exception {
        Path cached = expectedCacheFile();
        Files.createDirectories(cached.getParent());
        Files.writeString(cached, "truncated garbage");
        NativeLibraryLocation loc = locate();
        assertEquals(cached.toAbsolutePath(), loc.path());
        assertArrayEquals(library, Files.readAllBytes(cached));
    }

    @Test
    void unwritableCacheFallsBackToPrivateTempFile() throws Exception {
        // A regular file where a directory is needed: fails even for root, unlike chmod.
        Path blocker = Files.writeString(tmp.resolve("blocker"), "");
        props.put(NativeLoader.CACHE_DIR_PROPERTY, blocker.resolve("cache").toString());
        NativeLibraryLocation loc = locate();
        assertEquals(Source.CLASSIFIER_JAR, loc.source());
        assertFalse(loc.path().startsWith(blocker), loc.path().toString());
        assertTrue(loc.detail().contains("private temp file"), loc.detail());
        assertArrayEquals(library, Files.readAllBytes(loc.path()));
        Files.delete(loc.path());
    }

    @Test
    void hashMismatchInJarIsAnError() throws Exception {
        Files.writeString(jarRoot.resolve(LINUX.resourcePath() + ".sha256"), "0".repeat(64));
        NativeLoadException e = assertThrows(NativeLoadException.class, this::locate);
        assertTrue(e.getMessage().contains("SHA-256 mismatch"), e.getMessage());
    }

    @Test
    void missingChecksumResourceIsAnError() throws Exception {
        Files.delete(jarRoot.resolve(LINUX.resourcePath() + ".sha256"));
        NativeLoadException e = assertThrows(NativeLoadException.class, this::locate);
        assertTrue(e.getMessage().contains(".sha256 is missing"), e.getMessage());
    }

    @Test
    void defaultCacheRootIsUnderUserHome() throws Exception {
        props.remove(NativeLoader.CACHE_DIR_PROPERTY);
        props.put("user.home", tmp.resolve("home").toString());
        Path p = locate().path();
        assertTrue(p.startsWith(tmp.resolve("home/.cache/spice4j")), p.toString());
    }
}
