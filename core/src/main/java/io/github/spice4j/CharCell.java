package io.github.spice4j;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSPICE character cell ({@code SPICECHAR_CELL}) of fixed-length ASCII strings, owned by this object.
 * Inserting keeps it a set: in ASCII order, without duplicates (CSPICE {@code insrtc_c}; trailing blanks
 * are not significant). See {@link SpiceCell} for ownership rules.
 */
public final class CharCell extends SpiceCell {
  /** Wraps a native char cell; created by {@link Cells#charCell(int, int)}. */
  CharCell(CellOps cells, NativeHandle handle) {
    super(cells, handle);
  }

  /**
   * CSPICE {@code insrtc_c}: inserts a string (no effect if already present). Strings longer than the
   * cell's string length minus one are truncated by CSPICE.
   *
   * @param item ASCII text without NUL
   * @return this cell
   * @throws SpiceException {@code SPICE(SETEXCESS)} when the cell is full
   * @throws IllegalArgumentException if item contains NUL or non-ASCII characters
   * @throws IllegalStateException if the cell is closed
   */
  public CharCell insert(String item) {
    cells().insrtc(item, this);
    return this;
  }

  /**
   * The element at an index (CSPICE {@code SPICE_CELL_GET_C}).
   *
   * @param index 0-based, below {@link #card()}
   * @return the string as stored
   * @throws IndexOutOfBoundsException if index is outside {@code [0, card)}
   * @throws IllegalStateException if the cell is closed
   */
  public String get(int index) {
    return cells().cellGetc(this, index);
  }

  /**
   * A snapshot of the elements in order.
   *
   * @return the strings (immutable)
   * @throws IllegalStateException if the cell is closed
   */
  public List<String> toList() {
    int n = card();
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) out.add(get(i));
    return List.copyOf(out);
  }
}
