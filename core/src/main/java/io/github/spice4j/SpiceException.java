package io.github.spice4j;

import java.util.Objects;

/**
 * A failure reported by CSPICE (or by the engine's shim), carrying CSPICE's structured error parts.
 *
 * <p>Unchecked: SPICE errors are usually configuration problems (a kernel not loaded, an unknown
 * frame) that callers handle at a high level. Branch on {@link #code()} for the common short codes or
 * on {@link #shortMessage()} for any code. The engine has already been reset when this is thrown
 * and stays usable.
 */
public class SpiceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String shortMessage;
  private final String longMessage;
  private final String trace;
  private final String routine;

  /**
   * Creates the exception. Called by the JNI layer and by argument checks that reproduce CSPICE's
   * own error (e.g. {@code SPICE(EMPTYSTRING)}).
   *
   * @param shortMessage CSPICE short message such as {@code SPICE(NOSUCHFILE)}, or null when the failure
   *     is not a SPICE error (e.g. a time-parse message)
   * @param longMessage CSPICE long message, may be empty
   * @param trace CSPICE traceback such as {@code furnsh_c --> FURNSH --> ZZLDKER}, may be empty
   * @param routine the spice4j/CSPICE routine that was called, e.g. {@code spkezr}
   * @param message the engine's full message text
   */
  public SpiceException(String shortMessage, String longMessage, String trace, String routine, String message) {
    super(format(shortMessage, longMessage, trace, routine, message));
    this.shortMessage = shortMessage == null ? "" : shortMessage;
    this.longMessage = longMessage == null ? "" : longMessage;
    this.trace = trace == null ? "" : trace;
    this.routine = Objects.requireNonNullElse(routine, "");
  }

  private static String format(String shortMsg, String longMsg, String trace, String routine, String message) {
    StringBuilder b = new StringBuilder();
    b.append(routine == null ? "SPICE" : routine).append(": ");
    if (shortMsg != null && !shortMsg.isEmpty()) {
      b.append(shortMsg);
      if (longMsg != null && !longMsg.isEmpty()) b.append(" -- ").append(longMsg);
      if (trace != null && !trace.isEmpty()) b.append(" [").append(trace).append(']');
    } else {
      b.append(message == null ? "failed" : message.strip());
    }
    return b.toString();
  }

  /** The CSPICE short message, e.g. {@code SPICE(NOSUCHFILE)}; empty when this is not a SPICE error. */
  public String shortMessage() {
    return shortMessage;
  }

  /** The short message as an enum for switch statements; {@link SpiceErrorCode#OTHER} for codes not listed there. */
  public SpiceErrorCode code() {
    return SpiceErrorCode.of(shortMessage);
  }

  /** True when the short message equals {@code code}'s (e.g. {@code is(SpiceErrorCode.NOSUCHFILE)}). */
  public boolean is(SpiceErrorCode code) {
    return code() == code && code != SpiceErrorCode.OTHER;
  }

  /** CSPICE's long message (human-readable explanation); may be empty. */
  public String longMessage() {
    return longMessage;
  }

  /** CSPICE's traceback, e.g. {@code spkezr_c --> SPKEZR}; may be empty. */
  public String trace() {
    return trace;
  }

  /** The routine that was called (CSPICE name without {@code _c}, e.g. {@code spkezr}). */
  public String routine() {
    return routine;
  }
}
