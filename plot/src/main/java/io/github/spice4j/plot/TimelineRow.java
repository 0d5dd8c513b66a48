package io.github.spice4j.plot;

import io.github.spice4j.TimeInterval;
import java.util.List;
import java.util.Objects;

/**
 * One row of {@link Charts#timeline}: a label and its event windows, e.g. the result of an event search
 * ({@code spice.eventFinder().distance(...)}) or any other list of intervals.
 *
 * @param label row name shown in the legend
 * @param windows intervals in ET (TDB seconds past J2000); may be empty
 */
public record TimelineRow(String label, List<TimeInterval> windows) {
  /**
   * Copies the windows.
   *
   * @param label row name
   * @param windows intervals, ET
   * @throws NullPointerException if an argument is null
   */
  public TimelineRow {
    Objects.requireNonNull(label, "label");
    windows = List.copyOf(windows);
  }
}
