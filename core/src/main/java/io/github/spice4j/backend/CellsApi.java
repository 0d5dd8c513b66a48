package io.github.spice4j.backend;

import io.github.spice4j.CharCell;
import io.github.spice4j.DoubleCell;
import io.github.spice4j.IntCell;
import io.github.spice4j.NativeHandle;
import io.github.spice4j.SpiceCell;
import io.github.spice4j.SpiceWindow;
import io.github.spice4j.TimeInterval;

/**
 * SPICE cells and windows whose memory lives in the backend's engine, owned by Java objects
 * ({@link IntCell}, {@link DoubleCell}, {@link CharCell}, {@link SpiceWindow}; see {@link SpiceCell}).
 * The {@code new*} methods allocate the native memory; the {@link io.github.spice4j.Cells} facade
 * ({@code spice.cells()}) wraps it into those owners, which the other methods take.
 *
 * <p>Like CSPICE, the routines take any {@link SpiceCell} and check its kind at run time. For every
 * method taking a cell:
 * <ul>
 *   <li>{@link NullPointerException} if the cell is null;</li>
 *   <li>{@link IllegalArgumentException} if the cell was created by another backend, or is the wrong
 *       kind for the routine (e.g. a {@link DoubleCell} given to {@code insrti});</li>
 *   <li>{@link IllegalStateException} if the cell was closed (or freed), its backend closed, or its
 *       engine rebuilt after a trap.</li>
 * </ul>
 * Indexes and sizes are checked in Java before the engine sees them, so nothing reads or writes
 * outside a cell's memory.
 */
public interface CellsApi {
  /**
   * Creates an empty integer cell (CSPICE {@code SPICEINT_CELL}).
   *
   * @param size how many integers it can hold, {@code >= 0}
   * @return the native cell, for {@link io.github.spice4j.Cells} to wrap; closing it frees the memory
   * @throws IllegalArgumentException if size is negative or the cell would exceed the engine's 2 GiB
   *     address space
   * @throws io.github.spice4j.SpiceException if the engine cannot allocate it
   */
  NativeHandle newIntCell(int size);

  /**
   * Creates an empty double precision cell (CSPICE {@code SPICEDOUBLE_CELL}).
   *
   * @param size how many doubles it can hold, {@code >= 0}
   * @return the native cell, for {@link io.github.spice4j.Cells} to wrap; closing it frees the memory
   * @throws IllegalArgumentException if size is negative or the cell would exceed the engine's 2 GiB
   *     address space
   * @throws io.github.spice4j.SpiceException if the engine cannot allocate it
   */
  NativeHandle newDoubleCell(int size);

  /**
   * Creates an empty character cell (CSPICE {@code SPICECHAR_CELL}).
   *
   * @param size how many strings it can hold, {@code >= 0}
   * @param length the storage per string in chars, including the terminating NUL ({@code >= 1}); longer
   *     strings are truncated on insertion
   * @return the native cell, for {@link io.github.spice4j.Cells} to wrap; closing it frees the memory
   * @throws IllegalArgumentException if size is negative, length below 1, or the cell would exceed the
   *     engine's 2 GiB address space
   * @throws io.github.spice4j.SpiceException if the engine cannot allocate it
   */
  NativeHandle newCharCell(int size, int length);

  /**
   * Creates an empty window (a double precision cell of {@code 2 * maxIntervals} endpoints).
   *
   * @param maxIntervals how many intervals it can hold, {@code >= 0}
   * @return the native window, for {@link io.github.spice4j.Cells} to wrap; closing it frees the memory
   * @throws IllegalArgumentException if maxIntervals is negative or the window would exceed the engine's
   *     2 GiB address space
   * @throws io.github.spice4j.SpiceException if the engine cannot allocate it
   */
  NativeHandle newWindow(int maxIntervals);

  /**
   * Frees an integer, double or character cell: the same as {@link SpiceCell#close()} (idempotent).
   *
   * @param cell the cell
   * @throws IllegalArgumentException if it is a window (use {@link #freeWindow}) or from another backend
   */
  void freeCell(SpiceCell cell);

  /**
   * Frees a window: the same as {@link SpiceCell#close()} (idempotent).
   *
   * @param window the window
   * @throws IllegalArgumentException if it is not a window, or from another backend
   */
  void freeWindow(SpiceCell window);

  /**
   * CSPICE {@code ssize_c}: sets the size of a cell or window and empties it (the cardinality becomes 0).
   *
   * @param size the new size, at most the size the cell was created with (endpoints for a window)
   * @param cell any cell or window
   * @throws IllegalArgumentException if size exceeds the memory allocated for the cell
   * @throws io.github.spice4j.SpiceException {@code SPICE(INVALIDSIZE)} if size is negative
   */
  void ssize(int size, SpiceCell cell);

  /**
   * CSPICE {@code scard_c}: sets the cardinality (the number of elements in use).
   *
   * @param card the new cardinality, {@code 0 <= card <= size}
   * @param cell any cell or window
   * @throws io.github.spice4j.SpiceException {@code SPICE(INVALIDCARDINALITY)} if card is negative or exceeds the size
   */
  void scard(int card, SpiceCell cell);

  /**
   * CSPICE {@code card_c}.
   *
   * @param cell any cell or window
   * @return the number of elements (endpoints for a window)
   */
  int card(SpiceCell cell);

