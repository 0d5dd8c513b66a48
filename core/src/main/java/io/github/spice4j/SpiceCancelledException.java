package io.github.spice4j;

/**
 * An engine call was stopped before it finished: its thread was interrupted ({@code SPICE4J(INTERRUPTED)}),
 * it ran past the engine's call deadline ({@code SPICE4J(DEADLINE)}), or the engine was closed by another
 * thread meanwhile ({@code SPICE4J(CANCELLED)}). CSPICE was stopped mid-routine, so, as after a
 * {@linkplain SpiceEngineTrapException trap}, the backend rebuilds its engine and reloads its kernels
 * before this exception reaches the caller; the interrupted thread keeps its interrupt status.
 */
public class SpiceCancelledException extends SpiceEngineTrapException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception (called by the JNI layer and the backend).
   *
   * @param shortMessage {@code SPICE4J(INTERRUPTED)}, {@code SPICE4J(DEADLINE)} or {@code SPICE4J(CANCELLED)}
   * @param message description of why the call stopped
   * @param routine the routine that was running
   */
  public SpiceCancelledException(String shortMessage, String message, String routine) {
    super(shortMessage, message, routine);
  }
}
