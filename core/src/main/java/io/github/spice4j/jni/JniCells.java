package io.github.spice4j.jni;

import io.github.spice4j.CharCell;
import io.github.spice4j.DoubleCell;
import io.github.spice4j.IntCell;
import io.github.spice4j.NativeHandle;
import io.github.spice4j.SpiceCell;
import io.github.spice4j.SpiceWindow;
import io.github.spice4j.TimeInterval;
import io.github.spice4j.backend.CellsApi;
import java.util.Objects;
import java.util.Set;

/**
 * The cells domain over the JNI cells spoke. Each cell is an {@link Owned} native object whose kind and
 * allocated capacity are recorded at creation; every call checks them under the engine lock before the
 * engine sees the cell, because CSPICE trusts a cell's size and the cell access macros check nothing.
 */
final class JniCells implements CellsApi {
  static final String INT = "int cell";
  static final String DOUBLE = "double cell";
  static final String CHAR = "char cell";
  static final String WINDOW = "window";
  private static final Set<String> CELLS = Set.of(INT, DOUBLE, CHAR);
  private static final Set<String> ANY = Set.of(INT, DOUBLE, CHAR, WINDOW);

  /** CSPICE cells carry a control area of this many elements before the data (SPICE_CELL_CTRLSZ). */
  private static final long CONTROL_ELEMENTS = 6;

  /**
   * Largest allocation requested for one cell. The engine is a 32-bit guest with at most 2 GiB of
   * memory; the cap keeps the guest's byte count from overflowing and leaves room for CSPICE itself.
   */
  private static final long MAX_CELL_BYTES = 1L << 30;

  /** What a cell was allocated with: element capacity and, for char cells, chars per string. */
  private record Shape(int capacity, int length) {}

  private final Engine engine;

  JniCells(Engine engine) {
    this.engine = engine;
  }

  @Override
  public NativeHandle newIntCell(int size) {
    checkAllocation("newIntCell", "size", size, 1, Integer.BYTES);
    return engine.call("newIntCell", h ->
        engine.adopt(INT, NativeCells.newIntCell(h, size), new Shape(size, 0), NativeCells::freeCell));
  }

  @Override
  public NativeHandle newDoubleCell(int size) {
    checkAllocation("newDoubleCell", "size", size, 1, Double.BYTES);
    return engine.call("newDoubleCell", h ->
        engine.adopt(DOUBLE, NativeCells.newDoubleCell(h, size), new Shape(size, 0), NativeCells::freeCell));
  }

  @Override
  public NativeHandle newCharCell(int size, int length) {
    if (length < 1) throw new IllegalArgumentException("newCharCell: length must be >= 1 (it counts the NUL), got " + length);
    checkAllocation("newCharCell", "size", size, 1, length);
    return engine.call("newCharCell", h ->
        engine.adopt(CHAR, NativeCells.newCharCell(h, size, length), new Shape(size, length), NativeCells::freeCell));
  }

  @Override
  public NativeHandle newWindow(int maxIntervals) {
    checkAllocation("newWindow", "maxIntervals", maxIntervals, 2, Double.BYTES);
    return engine.call("newWindow", h -> engine.adopt(WINDOW,
        NativeCells.newWindow(h, maxIntervals), new Shape(2 * maxIntervals, 0), NativeCells::freeWindow));
  }

  @Override
  public void freeCell(SpiceCell cell) {
    Owned o = owned(cell);
    if (!CELLS.contains(o.kind())) throw new IllegalArgumentException("freeCell: expected a cell but got a " + o.kind());
    o.close();
  }

  @Override
  public void freeWindow(SpiceCell window) {
    Owned o = owned(window);
    if (!WINDOW.equals(o.kind())) throw new IllegalArgumentException("freeWindow: expected a window but got a " + o.kind());
    o.close();
  }

  @Override
  public void ssize(int size, SpiceCell cell) {
    Owned o = owned(cell);
    engine.run("ssize", h -> {
      long p = o.valueOfAny(ANY, "cell or window");
      checkWithinCapacity("ssize", "size", size, o);
      NativeCells.ssize(h, size, p);
    });
  }

  @Override
  public void scard(int card, SpiceCell cell) {
    Owned o = owned(cell);
    engine.run("scard", h -> NativeCells.scard(h, card, o.valueOfAny(ANY, "cell or window")));
  }

  @Override
  public int card(SpiceCell cell) {
    Owned o = owned(cell);
    return engine.callInt("card", h -> NativeCells.card(h, o.valueOfAny(ANY, "cell or window")));
  }

  @Override
  public int size(SpiceCell cell) {
    Owned o = owned(cell);
    return engine.callInt("size", h -> NativeCells.size(h, o.valueOfAny(ANY, "cell or window")));
  }

