package io.github.spice4j.jni;

import io.github.spice4j.OutputTarget;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Base of the objects that own a kernel file open for writing (SPK, DSK). The CSPICE handle is an
 * {@link Owned} native object: writes check it is still open, {@link #close()} closes the file once and
 * marks a virtual output readable, and a writer dropped while open is closed by the Cleaner.
 */
abstract class KernelWriter implements AutoCloseable {
  /** Closes a CSPICE writer handle: (engine handle, file handle). Must not reference the writer. */
  @FunctionalInterface
  interface Closer {
    void close(long engineHandle, int fileHandle);
  }

  /** A native write on the open file: (engine handle, file handle). */
  @FunctionalInterface
  interface Write {
    void run(long engineHandle, int fileHandle);
  }

  private final Engine engine;
  private final JniKernels kernels;
  private final OutputTarget target;
  private final String kind;
  private final String closeRoutine;
  private final Closer closer;
  private final int handle;
  /** Set by whichever closes first: {@link #close()} or the Cleaner. */
  private final AtomicBoolean closed;
  private final Owned owned;

  /**
   * Takes ownership of a handle just opened on target. Call inside the engine call that opened it.
   *
   * @param kind what it is, e.g. {@code "SPK writer"}; checked on every use
   * @param closeRoutine the CSPICE routine that closes it, for error reports
   */
  KernelWriter(Engine engine, JniKernels kernels, OutputTarget target, String kind, String closeRoutine, int handle,
      Closer closer) {
    this.engine = engine;
    this.kernels = kernels;
    this.target = target;
    this.kind = kind;
    this.closeRoutine = closeRoutine;
    this.closer = closer;
    this.handle = handle;
    kernels.outputOpened(target);
    AtomicBoolean flag = new AtomicBoolean();
    this.closed = flag;
    // The Cleaner action: a writer dropped while open still finishes its file and frees the output.
    // It captures only locals, never this writer.
    this.owned = engine.own(this, kind, handle, (eh, value) -> {
      if (!flag.compareAndSet(false, true)) return;
      try {
        closer.close(eh, (int) value);
      } finally {
        kernels.outputClosed(target);
      }
    });
  }

  /** The CSPICE handle the file was opened with. */
  public final int handle() {
    return handle;
  }

  /** Where the file goes. */
  public final OutputTarget target() {
    return target;
  }

  /** Whether the file is still open for writing. */
  public final boolean isOpen() {
    return owned.isOpen();
  }

  /**
   * Runs a write on the open file under the engine lock.
   *
   * @throws IllegalStateException if the writer is closed or died with its engine
   */
  final void write(String routine, Write op) {
    engine.run(routine, h -> op.run(h, (int) owned.value(kind)));
  }

  /** Closes the file once; CSPICE errors while closing propagate, but the handle is released regardless. */
  @Override
  public void close() {
    if (!owned.isOpen()) {
      abandoned();
      return;
    }
    engine.run(closeRoutine, h -> {
      if (!owned.isOpen()) {
        abandoned();
        return;
      }
      if (!closed.compareAndSet(false, true)) return;
      try {
        closer.close(h, handle);
      } finally {
        kernels.outputClosed(target);
        owned.close(); // its release sees the flag set and does nothing
      }
    });
  }

  /**
   * Closed already, or its engine was closed or rebuilt after a trap (the native file went with it):
   * an output never finished is dropped rather than served half-written.
   */
  private void abandoned() {
    if (closed.compareAndSet(false, true)) kernels.outputFailed(target);
  }
}
