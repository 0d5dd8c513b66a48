package io.github.spice4j.loader;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Locates the spice4j native library for the current platform. It does not load it: the
 * class that declares the {@code native} methods calls {@link System#load(String)} with the
 * returned path, so that JNI binds the library to that class's loader.
 *
 * <p>Search order (first hit wins; see the package documentation for details):
 * <ol>
 *   <li>system property {@value #NATIVE_PATH_PROPERTY} — if set it must name a readable file;</li>
 *   <li>the platform resource of a {@code spice4j-natives} jar (classifier {@code <platform>}) on the class path,
 *       extracted to the cache under {@value #CACHE_DIR_PROPERTY}
 *       (default {@code ${user.home}/.cache/spice4j}, on Windows {@code %LOCALAPPDATA%\spice4j\cache});</li>
 *   <li>a local source build: {@value #BUILD_DIR_PROPERTY} if set, then
 *       {@code native-src/target/lib/<libname>} under {@code user.dir} and each of its parents.</li>
 * </ol>
 */
public final class NativeLoader {

    /** System property naming the library file to use, bypassing every other tier. */
    public static final String NATIVE_PATH_PROPERTY = "spice4j.native.path";
    /** System property naming the extraction cache root. */
    public static final String CACHE_DIR_PROPERTY = "spice4j.cache.dir";
    /** System property naming a build output directory (or a checkout root) to search. */
    public static final String BUILD_DIR_PROPERTY = "spice4j.build.dir";

    private static final Logger LOG = LoggerFactory.getLogger(NativeLoader.class);
    private static final String BUILD_SUBDIR = "native-src/target/lib";

    private NativeLoader() {
    }

    /**
     * Locates the library for {@link Platform#current()}, using the system properties, this
     * class's class loader and the {@code user.dir} working directory. When
     * {@value #NATIVE_PATH_PROPERTY} is set, that file is used without detecting the platform,
     * so an explicitly supplied library works even where spice4j ships none.
     *
     * @return where the library is and which tier found it
     * @throws NativeLoadException if the platform is unsupported (and no explicit path is set),
     *                             if {@value #NATIVE_PATH_PROPERTY}
     *                             is set but unusable, if a natives jar is corrupt, or if no tier
     *                             finds the library (the message lists every tier tried)
     */
    public static NativeLibraryLocation locate() {
        // An explicit path needs no platform detection: it also serves platforms we do not ship.
        String explicit = System.getProperty(NATIVE_PATH_PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            return chosen(fromProperty(explicit, new ArrayList<>()));
        }
        ClassLoader cl = NativeLoader.class.getClassLoader();
        if (cl == null) {
            cl = ClassLoader.getSystemClassLoader();
        }
        return locate(Platform.current(), cl, Path.of(System.getProperty("user.dir", ".")),
                System::getProperty);
    }

    /**
     * Locates the library with every input given explicitly; {@link #locate()} delegates here.
     *
     * @param platform         the platform whose library to find
     * @param classLoader      where to look for the natives jar's resources
     * @param workingDirectory first directory searched for a local build (then its parents)
     * @param properties       source of configuration ({@value #NATIVE_PATH_PROPERTY},
     *                         {@value #CACHE_DIR_PROPERTY}, {@value #BUILD_DIR_PROPERTY},
     *                         {@code user.home}); returns {@code null} for unset keys
     * @return where the library is and which tier found it
     * @throws NativeLoadException if {@value #NATIVE_PATH_PROPERTY} is set but unusable, if the
     *                             natives jar is corrupt, or if no tier finds the library
     * @throws NullPointerException if any argument is {@code null}
     */
    public static NativeLibraryLocation locate(Platform platform, ClassLoader classLoader,
            Path workingDirectory, Function<String, String> properties) {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(classLoader, "classLoader");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(properties, "properties");
        List<String> tried = new ArrayList<>();

        NativeLibraryLocation hit = fromProperty(properties.apply(NATIVE_PATH_PROPERTY), tried);
        if (hit == null) {
            hit = fromClasspath(platform, classLoader, properties, tried);
        }
        if (hit == null) {
            hit = fromBuildDirectory(platform, workingDirectory, properties.apply(BUILD_DIR_PROPERTY), tried);
        }
        if (hit == null) {
            throw new NativeLoadException(failureMessage(platform, tried));
        }
        return chosen(hit);
    }

    private static NativeLibraryLocation chosen(NativeLibraryLocation hit) {
        LibraryIdentity id = checkIdentity(hit, loaderVersion());
        LOG.debug("spice4j: using native library {} ({}: {}); {}", hit.path(), hit.source(), hit.detail(), id);
        return hit;
    }

    /**
     * Refuses a library that is not a spice4j library or was built for another spice4j version: its
     * JNI entry points would not match this Java code. A {@code dev} loader (run unpackaged) accepts any
     * version.
     *
     * @param hit the located library
     * @param expectedVersion the Java side's version
     * @return the library's identity
     * @throws NativeLoadException if the file has no identity or another version
     */
    static LibraryIdentity checkIdentity(NativeLibraryLocation hit, String expectedVersion) {
        Optional<LibraryIdentity> id;
        try {
            id = LibraryIdentity.read(hit.path());
        } catch (IOException e) {
            throw new NativeLoadException("spice4j: cannot read native library " + hit.path() + " ("
                    + hit.source() + "): " + e, e);
        }
        if (id.isEmpty()) {
            throw new NativeLoadException("spice4j: " + hit.path() + " (" + hit.source() + ": " + hit.detail()
                    + ") is not a spice4j native library: it carries no spice4j build identity");
        }
        String v = id.get().version();
        if (!"dev".equals(expectedVersion) && !v.equals(expectedVersion)) {
            throw new NativeLoadException("spice4j: version mismatch: native library " + hit.path() + " ("
                    + hit.source() + ") is spice4j " + v + " but the Java side (spice4j-loader) is "
                    + expectedVersion + ". Use spice4j-natives of version " + expectedVersion
                    + " (or rebuild native-src), and clear stale files from " + CACHE_DIR_PROPERTY
                    + " if you copied libraries by hand.");
        }
        return id.get();
    }

    private static NativeLibraryLocation fromProperty(String value, List<String> tried) {
        if (value == null || value.isBlank()) {
            miss(tried, "system property " + NATIVE_PATH_PROPERTY + ": not set");
            return null;
        }
        Path p;
        try {
            p = Path.of(value.trim()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new NativeLoadException("system property " + NATIVE_PATH_PROPERTY + "=" + value
                    + " is not a valid path: " + e.getMessage(), e);
        }
        String problem = !Files.exists(p) ? "does not exist"
                : !Files.isRegularFile(p) ? "is not a regular file"
                : !Files.isReadable(p) ? "is not readable" : null;
        if (problem != null) {
            throw new NativeLoadException("system property " + NATIVE_PATH_PROPERTY + "=" + value
                    + ": " + p + " " + problem + " (unset the property to search the class path"
                    + " and build directories instead)");
        }
        return new NativeLibraryLocation(p, NativeLibraryLocation.Source.SYSTEM_PROPERTY,
                NATIVE_PATH_PROPERTY + "=" + value);
    }

    private static NativeLibraryLocation fromClasspath(Platform platform, ClassLoader cl,
            Function<String, String> properties, List<String> tried) {
        String resource = platform.resourcePath();
        URL url = cl.getResource(resource);
        if (url == null) {
            try (URLClassLoader jars = modulePathNatives()) {
                if (jars != null && jars.getResource(resource) != null) {
                    return fromClasspath(platform, jars, properties, tried);
                }
            } catch (IOException e) {
                LOG.debug("cannot close the module path's natives jars: {}", e.toString());
            }
            miss(tried, "classpath resource " + resource + ": not found (add dependency "
                    + platform.nativesCoordinates(loaderVersion()) + ", or io.github.spice4j:spice4j-platform)");
            return null;
        }
        String sha256 = NativeCache.readExpectedSha256(cl, resource + ".sha256");
        NativeCache.Extracted e = NativeCache.extract(url, sha256, cacheRoot(platform, properties),
                loaderVersion(), platform.libraryFileName());
        return new NativeLibraryLocation(e.path(), NativeLibraryLocation.Source.CLASSIFIER_JAR,
                resource + " (sha256 " + sha256 + "), " + e.note());
    }

    /**
     * The spice4j-natives jars on the module path, as a plain class loader, or null. There they are
     * automatic modules that no module requires, so the JVM never resolves them and their resources are
     * invisible to every class loader; reading the jars directly keeps the module path free of
     * {@code --add-modules}.
     */
    private static URLClassLoader modulePathNatives() {
        String modulePath = System.getProperty("jdk.module.path");
        if (modulePath == null || modulePath.isBlank()) return null;
        List<URL> jars = new ArrayList<>();
        for (String entry : modulePath.split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            try (java.util.stream.Stream<Path> inDir = Files.isDirectory(p) ? Files.list(p) : java.util.stream.Stream.of(p)) {
                for (Path jar : inDir.filter(NativeLoader::isNativesJar).toList()) jars.add(jar.toUri().toURL());
            } catch (IOException | RuntimeException e) {
                LOG.debug("skipping module path entry {}: {}", entry, e.toString());
            }
        }
        return jars.isEmpty() ? null : new URLClassLoader(jars.toArray(new URL[0]), null);
    }

    private static boolean isNativesJar(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        return name.startsWith("spice4j-natives") && name.endsWith(".jar") && Files.isRegularFile(p);
    }

    private static NativeLibraryLocation fromBuildDirectory(Platform platform, Path workingDirectory,
            String buildDirProperty, List<String> tried) {
        String lib = platform.libraryFileName();
        if (buildDirProperty != null && !buildDirProperty.isBlank()) {
            Path dir = Path.of(buildDirProperty.trim()).toAbsolutePath().normalize();
            for (Path candidate : List.of(dir.resolve(lib), dir.resolve(BUILD_SUBDIR).resolve(lib))) {
                if (Files.isRegularFile(candidate) && Files.isReadable(candidate)) {
                    return new NativeLibraryLocation(candidate, NativeLibraryLocation.Source.BUILD_DIRECTORY,
                            BUILD_DIR_PROPERTY + "=" + buildDirProperty);
                }
            }
            miss(tried, "system property " + BUILD_DIR_PROPERTY + "=" + buildDirProperty + ": no "
                    + lib + " in " + dir + " or " + dir.resolve(BUILD_SUBDIR));
        }
        List<String> roots = new ArrayList<>();
        for (Path d = workingDirectory.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            Path candidate = d.resolve(BUILD_SUBDIR).resolve(lib);
            if (Files.isRegularFile(candidate) && Files.isReadable(candidate)) {
                return new NativeLibraryLocation(candidate, NativeLibraryLocation.Source.BUILD_DIRECTORY,
                        "found under " + d + " (searched upwards from " + workingDirectory + ")");
            }
            roots.add(d.toString());
        }
        miss(tried, "build directory: no " + BUILD_SUBDIR + "/" + lib + " under " + String.join(", ", roots));
        return null;
    }

    private static void miss(List<String> tried, String why) {
        LOG.debug("spice4j: {}", why);
        tried.add(why);
    }

    private static String failureMessage(Platform platform, List<String> tried) {
        StringBuilder sb = new StringBuilder("spice4j: cannot find the native library for platform ")
                .append(platform.id()).append(" (").append(platform.libraryFileName())
                .append("). Tried, in order:");
        for (int i = 0; i < tried.size(); i++) {
            sb.append(System.lineSeparator()).append("  ").append(i + 1).append(". ").append(tried.get(i));
        }
        return sb.append(System.lineSeparator())
                .append("Fix: add ").append(platform.nativesCoordinates(loaderVersion()))
                .append(" (or the spice4j-platform POM) to the runtime class path, or build from source in a spice4j checkout")
                .append(" ('mvn -pl native-src install', which writes ").append(BUILD_SUBDIR).append('/')
                .append(platform.libraryFileName()).append(") and run from inside the checkout or pass -D")
                .append(NATIVE_PATH_PROPERTY).append("=/path/to/").append(platform.libraryFileName())
                .toString();
    }

    private static Path cacheRoot(Platform platform, Function<String, String> properties) {
        String dir = properties.apply(CACHE_DIR_PROPERTY);
        if (dir != null && !dir.isBlank()) {
            return Path.of(dir.trim()).toAbsolutePath();
        }
        return platform.defaultCacheRoot(properties, System::getenv);
    }

    /**
     * Loads the located library into the calling class's loader. The JVM binds a native library to one
     * class loader; when another class loader of this JVM (an application server's second deployment,
     * a plugin host) has already loaded the same file, a private copy is loaded instead.
     *
     * @param location the library found by {@link #locate()}
     * @param loadLibrary {@code System::load}, called from the class that declares the native methods
     * @return the path actually loaded (the location's, or the private copy's)
     * @throws NativeLoadException if the private copy cannot be made
     * @throws UnsatisfiedLinkError if the library cannot be loaded for another reason
     */
    public static Path load(NativeLibraryLocation location, java.util.function.Consumer<String> loadLibrary) {
        Path p = location.path();
        try {
            loadLibrary.accept(p.toString());
            return p;
        } catch (UnsatisfiedLinkError e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("failed to map segment") || m.contains("Operation not permitted")) {
                throw new NativeLoadException(noexecMessage(location, m), e);
            }
            if (!m.contains("another classloader")) {
                throw e;
            }
        }
        Path copy;
        try {
            copy = Files.createTempFile("spice4j-", "-" + p.getFileName());
            copy.toFile().deleteOnExit();
            Files.copy(p, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new NativeLoadException("spice4j: " + p + " is already loaded by another class loader and a"
                    + " private copy for this one cannot be made: " + e, e);
        }
        LOG.debug("spice4j: {} is already loaded by another class loader; loading a private copy {}", p, copy);
        loadLibrary.accept(copy.toString());
        return copy;
    }

    /** Why a library in a directory the OS will not execute from (noexec mount) failed, and the fix. */
    static String noexecMessage(NativeLibraryLocation location, String jvmMessage) {
        return "spice4j: the OS refused to map " + location.path() + " (" + location.source()
                + "); its directory is probably on a filesystem mounted noexec (common for /tmp and home"
                + " directories in hardened containers). Fix: point -D" + CACHE_DIR_PROPERTY
                + " at a directory on an exec-mounted filesystem, or pass -D" + NATIVE_PATH_PROPERTY
                + "=/path/to/the/library. JVM said: " + jvmMessage;
    }

    /**
     * Returns this loader's version, which names the cache subdirectory.
     *
     * @return the Maven version of spice4j-loader, or {@code dev} when running unpackaged
     */
    public static String loaderVersion() {
        try (InputStream in = NativeLoader.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "").trim();
                if (!v.isEmpty() && !v.contains("${")) {
                    return v;
                }
            }
        } catch (IOException ignored) {
            // fall through
        }
        return "dev";
    }
}
