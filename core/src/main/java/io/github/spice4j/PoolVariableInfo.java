package io.github.spice4j;

/**
 * What CSPICE's {@code dtpool_c} reports about a kernel pool variable.
 *
 * @param found whether the variable is in the pool
 * @param n number of values it holds (0 when not found)
 * @param type {@code 'N'} numeric, {@code 'C'} character, {@code 'X'} when not found (CSPICE's convention)
 */
public record PoolVariableInfo(boolean found, int n, char type) {
  /** The result for a variable that is not in the pool. */
  public static final PoolVariableInfo NOT_FOUND = new PoolVariableInfo(false, 0, 'X');

  /** True for a numeric variable (read it with {@code gdpool}/{@code gipool}). */
  public boolean numeric() {
    return found && type == 'N';
  }

  /** True for a character variable (read it with {@code gcpool}). */
  public boolean character() {
    return found && type == 'C';
  }
}
