package io.github.spice4j.kernels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
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

  /** How to treat a response: write its body at {@code offset}, or discard it and fail with {@code error}. */
  private record Plan(long offset, OptionalLong total, IOException error) {}

  /**
   * One request: continues {@code part} from {@code have} bytes when the server honours the range, else
   * rewrites it. The body is written as it arrives; a transfer that receives nothing for the stall
   * timeout is abandoned (the caller resumes it).
   */
  private Transfer transfer(KernelSource source, Path part, Path etagFile, long have) throws IOException {
    HttpRequest.Builder request = HttpRequest.newBuilder(source.uri()).GET().timeout(stallTimeout);
    if (have > 0) {
      request.header("Range", "bytes=" + have + "-");
      if (Files.exists(etagFile)) request.header("If-Range", Files.readString(etagFile, StandardCharsets.UTF_8));
    }
    AtomicReference<PartFileWriter> writer = new AtomicReference<>();
    AtomicReference<Plan> plan = new AtomicReference<>();
    HttpResponse.BodyHandler<Void> handler = info -> {
      Plan p = plan(source, info, have);
      plan.set(p);
      if (p.error() != null) return HttpResponse.BodySubscribers.replacing(null);
      writer.set(new PartFileWriter(part, p.offset(), source, p.total(), listener));
      return writer.get();
    };
    HttpResponse<Void> response = await(client.sendAsync(request.build(), handler), writer, source);
    Plan p = plan.get();
    if (p.error() != null) {
      if (!(p.error() instanceof KernelDownloadException)) Files.deleteIfExists(part); // start over next attempt
      throw p.error();
    }
    if (p.offset() == 0) {
      Optional<String> tag = response.headers().firstValue("ETag");
      if (tag.isPresent()) Files.writeString(etagFile, tag.get(), StandardCharsets.UTF_8);
      else Files.deleteIfExists(etagFile);
    }
    return new Transfer(p.total(), p.offset() > 0);
  }

  /** Reads the status and headers: where to write, or why not. */
  private static Plan plan(KernelSource source, HttpResponse.ResponseInfo info, long have) {
    int status = info.statusCode();
    if (status == 206) {
      String range = info.headers().firstValue("Content-Range").orElse("");
      Matcher m = CONTENT_RANGE.matcher(range);
      if (!m.matches() || Long.parseLong(m.group(1)) != have) {
        return new Plan(0, OptionalLong.empty(), new IOException("unexpected Content-Range '" + range + "'"));
      }
      return new Plan(have, m.group(3).equals("*") ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(m.group(3))), null);
    }
    if (status == 200) {
      long length = info.headers().firstValueAsLong("Content-Length").orElse(-1);
      return new Plan(0, length >= 0 ? OptionalLong.of(length) : OptionalLong.empty(), null);
    }
    if (status == 416 && have > 0) {
      return new Plan(0, OptionalLong.empty(), new IOException("server refused the range from byte " + have));
    }
    return new Plan(0, OptionalLong.empty(),
        new KernelDownloadException(source.name() + ": HTTP " + status + " from " + source.uri(), null));
  }

  /** Waits for the exchange, abandoning it when no byte arrived for the stall timeout. */
  private HttpResponse<Void> await(CompletableFuture<HttpResponse<Void>> exchange, AtomicReference<PartFileWriter> writer,
      KernelSource source) throws IOException {
    long started = System.nanoTime();
    while (true) {
      try {
        return exchange.get(Math.min(1000, stallTimeout.toMillis()), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        PartFileWriter w = writer.get();
        long last = w == null ? started : w.lastProgressNanos();
        if (System.nanoTime() - last > stallTimeout.toNanos()) {
          IOException stalled = new IOException("no data for " + stallTimeout.toSeconds() + " s; transfer abandoned");
          if (w != null) w.abort(stalled);
          exchange.cancel(true);
          throw stalled;
        }
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UncheckedIOException u) throw u.getCause();
        if (cause instanceof IOException io) throw io;
        throw new IOException(cause);
      } catch (InterruptedException e) {
        PartFileWriter w = writer.get();
        if (w != null) w.abort(new IOException("interrupted"));
        exchange.cancel(true);
        Thread.currentThread().interrupt();
        throw new KernelDownloadException(source.name() + ": interrupted", e);
      }
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
