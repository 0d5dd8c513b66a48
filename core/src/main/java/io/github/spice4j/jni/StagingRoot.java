package io.github.spice4j.jni;

import java.io.IOException;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JVM's one staging directory ({@code <tmp>/spice4j-staging-<pid>-<random>}), holding one private
 * subdirectory per backend for its byte-loaded kernels and virtual outputs.
 *
 * <p>Liveness is a lock file: the JVM holds an exclusive lock on {@code .lock} (and wrote its pid there)
 * for as long as it runs; the operating system drops the lock when the process dies, however it dies. On
 * first use, every sibling staging directory whose lock can be taken belongs to a dead JVM and is deleted,
 * so a killed JVM's files go at the next start of any spice4j JVM. File locks work the same on Linux,
 * macOS and Windows. One shutdown hook per JVM deletes the directory at a normal exit; a backend's own
 * subdirectory goes on close, or when the backend becomes unreachable (Cleaner).
 */
final class StagingRoot {
  private static final Logger LOG = LoggerFactory.getLogger(StagingRoot.class);
  private static final String PREFIX = "spice4j-staging-";
  private static final String LOCK = ".lock";
  /** A directory without a pid in its lock may be mid-creation by a live JVM; left alone this long. */
  private static final Duration CREATION_GRACE = Duration.ofMinutes(1);
  private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  private static final Cleaner CLEANER = Cleaner.create();

  private static Path root;
  /** Held open for the JVM's lifetime: closing any channel on the lock file would drop the lock. */
  private static FileChannel lockChannel;

  private StagingRoot() {}

  /**
   * A new private directory for one backend, deleted by the returned owner's cleanup.
   *
   * @param owner the object whose unreachability deletes the directory (must not be referenced by it)
   * @return the directory and its cleanup (run it on close)
   */
  static Directory newDirectory(Object owner) throws IOException {
    Path dir = Files.createTempDirectory(root(), "engine-", ownerOnly("rwx------"));
    return new Directory(dir, CLEANER.register(owner, () -> deleteTree(dir)));
  }

  /** A backend's staging directory and the cleanup that deletes it with everything inside. */
  record Directory(Path path, Cleaner.Cleanable cleanup) {}

  /** Owner-only permissions where the file system has them. */
  static FileAttribute<?>[] ownerOnly(String perms) {
    return POSIX
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(perms))}
        : new FileAttribute<?>[0];
  }

  private static synchronized Path root() throws IOException {
    if (root != null && Files.isDirectory(root)) return root;
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    if (lockChannel == null) sweep(tmp);
    Path dir = Files.createTempDirectory(tmp, PREFIX + ProcessHandle.current().pid() + "-", ownerOnly("rwx------"));
    FileChannel ch = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    try {
      ch.lock();
      ch.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)));
      ch.force(true);
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
    if (lockChannel == null) {
      Runtime.getRuntime().addShutdownHook(new Thread(StagingRoot::deleteAtExit, "spice4j-staging-cleanup"));
    } else {
      closeQuietly(lockChannel); // the previous root was deleted from outside; its lock is moot
    }
    lockChannel = ch;
    root = dir;
    return dir;
  }

  /** Deletes the staging directories of JVMs that are no longer running. */
  static void sweep(Path tmp) {
    try (Stream<Path> dirs = Files.list(tmp)) {
      dirs.filter(d -> d.getFileName().toString().startsWith(PREFIX) && Files.isDirectory(d))
          .filter(StagingRoot::isStale)
          .forEach(d -> {
            LOG.debug("deleting staged kernels of a JVM that is gone: {}", d);
            deleteTree(d);
          });
    } catch (IOException | RuntimeException e) {
      LOG.debug("cannot sweep {}: {}", tmp, e.toString());
    }
  }

  private static boolean isStale(Path dir) {
    Path lock = dir.resolve(LOCK);
    try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      FileLock held = ch.tryLock();
      if (held == null) return false; // a live JVM holds it
      try {
        // The owner writes its pid right after locking: a pid means the owner ran and is gone.
        return ch.size() > 0 || olderThanGrace(lock);
      } finally {
        held.release();
      }
    } catch (OverlappingFileLockException ours) {
      return false;
    } catch (NoSuchFileException noLock) {
      return olderThanGrace(dir); // its JVM died before creating the lock, or is creating it now
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static boolean olderThanGrace(Path p) {
    try {
      return Files.getLastModifiedTime(p).toInstant().isBefore(Instant.now().minus(CREATION_GRACE));
    } catch (IOException e) {
      return false;
    }
  }

  private static synchronized void deleteAtExit() {
    if (lockChannel != null) closeQuietly(lockChannel); // Windows cannot delete a file held open
    if (root != null) deleteTree(root);
  }

  /** Deletes a directory and everything in it, best effort (files still open on Windows stay). */
  static void deleteTree(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          LOG.debug("cannot delete {}: {}", p, e.toString());
        }
      });
    } catch (IOException | RuntimeException e) {
      LOG.debug("cannot delete {}: {}", dir, e.toString());
    }
  }

  private static void closeQuietly(FileChannel ch) {
    try {
      ch.close();
    } catch (IOException e) {
      LOG.debug("cannot close the staging lock: {}", e.toString());
    }
  }
}
