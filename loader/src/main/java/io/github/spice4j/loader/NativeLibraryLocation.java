package io.github.spice4j.loader;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the native library was found and by which rule.
 *
 * @param path   absolute path of a readable library file, ready for {@link System#load(String)}
 * @param source which tier of the search found it
 * @param detail human-readable explanation (property value, resource name, search root, cache use)
 */
public record NativeLibraryLocation(Path path, Source source, String detail) {

    /**
     * Validates the components.
     *
     * @param path   absolute path of the library file
     * @param source which tier found it
     * @param detail human-readable explanation
     * @throws NullPointerException if any component is {@code null}
     */
    public NativeLibraryLocation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(detail, "detail");
    }

    /** The search tier that produced a {@link NativeLibraryLocation}, in search order. */
    public enum Source {
        /** The file named by the system property {@code spice4j.native.path}. */
        SYSTEM_PROPERTY,
        /** The platform resource of a {@code spice4j-natives} classifier jar, extracted to the cache. */
        CLASSIFIER_JAR,
        /** A {@code native-src/target/lib} directory of a local source build. */
        BUILD_DIRECTORY
    }
}
