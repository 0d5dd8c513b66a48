package io.github.spice4j.loader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * The platforms spice4j ships a native library for, and detection of the current one.
 *
 * <p>Each constant knows its id (as used in artifact names and resource paths) and the
 * file name of the library on that OS.
 */
public enum Platform {

    /** Linux with glibc on x86-64. */
    LINUX_X86_64("linux-x86_64", "libspice4j.so"),
    /** Linux with glibc on 64-bit ARM (Graviton, Ampere, Raspberry Pi OS 64-bit, Linux VMs on Apple silicon). */
    LINUX_AARCH64("linux-aarch64", "libspice4j.so"),
    /** macOS on Apple silicon. */
    DARWIN_AARCH64("darwin-aarch64", "libspice4j.dylib"),
    /** macOS on Intel. */
    DARWIN_X86_64("darwin-x86_64", "libspice4j.dylib"),
    /** Windows on x86-64. */
    WINDOWS_X86_64("windows-x86_64", "spice4j.dll");

    /** System property that forces a platform id, bypassing detection (meant for tests). */
    public static final String OVERRIDE_PROPERTY = "spice4j.platform.override";

    private static final String SUPPORTED =
            "spice4j supports linux-x86_64 and linux-aarch64 (glibc), darwin-aarch64, darwin-x86_64, windows-x86_64";

    private final String id;
    private final String libraryFileName;

    Platform(String id, String libraryFileName) {
        this.id = id;
        this.libraryFileName = libraryFileName;
    }

    /**
     * Returns the platform id, e.g. {@code linux-x86_64}.
     *
     * @return the id used in artifact ids and resource paths
     */
    public String id() {
        return id;
    }

    /**
     * Returns the library file name on this platform.
     *
     * @return {@code libspice4j.so} on Linux, {@code libspice4j.dylib} on macOS, {@code spice4j.dll} on Windows
     */
    public String libraryFileName() {
        return libraryFileName;
    }

    /**
     * Returns the class-path resource of the library inside the natives jar.
     *
     * @return e.g. {@code io/github/spice4j/natives/linux-x86_64/libspice4j.so}
     */
    public String resourcePath() {
        return "io/github/spice4j/natives/" + id + "/" + libraryFileName;
    }

    /**
     * Returns the Maven coordinates of the jar that carries this platform's library: artifact
     * {@code spice4j-natives} with this platform's id as classifier.
     *
     * @param version the spice4j version, e.g. {@code 0.1.0}
     * @return e.g. {@code io.github.spice4j:spice4j-natives:0.1.0:linux-x86_64} (Gradle notation)
     */
    public String nativesCoordinates(String version) {
        return "io.github.spice4j:spice4j-natives:" + version + ":" + id;
    }

    @Override
    public String toString() {
        return id;
    }

    /**
     * Returns the default root of the extraction cache on this platform: {@code %LOCALAPPDATA%\spice4j\cache}
     * on Windows (falling back to {@code <user.home>\AppData\Local\spice4j\cache}), where per-user
     * caches live there and roaming profiles do not copy them; {@code <user.home>/.cache/spice4j} elsewhere.
     *
     * @param properties  system properties ({@code user.home}); returns {@code null} for unset keys
     * @param environment environment variables ({@code LOCALAPPDATA}); returns {@code null} for unset keys
     * @return an absolute directory, not necessarily existing
     */
    public Path defaultCacheRoot(Function<String, String> properties, Function<String, String> environment) {
        String home = properties.apply("user.home");
        Path base = Path.of(home == null || home.isBlank() ? "." : home);
        if (this == WINDOWS_X86_64) {
            String local = environment.apply("LOCALAPPDATA");
            Path root = local == null || local.isBlank() ? base.resolve("AppData").resolve("Local") : Path.of(local);
            return root.resolve("spice4j").resolve("cache").toAbsolutePath();
        }
        return base.resolve(".cache").resolve("spice4j").toAbsolutePath();
    }

