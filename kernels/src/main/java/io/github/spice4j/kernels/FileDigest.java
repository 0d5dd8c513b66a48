package io.github.spice4j.kernels;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a file and the size/checksum comparison against a {@link KernelSource}. */
final class FileDigest {
  private FileDigest() {}

  /** SHA-256 of a file as lower-case hex. */
  static String sha256(Path file) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-256", e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /**
   * Why {@code file} does not match what {@code source} expects, or null when it matches (or nothing
   * is expected).
   */
  static String mismatch(KernelSource source, Path file) throws IOException {
    long actual = Files.size(file);
    if (source.size().isPresent() && actual != source.size().getAsLong()) {
      return "size " + actual + " bytes, expected " + source.size().getAsLong();
    }
    if (source.sha256() != null) {
      String sha = sha256(file);
      if (!sha.equals(source.sha256())) return "sha256 " + sha + ", expected " + source.sha256();
    }
    return null;
  }
}
