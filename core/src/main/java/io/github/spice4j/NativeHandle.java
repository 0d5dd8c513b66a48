package io.github.spice4j;

/**
 * The native side of an object a backend hands out ({@link SpiceCell}s, {@link SpiceWindow}s,
 * {@link FileHandle}s): memory or an open file inside the backend's CSPICE engine. Backends create
 * these; applications only see them through the owning object and never need to call this directly.
 *
 * <p>Close-once: {@link #close()} frees the native object and later closes do nothing. After close,
 * or after the backend is closed or its engine rebuilt following a trap, the object is dead: every
 * operation on it throws {@link IllegalStateException}. Unclosed objects are freed when their owner
 * becomes unreachable, but that is a backstop, not a substitute for closing.
 */
public interface NativeHandle extends AutoCloseable {
  /** What the native object is, e.g. {@code "int cell"}, {@code "window"}, {@code "DAF handle"}. */
  String kind();

  /** Whether the object is still usable (not closed, its backend open and its engine not rebuilt). */
  boolean isOpen();

  /** Frees the native object; idempotent, never throws. */
  @Override
  void close();
}
