package io.github.spice4j.loader;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts a class-path library into a versioned, content-addressed cache
 * ({@code <root>/<version>/<sha256>/<libname>}), verifying the SHA-256 on the way.
 * Safe against concurrent extraction by threads and processes: each writer uses its own
 * temporary file in the target directory and renames it atomically into place.
 */
final class NativeCache {

    private static final Logger LOG = LoggerFactory.getLogger(NativeCache.class);
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private NativeCache() {
    }

    /** Result of an extraction: the file and a note on how it was obtained. */
    record Extracted(Path path, String note) {
    }

    /**
     * Reads the expected hash from a {@code .sha256} resource (first token, lower-cased).
     *
     * @throws NativeLoadException if the resource is missing or does not hold a SHA-256 hex digest
     */
    static String readExpectedSha256(ClassLoader loader, String shaResource) {
        URL url = loader.getResource(shaResource);
        if (url == null) {
            throw new NativeLoadException("classpath resource " + shaResource
                    + " is missing: the natives jar is incomplete, rebuild or re-download it");
        }
        try (InputStream in = url.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
            String token = text.isEmpty() ? "" : text.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
            if (!SHA256_HEX.matcher(token).matches()) {
                throw new NativeLoadException("classpath resource " + shaResource
                        + " does not contain a SHA-256 hex digest: '" + text + "'");
            }
            return token;
        } catch (IOException e) {
            throw new NativeLoadException("cannot read classpath resource " + shaResource, e);
        }
    }

    /**
     * Puts the library at {@code url} into the cache, or reuses a verified cached copy.
     * Falls back to a private temporary file if the cache directory cannot be written.
     *
     * @throws NativeLoadException if the resource's content does not match {@code sha256}
     *                             or cannot be read at all
     */
    static Extracted extract(URL url, String sha256, Path cacheRoot, String version, String libName) {
        Path dir = cacheRoot.resolve(version).resolve(sha256);
        Path target = dir.resolve(libName);
        if (Files.isRegularFile(target)) {
            if (sha256.equals(hashOrNull(target))) {
                return new Extracted(target, "reused verified cache file");
            }
            LOG.warn("spice4j: cached native library {} fails its SHA-256 check; replacing it", target);
        }
        Path tmp;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + libName + ".", ".tmp");
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            LOG.debug("spice4j: cache directory {} not writable ({}); using a private temp file", dir, e.toString());
            return extractToPrivateTemp(url, sha256, libName, dir + " not writable: " + e);
        }
        try {
            copyVerified(url, tmp, sha256);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                // Some file systems refuse to replace on atomic move: accept a concurrent
                // winner's identical file, otherwise drop the bad file and try once more.
                if (!sha256.equals(hashOrNull(target))) {
                    Files.deleteIfExists(target);
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            return new Extracted(target, "extracted to cache");
        } catch (IOException e) {
            if (sha256.equals(hashOrNull(target))) {
                return new Extracted(target, "extracted to cache by a concurrent loader");
            }
            return extractToPrivateTemp(url, sha256, libName, "cannot write " + target + ": " + e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static Extracted extractToPrivateTemp(URL url, String sha256, String libName, String why) {
        try {
            Path tmp = Files.createTempFile("spice4j-", "-" + libName);
            tmp.toFile().deleteOnExit();
            copyVerified(url, tmp, sha256);
            return new Extracted(tmp, "private temp file (" + why + ")");
        } catch (IOException e) {
            throw new NativeLoadException("cannot extract " + url + " to a temporary file: " + e, e);
        }
    }

    /** Copies {@code url} to {@code dest}, throwing if the bytes do not hash to {@code sha256}. */
    private static void copyVerified(URL url, Path dest, String sha256) throws IOException {
        MessageDigest md = sha256Digest();
        try (InputStream in = new DigestInputStream(url.openStream(), md);
             OutputStream out = Files.newOutputStream(dest)) {
            in.transferTo(out);
        }
        String actual = HexFormat.of().formatHex(md.digest());
        if (!actual.equals(sha256)) {
            deleteQuietly(dest);
            throw new NativeLoadException("SHA-256 mismatch for " + url + ": expected " + sha256
                    + ", got " + actual + " (corrupt natives jar?)");
        }
    }

    /**
     * Computes the lowercase hex SHA-256 of a file.
     *
     * @throws IOException if the file cannot be read
     */
    static String sha256Of(Path file) throws IOException {
        MessageDigest md = sha256Digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static String hashOrNull(Path file) {
        try {
            return Files.isRegularFile(file) ? sha256Of(file) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JVM without SHA-256", e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort
        }
    }
}
