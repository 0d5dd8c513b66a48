package io.github.spice4j.writer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Base of the project's own DAF kernel writers ({@link SpkFileWriter}, {@link CkFileWriter}): segments
 * are collected in memory and the file is produced when the writer closes, either into a new file on disk
 * or into bytes ({@link #toByteArray()}) that can be loaded as a virtual kernel with
 * {@code Spice.load(virtualId, bytes)}. The files are little-endian IEEE ({@code LTL-IEEE}) DAFs as NAIF's
 * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/req/daf.html">DAF Required Reading</a>
 * describes them; no engine is involved in writing.
 *
 * <p>Not thread-safe: use one writer from one thread at a time.
 */
public abstract class DafFileWriter implements AutoCloseable {
  private final DafWriter daf;
  private final Path file;
  private byte[] bytes;
  private boolean open = true;

  DafFileWriter(DafWriter daf, Path file) {
    this.daf = daf;
    this.file = file;
  }

  /** Reserves a new file, refusing to replace an existing one (as CSPICE's writers do). */
  static Path reserve(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      Files.newByteChannel(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the kernel file " + file, e);
    }
    return file;
  }

  static String ifname(String ifname) {
    Objects.requireNonNull(ifname, "ifname");
    if (ifname.isBlank()) throw new IllegalArgumentException("ifname must not be blank");
    for (int i = 0; i < ifname.length(); i++) {
      char c = ifname.charAt(i);
      if (c < 32 || c > 126) throw new IllegalArgumentException("ifname holds a nonprintable character at index " + i);
    }
    return ifname;
  }

  /** The file being written, or null when writing to memory. */
  public final Path file() {
    return file;
  }

  /** Whether segments can still be added. */
  public final boolean isOpen() {
    return open;
  }

  /** Adds a checked segment. */
  final void add(double[] dc, int[] ic, String segid, double[] data) {
    requireOpen();
    daf.add(dc, ic, segid, data);
  }

  /** @throws IllegalStateException if the writer is closed */
  final void requireOpen() {
    if (!open) throw new IllegalStateException("the writer is closed");
  }

  /** Longest segment identifier. */
  final int segidLength() {
    return daf.nameLength();
  }

  /**
   * Finishes the file: writes it to disk, or makes {@link #toByteArray()} available. Closing again does
   * nothing. A file without segments is still a valid, empty kernel.
   *
   * @throws UncheckedIOException if the file cannot be written (the writer is closed regardless)
   */
  @Override
  public final void close() {
    if (!open) return;
    open = false;
    bytes = daf.toBytes();
    if (file != null) {
      try {
        Files.write(file, bytes, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the kernel file " + file, e);
      }
    }
  }

  /**
   * The finished file's bytes, for either kind of output.
   *
   * @return a copy of the bytes
   * @throws IllegalStateException if the writer is still open
   */
  public final byte[] toByteArray() {
    if (open) throw new IllegalStateException("the writer is still open: close it first");
    return bytes.clone();
  }
}
