package io.github.spice4j;

/**
 * An EK file opened with {@link io.github.spice4j.backend.EkApi#ekopr}, {@link io.github.spice4j.backend.EkApi#ekopw} or {@link io.github.spice4j.backend.EkApi#ekopn}: owned by the
 * backend that opened it and usable only with that backend.
 *
 * <p>Closing it runs CSPICE {@code ekcls_c} (which also finishes writing a new file). Closing twice does
 * nothing; using it after close throws {@link IllegalStateException}. A handle that is dropped without
 * being closed is closed when it is garbage collected, but close it explicitly: a written EK is only
 * complete, and a virtual output only readable, after close. Handles die with their backend: after the
 * backend closes (or rebuilds its engine after a trap) they are no longer usable.
 */
public interface EkHandle extends AutoCloseable {
  /**
   * Whether the handle can still be used (not closed, and its backend's engine is the one that opened it).
   *
   * @return true while usable
   */
  boolean isOpen();

  /**
   * CSPICE {@code ekcls_c}: closes the file. Later calls do nothing.
   *
   * @throws io.github.spice4j.SpiceException if CSPICE fails to finish the file (the handle is closed anyway)
   */
  @Override
  void close();
}
