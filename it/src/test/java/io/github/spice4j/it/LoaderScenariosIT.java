package io.github.spice4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.it.ForkedJvm.Result;
import io.github.spice4j.loader.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the loader behaves for a consumer when things are not ideal: an unusable cache directory, a
 * {@code spice4j.native.path} naming a file that is not (this version of) the library, and two class
 * loaders in one JVM. Each scenario is a fresh JVM with the consumer class path of {@link ConsumerIT}.
 */
class LoaderScenariosIT {

    /** The identity prefix compiled into the library (see LibraryIdentity). */
    private static final String IDENTITY_PREFIX = "spice4j-build-info:version=";

    @TempDir
    Path tmp;

    private ForkedJvm.Fork consumer(Class<?> main, ProbeScript script) throws IOException {
        Path cwd = Files.createDirectories(tmp.resolve("cwd"));
        ConsumerIT.assertNoBuildTreeAbove(cwd);
        return ForkedJvm.of(main).classpath(ConsumerClasspath.withProbes(tmp.resolve("lib"))).cwd(cwd)
                .args(script.write(tmp.resolve("script.tsv")).toString(), Goldens.kernelsDir().toString());
    }

    /**
     * A cache directory that cannot be created (its parent is a regular file; chmod would not stop
     * root) must not stop the application: the library goes to a private temp file.
     */
    @Test
    void unwritableCacheFallsBackToPrivateTempFile() throws Exception {
        Path blocker = Files.writeString(tmp.resolve("not-a-directory"), "a file where the cache should be");
        Path cache = blocker.resolve("cache");
        ProbeScript script = ProbeScript.moonWrtEarth();
        Path out = tmp.resolve("out");
        Result r = consumer(ConsumerProbe.class, script).sysProp("spice4j.cache.dir", cache).run(out);

        assertEquals(0, r.exitCode(), r.toString());
        script.assertOutput(r.stdout().lines().toList(), r.toString());
        assertEquals("CLASSIFIER_JAR", r.value("LIBRARY_SOURCE"), r.toString());
        String detail = r.value("LIBRARY_DETAIL");
        assertTrue(detail.contains("private temp file") && detail.contains("not writable"), r.toString());
        // ForkedJvm points java.io.tmpdir into the output directory.
        assertTrue(Path.of(r.value("LIBRARY_PATH")).startsWith(out.resolve("tmp")), r.toString());
        // exists() rather than notExists(): below a regular file, existence cannot even be queried.
        assertTrue(Files.isRegularFile(blocker) && !Files.exists(cache), "nothing written at the cache path");
    }

    /** A text file named like the library: refused by the loader, with no fallback to the natives jar. */
    @Test
    void nativePathAtTextFileIsRefused() throws Exception {
        Path bad = Files.writeString(Files.createDirectories(tmp.resolve("bad"))
                .resolve(Platform.current().libraryFileName()), "this is not a shared library\n");
        Result r = runWithNativePath(bad);
        assertRefused(r, bad, "is not a spice4j native library: it carries no spice4j build identity");
    }

    /** The first part of the real library (an ELF header, no build identity): refused the same way. */
    @Test
    void nativePathAtTruncatedLibraryIsRefused() throws Exception {
        byte[] lib = realLibrary();
        int identityAt = indexOf(lib, IDENTITY_PREFIX.getBytes(StandardCharsets.US_ASCII));
        assertTrue(identityAt > 0, "the shipped library carries its build identity");
        Path bad = Files.createDirectories(tmp.resolve("bad")).resolve(Platform.current().libraryFileName());
        Files.write(bad, Arrays.copyOf(lib, identityAt / 2));
        Result r = runWithNativePath(bad);
        assertRefused(r, bad, "is not a spice4j native library: it carries no spice4j build identity");
    }

    /**
     * A real library whose build identity names another version of the same length: refused with
     * "version mismatch" naming both versions and the file, from {@code locate()}, before any
     * {@code System.load}.
     */
    @Test
    void nativePathAtOtherVersionIsRefusedBeforeLoading() throws Exception {
        byte[] lib = realLibrary();
        String version = ConsumerIT.projectVersion();
        String other = otherVersion(version);
        byte[] from = (IDENTITY_PREFIX + version + ";").getBytes(StandardCharsets.US_ASCII);
        byte[] to = (IDENTITY_PREFIX + other + ";").getBytes(StandardCharsets.US_ASCII);
        int patched = 0;
        for (int at = indexOf(lib, from); at >= 0; at = indexOf(lib, from)) {
            System.arraycopy(to, 0, lib, at, to.length);
            patched++;
        }
        assertTrue(patched > 0, "identity '" + IDENTITY_PREFIX + version + ";' not found in the library");
        Path bad = Files.createDirectories(tmp.resolve("other")).resolve(Platform.current().libraryFileName());
        Files.write(bad, lib);

        Result r = runWithNativePath(bad);
        assertRefused(r, bad, "version mismatch");
        String err = r.stderr();
        assertTrue(err.contains("is spice4j " + other + " but the Java side (spice4j-loader) is " + version), err);
        // Thrown by locate()'s identity check; load() (and so System.load) was never reached.
        assertTrue(err.contains("NativeLoader.checkIdentity") && err.contains("NativeLoader.locate"), err);
        assertFalse(err.contains("NativeLoader.load(") || err.contains("UnsatisfiedLinkError"), err);
    }

