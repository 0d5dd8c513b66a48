package io.github.spice4j.kernels;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * NAIF's generic kernels by name: each entry's path under NAIF's {@code generic_kernels/} directory
 * and, where known, its size and SHA-256; plus named sets (e.g. {@code basic} = LSK, PCK, DE440s).
 *
 * <p>The shipped catalog ({@link #builtIn()}) is {@code io/github/spice4j/kernels/catalog.tsv}; its
 * header says where the sizes and checksums come from. A catalog can also be read from any stream in
 * the same format ({@link #parse(InputStream)}), e.g. for a mirror with other files.
 */
public final class KernelCatalog {
  /** NAIF's public generic-kernels directory, the default base of catalog entries. */
  public static final URI NAIF_GENERIC_KERNELS = URI.create("https://naif.jpl.nasa.gov/pub/naif/generic_kernels/");
  /** Cache directory (relative to the cache root) holding catalog kernels, mirroring NAIF's layout. */
  public static final String CACHE_PREFIX = "generic_kernels/";

  /**
   * One catalog kernel.
   *
   * @param name the file name used to ask for it, e.g. {@code naif0012.tls}
   * @param path its path under {@code generic_kernels/}, e.g. {@code lsk/naif0012.tls}
   * @param size its size in bytes, or empty when not known
   * @param sha256 its SHA-256 in hex, or null when not known
   * @param description what it holds
   */
  public record Entry(String name, String path, OptionalLong size, String sha256, String description) {
    /**
     * This entry as a download source under {@code base}.
     *
     * @param base the generic-kernels base URL (ending in {@code /})
     * @return the source, cached under {@value KernelCatalog#CACHE_PREFIX}{@code <path>}
     */
    public KernelSource source(URI base) {
      return new KernelSource(name, base.resolve(path), CACHE_PREFIX + path, size, sha256);
    }
  }

  private final Map<String, Entry> entries;
  private final Map<String, List<String>> sets;

  private KernelCatalog(Map<String, Entry> entries, Map<String, List<String>> sets) {
    this.entries = Collections.unmodifiableMap(entries);
    this.sets = Collections.unmodifiableMap(sets);
  }

  /**
   * The catalog shipped in this jar.
   *
   * @return the parsed catalog
   * @throws UncheckedIOException when the resource is missing or unreadable (a broken jar)
   */
  public static KernelCatalog builtIn() {
    try (InputStream in = KernelCatalog.class.getResourceAsStream("catalog.tsv")) {
      if (in == null) throw new IOException("catalog.tsv missing from the spice4j-kernels jar");
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a catalog: tab-separated {@code name, path, size, sha256, description} lines ({@code -} for
   * an unknown size or checksum), {@code @set member member ...} lines, {@code #} comments.
   *
   * @param in UTF-8 text; not closed
   * @return the catalog
   * @throws IOException when reading fails
   * @throws IllegalArgumentException for a malformed line (named by number) or a set naming an unknown kernel
   */
  public static KernelCatalog parse(InputStream in) throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    Map<String, List<String>> sets = new LinkedHashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int number = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      number++;
      if (line.isBlank() || line.startsWith("#")) continue;
      if (line.startsWith("@")) {
        String[] words = line.substring(1).strip().split("\\s+");
        sets.put(words[0], List.of(Arrays.copyOfRange(words, 1, words.length)));
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 5) throw new IllegalArgumentException("catalog line " + number + ": expected 5 tab-separated fields");
      OptionalLong size = f[2].equals("-") ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(f[2]));
      entries.put(f[0], new Entry(f[0], f[1], size, f[3].equals("-") ? null : f[3], f[4]));
    }
    sets.forEach((set, members) -> members.forEach(m -> {
      if (!entries.containsKey(m)) throw new IllegalArgumentException("set @" + set + " names unknown kernel " + m);
    }));
    return new KernelCatalog(entries, sets);
  }

  /** Every entry, in catalog order. */
  public List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  /** The named sets (e.g. {@code basic}), each a list of entry names. */
  public Map<String, List<String>> sets() {
    return sets;
  }

  /**
   * Looks a kernel up by file name, case-insensitively, with or without its extension
   * ({@code de440s} finds {@code de440s.bsp}).
   *
   * @param name the name
   * @return the entry, or empty
   */
  public Optional<Entry> find(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    Entry exact = entries.get(n);
    if (exact != null) return Optional.of(exact);
    return entries.values().stream()
        .filter(e -> e.name().toLowerCase(Locale.ROOT).replaceFirst("\\.[^.]*$", "").equals(n))
        .findFirst();
  }

  /**
   * Expands a name: a set ({@code basic}) to its members, a kernel name to itself.
   *
   * @param name a set or kernel name
   * @return the entries
   * @throws IllegalArgumentException naming the catalog's kernels and sets when nothing matches
   */
  public List<Entry> expand(String name) {
    List<String> members = sets.get(name.strip().toLowerCase(Locale.ROOT));
    if (members != null) return members.stream().map(entries::get).toList();
    return List.of(find(name).orElseThrow(() -> new IllegalArgumentException("no kernel or set named '" + name
        + "' in the catalog; known kernels: " + String.join(", ", entries.keySet()) + "; sets: "
        + String.join(", ", sets.keySet()) + " (or pass an http(s) URL)")));
  }

  /**
   * All entry names followed by set names, for messages and completion.
   *
   * @return the names
   */
  public List<String> names() {
    List<String> out = new ArrayList<>(entries.keySet());
    out.addAll(sets.keySet());
    return out;
  }
}
