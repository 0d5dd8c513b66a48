package io.github.spice4j.kernels;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Gets kernels into a local cache: NAIF's generic kernels by catalog name ({@code naif0012.tls},
 * {@code de440s}, or a set such as {@code basic}) and any kernel by http(s) URL.
 *
 * <p>A cached file is used without touching the network (after checking it against the catalog's size
 * and SHA-256 when those are known). Otherwise it is downloaded with {@link HttpClient}: into
 * {@code <file>.part}, continued with HTTP range requests after a dropped connection (also across
 * runs), verified, then moved into place. Offline ({@link Builder#offline(boolean)}), only the cache is
 * used and {@link #fetch(List)} reports what is missing.
 *
 * <p>Defaults ({@link #create()}): cache directory from system property {@value #CACHE_PROPERTY},
 * environment variable {@value #CACHE_ENV}, {@code $XDG_CACHE_HOME/spice4j/kernels}, or
 * {@code ~/.cache/spice4j/kernels}; generic-kernel base URL from {@value #BASE_URL_PROPERTY} /
 * {@value #BASE_URL_ENV} (a mirror of NAIF's {@code generic_kernels/} layout), else
 * {@link KernelCatalog#NAIF_GENERIC_KERNELS}; offline when {@value #OFFLINE_PROPERTY} or
 * {@value #OFFLINE_ENV} is {@code true}.
 *
 * <p>Instances are immutable and thread-safe; concurrent downloads of the same file (also from other
 * processes) are serialized by a lock file next to it.
 */
public final class KernelManager {
  /** System property naming the cache directory. */
  public static final String CACHE_PROPERTY = "spice4j.kernels.cache";
  /** Environment variable naming the cache directory. */
  public static final String CACHE_ENV = "SPICE4J_KERNELS_CACHE";
  /** System property naming the generic-kernels base URL. */
  public static final String BASE_URL_PROPERTY = "spice4j.kernels.baseUrl";
  /** Environment variable naming the generic-kernels base URL. */
  public static final String BASE_URL_ENV = "SPICE4J_KERNELS_BASE_URL";
  /** System property: {@code true} to use only the cache. */
  public static final String OFFLINE_PROPERTY = "spice4j.kernels.offline";
  /** Environment variable: {@code true} to use only the cache. */
  public static final String OFFLINE_ENV = "SPICE4J_KERNELS_OFFLINE";

  /** Receives download progress (called on the downloading thread, possibly often). */
  @FunctionalInterface
  public interface ProgressListener {
    /**
     * @param source the kernel being downloaded
     * @param bytes bytes of the file present so far (including a resumed part)
     * @param total the file's size when the server told it
     */
    void progress(KernelSource source, long bytes, OptionalLong total);
  }

  private final Path cacheDir;
  private final URI baseUri;
  private final KernelCatalog catalog;
  private final boolean offline;
  private final Downloader downloader;

  private KernelManager(Builder b) {
    this.cacheDir = b.cacheDir.toAbsolutePath().normalize();
    this.baseUri = b.baseUri;
    this.catalog = b.catalog;
    this.offline = b.offline;
    HttpClient client = b.client != null ? b.client
        : HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(b.timeout).build();
    this.downloader = new Downloader(client, b.maxAttempts, b.timeout, b.listener);
  }

  /**
   * A manager with the defaults (see the class description).
   *
   * @return the manager
   */
  public static KernelManager create() {
    return builder().build();
  }

  /**
   * A builder starting from the defaults (see the class description).
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder(System::getProperty, System::getenv);
  }

  /** The cache directory (absolute). */
  public Path cacheDirectory() {
    return cacheDir;
  }

  /** The catalog used to resolve names. */
  public KernelCatalog catalog() {
    return catalog;
  }

  /** Whether this manager never uses the network. */
  public boolean offline() {
    return offline;
  }

  /**
   * Resolves what to fetch: an http(s) URL as itself, a catalog set as its members, a kernel name as
   * its catalog entry under the base URL.
   *
   * @param nameOrUrl e.g. {@code naif0012.tls}, {@code de440s}, {@code basic} or an http(s) URL
   * @return the sources, in load order
   * @throws IllegalArgumentException for an unknown name (the message lists the catalog) or a bad URL
   */
  public List<KernelSource> resolve(String nameOrUrl) {
    String s = nameOrUrl.strip();
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) return List.of(KernelSource.ofUrl(s));
    return catalog.expand(s).stream().map(e -> e.source(baseUri)).toList();
  }

  /**
   * Where a source lives in the cache (whether or not it is there yet).
   *
   * @param source the kernel
   * @return the absolute file path
   */
  public Path cachedPath(KernelSource source) {
    return cacheDir.resolve(source.cachePath());
  }

  /**
   * Gets one kernel, downloading it when it is not cached.
   *
   * @param nameOrUrl a catalog kernel name or an http(s) URL (not a set: use {@link #fetch(List)})
   * @return the cached file
   * @throws IllegalArgumentException for an unknown name, a set, or a bad URL
   * @throws KernelVerificationException when the download does not match the expected size/SHA-256
   * @throws KernelDownloadException when it is not cached and offline, or the download fails
   * @throws IOException when the cache cannot be written
   */
  public Path get(String nameOrUrl) throws IOException {
    List<KernelSource> sources = resolve(nameOrUrl);
    if (sources.size() != 1) throw new IllegalArgumentException(nameOrUrl + " is a set; use fetch(List.of(\"" + nameOrUrl + "\"))");
    return get(sources.get(0));
  }

  /**
   * Gets one kernel, downloading it when it is not cached.
   *
   * @param source the kernel
   * @return the cached file
   * @throws KernelVerificationException when the download does not match the expected size/SHA-256
   * @throws KernelDownloadException when it is not cached and offline, or the download fails
   * @throws IOException when the cache cannot be written
   */
  public Path get(KernelSource source) throws IOException {
    FetchResult r = fetchOne(source, true);
    return r.file();
  }

  /**
   * Gets every named kernel it can and says what it could not: never throws for a single missing
   * kernel, so an offline or partly failed run still yields the cached ones.
   *
   * @param namesOrUrls catalog names, set names or http(s) URLs
   * @return one result per kernel, in order (sets expanded, duplicates dropped)
   * @throws IllegalArgumentException for an unknown name or bad URL (before anything is fetched)
   */
  public List<FetchResult> fetch(List<String> namesOrUrls) {
    List<KernelSource> sources = new ArrayList<>();
    for (String n : namesOrUrls) {
      for (KernelSource s : resolve(n)) {
        if (sources.stream().noneMatch(o -> o.cachePath().equals(s.cachePath()))) sources.add(s);
      }
    }
    return sources.stream().map(this::fetch).toList();
  }

  /**
   * Gets one kernel like {@link #fetch(List)}: a kernel that cannot be had is reported, not thrown.
   *
   * @param source the kernel, e.g. a URL with an expected checksum ({@link KernelSource#expecting})
   * @return the result; {@link FetchResult.Status#MISSING} with the reason when offline and not cached,
   *     or when the download fails or does not verify
   */
  public FetchResult fetch(KernelSource source) {
    try {
      return fetchOne(source, false);
    } catch (IOException e) {
      return new FetchResult(source, FetchResult.Status.MISSING, null, e.getMessage());
    }
  }

  private FetchResult fetchOne(KernelSource source, boolean throwIfMissing) throws IOException {
    Path file = cachedPath(source);
    if (Files.isRegularFile(file)) {
      String mismatch = FileDigest.mismatch(source, file);
      if (mismatch == null) return new FetchResult(source, FetchResult.Status.CACHED, file, "");
      if (offline) {
        throw new KernelVerificationException(source.name() + ": cached " + file + " has " + mismatch
            + " and the manager is offline");
      }
      // a stale or damaged copy: download it again below
    }
    if (offline) {
      String why = source.name() + ": not in the cache (" + file + ") and offline; fetch it online once, or copy it there";
      if (throwIfMissing) throw new KernelDownloadException(why, null);
      return new FetchResult(source, FetchResult.Status.MISSING, null, why);
    }
    boolean resumed = downloader.download(source, file);
    return new FetchResult(source, resumed ? FetchResult.Status.RESUMED : FetchResult.Status.DOWNLOADED, file, "");
  }

  /** Configures a {@link KernelManager}; starts from the defaults of {@link KernelManager#builder()}. */
  public static final class Builder {
    private Path cacheDir;
    private URI baseUri;
    private KernelCatalog catalog = KernelCatalog.builtIn();
    private boolean offline;
    private HttpClient client;
    private int maxAttempts = 4;
    private Duration timeout = Duration.ofSeconds(30);
    private ProgressListener listener = (s, b, t) -> {};

    Builder(Function<String, String> properties, Function<String, String> env) {
      cacheDir = defaultCacheDir(properties, env);
      String base = firstSet(properties.apply(BASE_URL_PROPERTY), env.apply(BASE_URL_ENV));
      baseUri = base == null ? KernelCatalog.NAIF_GENERIC_KERNELS : directoryUri(base);
      offline = "true".equalsIgnoreCase(firstSet(properties.apply(OFFLINE_PROPERTY), env.apply(OFFLINE_ENV)));
    }

    static Path defaultCacheDir(Function<String, String> properties, Function<String, String> env) {
      String explicit = firstSet(properties.apply(CACHE_PROPERTY), env.apply(CACHE_ENV));
      if (explicit != null) return Path.of(explicit);
      String xdg = env.apply("XDG_CACHE_HOME");
      if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "spice4j", "kernels");
      return Path.of(properties.apply("user.home"), ".cache", "spice4j", "kernels");
    }

    private static String firstSet(String a, String b) {
      if (a != null && !a.isBlank()) return a.strip();
      if (b != null && !b.isBlank()) return b.strip();
      return null;
    }

    private static URI directoryUri(String base) {
      return URI.create(base.endsWith("/") ? base : base + "/");
    }

    /**
     * @param dir the cache directory
     * @return this builder
     */
    public Builder cacheDirectory(Path dir) {
      this.cacheDir = Objects.requireNonNull(dir, "dir");
      return this;
    }

    /**
     * @param base where the generic kernels are served, in NAIF's {@code generic_kernels/} layout (a mirror)
     * @return this builder
     */
    public Builder baseUri(URI base) {
      this.baseUri = directoryUri(Objects.requireNonNull(base, "base").toString());
      return this;
    }

    /**
     * @param catalog the catalog resolving names (default: {@link KernelCatalog#builtIn()})
     * @return this builder
     */
    public Builder catalog(KernelCatalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
      return this;
    }

    /**
     * @param offline true to use only the cache, never the network
     * @return this builder
     */
    public Builder offline(boolean offline) {
      this.offline = offline;
      return this;
    }

    /**
     * @param client the HTTP client (proxies, authentication, TLS settings); default: redirects followed
     * @return this builder
     */
    public Builder httpClient(HttpClient client) {
      this.client = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * @param attempts requests per kernel before giving up on a dropped or stalled transfer (default 4), at least 1
     * @return this builder
     * @throws IllegalArgumentException when less than 1
     */
    public Builder maxAttempts(int attempts) {
      if (attempts < 1) throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
      this.maxAttempts = attempts;
      return this;
    }

    /**
     * @param timeout connect timeout, and the longest time a transfer may go without receiving a byte
     *     before it is abandoned and resumed (default 30 s)
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder timeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
      this.timeout = timeout;
      return this;
    }

    /**
     * @param listener receives download progress
     * @return this builder
     */
    public Builder progress(ProgressListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * @return the manager
     */
    public KernelManager build() {
      return new KernelManager(this);
    }
  }
}
