package io.github.spice4j.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlatformTest {

    @ParameterizedTest
    @CsvSource({
        "Linux, amd64, linux-x86_64",
        "Linux, x86_64, linux-x86_64",
        "Mac OS X, aarch64, darwin-aarch64",
        "Mac OS X, arm64, darwin-aarch64",
        "Mac OS X, x86_64, darwin-x86_64",
        "Darwin, amd64, darwin-x86_64",
        "Linux, aarch64, linux-aarch64",
        "Linux, arm64, linux-aarch64",
        "Windows 10, amd64, windows-x86_64",
        "Windows 11, x86_64, windows-x86_64",
        "Windows Server 2022, amd64, windows-x86_64",
    })
    void mapsSupportedOsAndArch(String os, String arch, String expectedId) {
        assertEquals(expectedId, Platform.detect(os, arch, false).id());
    }

    @Test
    void refusesMuslLinux() {
        NativeLoadException e = assertThrows(NativeLoadException.class,
                () -> Platform.detect("Linux", "amd64", true));
        assertTrue(e.getMessage().contains("musl libc detected (Alpine?)"), e.getMessage());
        assertTrue(e.getMessage().contains("use a glibc-based image"), e.getMessage());
    }

    @Test
    void refusesMuslOnArmLinuxToo() {
        assertThrows(NativeLoadException.class, () -> Platform.detect("Linux", "aarch64", true));
    }

    @Test
    void muslFlagIgnoredOffLinux() {
        assertEquals(Platform.DARWIN_AARCH64, Platform.detect("Mac OS X", "aarch64", true));
    }

    @ParameterizedTest
    @CsvSource({"Windows 11, aarch64", "Windows 10, x86", "Linux, arm", "Linux, x86", "FreeBSD, amd64", "Mac OS X, ppc"})
    void refusesUnsupportedPlatforms(String os, String arch) {
        NativeLoadException e = assertThrows(NativeLoadException.class, () -> Platform.detect(os, arch, false));
        assertEquals("spice4j supports linux-x86_64 and linux-aarch64 (glibc), darwin-aarch64, darwin-x86_64, "
                + "windows-x86_64; "
                + "this JVM reports os.name=" + os + ", os.arch=" + arch, e.getMessage());
    }

    @Test
    void detectsMuslLoaderInLibDir(@TempDir Path tmp) throws Exception {
        Path lib = Files.createDirectory(tmp.resolve("lib"));
        Path maps = Files.writeString(tmp.resolve("maps"), "7f00 r-xp /usr/lib/x86_64-linux-gnu/libc.so.6\n");
        assertFalse(Platform.muslDetected(lib, maps));
        Files.createFile(lib.resolve("ld-musl-x86_64.so.1"));
        assertTrue(Platform.muslDetected(lib, maps));
    }

    @Test
    void detectsMuslFromMemoryMap(@TempDir Path tmp) throws Exception {
        Path maps = Files.writeString(tmp.resolve("maps"), "7f00 r-xp /lib/libc.musl-x86_64.so.1\n");
        assertTrue(Platform.muslDetected(tmp.resolve("missing"), maps));
        assertFalse(Platform.muslDetected(tmp.resolve("missing"), tmp.resolve("no-maps")));
    }

    @Test
    void overridePropertyWins() {
        String old = System.getProperty(Platform.OVERRIDE_PROPERTY);
        try {
            System.setProperty(Platform.OVERRIDE_PROPERTY, "darwin-x86_64");
            assertEquals(Platform.DARWIN_X86_64, Platform.current());
            System.setProperty(Platform.OVERRIDE_PROPERTY, "windows-aarch64");
            NativeLoadException e = assertThrows(NativeLoadException.class, Platform::current);
            assertTrue(e.getMessage().contains("windows-aarch64"), e.getMessage());
        } finally {
            if (old == null) {
                System.clearProperty(Platform.OVERRIDE_PROPERTY);
            } else {
                System.setProperty(Platform.OVERRIDE_PROPERTY, old);
            }
        }
    }

    @Test
    void namesResourcesAndArtifacts() {
        assertEquals("io/github/spice4j/natives/linux-x86_64/libspice4j.so", Platform.LINUX_X86_64.resourcePath());
        assertEquals("io/github/spice4j/natives/darwin-aarch64/libspice4j.dylib", Platform.DARWIN_AARCH64.resourcePath());
        assertEquals("io.github.spice4j:spice4j-natives:1.2.3:darwin-x86_64", Platform.DARWIN_X86_64.nativesCoordinates("1.2.3"));
        assertEquals(Platform.DARWIN_AARCH64, Platform.fromId("darwin-aarch64"));
        assertEquals("io/github/spice4j/natives/windows-x86_64/spice4j.dll", Platform.WINDOWS_X86_64.resourcePath());
        assertEquals("io/github/spice4j/natives/linux-aarch64/libspice4j.so", Platform.LINUX_AARCH64.resourcePath());
        assertEquals("io.github.spice4j:spice4j-natives:1.2.3:windows-x86_64", Platform.WINDOWS_X86_64.nativesCoordinates("1.2.3"));
        assertEquals(Platform.LINUX_AARCH64, Platform.fromId("linux-aarch64"));
    }

    @Test
    void windowsCachesUnderLocalAppData(@TempDir Path tmp) {
        Path local = tmp.resolve("Users").resolve("ada").resolve("AppData").resolve("Local");
        Map<String, String> env = Map.of("LOCALAPPDATA", local.toString());
        Map<String, String> props = Map.of("user.home", tmp.resolve("home").toString());
        assertEquals(local.resolve("spice4j").resolve("cache"),
                Platform.WINDOWS_X86_64.defaultCacheRoot(props::get, env::get));
        // Without LOCALAPPDATA (services, stripped environments): the same place under the profile.
        assertEquals(tmp.resolve("home").resolve("AppData").resolve("Local").resolve("spice4j").resolve("cache"),
                Platform.WINDOWS_X86_64.defaultCacheRoot(props::get, k -> null));
    }

    @Test
    void unixPlatformsCacheUnderDotCache(@TempDir Path tmp) {
        Map<String, String> props = Map.of("user.home", tmp.toString());
        Map<String, String> env = Map.of("LOCALAPPDATA", "ignored");
        for (Platform p : new Platform[] {Platform.LINUX_X86_64, Platform.LINUX_AARCH64, Platform.DARWIN_AARCH64}) {
            assertEquals(tmp.resolve(".cache").resolve("spice4j"), p.defaultCacheRoot(props::get, env::get), p.id());
        }
    }
}
