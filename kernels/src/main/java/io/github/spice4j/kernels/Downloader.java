package io.github.spice4j.kernels;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resumable HTTP download of one file into the cache: bytes go to {@code <file>.part}; an interrupted
 * transfer is continued with an HTTP {@code Range} request (guarded by {@code If-Range} with the
 * server's ETag, so a file changed on the server restarts from zero), up to a number of attempts;
 * the result is checked against the expected size/SHA-256 and only then moved into place. A lock file
 * ({@code <file>.lock}, left in place: deleting it would race with a waiting process) keeps two
 * processes from writing the same {@code .part}.
 */
final class Downloader {
  private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");
  private static final int BUFFER = 1 << 16;
  private static final ConcurrentHashMap<Path, Object> MONITORS = new ConcurrentHashMap<>();

  private final HttpClient client;
  private final int maxAttempts;
  private final Duration stallTimeout;
  private final KernelManager.ProgressListener listener;

  Downloader(HttpClient client, int maxAttempts, Duration stallTimeout, KernelManager.ProgressListener listener) {
    this.client = client;
    this.maxAttempts = maxAttempts;
    this.stallTimeout = stallTimeout;
    this.listener = listener;
  }

  /**
   * Downloads {@code source} to {@code target}.
   *
   * @return true when a partial download was continued, false for a transfer from the start
   */
  boolean download(KernelSource source, Path target) throws IOException {
    Files.createDirectories(target.getParent());
    // File locks are per process: threads of this JVM queue on a monitor first, then on the lock file.
    synchronized (MONITORS.computeIfAbsent(target, k -> new Object())) {
      try (FileChannel lockChannel = FileChannel.open(sibling(target, ".lock"), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE); FileLock ignored = lockChannel.lock()) {
        if (Files.isRegularFile(target) && FileDigest.mismatch(source, target) == null) {
          return false; // another thread or process finished it while we waited
        }
        return downloadLocked(source, target);
      }
    }
  }

  private boolean downloadLocked(KernelSource source, Path target) throws IOException {
    Path part = sibling(target, ".part");
    Path etagFile = sibling(target, ".part.etag");
    boolean resumed = false;
    IOException last = null;
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      long have = Files.exists(part) ? Files.size(part) : 0;
      try {
        Transfer t = transfer(source, part, etagFile, have);
        resumed |= t.continued();
        long size = Files.size(part);
        if (t.total().isPresent() && size != t.total().getAsLong()) {
          throw new IOException("connection ended after " + size + " of " + t.total().getAsLong() + " bytes");
        }
        last = null;
        break;
      } catch (KernelDownloadException e) {
        throw e; // HTTP errors: retrying will not help
      } catch (IOException e) {
        last = e; // dropped connection or stall: the next attempt resumes from what .part holds
        if (attempt < maxAttempts) pause(attempt);
      }
    }
    if (last != null) {
      String kept = Files.exists(part) ? " (partial data kept in " + part + " for the next try)" : "";
      throw new KernelDownloadException(source.name() + ": download from " + source.uri() + " failed after "
          + maxAttempts + " attempts" + kept + ": " + last, last);
    }
    String mismatch = FileDigest.mismatch(source, part);
    if (mismatch != null) {
      Files.deleteIfExists(part);
      Files.deleteIfExists(etagFile);
      throw new KernelVerificationException(source.name() + ": download from " + source.uri() + " has " + mismatch
          + "; deleted it");
    }
    Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    Files.deleteIfExists(etagFile);
    return resumed;
  }

  /** One request's outcome: the full size when the server told it, and whether it continued a partial file. */
  private record Transfer(OptionalLong total, boolean continued) {}

  /** One request: continues {@code part} from {@code have} bytes when the server honours the range, else rewrites it. */
  private Transfer transfer(KernelSource source, Path part, Path etagFile, long have) throws IOException {
    HttpRequest.Builder request = HttpRequest.newBuilder(source.uri()).GET().timeout(stallTimeout);
    Optional<String> etag = have > 0 && Files.exists(etagFile)
        ? Optional.of(Files.readString(etagFile, StandardCharsets.UTF_8)) : Optional.empty();
    if (have > 0) {
      request.header("Range", "bytes=" + have + "-");
      etag.ifPresent(t -> request.header("If-Range", t));
    }
    HttpResponse<InputStream> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KernelDownloadException(source.name() + ": interrupted", e);
    }
    try (InputStream body = response.body()) {
      int status = response.statusCode();
      long offset;
      OptionalLong total;
      if (status == 206) {
        Matcher m = CONTENT_RANGE.matcher(response.headers().firstValue("Content-Range").orElse(""));
        if (!m.matches() || Long.parseLong(m.group(1)) != have) {
          Files.deleteIfExists(part); // a range we did not ask for: start over on the next attempt
          throw new IOException("unexpected Content-Range " + response.headers().firstValue("Content-Range"));
        }
        offset = have;
        total = m.group(3).equals("*") ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(m.group(3)));
      } else if (status == 200) {
        offset = 0;
        long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        total = length >= 0 ? OptionalLong.of(length) : OptionalLong.empty();
        Optional<String> newTag = response.headers().firstValue("ETag");
        if (newTag.isPresent()) Files.writeString(etagFile, newTag.get(), StandardCharsets.UTF_8);
        else Files.deleteIfExists(etagFile);
      } else if (status == 416 && have > 0) {
        Files.deleteIfExists(part); // our partial file is longer than the server's: start over
        throw new IOException("server refused the range from byte " + have);
      } else {
        throw new KernelDownloadException(source.name() + ": HTTP " + status + " from " + source.uri(), null);
      }
      copy(source, body, part, offset, total);
      return new Transfer(total, offset > 0);
    }
  }

  /** Streams the body into {@code part} at {@code offset}; a stalled connection is aborted after the stall timeout. */
  private void copy(KernelSource source, InputStream body, Path part, long offset, OptionalLong total) throws IOException {
    AtomicLong lastProgress = new AtomicLong(System.nanoTime());
    ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "spice4j-kernels-watchdog");
      t.setDaemon(true);
      return t;
    });
    ScheduledFuture<?> check = watchdog.scheduleAtFixedRate(() -> {
      if (System.nanoTime() - lastProgress.get() > stallTimeout.toNanos()) {
        try {
          body.close(); // unblocks the read below with an IOException; the caller retries
        } catch (IOException ignored) {
          // closing is best effort
        }
      }
    }, 1, 1, TimeUnit.SECONDS);
    try (FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      out.truncate(offset);
      out.position(offset);
      byte[] buf = new byte[BUFFER];
      long written = offset;
      for (int n = body.read(buf); n >= 0; n = body.read(buf)) {
        out.write(ByteBuffer.wrap(buf, 0, n));
        written += n;
        lastProgress.set(System.nanoTime());
        listener.progress(source, written, total);
      }
    } finally {
      check.cancel(false);
      watchdog.shutdownNow();
    }
  }

  /** A short, growing pause before retrying, so a briefly unreachable server gets a moment. */
  private static void pause(int attempt) throws KernelDownloadException {
    try {
      Thread.sleep(250L * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KernelDownloadException("interrupted while waiting to retry", e);
    }
  }

  private static Path sibling(Path target, String suffix) {
    return target.resolveSibling(target.getFileName() + suffix);
  }
}
