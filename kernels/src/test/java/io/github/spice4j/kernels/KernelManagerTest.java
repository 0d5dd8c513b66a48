package io.github.spice4j.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.Spice;
import io.github.spice4j.StateVector;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kernel manager against a loopback HTTP server serving the shared NAIF kernels (never the internet). */
class KernelManagerTest {
  private static final Path KERNELS = Path.of(System.getProperty("spice4j.kernels", "../../shared/kernels"));

  @TempDir Path cache;
  private LoopbackKernelServer server;

  @BeforeEach
  void start() throws IOException {
    server = new LoopbackKernelServer(KERNELS);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private KernelManager manager() {
    return KernelManager.builder().cacheDirectory(cache).baseUri(server.genericBase()).timeout(Duration.ofSeconds(10))
        .build();
  }

  private static Path shared(String relative) {
    return KERNELS.resolve(relative);
  }

  @Test
  void downloadsVerifiesThenServesFromTheCache() throws IOException {
    KernelManager km = manager();
    List<FetchResult> first = km.fetch(List.of("naif0012.tls", "pck00011"));
    assertEquals(List.of(FetchResult.Status.DOWNLOADED, FetchResult.Status.DOWNLOADED),
        first.stream().map(FetchResult::status).toList(), first::toString);
    assertEquals(cache.resolve("generic_kernels/lsk/naif0012.tls"), first.get(0).file());
    assertEquals(cache.resolve("generic_kernels/pck/pck00011.tpc"), first.get(1).file());
    assertArrayEquals(Files.readAllBytes(shared("lsk/naif0012.tls")), Files.readAllBytes(first.get(0).file()));
    assertArrayEquals(Files.readAllBytes(shared("pck/pck00011.tpc")), Files.readAllBytes(first.get(1).file()));
    assertEquals(List.of("GET /generic_kernels/lsk/naif0012.tls", "GET /generic_kernels/pck/pck00011.tpc"), server.requests);
    assertNoLeftovers();

    List<FetchResult> again = km.fetch(List.of("naif0012.tls", "pck00011.tpc"));
    assertEquals(List.of(FetchResult.Status.CACHED, FetchResult.Status.CACHED),
        again.stream().map(FetchResult::status).toList());
    assertEquals(2, server.requests.size(), "cached kernels need no request: " + server.requests);
  }

  @Test
  void resumesWhenTheServerDropsTheConnectionMidFile() throws IOException {
    server.cutNextTransfer("pck00011.tpc", 50_000);
    assertResumedAfterOneRetry(manager(), "pck00011.tpc", "pck/pck00011.tpc", 50_000);
  }

  @Test
  void abandonsAStalledTransferAndResumesIt() throws IOException {
    server.stallNextTransfer("gm_de440.tpc", 4_000);
    KernelManager km = KernelManager.builder().cacheDirectory(cache).baseUri(server.genericBase())
        .timeout(Duration.ofSeconds(2)).build();
    long t0 = System.nanoTime();
    assertResumedAfterOneRetry(km, "gm_de440.tpc", "pck/gm_de440.tpc", 4_000);
    assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(30).toNanos(), "the stall was cut short");
  }

  /** One full request that broke off after {@code at} bytes, one range request for the rest, identical bytes. */
  private void assertResumedAfterOneRetry(KernelManager km, String name, String path, long at) throws IOException {
    FetchResult r = km.fetch(List.of(name)).get(0);
    assertEquals(FetchResult.Status.RESUMED, r.status(), r::toString);
    assertEquals(List.of("GET /generic_kernels/" + path, "GET /generic_kernels/" + path + " bytes=" + at + "-"),
        server.requests);
    assertEquals(FileDigest.sha256(shared(path)), FileDigest.sha256(r.file()));
    assertNoLeftovers();
  }

  @Test
  void continuesAPartialFileLeftByAnEarlierRun() throws IOException {
    Path target = cache.resolve("generic_kernels/pck/moon_pa_de421_1900-2050.bpc");
    Files.createDirectories(target.getParent());
    byte[] all = Files.readAllBytes(shared("pck/moon_pa_de421_1900-2050.bpc"));
    Files.write(target.resolveSibling(target.getFileName() + ".part"), java.util.Arrays.copyOf(all, 123_456));
    Path file = manager().get("moon_pa_de421_1900-2050.bpc");
    assertEquals(target, file);
    assertEquals(List.of("GET /generic_kernels/pck/moon_pa_de421_1900-2050.bpc bytes=123456-"), server.requests);
    assertArrayEquals(all, Files.readAllBytes(file));
    assertNoLeftovers();
  }