    /**
     * Two URLClassLoaders over the same jars in one JVM both get a working engine: the second, refused
     * the file the first bound, loads a private copy, and both compute the same states.
     */
    @Test
    void twoClassLoadersInOneJvm() throws Exception {
        ProbeScript script = ProbeScript.moonWrtEarth();
        Path out = tmp.resolve("out");
        Result r = consumer(TwoClassLoadersProbe.class, script).sysProp("spice4j.cache.dir", tmp.resolve("cache"))
                .run(out);
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.stdout().contains("ENV_CHECKED") && !r.stdout().contains("ENV_PROBLEM"), r.toString());

        List<String> l1 = linesOf(r, "L1");
        List<String> l2 = linesOf(r, "L2");
        script.assertOutput(l1, r.toString());
        script.assertOutput(l2, r.toString());
        assertEquals(l1.stream().filter(l -> l.startsWith("STATE")).toList(),
                l2.stream().filter(l -> l.startsWith("STATE")).toList(), "both loaders compute identical states");

        String cached = value(l1, "LIBRARY_PATH");
        assertEquals("CLASSIFIER_JAR", value(l1, "LIBRARY_SOURCE"), r.toString());
        assertEquals(cached, value(l2, "LIBRARY_PATH"), "both loaders locate the same cache file");
        assertEquals(1, count(r.stderr(), "is already loaded by another class loader; loading a private copy"),
                r.toString());

        // The dynamic linker really mapped two files: the cache file and the second loader's copy.
        List<String> mapped = r.records("MAPPED").stream().map(f -> f[1]).toList();
        assertEquals(2, mapped.size(), r.toString());
        assertTrue(mapped.contains(cached), r.toString());
        Path copy = Path.of(mapped.stream().filter(m -> !m.equals(cached)).findFirst().orElseThrow());
        assertTrue(copy.startsWith(out.resolve("tmp")), "private copy in the fork's tmpdir: " + r);
    }

    private Result runWithNativePath(Path lib) throws Exception {
        return consumer(ConsumerProbe.class, ProbeScript.moonWrtEarth())
                .sysProp("spice4j.cache.dir", tmp.resolve("cache")).sysProp("spice4j.native.path", lib)
                .run(tmp.resolve("out"));
    }

    /** Non-zero exit, the loader's message naming the file, and no other tier tried. */
    private void assertRefused(Result r, Path lib, String message) {
        assertNotEquals(0, r.exitCode(), r.toString());
        String err = r.stderr();
        assertTrue(err.contains("NativeLoadException") && err.contains(message), r.toString());
        assertTrue(err.contains(lib.toString()) && err.contains("SYSTEM_PROPERTY"), r.toString());
        assertNull(r.value("LIBRARY_SOURCE"), r.toString());
        assertFalse(err.contains("spice4j: using native library"), "no fallthrough to another tier: " + r);
        assertTrue(Files.notExists(tmp.resolve("cache")), "the natives jar was not extracted: " + r);
    }

    /** The library this platform's natives jar ships. */
    private static byte[] realLibrary() throws IOException {
        String res = Platform.current().resourcePath();
        try (InputStream in = LoaderScenariosIT.class.getClassLoader().getResourceAsStream(res)) {
            assertTrue(in != null, "no " + res + " on the test class path");
            return in.readAllBytes();
        }
    }

    /** The same string with every digit shifted, e.g. 0.1.0-SNAPSHOT becomes 1.2.1-SNAPSHOT. */
    static String otherVersion(String version) {
        StringBuilder b = new StringBuilder();
        for (char c : version.toCharArray()) {
            b.append(Character.isDigit(c) ? (char) ('0' + (c - '0' + 1) % 10) : c);
        }
        assertNotEquals(version, b.toString(), "version has no digits: " + version);
        return b.toString();
    }

    private static List<String> linesOf(Result r, String prefix) {
        return r.stdout().lines().filter(l -> l.startsWith(prefix + "\t"))
                .map(l -> l.substring(prefix.length() + 1)).toList();
    }

    private static String value(List<String> lines, String key) {
        return lines.stream().filter(l -> l.startsWith(key + "=")).map(l -> l.substring(key.length() + 1))
                .findFirst().orElse(null);
    }

    private static int count(String hay, String needle) {
        int n = 0;
        for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