  @Override
  public void valid(int size, int n, SpiceCell cell) {
    Owned o = owned(cell);
    engine.run("valid", h -> {
      long p = o.valueOfAny(ANY, "cell or window");
      checkWithinCapacity("valid", "size", size, o);
      checkWithinCapacity("valid", "n", n, o);
      NativeCells.valid(h, size, n, p);
    });
  }

  @Override
  public void insrti(int item, SpiceCell cell) {
    Owned o = owned(cell);
    engine.run("insrti", h -> NativeCells.insrti(h, item, o.value(INT)));
  }

  @Override
  public void insrtd(double item, SpiceCell cell) {
    Args.notNaN("item", item);
    Owned o = owned(cell);
    engine.run("insrtd", h -> NativeCells.insrtd(h, item, o.value(DOUBLE)));
  }

  @Override
  public void insrtc(String item, SpiceCell cell) {
    ascii("item", item);
    Owned o = owned(cell);
    engine.run("insrtc", h -> NativeCells.insrtc(h, item, o.value(CHAR)));
  }

  @Override
  public int cellGeti(SpiceCell cell, int index) {
    Owned o = owned(cell);
    return engine.callInt("cellGeti", h -> {
      long p = o.value(INT);
      Objects.checkIndex(index, NativeCells.card(h, p));
      return NativeCells.cellGeti(h, p, index);
    });
  }

  @Override
  public double cellGetd(SpiceCell cell, int index) {
    Owned o = owned(cell);
    return engine.callDouble("cellGetd", h -> {
      long p = o.value(DOUBLE);
      Objects.checkIndex(index, NativeCells.card(h, p));
      return NativeCells.cellGetd(h, p, index);
    });
  }

  @Override
  public String cellGetc(SpiceCell cell, int index) {
    Owned o = owned(cell);
    return engine.call("cellGetc", h -> {
      long p = o.value(CHAR);
      Objects.checkIndex(index, NativeCells.card(h, p));
      return NativeCells.cellGetc(h, p, index, o.info(Shape.class).length());
    });
  }

  @Override
  public void wninsd(double left, double right, SpiceCell window) {
    Args.finite("left", left);
    Args.finite("right", right);
    Owned o = owned(window);
    engine.run("wninsd", h -> NativeCells.wninsd(h, left, right, o.value(WINDOW)));
  }

  @Override
  public int wncard(SpiceCell window) {
    Owned o = owned(window);
    return engine.callInt("wncard", h -> NativeCells.wncard(h, o.value(WINDOW)));
  }

  @Override
  public TimeInterval wnfetd(SpiceCell window, int n) {
    Owned o = owned(window);
    double[] out = new double[2];
    engine.run("wnfetd", h -> NativeCells.wnfetd(h, o.value(WINDOW), n, out));
    return new TimeInterval(out[0], out[1]);
  }

  @Override
  public void wnvald(int size, int n, SpiceCell window) {
    Owned o = owned(window);
    engine.run("wnvald", h -> {
      long p = o.value(WINDOW);
      checkWithinCapacity("wnvald", "size", size, o);
      checkWithinCapacity("wnvald", "n", n, o);
      NativeCells.wnvald(h, size, n, p);
    });
  }

  /** The Owned behind a cell, checked to come from this backend (liveness and kind are checked under the lock). */
  private Owned owned(SpiceCell cell) {
    Args.notNull("cell", cell);
    return engine.claim(cell.handle(), "cell");
  }

  /** Sizes the engine would trust beyond the cell's memory are refused here (CSPICE cannot tell). */
  private static void checkWithinCapacity(String routine, String name, int value, Owned o) {
    int capacity = o.info(Shape.class).capacity();
    if (value > capacity) {
      throw new IllegalArgumentException(routine + ": " + name + " " + value + " exceeds the " + capacity
          + " elements allocated for this " + o.kind());
    }
  }

  private static void checkAllocation(String routine, String name, int count, int elementsPerCount, long elementBytes) {
    if (count < 0) throw new IllegalArgumentException(routine + ": " + name + " must be >= 0, got " + count);
    long bytes = (CONTROL_ELEMENTS + (long) count * elementsPerCount) * elementBytes;
    if (bytes > MAX_CELL_BYTES) {
      throw new IllegalArgumentException(routine + ": " + name + " " + count + " needs " + bytes
          + " bytes, more than the engine allows for one cell (" + MAX_CELL_BYTES + ")");
    }
  }

  /** CSPICE strings are ASCII; anything else could be cut mid-character by CSPICE's truncation. */
  private static void ascii(String name, String value) {
    Args.present(name, value);
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) > 0x7f) {
        throw new IllegalArgumentException(name + " must be ASCII (CSPICE strings are), found U+"
            + String.format("%04X", (int) value.charAt(i)) + " at index " + i);
      }
    }
  }
}