  @Test
  void checksumMismatchIsRefusedAndNothingIsKept() throws IOException {
    server.substitute("naif0012.tls", shared("pck/gm_de440.tpc"));
    KernelVerificationException e = assertThrows(KernelVerificationException.class, () -> manager().get("naif0012.tls"));
    assertTrue(e.getMessage().contains("expected 5257"), e::getMessage);
    assertFalse(Files.exists(cache.resolve("generic_kernels/lsk/naif0012.tls")));
    assertNoLeftovers();

    // same size, other bytes: caught by the SHA-256 (a URL source with a caller-supplied checksum)
    KernelSource src = KernelSource.ofUrl(server.missionUrl("naif0012.tls"))
        .expecting(OptionalLong.of(Files.size(shared("pck/gm_de440.tpc"))), "00".repeat(32));
    KernelVerificationException sha = assertThrows(KernelVerificationException.class, () -> manager().get(src));
    assertTrue(sha.getMessage().contains("sha256 " + FileDigest.sha256(shared("pck/gm_de440.tpc"))), sha::getMessage);
    assertNoLeftovers();
  }

  @Test
  void offlineUsesTheCacheAndSaysWhatIsMissing() throws IOException {
    manager().get("naif0012.tls");
    server.requests.clear();
    KernelManager offline = KernelManager.builder().cacheDirectory(cache).baseUri(server.genericBase()).offline(true).build();
    List<FetchResult> r = offline.fetch(List.of("naif0012.tls", "pck00011.tpc"));
    assertEquals(FetchResult.Status.CACHED, r.get(0).status());
    assertEquals(FetchResult.Status.MISSING, r.get(1).status());
    assertNull(r.get(1).file());
    assertTrue(r.get(1).detail().contains("offline") && r.get(1).detail().contains("pck00011.tpc"), r.get(1)::detail);
    assertEquals(List.of(), server.requests, "offline never uses the network");
    assertThrows(KernelDownloadException.class, () -> offline.get("pck00011.tpc"));
  }

  @Test
  void unreachableServerLeavesCachedKernelsUsable() throws IOException {
    manager().get("naif0012.tls");
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    KernelManager km = KernelManager.builder().cacheDirectory(cache)
        .baseUri(URI.create("http://127.0.0.1:" + closedPort + "/generic_kernels/")).maxAttempts(2)
        .timeout(Duration.ofSeconds(5)).build();
    List<FetchResult> r = km.fetch(List.of("naif0012.tls", "pck00011.tpc"));
    assertEquals(FetchResult.Status.CACHED, r.get(0).status());
    assertEquals(FetchResult.Status.MISSING, r.get(1).status());
    assertTrue(r.get(1).detail().contains("failed after 2 attempts"), r.get(1)::detail);
  }

  @Test
  void httpErrorsAreReportedWithoutRetrying() {
    KernelDownloadException e = assertThrows(KernelDownloadException.class,
        () -> manager().get(server.missionUrl("no_such_kernel.bsp")));
    assertTrue(e.getMessage().contains("HTTP 404"), e::getMessage);
    assertEquals(1, server.requests.size());
  }

  /**
   * A mission kernel by URL plus catalog kernels, written into a meta-kernel under a path long enough to
   * need continued strings; the engine loads it and reproduces CSPICE's Moon state (golden
   * {@code spkezr} MOON wrt EARTH, J2000, LT+S at 2024-01-01T00:00:00 UTC in ephemeris.json).
   */
  @Test
  void metaKernelOfDownloadedKernelsLoadsInTheEngine() throws IOException {
    KernelManager km = KernelManager.builder().cacheDirectory(cache.resolve("a-rather-long-directory-name-".repeat(3)))
        .baseUri(server.genericBase()).build();
    List<Path> files = km.fetch(List.of("naif0012.tls", "pck00011.tpc",
        server.missionUrl("de440s_2023_2026_excerpt.bsp"))).stream().map(FetchResult::file).toList();
    assertTrue(files.get(2).toString().length() > MetaKernel.PIECE, files.get(2)::toString);
    Path mk = MetaKernel.write(cache.resolve("spice4j.tm"), files);
    try (Spice spice = Spice.create()) {
      spice.load(mk);
      assertEquals(4, spice.loadedKernels().size(), () -> spice.loadedKernels().toString());
      StateVector s = spice.state("MOON", "EARTH", "J2000", AberrationCorrection.LT_S, spice.utcToEt("2024-01-01T00:00:00"));
      double[] golden = {-367949.6181410051, 142710.16764337406, 89307.51323453533};
      double norm = Math.sqrt(golden[0] * golden[0] + golden[1] * golden[1] + golden[2] * golden[2]);
      assertEquals(golden[0], s.position().x(), 1e-11 * norm);
      assertEquals(golden[1], s.position().y(), 1e-11 * norm);
      assertEquals(golden[2], s.position().z(), 1e-11 * norm);
      assertEquals(1.3497148596327475, s.lightTime(), 1e-15 + 1e-12 * 1.35);
    }
  }

