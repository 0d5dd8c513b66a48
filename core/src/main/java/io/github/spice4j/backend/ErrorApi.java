package io.github.spice4j.backend;

/**
 * CSPICE's error subsystem. spice4j runs CSPICE in RETURN mode and resets it after capturing every
 * failure, so these are only needed to signal application errors through CSPICE or to inspect state.
 */
public interface ErrorApi {
  /** CSPICE {@code failed_c}: whether an error is currently signalled (normally false: spice4j resets after each failure). */
  boolean failed();

  /** CSPICE {@code reset_c}: clears the error status. */
  void reset();

  /**
   * CSPICE {@code getmsg_c}: the current error message.
   *
   * @param option {@code SHORT}, {@code LONG} or {@code EXPLAIN}
   * @return the message (may be empty)
   * @throws IllegalArgumentException if option is not one of the three
   */
  String getmsg(String option);

  /**
   * CSPICE {@code setmsg_c}: sets the long message for the next {@link #sigerr}.
   *
   * @param message the long message
   */
  void setmsg(String message);

  /**
   * CSPICE {@code sigerr_c}: signals an error with a short message such as {@code SPICE(MYERROR)}.
   *
   * @param shortMessage the short message
   * @throws io.github.spice4j.SpiceException always, carrying the signalled error
   */
  void sigerr(String shortMessage);

  /**
   * CSPICE {@code chkin_c}: pushes a routine name on CSPICE's traceback stack.
   *
   * @param module routine name
   */
  void chkin(String module);

  /**
   * CSPICE {@code chkout_c}: pops a routine name from CSPICE's traceback stack.
   *
   * @param module routine name (must match the last chkin)
   */
  void chkout(String module);
}
