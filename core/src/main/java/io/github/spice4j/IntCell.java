package io.github.spice4j;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSPICE integer cell ({@code SPICEINT_CELL}) owned by this object. Inserting keeps it a set:
 * ascending, without duplicates (CSPICE {@code insrti_c}). See {@link SpiceCell} for ownership rules.
 */
public final class IntCell extends SpiceCell {
  /** Wraps a native int cell; created by {@link Cells#intCell(int)}. */
  IntCell(CellOps cells, NativeHandle handle) {
    super(cells, handle);
  }

  /**
   * CSPICE {@code insrti_c}: inserts an item (no effect if already present).
   *
   * @param item the value
   * @return this cell
   * @throws SpiceException {@code SPICE(SETEXCESS)} when the cell is full
   * @throws IllegalStateException if the cell is closed
   */
  public IntCell insert(int item) {
    cells().insrti(item, this);
    return this;
  }

  /**
   * The element at an index (CSPICE {@code SPICE_CELL_GET_I}).
   *
   * @param index 0-based, below {@link #card()}
   * @return the element
   * @throws IndexOutOfBoundsException if index is outside {@code [0, card)}
   * @throws IllegalStateException if the cell is closed
   */
  public int get(int index) {
    return cells().cellGeti(this, index);
  }

  /**
   * A snapshot of the elements in order.
   *
   * @return the elements (immutable)
   * @throws IllegalStateException if the cell is closed
   */
  public List<Integer> toList() {
    int n = card();
    List<Integer> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) out.add(get(i));
    return List.copyOf(out);
  }
}
