package io.github.spice4j;

/**
 * Receives the progress of a geometry finder search ({@link EventFinder}, or the listener overloads of
 * {@link io.github.spice4j.backend.GfApi}).
 *
 * <p>This plays the part of CSPICE's progress reporter ({@code gfrepi_c}/{@code gfrepu_c}/{@code gfrepf_c}).
 * The engine's {@code gfdist_c} and {@code gfsep_c} run with reporting switched off, as in CSPICE, so
 * the search is run piece by piece over the confinement window and the progress is the fraction of
 * the window's measure (total length) whose search has completed. See
 * {@link io.github.spice4j.backend.GfApi#gfdist(String, String, String, String, double, double, double,
 * int, java.util.List, GfProgressListener)} for how the pieces are joined.
 *
 * <p>Calls are made on the searching thread while it holds its engine's lock, so a listener should
 * return quickly and must not wait for other threads that call SPICE through the same {@code Spice}
 * instance. Throwing a {@link RuntimeException} from a callback stops the search;
 * the exception reaches the caller and the engine stays usable.
 */
public interface GfProgressListener {
  /**
   * Called once before any work.
   *
   * @param measure total length of the confinement window, seconds
   */
  default void started(double measure) {}

  /**
   * Called after each piece of the search, with non-decreasing fractions; the last call passes exactly
   * {@code 1.0}.
   *
   * @param fraction completed share of the search, in {@code [0, 1]}
   */
  void progress(double fraction);

  /** Called once after {@code progress(1.0)} when the search succeeded (not when it failed). */
  default void finished() {}
}
