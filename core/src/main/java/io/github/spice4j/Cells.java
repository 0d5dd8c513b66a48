package io.github.spice4j;

import io.github.spice4j.backend.CellsApi;
import java.util.Objects;

/**
 * Creates CSPICE cells and windows owned by Java objects (see {@link SpiceCell}); obtained from
 * {@link Spice#cells()}. Close what you create, e.g. with {@code try}-with-resources:
 *
 * <pre>{@code
 * try (SpiceWindow w = spice.cells().window(10)) {
 *   w.insert(0, 10).insert(5, 20);   // merged: [0, 20]
 *   List<TimeInterval> intervals = w.intervals();
 * }
 * }</pre>
 */
public final class Cells {
  private final CellsApi backend;
  private final CellOps ops;

  Cells(CellsApi backend) {
    this.backend = Objects.requireNonNull(backend, "backend");
    this.ops = new ContractOps(backend);
  }

  /**
   * An empty integer cell ({@link CellsApi#newIntCell(int)}).
   *
   * @param size capacity, {@code >= 0}
   * @return the cell
   * @throws IllegalArgumentException if size is negative or too large for the engine
   */
  public IntCell intCell(int size) {
    return new IntCell(ops, backend.newIntCell(size));
  }

  /**
   * An empty double precision cell ({@link CellsApi#newDoubleCell(int)}).
   *
   * @param size capacity, {@code >= 0}
   * @return the cell
   * @throws IllegalArgumentException if size is negative or too large for the engine
   */
  public DoubleCell doubleCell(int size) {
    return new DoubleCell(ops, backend.newDoubleCell(size));
  }

  /**
   * An empty character cell ({@link CellsApi#newCharCell(int, int)}).
   *
   * @param size capacity in strings, {@code >= 0}
   * @param length chars per string including the NUL, {@code >= 1}
   * @return the cell
   * @throws IllegalArgumentException if size is negative, length below 1, or the cell too large
   */
  public CharCell charCell(int size, int length) {
    return new CharCell(ops, backend.newCharCell(size, length));
  }

  /**
   * An empty window ({@link CellsApi#newWindow(int)}).
   *
   * @param maxIntervals capacity in intervals, {@code >= 0}
   * @return the window
   * @throws IllegalArgumentException if maxIntervals is negative or too large for the engine
   */
  public SpiceWindow window(int maxIntervals) {
    return new SpiceWindow(ops, backend.newWindow(maxIntervals));
  }

  /**
   * A window holding the union of intervals (CSPICE {@code wninsd_c} for each, so overlapping ones merge).
   *
   * @param maxIntervals capacity in intervals
   * @param intervals the intervals, e.g. ET ranges
   * @return the window; nothing is left allocated if an insertion fails
   * @throws SpiceException {@code SPICE(WINDOWEXCESS)} if the union has more than maxIntervals intervals
   */
  public SpiceWindow window(int maxIntervals, Iterable<TimeInterval> intervals) {
    Objects.requireNonNull(intervals, "intervals");
    SpiceWindow w = window(maxIntervals);
    try {
      for (TimeInterval iv : intervals) w.insert(iv);
      return w;
    } catch (RuntimeException | Error e) {
      w.close();
      throw e;
    }
  }

  /** The cells' engine operations, on the backend's cells domain. */
  private record ContractOps(CellsApi api) implements CellOps {
    @Override public int card(SpiceCell cell) { return api.card(cell); }
    @Override public int size(SpiceCell cell) { return api.size(cell); }
    @Override public void insrti(int item, SpiceCell cell) { api.insrti(item, cell); }
    @Override public void insrtd(double item, SpiceCell cell) { api.insrtd(item, cell); }
    @Override public void insrtc(String item, SpiceCell cell) { api.insrtc(item, cell); }
    @Override public int cellGeti(SpiceCell cell, int index) { return api.cellGeti(cell, index); }
    @Override public double cellGetd(SpiceCell cell, int index) { return api.cellGetd(cell, index); }
    @Override public String cellGetc(SpiceCell cell, int index) { return api.cellGetc(cell, index); }
    @Override public void wninsd(double left, double right, SpiceCell window) { api.wninsd(left, right, window); }
    @Override public int wncard(SpiceCell window) { return api.wncard(window); }
    @Override public TimeInterval wnfetd(SpiceCell window, int n) { return api.wnfetd(window, n); }
  }
}