  @Test
  void shippedChecksumsMatchTheReferenceCopies() throws IOException {
    Map<String, Path> byName;
    try (Stream<Path> s = Files.walk(KERNELS)) {
      byName = s.filter(Files::isRegularFile).collect(java.util.stream.Collectors.toMap(p -> p.getFileName().toString(), p -> p));
    }
    int checked = 0;
    for (KernelCatalog.Entry e : KernelCatalog.builtIn().entries()) {
      if (e.sha256() == null) continue;
      Path copy = byName.get(e.name());
      assertTrue(copy != null, "no reference copy of " + e.name());
      assertEquals(e.size().getAsLong(), Files.size(copy), e.name());
      assertEquals(e.sha256(), FileDigest.sha256(copy), e.name());
      checked++;
    }
    assertEquals(8, checked);
  }

  @Test
  void namesResolveThroughTheCatalog() {
    KernelManager km = manager();
    assertEquals(List.of("naif0012.tls", "pck00011.tpc", "de440s.bsp"),
        km.resolve("basic").stream().map(KernelSource::name).toList());
    assertEquals(server.genericBase().resolve("spk/planets/de440s.bsp"), km.resolve("DE440S").get(0).uri());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> km.resolve("naif0099.tls"));
    assertTrue(unknown.getMessage().contains("naif0012.tls") && unknown.getMessage().contains("basic"), unknown::getMessage);
    assertThrows(IllegalArgumentException.class, () -> KernelSource.ofUrl("ftp://example.invalid/x.bsp"));
    assertThrows(IllegalArgumentException.class, () -> km.get("basic"));
    KernelSource url = KernelSource.ofUrl(server.missionUrl("x.bsp"));
    assertTrue(url.cachePath().startsWith("127.0.0.1_") && url.cachePath().endsWith("/mission/x.bsp"), url::cachePath);
  }

  @Test
  void cacheDirectoryDefaults() {
    Map<String, String> props = Map.of("user.home", "/home/u");
    assertEquals(Path.of("/home/u/.cache/spice4j/kernels"), KernelManager.Builder.defaultCacheDir(props::get, k -> null));
    assertEquals(Path.of("/x/spice4j/kernels"),
        KernelManager.Builder.defaultCacheDir(props::get, Map.of("XDG_CACHE_HOME", "/x")::get));
    assertEquals(Path.of("/env"), KernelManager.Builder.defaultCacheDir(props::get, Map.of(KernelManager.CACHE_ENV, "/env")::get));
    Map<String, String> withProp = Map.of("user.home", "/home/u", KernelManager.CACHE_PROPERTY, "/prop");
    assertEquals(Path.of("/prop"),
        KernelManager.Builder.defaultCacheDir(withProp::get, Map.of(KernelManager.CACHE_ENV, "/env")::get));
  }

  @Test
  void metaKernelPiecesFitPoolStrings() {
    String path = "/" + "abcdefghij/".repeat(20) + "de440s.bsp";
    List<String> pieces = MetaKernel.pieces(path);
    assertTrue(pieces.size() > 2);
    for (int i = 0; i < pieces.size(); i++) {
      assertTrue(pieces.get(i).length() <= MetaKernel.PIECE + 1, pieces.get(i));
      assertEquals(i < pieces.size() - 1, pieces.get(i).endsWith("+"));
    }
    assertEquals(path, String.join("", pieces.stream().map(p -> p.endsWith("+") ? p.substring(0, p.length() - 1) : p).toList()));
  }

  private void assertNoLeftovers() throws IOException {
    try (Stream<Path> s = Files.walk(cache)) {
      List<Path> partial = s.filter(p -> p.toString().endsWith(".part") || p.toString().endsWith(".etag")).toList();
      assertEquals(List.of(), partial);
    }
  }
}
