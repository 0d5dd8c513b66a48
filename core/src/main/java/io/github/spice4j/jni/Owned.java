package io.github.spice4j.jni;

import io.github.spice4j.NativeHandle;
import java.lang.ref.Cleaner;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A native object inside one engine (a cell or window, a DAF/DAS/DLA/EK handle, an open writer) owned
 * by a Java object. Close-once, kind-checked, and dead after close: {@link #value(String)} then throws
 * instead of handing a stale pointer to native code. A {@link java.lang.ref.Cleaner} frees it if the
 * owner is dropped unclosed. When the engine is rebuilt after a trap or closed, every object it owned
 * dies with it: the native memory is gone, so nothing is released twice.
 *
 * <p>Use {@link #value(String)} only inside an {@link Engine} call (under its lock), so a concurrent
 * close cannot free the object between the check and the native call.
 */
public final class Owned implements NativeHandle {
  /** Frees a native object: (engine handle, object value). Runs under the engine lock. */
  @FunctionalInterface
  interface Release {
    void release(long engineHandle, long value);
  }

  /** State shared with the Cleaner; must not reference the owning Java object. */
  static final class State implements Runnable {
    final Engine engine;
    final String kind;
    final long value;
    final long generation;
    final Object info;
    final Release release;
    final AtomicBoolean done = new AtomicBoolean();

    State(Engine engine, String kind, long value, long generation, Object info, Release release) {
      this.engine = engine;
      this.kind = kind;
      this.value = value;
      this.generation = generation;
      this.info = info;
      this.release = release;
    }

    @Override
    public void run() {
      if (done.compareAndSet(false, true)) engine.release(this);
    }
  }

  private final State state;
  private final Cleaner.Cleanable cleanable;

  /**
   * @param owner whose unreachability frees the object; null makes this Owned its own trigger (for
   *     owners built after the native object, which then hold the Owned and nothing else does)
   */
  Owned(State state, Cleaner cleaner, Object owner) {
    this.state = state;
    this.cleanable = cleaner.register(owner != null ? owner : this, state);
  }

  /** What this object is, e.g. {@code "int cell"}, {@code "window"}, {@code "DAF handle"}. */
  @Override
  public String kind() {
    return state.kind;
  }

  /** Whether the object is still usable (not closed, and its engine not rebuilt or closed). */
  @Override
  public boolean isOpen() {
    return !state.done.get() && state.engine.owns(state);
  }

  /**
   * The native value, checked: the object must be open and of the expected kind.
   *
   * @param expectedKind the kind the caller needs
   * @throws IllegalStateException if closed, or its engine was closed or rebuilt after a trap
   * @throws IllegalArgumentException if it is a different kind of object
   */
  long value(String expectedKind) {
    if (!state.kind.equals(expectedKind)) {
      throw new IllegalArgumentException("expected a " + expectedKind + " but got a " + state.kind);
    }
    return live();
  }

  /**
   * The native value for routines that accept several kinds (e.g. {@code card} on any cell or window).
   *
   * @param kinds the acceptable kinds
   * @param expected how to name them in the error, e.g. {@code "cell or window"}
   * @throws IllegalStateException if closed, or its engine was closed or rebuilt after a trap
   * @throws IllegalArgumentException if its kind is not one of {@code kinds}
   */
  long valueOfAny(Set<String> kinds, String expected) {
    if (!kinds.contains(state.kind)) {
      throw new IllegalArgumentException("expected a " + expected + " but got a " + state.kind);
    }
    return live();
  }

  private long live() {
    if (state.done.get()) throw new IllegalStateException("the " + state.kind + " is closed");
    if (!state.engine.owns(state)) {
      throw new IllegalStateException("the " + state.kind
          + " belonged to an engine that was closed or rebuilt after a trap; it is no longer valid");
    }
    return state.value;
  }

  /** What the creator recorded about the object (e.g. a cell's allocated capacity), or null. */
  <T> T info(Class<T> type) {
    return type.cast(state.info);
  }

  /** Whether both wrap the same engine (objects of two backends cannot be mixed). */
  boolean sameEngine(Engine engine) {
    return state.engine == engine;
  }

  /** Frees the native object; later closes do nothing. */
  @Override
  public void close() {
    cleanable.clean();
  }

  @Override
  public String toString() {
    return state.kind + (isOpen() ? "" : " (closed)");
  }
}
