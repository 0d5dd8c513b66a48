package io.github.spice4j;

import java.util.Objects;

/**
 * An open DAF, DAS or DLA file inside a backend's engine (a CSPICE file handle), owned by this object.
 * Obtain one from {@link io.github.spice4j.backend.FileIoApi} ({@code dafopr}, {@code dasopr}, {@code dlaopn}) or the
 * {@link KernelFiles} facade.
 *
 * <p>Close it when done ({@code try}-with-resources): {@link #close()} closes the file with CSPICE's
 * {@code dafcls_c} (DAF) or {@code dascls_c} (DAS, DLA) and is idempotent. A closed handle, or one
 * whose backend was closed or whose engine was rebuilt after a trap, throws
 * {@link IllegalStateException} on every operation; a handle can only be used with the backend that
 * opened it ({@link IllegalArgumentException} otherwise). Unclosed handles are closed once they become
 * unreachable, as a backstop.
 *
 * <p>CSPICE shares one handle per file: opening a file that is also loaded as a kernel (or opened
 * twice) returns the same CSPICE handle with a link count, so closing this handle does not unload the
 * kernel.
 */
public final class FileHandle implements AutoCloseable {
  /** The file architecture the handle was opened as. */
  public enum Kind {
    /** A DAF file opened for reading ({@code dafopr_c}): SPK, CK, binary PCK. */
    DAF,
    /** A DAS file opened for reading ({@code dasopr_c}): DSK, EK; DLA routines accept it too. */
    DAS,
    /** A new DLA file opened for writing ({@code dlaopn_c}); a DAS file. */
    DLA
  }

  private final Kind kind;
  private final String file;
  private final NativeHandle handle;

  /**
   * Wraps an open native handle; for backend implementations. Applications open files with
   * {@link io.github.spice4j.backend.FileIoApi}.
   *
   * @param kind how the file was opened
   * @param file the file or virtual id as given when opening
   * @param handle the native handle, of kind {@code "DAF handle"}, {@code "DAS handle"} or {@code "DLA handle"}
   */
  public FileHandle(Kind kind, String file, NativeHandle handle) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.file = Objects.requireNonNull(file, "file");
    this.handle = Objects.requireNonNull(handle, "handle");
  }

  /** How the file was opened. */
  public Kind kind() {
    return kind;
  }

  /** The file (or virtual id of a byte-backed kernel) as given when opening. */
  public String file() {
    return file;
  }

  /** The native handle, for the backend that opened it. */
  public NativeHandle handle() {
    return handle;
  }

  /** Whether the handle is still usable (not closed, its backend open, its engine not rebuilt). */
  public boolean isOpen() {
    return handle.isOpen();
  }

  /** Closes the file (CSPICE {@code dafcls_c} or {@code dascls_c}); later calls do nothing. */
  @Override
  public void close() {
    handle.close();
  }

  @Override
  public String toString() {
    return kind + " handle on " + file + (isOpen() ? "" : " (closed)");
  }
}
