package io.github.spice4j.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.loader.NativeLibraryLocation.Source;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tiers 1 and 3, precedence, and the all-tiers-failed message. */
class NativeLoaderTest {

    private static final Platform LINUX = Platform.LINUX_X86_64;
    private static final ClassLoader EMPTY = new URLClassLoader(new URL[0], null);

    @TempDir
    Path tmp;

    private final Map<String, String> props = new HashMap<>();

    private NativeLibraryLocation locate(ClassLoader cl, Path cwd) {
        return NativeLoader.locate(LINUX, cl, cwd, props::get);
    }

    @Test
    void propertyTierChoosesExistingFile() throws Exception {
        Path lib = Files.writeString(tmp.resolve("custom.so"), FakeLibrary.current());
        props.put(NativeLoader.NATIVE_PATH_PROPERTY, lib.toString());
        NativeLibraryLocation loc = locate(EMPTY, tmp);
        assertEquals(Source.SYSTEM_PROPERTY, loc.source());
        assertEquals(lib.toAbsolutePath(), loc.path());
    }

    @Test
    void propertyTierFailsFastOnMissingFile() throws Exception {
        // A build directory that would otherwise match must not be used.
        Path buildLib = tmp.resolve("native-src/target/lib/libspice4j.so");
        Files.createDirectories(buildLib.getParent());
        Files.writeString(buildLib, FakeLibrary.current());
        Path missing = tmp.resolve("nope/libspice4j.so");
        props.put(NativeLoader.NATIVE_PATH_PROPERTY, missing.toString());
        NativeLoadException e = assertThrows(NativeLoadException.class, () -> locate(EMPTY, tmp));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void propertyTierRejectsDirectory() {
        props.put(NativeLoader.NATIVE_PATH_PROPERTY, tmp.toString());
        NativeLoadException e = assertThrows(NativeLoadException.class, () -> locate(EMPTY, tmp));
        assertTrue(e.getMessage().contains("is not a regular file"), e.getMessage());
    }

    @Test
    void buildDirectoryFoundFromNestedWorkingDirectory() throws Exception {
        Path lib = tmp.resolve("native-src/target/lib/libspice4j.so");
        Files.createDirectories(lib.getParent());
        Files.writeString(lib, FakeLibrary.current());
        Path cwd = Files.createDirectories(tmp.resolve("core/src/test"));
        NativeLibraryLocation loc = locate(EMPTY, cwd);
        assertEquals(Source.BUILD_DIRECTORY, loc.source());
        assertEquals(lib, loc.path());
    }

    @Test
    void buildDirProperty() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("out"));
        Path lib = Files.writeString(dir.resolve("libspice4j.so"), FakeLibrary.current());
        props.put(NativeLoader.BUILD_DIR_PROPERTY, dir.toString());
        Path cwd = Files.createDirectories(tmp.resolve("elsewhere"));
        NativeLibraryLocation loc = locate(EMPTY, cwd);
        assertEquals(Source.BUILD_DIRECTORY, loc.source());
        assertEquals(lib, loc.path());
    }

    @Test
    void failureMessageListsEveryTier() throws Exception {
        Path cwd = Files.createDirectories(tmp.resolve("a/b"));
        NativeLoadException e = assertThrows(NativeLoadException.class, () -> locate(EMPTY, cwd));
        String m = e.getMessage();
        assertTrue(m.contains("platform linux-x86_64"), m);
        assertTrue(m.contains("system property spice4j.native.path: not set"), m);
        assertTrue(m.contains("classpath resource io/github/spice4j/natives/linux-x86_64/libspice4j.so: "
                + "not found (add dependency io.github.spice4j:spice4j-natives:" + NativeLoader.loaderVersion()
                + ":linux-x86_64, or io.github.spice4j:spice4j-platform)"), m);
        assertTrue(m.contains("build directory: no native-src/target/lib/libspice4j.so under "
                + cwd + ", " + cwd.getParent() + ", " + tmp), m);
        assertTrue(m.contains(", " + cwd.getRoot()), m);
        assertTrue(m.contains("mvn -pl native-src install"), m);
    }

    @Test
    void failureMessageMentionsBuildDirProperty() {
        props.put(NativeLoader.BUILD_DIR_PROPERTY, tmp.resolve("x").toString());
        NativeLoadException e = assertThrows(NativeLoadException.class, () -> locate(EMPTY, tmp));
        assertTrue(e.getMessage().contains("system property spice4j.build.dir=" + tmp.resolve("x")), e.getMessage());
    }

    @Test
    void darwinNamesDylib() {
        NativeLoadException e = assertThrows(NativeLoadException.class,
                () -> NativeLoader.locate(Platform.DARWIN_AARCH64, EMPTY, tmp, props::get));
        assertTrue(e.getMessage().contains("io/github/spice4j/natives/darwin-aarch64/libspice4j.dylib"), e.getMessage());
        assertTrue(e.getMessage().contains("io.github.spice4j:spice4j-natives:" + NativeLoader.loaderVersion()
                + ":darwin-aarch64"), e.getMessage());
    }

    @Test
    void explicitPathSkipsPlatformDetection() throws Exception {
        Path lib = Files.writeString(tmp.resolve("custom.so"), FakeLibrary.current());
        String oldPlatform = System.getProperty(Platform.OVERRIDE_PROPERTY);
        String oldPath = System.getProperty(NativeLoader.NATIVE_PATH_PROPERTY);
        try {
            System.setProperty(Platform.OVERRIDE_PROPERTY, "solaris-sparc");
            System.setProperty(NativeLoader.NATIVE_PATH_PROPERTY, lib.toString());
            assertEquals(Source.SYSTEM_PROPERTY, NativeLoader.locate().source());
            System.clearProperty(NativeLoader.NATIVE_PATH_PROPERTY);
            NativeLoadException e = assertThrows(NativeLoadException.class, NativeLoader::locate);
            assertTrue(e.getMessage().contains("solaris-sparc"), e.getMessage());
        } finally {
            restore(Platform.OVERRIDE_PROPERTY, oldPlatform);
            restore(NativeLoader.NATIVE_PATH_PROPERTY, oldPath);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
