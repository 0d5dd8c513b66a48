package io.github.spice4j.kernels;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Where one kernel comes from and what it must look like: its URL, its place in the cache and,
 * when known, its size and SHA-256.
 *
 * @param name what the user asked for: a catalog name such as {@code naif0012.tls}, or the URL
 * @param uri the HTTP(S) address to download from
 * @param cachePath the file's path relative to the cache directory, e.g. {@code generic_kernels/lsk/naif0012.tls}
 * @param size the expected size in bytes, or empty when not known
 * @param sha256 the expected SHA-256 as 64 lower-case hex digits, or null when not known
 */
public record KernelSource(String name, URI uri, String cachePath, OptionalLong size, String sha256) {
  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

  /**
   * Validates the parts.
   *
   * @throws NullPointerException when name, uri, cachePath or size is null
   * @throws IllegalArgumentException when the URI is not http(s), the cache path escapes the cache
   *     (absolute, {@code ..}), the size is negative or the SHA-256 is not 64 hex digits
   */
  public KernelSource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(cachePath, "cachePath");
    Objects.requireNonNull(size, "size");
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("kernel URL must be http or https: " + uri);
    }
    if (cachePath.isEmpty() || cachePath.startsWith("/") || cachePath.contains("\\")
        || ("/" + cachePath + "/").contains("/../") || ("/" + cachePath + "/").contains("/./")) {
      throw new IllegalArgumentException("cache path must be relative and stay inside the cache: " + cachePath);
    }
    if (size.isPresent() && size.getAsLong() < 0) throw new IllegalArgumentException("negative size " + size);
    if (sha256 != null) {
      sha256 = sha256.toLowerCase(Locale.ROOT);
      if (!HEX64.matcher(sha256).matches()) throw new IllegalArgumentException("sha256 must be 64 hex digits: " + sha256);
    }
  }

  /**
   * A kernel by URL (a mission kernel, or any file NAIF serves), cached under {@code <host>/<path>}.
   *
   * @param url an http(s) URL naming a file
   * @return the source, with no expected size or checksum
   * @throws IllegalArgumentException when the URL is not http(s) or names no file
   */
  public static KernelSource ofUrl(String url) {
    URI uri = URI.create(url.strip());
    String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("^/+", "");
    if (path.isEmpty() || path.endsWith("/")) throw new IllegalArgumentException("URL names no file: " + url);
    String host = uri.getHost() == null ? "" : uri.getHost() + (uri.getPort() >= 0 ? "_" + uri.getPort() : "");
    return new KernelSource(url.strip(), uri, host + "/" + path, OptionalLong.empty(), null);
  }

  /**
   * This source with an expected size and/or SHA-256 (e.g. published next to a mission kernel).
   *
   * @param bytes the size, or empty
   * @param sha256Hex the SHA-256 (64 hex digits), or null
   * @return a copy carrying the expectations
   */
  public KernelSource expecting(OptionalLong bytes, String sha256Hex) {
    return new KernelSource(name, uri, cachePath, bytes, sha256Hex);
  }

  /** The file name, the last segment of {@link #cachePath()}. */
  public String fileName() {
    return cachePath.substring(cachePath.lastIndexOf('/') + 1);
  }
}
