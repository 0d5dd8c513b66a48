package io.github.spice4j;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSPICE double precision cell ({@code SPICEDOUBLE_CELL}) owned by this object. Inserting keeps it a
 * set: ascending, without duplicates (CSPICE {@code insrtd_c}). See {@link SpiceCell} for ownership
 * rules; for intervals use a {@link SpiceWindow}.
 */
public final class DoubleCell extends SpiceCell {
  /** Wraps a native double cell; created by {@link Cells#doubleCell(int)}. */
  DoubleCell(CellOps cells, NativeHandle handle) {
    super(cells, handle);
  }

  /**
   * CSPICE {@code insrtd_c}: inserts an item (no effect if already present).
   *
   * @param item the value, not NaN
   * @return this cell
   * @throws SpiceException {@code SPICE(SETEXCESS)} when the cell is full
   * @throws IllegalArgumentException if item is NaN
   * @throws IllegalStateException if the cell is closed
   */
  public DoubleCell insert(double item) {
    cells().insrtd(item, this);
    return this;
  }

  /**
   * The element at an index (CSPICE {@code SPICE_CELL_GET_D}).
   *
   * @param index 0-based, below {@link #card()}
   * @return the element
   * @throws IndexOutOfBoundsException if index is outside {@code [0, card)}
   * @throws IllegalStateException if the cell is closed
   */
  public double get(int index) {
    return cells().cellGetd(this, index);
  }

  /**
   * A snapshot of the elements in order.
   *
   * @return the elements (immutable)
   * @throws IllegalStateException if the cell is closed
   */
  public List<Double> toList() {
    int n = card();
    List<Double> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) out.add(get(i));
    return List.copyOf(out);
  }
}
