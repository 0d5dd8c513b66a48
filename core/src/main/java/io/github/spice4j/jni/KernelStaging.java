package io.github.spice4j.jni;

import io.github.spice4j.SpiceEngineTrapException;
import io.github.spice4j.SpiceException;
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
  /** Name prefix of every staging directory in java.io.tmpdir; engines never see each other's ({@link Confinement}). */
  static final String DIRECTORY_PREFIX = StagingRoot.PREFIX;
  /** Told the directory once it exists, so the engine may read it. */
  private final java.util.function.Consumer<Path> onDirectory;

  private final Map<String, Path> byId = new HashMap<>();
  private final Map<String, String> idByPath = new HashMap<>();
  /** Virtual outputs of writers: id -> file, and the ids whose writer is still open. */
  private final Map<String, Path> outputs = new HashMap<>();
  private final java.util.Set<String> openOutputs = new java.util.HashSet<>();
  private StagingRoot.Directory dir;
  private boolean closed;

  /** Longest virtual id: CSPICE's file names (FILSIZ), so an id fits wherever CSPICE would hold a file name. */
  static final int MAX_ID_LENGTH = 255;

  /** @param onDirectory told the staging directory when it is created */
  KernelStaging(java.util.function.Consumer<Path> onDirectory) {
    this.onDirectory = onDirectory;
  }

  /**
   * The canonical form of a virtual id: slash-separated, relative, without empty or {@code .} segments.
   * Ids are never absolute, so an absolute string always names a real file and the two cannot collide.
   *
   * @throws IllegalArgumentException if the id is blank, absolute, contains a {@code ..} segment, has
   *     leading or trailing white space or control characters (CSPICE ignores trailing blanks and cannot
   *     carry control characters in a name), or is longer than {@value #MAX_ID_LENGTH} characters
   */
  static String normalize(String virtualId) {
    Args.present("virtualId", virtualId);
    if (virtualId.isBlank()) throw new IllegalArgumentException("virtual id must not be blank");
    if (virtualId.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException("virtual id is " + virtualId.length() + " characters long; at most "
          + MAX_ID_LENGTH + " are allowed");
    }
    if (!virtualId.strip().equals(virtualId)) {
      throw new IllegalArgumentException("virtual id must not start or end with white space: '" + virtualId + "'");
    }
    if (virtualId.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("virtual id must not contain control characters: " + virtualId.strip());
    }
    String s = virtualId.replace('\\', '/');
    if (s.startsWith("/")) {
      throw new IllegalArgumentException("virtual id must be relative (an absolute string names a real file): "
          + virtualId);
    }
    List<String> parts = new ArrayList<>();
    for (String part : s.split("/")) {
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
    try {
      Path file = directory().resolve(stagedName(id));
      Files.createFile(file, ownerOnly("rw-------"));
      Files.write(file, bytes, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stage kernel " + id, e);
    }
  }

  /**
   * A fresh file name for an id: a UUID plus the id's basename reduced to a short, plain ASCII tail, so
   * CSPICE sees a short name of safe characters whatever the id holds (the id itself never reaches CSPICE).
   */
  private static String stagedName(String id) {
    String base = id.substring(id.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
    if (base.length() > 40) base = base.substring(base.length() - 40);
    return UUID.randomUUID() + "-" + base;
  }

  /** Records a staged file CSPICE has loaded, deleting the copy it replaces under the same id. */
  synchronized void register(String id, Path file) {
    Path old = byId.put(id, file);
    idByPath.put(file.toString(), id);
    if (old != null && !old.equals(file)) {
      idByPath.remove(old.toString());
      delete(old);
    }
  }

  /**
   * The same error with every staged path (the known ones and {@code pending}, a copy not yet registered)
   * replaced by its virtual id: callers never see the private temp files.
   */
  synchronized SpiceException virtualize(SpiceException e, String pending, String pendingId) {
    Map<String, String> names = new HashMap<>(idByPath);
    names.put(pending, pendingId);
    String longMessage = e.longMessage();
    String prefix = e.routine() + ": ";
    String message = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
    for (Map.Entry<String, String> n : names.entrySet()) {
      longMessage = longMessage.replace(n.getKey(), n.getValue());
      message = message.replace(n.getKey(), n.getValue());
    }
    if (e instanceof SpiceEngineTrapException || (longMessage.equals(e.longMessage())
        && message.equals(e.getMessage().substring(e.getMessage().length() - message.length())))) {
      return e;
    }
    SpiceException out = new SpiceException(e.shortMessage().isEmpty() ? null : e.shortMessage(), longMessage,
        e.trace(), e.routine(), message);
    out.setStackTrace(e.getStackTrace());
    return out;
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

  /**
   * Reserves a private path for a writer's virtual output (the file does not exist yet: CSPICE's
   * writers create it). Reusing the id of a closed output replaces its bytes.
   *
   * @return the normalized id and the path
   * @throws IllegalStateException if a writer for this id is still open, or the backend is closed
   */
  synchronized Map.Entry<String, Path> openOutput(String virtualId) {
    if (closed) throw new IllegalStateException("spice4j backend is closed");
    String id = normalize(virtualId);
    if (openOutputs.contains(id)) {
      throw new IllegalStateException("virtual output " + id + " is already open for writing");
    }
    try {
      Path file = directory().resolve(stagedName(id));
      Path old = outputs.put(id, file);
      if (old != null) delete(old);
      openOutputs.add(id);
      return Map.entry(id, file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create virtual output " + id, e);
    }
  }

  /**
   * Reopens a closed virtual output for appending (SPK {@code spkopa}): same file, marked open again.
   *
   * @return the path of the existing file
   * @throws IllegalStateException if a writer for this id is still open, or the backend is closed
   * @throws IllegalArgumentException if no writer of this backend produced this id
   */
  synchronized Path reopenOutput(String virtualId) {
    if (closed) throw new IllegalStateException("spice4j backend is closed");
    String id = normalize(virtualId);
    if (openOutputs.contains(id)) {
      throw new IllegalStateException("virtual output " + id + " is already open for writing");
    }
    Path p = outputs.get(id);
    if (p == null) throw new IllegalArgumentException("no virtual output named " + id + " to append to");
    openOutputs.add(id);
    return p;
  }

  /**
   * Makes a virtual output's file owner-only once its writer created it: CSPICE creates it under the
   * process umask, and like the staged kernels it should be private by itself, not only by its directory.
   */
  synchronized void restrictOutput(String virtualId) {
    String id = idOrNull(virtualId);
    Path p = id == null ? null : outputs.get(id);
    if (p == null || !POSIX) return;
    try {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
    } catch (IOException e) {
      LOG.debug("cannot restrict {}: {}", p, e.toString());
    }
  }

  /** Marks a virtual output's writer closed: its bytes become readable. */
  synchronized void outputClosed(String id) {
    openOutputs.remove(id);
  }

  /** Forgets a virtual output whose writer could not be opened, deleting anything written. */
  synchronized void discardOutput(String id) {
    openOutputs.remove(id);
    Path p = outputs.remove(id);
    if (p != null) delete(p);
  }

  /**
   * Writes the bytes of an output laid out in Java to its reserved private file and marks it closed.
   *
   * @throws IllegalStateException if the reservation is gone (the backend closed meanwhile)
   * @throws UncheckedIOException if the file cannot be written (the output is dropped)
   */
  synchronized void finishOutput(String id, Path file, byte[] bytes) {
    if (closed || !file.equals(outputs.get(id)) || !openOutputs.contains(id)) {
      throw new IllegalStateException("virtual output " + id + " is gone: its backend was closed");
    }
    try {
      Files.createFile(file, ownerOnly("rw-------"));
      Files.write(file, bytes, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    } catch (IOException e) {
      discardOutput(id);
      throw new UncheckedIOException("cannot write virtual output " + id, e);
    }
    openOutputs.remove(id);
  }

  /** Drops an output reserved for a Java writer that produced nothing, unless the id was reused since. */
  synchronized void abandonOutput(String id, Path file) {
    if (file.equals(outputs.get(id))) discardOutput(id);
  }

  /**
   * The bytes of a closed virtual output.
   *
   * @throws IllegalStateException if its writer is still open
   * @throws IllegalArgumentException if no writer produced this id
   */
  synchronized byte[] outputBytes(String virtualId) {
    String id = normalize(virtualId);
    if (openOutputs.contains(id)) {
      throw new IllegalStateException("virtual output " + id + " is still open for writing; close its writer first");
    }
    Path p = outputs.get(id);
    if (p == null) throw new IllegalArgumentException("no virtual output named " + id);
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read virtual output " + id, e);
    }
  }

  /** The private file of a virtual output (open or closed), or null. */
  synchronized Path outputPath(String virtualId) {
    String id = idOrNull(virtualId);
    return id == null ? null : outputs.get(id);
  }

  /** Deletes every staged file (after kclear); the directory is kept for later loads. */
  synchronized void releaseAll() {
    byId.values().forEach(KernelStaging::delete);
    byId.clear();
    idByPath.clear();
  }

  /** Deletes every staged file and the directory; for backend close. */
  synchronized void deleteAll() {
    closed = true;
    releaseAll();
    outputs.values().forEach(KernelStaging::delete);
    outputs.clear();
    openOutputs.clear();
    if (dir != null) {
      // Anything left over too, e.g. a file whose furnsh failed and could not be deleted then.
      dir.cleanup().clean();
      dir = null;
    }
  }

  /**
   * The private staging directory, created on first use inside the JVM's {@link StagingRoot} (which
   * cleans up after a killed JVM and deletes everything at exit with one hook for all backends).
   */
  private Path directory() throws IOException {
    if (dir == null) {
      dir = StagingRoot.newDirectory(this);
      onDirectory.accept(dir.path());
    }
    return dir.path();
  }

  private static FileAttribute<?>[] ownerOnly(String perms) {
    return StagingRoot.ownerOnly(perms);
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