    /**
     * Looks a platform up by its id.
     *
     * @param id a platform id such as {@code darwin-aarch64}
     * @return the matching platform
     * @throws NativeLoadException if no platform has that id
     */
    public static Platform fromId(String id) {
        for (Platform p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        throw new NativeLoadException("unknown spice4j platform id '" + id + "'; " + SUPPORTED);
    }

    /**
     * Detects the platform of the running JVM from {@code os.name} and {@code os.arch}.
     * If the system property {@value #OVERRIDE_PROPERTY} is set, its value is used instead.
     *
     * @return the current platform
     * @throws NativeLoadException if the OS/architecture is unsupported, if the Linux C
     *                             library is musl (e.g. Alpine), or if the override names no platform
     */
    public static Platform current() {
        String override = System.getProperty(OVERRIDE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return fromId(override.trim());
        }
        String osName = System.getProperty("os.name", "");
        boolean linux = osName.toLowerCase(Locale.ROOT).startsWith("linux");
        return detect(osName, System.getProperty("os.arch", ""),
                linux && muslDetected(Path.of("/lib"), Path.of("/proc/self/maps")));
    }

    /**
     * Maps OS name and architecture to a platform; the testable core of {@link #current()}.
     *
     * @param osName the value of {@code os.name}
     * @param osArch the value of {@code os.arch}
     * @param musl   whether the C library was found to be musl (only consulted on Linux)
     * @return the matching platform
     * @throws NativeLoadException if the combination is unsupported or {@code musl} is true on Linux
     */
    public static Platform detect(String osName, String osArch, boolean musl) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        String arch = normalizeArch(osArch);
        if (os.startsWith("linux")) {
            if (musl) {
                throw new NativeLoadException("musl libc detected (Alpine?): spice4j ships a "
                        + "glibc build only; use a glibc-based image (e.g. Debian or Ubuntu). "
                        + "os.name=" + osName + ", os.arch=" + osArch);
            }
            if ("x86_64".equals(arch)) {
                return LINUX_X86_64;
            }
            if ("aarch64".equals(arch)) {
                return LINUX_AARCH64;
            }
        } else if (os.startsWith("windows")) {
            if ("x86_64".equals(arch)) {
                return WINDOWS_X86_64;
            }
        } else if (os.startsWith("mac") || os.startsWith("darwin")) {
            if ("aarch64".equals(arch)) {
                return DARWIN_AARCH64;
            }
            if ("x86_64".equals(arch)) {
                return DARWIN_X86_64;
            }
        }
        throw new NativeLoadException(SUPPORTED + "; this JVM reports os.name=" + osName
                + ", os.arch=" + osArch);
    }

    private static String normalizeArch(String osArch) {
        String a = osArch == null ? "" : osArch.toLowerCase(Locale.ROOT).trim();
        switch (a) {
            case "amd64":
            case "x86_64":
            case "x86-64":
            case "x64":
                return "x86_64";
            case "aarch64":
            case "arm64":
                return "aarch64";
            default:
                return a;
        }
    }

    /**
     * Tells whether the process runs on musl libc: a {@code ld-musl-*.so.1} loader exists in
     * {@code libDir}, or the memory map mentions musl.
     *
     * @param libDir   directory holding the dynamic loader, normally {@code /lib}
     * @param procMaps the process memory map, normally {@code /proc/self/maps}
     * @return {@code true} if musl was seen; {@code false} otherwise, including when neither can be read
     */
    static boolean muslDetected(Path libDir, Path procMaps) {
        if (Files.isDirectory(libDir)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(libDir, "ld-musl-*.so.1")) {
                if (ds.iterator().hasNext()) {
                    return true;
                }
            } catch (IOException | RuntimeException ignored) {
                // fall through to the maps check
            }
        }
        try {
            if (Files.isReadable(procMaps)) {
                return Files.readString(procMaps, StandardCharsets.ISO_8859_1).contains("musl");
            }
        } catch (IOException | RuntimeException ignored) {
            // unreadable: assume glibc
        }
        return false;
    }
}
