package io.github.spice4j;

/**
 * The CSPICE engine (WebAssembly translated to C) trapped: an out-of-bounds access, an abort, or stack
 * exhaustion inside CSPICE. Never a JVM crash: the trap unwinds to the shim, which retires the engine
 * instance. The backend then builds a fresh engine and reloads the kernels it had loaded (kernel-pool
 * edits made with pdpool and the like are lost); the call that trapped is not retried.
 */
public class SpiceEngineTrapException extends SpiceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception (called by the JNI layer).
   *
   * @param message description of the trap
   * @param routine the routine that was running
   */
  public SpiceEngineTrapException(String message, String routine) {
    super(null, "", "", routine, message);
  }

  /**
   * Creates the exception with a SPICE-style short code (for {@link SpiceCancelledException}).
   *
   * @param shortMessage the short code, e.g. {@code SPICE4J(DEADLINE)}
   * @param message description of why the call stopped
   * @param routine the routine that was running
   */
  protected SpiceEngineTrapException(String shortMessage, String message, String routine) {
    super(shortMessage, message, "", routine, message);
  }
}
