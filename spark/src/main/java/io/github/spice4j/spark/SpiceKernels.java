package io.github.spice4j.spark;

import io.github.spice4j.Spice;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkFiles;

/**
 * An ordered set of SPICE kernels that can travel to Spark executors, each with the SHA-256 of its
 * content as seen on the driver.
 *
 * <p>Three ways to ship a kernel:
 *
 * <ul>
 *   <li>{@link Builder#sharedPath}: a path every executor can read (NFS, a Docker volume, the same
 *       file baked into every node's image);
 *   <li>{@link Builder#addFile}: the driver registers the file with {@link SparkContext#addFile(String)};
 *       executors find their copy with {@link SparkFiles#get(String)};
 *   <li>{@link Builder#bytes}: the content itself travels with the task (small kernels such as an LSK,
 *       or kernels the driver generated); executors load it without touching their disks
 *       ({@link Spice#load(String, byte[])}).
 * </ul>
 *
 * <p>Executors hash what they are about to load and compare it with the driver's SHA-256: a different
 * file behind a shared path, a stale {@code addFile} copy or corrupt bytes fail the task with an
 * {@link IllegalStateException} naming the kernel and both digests, rather than computing with the
 * wrong ephemeris. Kernels load in the order they were added (later kernels take precedence, as with
 * CSPICE {@code furnsh_c}).
 *
 * <p>Immutable and {@link Serializable}; the {@link #key()} identifies the set, so executors keep one
 * {@link io.github.spice4j.SpicePool} per distinct set (see {@link ExecutorPools}).
 */
public final class SpiceKernels implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How a kernel reaches the executor. */
  enum Via {
    SHARED_PATH,
    SPARK_FILE,
    BYTES
  }

  /** One kernel: where it is, and the SHA-256 (lower-case hex) of its content on the driver. */
  record Kernel(Via via, String name, String sha256, byte[] bytes) implements Serializable {}

  /** Kernels in load order. */
  private final List<Kernel> kernels;
  /** See {@link #key()}. */
  private final String key;

  private SpiceKernels(List<Kernel> kernels) {
    this.kernels = List.copyOf(kernels);
    StringBuilder k = new StringBuilder();
    for (Kernel kernel : this.kernels) k.append(kernel.via).append(':').append(kernel.name).append('@').append(kernel.sha256).append(';');
    this.key = k.toString();
  }

  /**
   * Starts an empty set.
   *
   * @return a builder; add kernels in load order
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Identifies this set: kind, name and SHA-256 of every kernel, in load order. Two sets with the same
   * key load the same content the same way.
   *
   * @return the key, e.g. {@code SHARED_PATH:/data/naif0012.tls@678e32...;}
   */
  public String key() {
    return key;
  }

  /**
   * The number of kernels in the set.
   *
   * @return at least 0
   */
  public int size() {
    return kernels.size();
  }

  /**
   * Checks every kernel's content against the driver's SHA-256, on the machine this runs on.
   *
   * @throws IllegalStateException if a kernel's content differs from what the driver hashed
   * @throws UncheckedIOException if a kernel file cannot be read
   */
  public void verify() {
    for (Kernel k : kernels) {
      String actual = k.via == Via.BYTES ? sha256(k.bytes) : sha256(localPath(k));
      if (!actual.equals(k.sha256)) {
        throw new IllegalStateException("spice4j-spark: kernel " + k.name + " (" + k.via + ", here " + where(k)
            + ") has sha256 " + actual + " but the driver registered " + k.sha256
            + "; every executor must see the same kernel content");
      }
    }
  }

  /**
   * Loads every kernel into {@code spice}, in order (CSPICE {@code furnsh_c}). Call {@link #verify()} first.
   *
   * @param spice the engine to load into
   * @throws io.github.spice4j.SpiceException if CSPICE rejects a kernel
   */
  public void loadInto(Spice spice) {
    for (Kernel k : kernels) {
      if (k.via == Via.BYTES) spice.load(k.name, k.bytes);
      else spice.load(localPath(k));
    }
  }

  private static String where(Kernel k) {
    return k.via == Via.BYTES ? "in memory" : localPath(k).toString();
  }

  private static Path localPath(Kernel k) {
    return k.via == Via.SPARK_FILE ? Path.of(SparkFiles.get(k.name)) : Path.of(k.name);
  }

  static String sha256(Path file) {
    try {
      return sha256(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("spice4j-spark: cannot read kernel " + file, e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }

  /** Collects kernels in load order; each method hashes the kernel on the driver. */
  public static final class Builder {
    private final List<Kernel> kernels = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a kernel at a path that every executor can read under the same name.
     *
     * @param file the kernel file, readable from the driver too (it is hashed here)
     * @return this
     * @throws UncheckedIOException if the driver cannot read the file
     */
    public Builder sharedPath(Path file) {
      Path abs = file.toAbsolutePath().normalize();
      kernels.add(new Kernel(Via.SHARED_PATH, abs.toString(), sha256(abs), null));
      return this;
    }

    /**
     * Ships a kernel with {@link SparkContext#addFile(String)}; executors read their copy through
     * {@link SparkFiles#get(String)}. Kernel file names must be unique within a Spark application.
     *
     * @param sc the application's context
     * @param file the kernel file on the driver
     * @return this
     * @throws UncheckedIOException if the driver cannot read the file
     */
    public Builder addFile(SparkContext sc, Path file) {
      Path abs = file.toAbsolutePath().normalize();
      String sha = sha256(abs);
      sc.addFile(abs.toString());
      kernels.add(new Kernel(Via.SPARK_FILE, abs.getFileName().toString(), sha, null));
      return this;
    }

    /**
     * Ships a kernel's content inside the serialized tasks (keep it to small kernels: it travels with
     * every task that uses this set).
     *
     * @param virtualId the id it is loaded under, e.g. {@code "lsk/naif0012.tls"}
     * @param content the kernel content (copied)
     * @return this
     */
    public Builder bytes(String virtualId, byte[] content) {
      Objects.requireNonNull(virtualId, "virtualId");
      byte[] copy = content.clone();
      kernels.add(new Kernel(Via.BYTES, virtualId, sha256(copy), copy));
      return this;
    }

    /**
     * Ships the content of a driver-side file as bytes (see {@link #bytes(String, byte[])}).
     *
     * @param file the kernel file on the driver; its file name becomes the virtual id
     * @return this
     * @throws UncheckedIOException if the driver cannot read the file
     */
    public Builder bytes(Path file) {
      try {
        return bytes(file.getFileName().toString(), Files.readAllBytes(file));
      } catch (IOException e) {
        throw new UncheckedIOException("spice4j-spark: cannot read kernel " + file, e);
      }
    }

    /**
     * Ends the set.
     *
     * @return the immutable set
     */
    public SpiceKernels build() {
      return new SpiceKernels(kernels);
    }
  }
}
