package io.github.spice4j.loader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The build identity compiled into a spice4j native library: its spice4j version, the CSPICE toolkit,
 * the sha256 of the engine's WebAssembly module, the git commit and the compiler. The loader reads it
 * from the file before loading it (to refuse a library of another version); the core module reads the
 * same string through JNI.
 *
 * @param version the spice4j version the library was built as, e.g. {@code 0.1.0}
 * @param toolkit the CSPICE toolkit, {@code CSPICE_N0067}
 * @param engineSha256 sha256 (hex) of the tspice WebAssembly module the engine was translated from
 * @param gitCommit the spice4j commit built, or {@code unknown} outside a git checkout
 * @param compiler the C compiler and its version
 */
public record LibraryIdentity(String version, String toolkit, String engineSha256, String gitCommit,
        String compiler) {

    /** The prefix of the identity string inside the library file. */
    static final String MARKER = "spice4j-build-info:";

    /**
     * Parses the identity string ({@code key=value} pairs separated by {@code ;}).
     *
     * @param info the string, without the {@value #MARKER} prefix
     * @return the identity; fields missing from the string are {@code "unknown"}
     * @throws NullPointerException if info is null
     */
    public static LibraryIdentity parse(String info) {
        Map<String, String> kv = new HashMap<>();
        for (String part : info.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                kv.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
        }
        return new LibraryIdentity(kv.getOrDefault("version", "unknown"), kv.getOrDefault("toolkit", "unknown"),
                kv.getOrDefault("engine-sha256", "unknown"), kv.getOrDefault("git-commit", "unknown"),
                kv.getOrDefault("compiler", "unknown"));
    }

    /**
     * Reads the identity from a library file without loading it.
     *
     * @param library the shared library
     * @return the identity, or empty when the file carries none (not a spice4j library, or one older
     *         than build identities)
     * @throws IOException if the file cannot be read
     */
    public static Optional<LibraryIdentity> read(Path library) throws IOException {
        byte[] bytes = Files.readAllBytes(library);
        byte[] marker = MARKER.getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(bytes, marker);
        if (at < 0) {
            return Optional.empty();
        }
        int start = at + marker.length;
        int end = start;
        while (end < bytes.length && bytes[end] != 0 && end - start < 1024) {
            end++;
        }
        return Optional.of(parse(new String(bytes, start, end - start, StandardCharsets.US_ASCII)));
    }

    private static int indexOf(byte[] hay, byte[] needle) {
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

    @Override
    public String toString() {
        return "spice4j " + version + " (" + toolkit + ", engine sha256 " + engineSha256 + ", commit "
                + gitCommit + ", " + compiler + ")";
    }
}
