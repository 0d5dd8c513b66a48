package io.github.spice4j;

/**
 * Result of CSPICE {@code ekfind_c}: the number of matching rows, or CSPICE's explanation of why the query
 * could not be run (a syntax error, an unknown table or column, ...). A rejected query is a result, not an
 * exception.
 *
 * @param nmrows number of rows matching the query; 0 when {@code error}
 * @param error whether CSPICE rejected the query
 * @param errmsg CSPICE's message when {@code error}, e.g. {@code Table <X> is not currently loaded.}; else empty
 */
public record EkQueryResult(int nmrows, boolean error, String errmsg) {
  /**
   * A query that ran.
   *
   * @param nmrows number of matching rows
   * @return the result
   */
  public static EkQueryResult rows(int nmrows) {
    return new EkQueryResult(nmrows, false, "");
  }

  /**
   * A query CSPICE rejected.
   *
   * @param errmsg CSPICE's message
   * @return the result
   */
  public static EkQueryResult rejected(String errmsg) {
    return new EkQueryResult(0, true, errmsg);
  }

  /**
   * Whether the query ran.
   *
   * @return {@code !error}
   */
  public boolean ok() {
    return !error;
  }
}
