package io.github.spice4j;

import java.util.Objects;

/**
 * A CSPICE cell (a {@code SpiceCell} of integers, doubles or strings, or a window) whose memory lives in
 * a backend's engine and is owned by this Java object. Obtain one from the {@link Cells} facade
 * ({@link Spice#cells()}); every operation goes through the backend that created it.
 *
 * <p>Close it when done ({@code try}-with-resources): {@link #close()} frees the native memory and is
 * idempotent. A closed cell, or one whose backend was closed or whose engine was rebuilt after a trap,
 * throws {@link IllegalStateException} on every operation. A cell can only be used with the backend
 * that created it ({@link IllegalArgumentException} otherwise). Unclosed cells are freed once they
 * become unreachable, as a backstop.
 *
 * <p>Operations are serialized by the backend, but a cell is mutable: threads sharing one must
 * coordinate as for any Java collection (e.g. {@link IntCell#toList()} reads {@code card} and then
 * each element).
 */
public abstract sealed class SpiceCell implements AutoCloseable permits IntCell, DoubleCell, CharCell, SpiceWindow {
  private final CellOps cells;
  private final NativeHandle handle;

  SpiceCell(CellOps cells, NativeHandle handle) {
    this.cells = Objects.requireNonNull(cells, "cells");
    this.handle = Objects.requireNonNull(handle, "handle");
  }

  /** The engine operations of the backend this cell was created by. */
  final CellOps cells() {
    return cells;
  }

  /**
   * The native object behind this cell, for the backend that created it (its kind is one of
   * {@code "int cell"}, {@code "double cell"}, {@code "char cell"}, {@code "window"}).
   */
  public final NativeHandle handle() {
    return handle;
  }

  /**
   * CSPICE {@code card_c}: the number of elements in the cell (for a window, the number of endpoints,
   * twice the number of intervals).
   *
   * @return the cardinality
   * @throws IllegalStateException if the cell is closed
   */
  public final int card() {
    return cells.card(this);
  }

  /**
   * CSPICE {@code size_c}: how many elements the cell may hold (for a window, endpoints).
   *
   * @return the size
   * @throws IllegalStateException if the cell is closed
   */
  public final int size() {
    return cells.size(this);
  }

  /** Whether the cell is still usable (not closed, its backend open, its engine not rebuilt). */
  public final boolean isOpen() {
    return handle.isOpen();
  }

  /** Frees the native memory; later calls do nothing. */
  @Override
  public final void close() {
    handle.close();
  }

  @Override
  public String toString() {
    return handle.kind() + (handle.isOpen() ? "" : " (closed)");
  }
}
