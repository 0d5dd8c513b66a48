package io.github.spice4j.jni;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Byte-backed kernels staged to private temporary files (CSPICE only loads from paths), mapped to and
 * from their virtual ids. One instance per backend; its files never outlive the backend or the JVM.
 */
final class KernelStaging {
  private static final Logger LOG = LoggerFactory.getLogger(KernelStaging.class);
  private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private final Map<String, Path> byId = new HashMap<>();
  private final Map<String, String> idByPath = new HashMap<>();
  private Path dir;
  private Thread shutdownHook;
  private boolean closed;

  /**
   * The canonical form of a virtual id: slash-separated, relative, without empty or {@code .} segments.
   *
   * @throws IllegalArgumentException if the id is blank, absolute or contains a {@code ..} segment
   */
  static String normalize(String virtualId) {
    Args.present("virtualId", virtualId);
    if (virtualId.isBlank()) throw new IllegalArgumentException("virtual id must not be blank");
    String s = virtualId.replace('\\', '/');
    // Leading slashes are stripped (ids are relative by definition); anything still absolute, such as a
    // Windows drive or UNC path, is rejected below.
    int start = 0;
    while (start < s.length() && s.charAt(start) == '/') start++;
    List<String> parts = new ArrayList<>();
    for (String part : s.substring(start).split("/")) {
      if (part.isEmpty() || part.equals(".")) continue;
      if (part.equals("..")) throw new IllegalArgumentException("virtual id must not contain '..': " + virtualId);
      parts.add(part);
    }
    if (parts.isEmpty()) throw new IllegalArgumentException("virtual id has no file name: " + virtualId);
    String id = String.join("/", parts);
    if (Path.of(id).isAbsolute() || parts.get(0).endsWith(":")) {
      throw new IllegalArgumentException("virtual id must be relative: " + virtualId);
    }
    return id;
  }

  /** Normalizes without throwing: null when the string cannot be a virtual id. */
  private static String idOrNull(String s) {
    try {
      return normalize(s);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Writes bytes to a fresh private file named after the id's basename; the file is not registered yet. */
  synchronized Path write(String id, byte[] bytes) {
    if (closed) throw new IllegalStateException("spice4j backend is closed");
    String base = id.substring(id.lastIndexOf('/') + 1);
    try {
      Path file = directory().resolve(UUID.randomUUID() + "-" + base);
      Files.createFile(file, ownerOnly("rw-------"));
      Files.write(file, bytes, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stage kernel " + id, e);
    }
  }

  /** Records a staged file CSPICE has loaded. */
  synchronized void register(String id, Path file) {
    byId.put(id, file);
    idByPath.put(file.toString(), id);
  }

  /** The staged path of a virtual id (any spelling that normalizes to it), or null when not staged. */
  synchronized String stagedPath(String fileOrId) {
    String id = idOrNull(fileOrId);
    Path p = id == null ? null : byId.get(id);
    return p == null ? null : p.toString();
  }

  /** The staged path for a virtual id, or the argument unchanged (a plain path). */
  String resolve(String fileOrId) {
    String staged = stagedPath(fileOrId);
    return staged != null ? staged : fileOrId;
  }

  /** The virtual id a staged path stands for, or the path unchanged. */
  synchronized String virtualize(String path) {
    String id = idByPath.get(path);
    return id != null ? id : path;
  }

  /** Forgets a virtual id and deletes its file (after CSPICE unloaded it). */
  synchronized void release(String fileOrId) {
    String id = idOrNull(fileOrId);
    Path p = id == null ? null : byId.remove(id);
    if (p == null) return;
    idByPath.remove(p.toString());
    delete(p);
  }

  /** Deletes a file that was written but never registered (CSPICE rejected it). */
  void discard(Path file) {
    delete(file);
  }

  /** Deletes every staged file (after kclear); the directory is kept for later loads. */
  synchronized void releaseAll() {
    byId.values().forEach(KernelStaging::delete);
    byId.clear();
    idByPath.clear();
  }

  /** Deletes every staged file and the directory, and drops the JVM-exit hook; for backend close. */
  void deleteAll() {
    Thread hook;
    synchronized (this) {
      closed = true;
      hook = shutdownHook;
      shutdownHook = null;
      deleteFiles();
    }
    if (hook != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The hook is running or about to; it deletes the same (now absent) files.
      }
    }
  }

  private synchronized void deleteFiles() {
    releaseAll();
    if (dir != null) {
      // Anything left over, e.g. a file whose furnsh failed and could not be deleted then.
      try (var s = Files.list(dir)) {
        s.forEach(KernelStaging::delete);
      } catch (IOException e) {
        LOG.debug("cannot list {}: {}", dir, e.toString());
      }
      delete(dir);
      dir = null;
    }
  }

  /** The private staging directory, created on first use together with its JVM-exit cleanup. */
  private Path directory() throws IOException {
    if (dir == null) {
      dir = Files.createTempDirectory("spice4j-kernels-", ownerOnly("rwx------"));
      Thread hook = new Thread(this::deleteFiles, "spice4j-kernel-staging-cleanup");
      Runtime.getRuntime().addShutdownHook(hook);
      shutdownHook = hook;
    }
    return dir;
  }

  private static FileAttribute<?>[] ownerOnly(String perms) {
    return POSIX
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(perms))}
        : new FileAttribute<?>[0];
  }

  private static void delete(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // Best effort: a file still held open (e.g. on Windows) is removed by the JVM-exit hook or the OS.
      LOG.debug("cannot delete staged kernel {}: {}", p, e.toString());
    }
  }
}