  /**
   * CSPICE {@code size_c}.
   *
   * @param cell any cell or window
   * @return the number of elements it may hold (endpoints for a window)
   */
  int size(SpiceCell cell);

  /**
   * CSPICE {@code valid_c}: makes the first {@code n} elements a valid set (sorted, duplicates removed)
   * of size {@code size}.
   *
   * @param size the set's size, at most the size the cell was created with
   * @param n how many elements (already in the cell's memory) to validate, {@code <= size}
   * @param cell any cell or window
   * @throws IllegalArgumentException if size exceeds the memory allocated for the cell
   * @throws IllegalArgumentException if size or n exceeds the memory allocated for the cell
   * @throws io.github.spice4j.SpiceException {@code SPICE(INVALIDSIZE)} if {@code n > size} or size is negative
   */
  void valid(int size, int n, SpiceCell cell);

  /**
   * CSPICE {@code insrti_c}: inserts an item into an integer set.
   *
   * @param item the value
   * @param cell an {@link IntCell}
   * @throws io.github.spice4j.SpiceException {@code SPICE(SETEXCESS)} when the cell is full
   */
  void insrti(int item, SpiceCell cell);

  /**
   * CSPICE {@code insrtd_c}: inserts an item into a double precision set.
   *
   * @param item the value, not NaN
   * @param cell a {@link DoubleCell}
   * @throws IllegalArgumentException if item is NaN
   * @throws io.github.spice4j.SpiceException {@code SPICE(SETEXCESS)} when the cell is full
   */
  void insrtd(double item, SpiceCell cell);

  /**
   * CSPICE {@code insrtc_c}: inserts a string into a character set (truncated to the cell's string
   * length minus one).
   *
   * @param item ASCII text without NUL
   * @param cell a {@link CharCell}
   * @throws IllegalArgumentException if item contains NUL or non-ASCII characters
   * @throws io.github.spice4j.SpiceException {@code SPICE(SETEXCESS)} when the cell is full
   */
  void insrtc(String item, SpiceCell cell);

  /**
   * An element of an integer cell (CSPICE {@code SPICE_CELL_GET_I}).
   *
   * @param cell an {@link IntCell}
   * @param index 0-based
   * @return the element
   * @throws IndexOutOfBoundsException if index is outside {@code [0, card)}
   */
  int cellGeti(SpiceCell cell, int index);

  /**
   * An element of a double precision cell (CSPICE {@code SPICE_CELL_GET_D}).
   *
   * @param cell a {@link DoubleCell}
   * @param index 0-based
   * @return the element
   * @throws IndexOutOfBoundsException if index is outside {@code [0, card)}
   */
  double cellGetd(SpiceCell cell, int index);

  /**
   * An element of a character cell (CSPICE {@code SPICE_CELL_GET_C}).
   *
   * @param cell a {@link CharCell}
   * @param index 0-based
   * @return the string as stored
   * @throws IndexOutOfBoundsException if index is outside {@code [0, card)}
   */
  String cellGetc(SpiceCell cell, int index);

  /**
   * CSPICE {@code wninsd_c}: inserts {@code [left, right]} into a window, merging overlapping intervals.
   *
   * @param left left endpoint (e.g. ET seconds)
   * @param right right endpoint
   * @param window a {@link SpiceWindow}
   * @throws IllegalArgumentException if an endpoint is NaN
   * @throws io.github.spice4j.SpiceException {@code SPICE(BADENDPOINTS)} if {@code left > right}; {@code SPICE(WINDOWEXCESS)}
   *     when the window is full
   */
  void wninsd(double left, double right, SpiceCell window);

  /**
   * CSPICE {@code wncard_c}.
   *
   * @param window a {@link SpiceWindow}
   * @return the number of intervals
   * @throws io.github.spice4j.SpiceException {@code SPICE(INVALIDSIZE)} if the window holds an odd number of endpoints
   */
  int wncard(SpiceCell window);

  /**
   * CSPICE {@code wnfetd_c}: one interval of a window.
   *
   * @param window a {@link SpiceWindow}
   * @param n 0-based interval index
   * @return the interval
   * @throws io.github.spice4j.SpiceException {@code SPICE(NOINTERVAL)} if n is outside {@code [0, wncard)}
   * @throws IllegalArgumentException if the window is not valid (an interval's right endpoint precedes
   *     its left; see {@link #wnvald})
   */
  TimeInterval wnfetd(SpiceCell window, int n);

  /**
   * CSPICE {@code wnvald_c}: makes the first {@code n} endpoints in the window's memory a valid window
   * of size {@code size} (sorts intervals, merges overlaps).
   *
   * @param size the window's size in endpoints, at most the size it was created with
   * @param n how many endpoints to validate (even, {@code <= size})
   * @param window a {@link SpiceWindow}
   * @throws IllegalArgumentException if size or n exceeds the memory allocated for the window
   * @throws io.github.spice4j.SpiceException {@code SPICE(UNMATCHENDPTS)} for an odd n, {@code SPICE(BADENDPOINTS)} when a
   *     left endpoint exceeds its right, {@code SPICE(WINDOWTOOSMALL)} when {@code n > size}
   */
  void wnvald(int size, int n, SpiceCell window);
}
