package io.github.spice4j.kernels;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An HTTP server on 127.0.0.1 serving the shared kernels by file name under {@code /generic_kernels/...}
 * (whatever the directory part) and {@code /mission/<name>}, with {@code Range} support and failure
 * injection: cut a file's first transfer after some bytes, or serve different bytes for a name.
 */
public final class LoopbackKernelServer implements AutoCloseable {
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

  private final HttpServer server;
  private final Map<String, Path> files = new ConcurrentHashMap<>();
  private final Map<String, Long> cutAfter = new ConcurrentHashMap<>();
  private final Map<String, Long> stallAfter = new ConcurrentHashMap<>();
  private final CountDownLatch closing = new CountDownLatch(1);
  private final Map<String, Path> substitutes = new ConcurrentHashMap<>();
  /** Every request, as "GET /path [Range]". */
  public final List<String> requests = new CopyOnWriteArrayList<>();

  /**
   * Starts serving.
   *
   * @param kernelsDir directory tree whose files are served by file name
   * @throws IOException when the server cannot start
   */
  public LoopbackKernelServer(Path kernelsDir) throws IOException {
    try (Stream<Path> s = Files.walk(kernelsDir)) {
      s.filter(Files::isRegularFile).forEach(p -> files.put(p.getFileName().toString(), p));
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newCachedThreadPool()); // a stalled transfer must not block the retry
    server.start();
  }

  /** The base URL of the generic-kernels tree. */
  public URI genericBase() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/generic_kernels/");
  }

  /** URL of a file served under /mission/. */
  public String missionUrl(String name) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/mission/" + name;
  }

  /** The next full transfer of {@code name} stops (connection closed) after {@code bytes} bytes. */
  public void cutNextTransfer(String name, long bytes) {
    cutAfter.put(name, bytes);
  }

  /** The next full transfer of {@code name} sends {@code bytes} bytes, then nothing more (the connection stays open). */
  public void stallNextTransfer(String name, long bytes) {
    stallAfter.put(name, bytes);
  }

  /** Serve {@code other}'s bytes when {@code name} is asked for. */
  public void substitute(String name, Path other) {
    substitutes.put(name, other);
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    String range = ex.getRequestHeaders().getFirst("Range");
    requests.add(ex.getRequestMethod() + " " + path + (range == null ? "" : " " + range));
    String name = path.substring(path.lastIndexOf('/') + 1);
    Path file = substitutes.getOrDefault(name, files.get(name));
    if (file == null) {
      ex.sendResponseHeaders(404, -1);
      ex.close();
      return;
    }
    byte[] all = Files.readAllBytes(file);
    int from = 0;
    if (range != null) {
      Matcher m = RANGE.matcher(range);
      if (m.matches()) from = (int) Long.parseLong(m.group(1));
      if (from >= all.length) {
        ex.getResponseHeaders().add("Content-Range", "bytes */" + all.length);
        ex.sendResponseHeaders(416, -1);
        ex.close();
        return;
      }
      ex.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + (all.length - 1) + "/" + all.length);
      ex.sendResponseHeaders(206, all.length - from);
    } else {
      ex.sendResponseHeaders(200, all.length);
    }
    Long cut = cutAfter.remove(name);
    Long stall = stallAfter.remove(name);
    OutputStream out = ex.getResponseBody();
    if (stall != null) {
      out.write(all, from, (int) Math.min(stall, all.length - from));
      out.flush();
      try {
        closing.await(60, TimeUnit.SECONDS); // hold the connection open, sending nothing
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      closeAbruptly(ex);
      return;
    }
    if (cut != null) {
      out.write(all, from, (int) Math.min(cut, all.length - from));
      out.flush();
      closeAbruptly(ex);
      return;
    }
    out.write(all, from, all.length - from);
    out.close();
  }

  /** Ends the exchange before Content-Length bytes were sent: the server drops the connection. */
  private static void closeAbruptly(HttpExchange ex) {
    try {
      ex.close(); // fewer bytes than announced: HttpServer closes the connection
    } catch (RuntimeException ignored) {
      // the short body is the point
    }
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
  }
}
