package io.github.spice4j;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSPICE window: a double precision cell holding disjoint closed intervals {@code [left, right]} in
 * ascending order (usually ET, TDB seconds past J2000), owned by this object. {@link #card()} and
 * {@link #size()} count endpoints (two per interval). See {@link SpiceCell} for ownership rules.
 */
public final class SpiceWindow extends SpiceCell {
  /** Wraps a native window; created by {@link Cells#window(int)}. */
  SpiceWindow(CellOps cells, NativeHandle handle) {
    super(cells, handle);
  }

  /**
   * CSPICE {@code wninsd_c}: inserts {@code [left, right]}, merging it with every interval it overlaps
   * or touches.
   *
   * @param left left endpoint
   * @param right right endpoint, {@code >= left}
   * @return this window
   * @throws SpiceException {@code SPICE(BADENDPOINTS)} if {@code left > right},
   *     {@code SPICE(WINDOWEXCESS)} when the window is full
   * @throws IllegalArgumentException if an endpoint is NaN
   * @throws IllegalStateException if the window is closed
   */
  public SpiceWindow insert(double left, double right) {
    cells().wninsd(left, right, this);
    return this;
  }

  /**
   * Inserts an interval ({@link #insert(double, double)}).
   *
   * @param interval the interval
   * @return this window
   */
  public SpiceWindow insert(TimeInterval interval) {
    return insert(interval.start(), interval.stop());
  }

  /**
   * CSPICE {@code wncard_c}: the number of intervals.
   *
   * @return the interval count
   * @throws IllegalStateException if the window is closed
   */
  public int intervalCount() {
    return cells().wncard(this);
  }

  /**
   * CSPICE {@code wnfetd_c}: one interval.
   *
   * @param index 0-based, below {@link #intervalCount()}
   * @return the interval
   * @throws SpiceException {@code SPICE(NOINTERVAL)} if index is out of range
   * @throws IllegalStateException if the window is closed
   */
  public TimeInterval interval(int index) {
    return cells().wnfetd(this, index);
  }

  /**
   * A snapshot of the intervals in order.
   *
   * @return the intervals (immutable)
   * @throws IllegalStateException if the window is closed
   */
  public List<TimeInterval> intervals() {
    int n = intervalCount();
    List<TimeInterval> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) out.add(interval(i));
    return List.copyOf(out);
  }
}
