package io.github.spice4j;

/**
 * A {@link SpiceException} raised by a batch call (many epochs or strings in one call) at one item.
 * It carries the same CSPICE error fields as the single call would have raised, plus the index of the
 * failing item in the batch. Outputs of the items before {@link #index()} are filled; the rest are
 * left as they were.
 */
public final class SpiceBatchException extends SpiceException {
  private static final long serialVersionUID = 1L;

  private final int index;

  /**
   * Wraps the error CSPICE raised for one item of a batch.
   *
   * @param cause the error of that item
   * @param index its index in the batch (0 for the first item of the call's range)
   */
  public SpiceBatchException(SpiceException cause, int index) {
    super(cause.shortMessage(), cause.longMessage(), cause.trace(), cause.routine(), detail(cause));
    this.index = index;
    initCause(cause);
  }

  /** The cause's text without its "routine: " prefix, which the superclass adds back. */
  private static String detail(SpiceException cause) {
    String m = cause.getMessage();
    String prefix = cause.routine() + ": ";
    return m != null && m.startsWith(prefix) ? m.substring(prefix.length()) : m;
  }

  /**
   * The index in the batch of the item that failed, counted from the first item of the call's range.
   *
   * @return 0-based index
   */
  public int index() {
    return index;
  }

  @Override
  public String getMessage() {
    return super.getMessage() + " (batch index " + index + ")";
  }
}
