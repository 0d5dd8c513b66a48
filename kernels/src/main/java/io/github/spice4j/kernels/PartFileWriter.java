package io.github.spice4j.kernels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.OptionalLong;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Receives an HTTP response body and writes it into a {@code .part} file from a given offset,
 * recording when bytes last arrived so a stalled transfer can be abandoned ({@link #abort}).
 */
final class PartFileWriter implements HttpResponse.BodySubscriber<Void> {
  private final CompletableFuture<Void> body = new CompletableFuture<>();
  private final FileChannel out;
  private final KernelSource source;
  private final OptionalLong total;
  private final KernelManager.ProgressListener listener;
  private volatile long lastProgressNanos = System.nanoTime();
  private volatile Flow.Subscription subscription;
  private long written;

  /**
   * Opens {@code part} and cuts it to {@code offset} bytes.
   *
   * @throws UncheckedIOException when the file cannot be opened (fails the HTTP exchange)
   */
  PartFileWriter(Path part, long offset, KernelSource source, OptionalLong total, KernelManager.ProgressListener listener) {
    this.source = source;
    this.total = total;
    this.listener = listener;
    this.written = offset;
    try {
      out = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      out.truncate(offset);
      out.position(offset);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** When the last bytes arrived ({@link System#nanoTime()}). */
  long lastProgressNanos() {
    return lastProgressNanos;
  }

  /** Stops receiving (the client closes the connection), closes the file and fails the body with {@code why}. */
  void abort(IOException why) {
    Flow.Subscription s = subscription;
    if (s != null) s.cancel();
    close();
    body.completeExceptionally(why);
  }

  @Override
  public CompletionStage<Void> getBody() {
    return body;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    s.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    try {
      for (ByteBuffer b : buffers) {
        while (b.hasRemaining()) written += out.write(b);
      }
    } catch (IOException e) {
      abort(e);
      return;
    }
    lastProgressNanos = System.nanoTime();
    listener.progress(source, written, total);
    subscription.request(1);
  }

  @Override
  public void onError(Throwable t) {
    close();
    body.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    close();
    body.complete(null);
  }

  private void close() {
    try {
      out.close();
    } catch (IOException ignored) {
      // the size check after the transfer notices missing bytes
    }
  }
}
