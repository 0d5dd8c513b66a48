package io.github.spice4j;

/**
 * Result of {@code tparse}: either a parsed epoch or CSPICE's error message.
 *
 * @param sp2000 UTC seconds past J2000 (formal calendar); 0 when {@code errmsg} is not empty
 * @param errmsg CSPICE's message, empty on success
 */
public record TparseResult(double sp2000, String errmsg) {
  /** True when the string parsed. */
  public boolean ok() {
    return errmsg.isEmpty();
  }
}
