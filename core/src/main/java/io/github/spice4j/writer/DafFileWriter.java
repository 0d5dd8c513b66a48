package io.github.spice4j.writer;

import io.github.spice4j.Spice;
import java.lang.ref.Cleaner;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Base of the project's own DAF kernel writers ({@link SpkFileWriter}, {@link CkFileWriter}): segments
 * are collected in memory and the file is produced when the writer closes, where its {@link KernelOutput}
 * says: into a new file on disk, into a virtual output of a {@link Spice} (then loaded with
 * {@link Spice#loadOutput(String)}), or into bytes ({@link #toByteArray()}) only. The files are little-endian IEEE
 * ({@code LTL-IEEE}) DAFs as NAIF's
 * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/req/daf.html">DAF Required Reading</a>
 * describes them; no engine is involved in writing.
 *
 * <p>A writer opened on a {@link Spice} resolves body and frame names through it; a virtual output
 * follows the rules of {@code OutputTarget.virtual}: its id is refused to readers and other writers
 * while the writer is open, the file is private, and it is deleted when the Spice closes. A writer
 * dropped without closing gives its virtual output up unwritten.
 *
 * <p>Not thread-safe: use one writer from one thread at a time.
 */
public abstract class DafFileWriter implements AutoCloseable {
  /** Doubles and integers per summary: the same for SPK and CK. */
  private static final int ND = 2;
  private static final int NI = 6;
  private static final Cleaner CLEANER = Cleaner.create();

  private final DafWriter daf;
  private final Output output;
  private final Names names;
  /** Gives an unfinished virtual output up when the writer is dropped or closed. */
  private final Cleaner.Cleanable release;
  private byte[] bytes;
  private boolean open = true;

  /**
   * @param idWord e.g. {@code "DAF/SPK"}
   * @param ifname internal file name, checked before the output is reserved
   * @param output where the file goes; its Spice, if any, resolves names
   */
  DafFileWriter(String idWord, String ifname, KernelOutput output) {
    Objects.requireNonNull(output, "output");
    this.daf = new DafWriter(idWord, ND, NI, ifname(ifname));
    this.names = output.spice() == null ? null : new Names(output.spice());
    this.output = output.open();
    this.release = CLEANER.register(this, this.output::abandon);
  }

  /** Checks an internal file name: printable ASCII, not blank. */
  private static String ifname(String ifname) {
    Objects.requireNonNull(ifname, "ifname");
    if (ifname.isBlank()) throw new IllegalArgumentException("ifname must not be blank");
    for (int i = 0; i < ifname.length(); i++) {
      char c = ifname.charAt(i);
      if (c < 32 || c > 126) throw new IllegalArgumentException("ifname holds a nonprintable character at index " + i);
    }
    return ifname;
  }

  /** The file being written, or null when writing to memory or a virtual output. */
  public final Path file() {
    return output.file();
  }

  /** The id of the virtual output being written, or null when writing to a file or to memory. */
  public final String virtualId() {
    return output.virtualId();
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

  /** @throws IllegalStateException if the writer was not opened on a Spice */
  final Names names() {
    if (names == null) {
      throw new IllegalStateException("names need a writer opened on a Spice (create(spice, target, ifname));"
          + " this one takes NAIF IDs");
    }
    return names;
  }

  /** A frame given by ID: checked against the engine when there is one, else only 0 is refused. */
  final int frame(String routine, int code) {
    if (names != null) return names.frame(routine, code);
    if (code == 0) throw Names.unknownFrame(routine, "ID 0");
    return code;
  }

  /**
   * Finishes the file: writes it to disk or to the virtual output, or makes {@link #toByteArray()}
   * available. Closing again does nothing. A file without segments is still a valid, empty kernel.
   *
   * @throws java.io.UncheckedIOException if the file cannot be written (the writer is closed regardless,
   *     and a virtual output is given up)
   */
  @Override
  public final void close() {
    if (!open) return;
    open = false;
    try {
      bytes = daf.toBytes();
      output.finish(bytes);
    } finally {
      release.clean();
    }
  }

  /**
   * The finished file's bytes, for any kind of output.
   *
   * @return a copy of the bytes
   * @throws IllegalStateException if the writer is still open
   */
  public final byte[] toByteArray() {
    if (open) throw new IllegalStateException("the writer is still open: close it first");
    if (bytes == null) throw new IllegalStateException("the writer failed to finish its file");
    return bytes.clone();
  }
}
