package io.github.spice4j;

import io.github.spice4j.backend.SpiceBackend;
import java.util.List;

/**
 * A watch on kernel pool variables (CSPICE {@code swpool_c}/{@code cvpool_c}): {@link #changed()} says
 * whether any watched variable was set, changed or removed since the last call. Obtain one with
 * {@link KernelPool#watch(String, String...)}.
 *
 * <p>The watch lives in the engine under its agent name: watches with the same agent share one flag and
 * their variables add up. It survives {@link Spice#clear()} and engine traps (after which it reports a
 * change, since everything was reloaded).
 */
public final class PoolWatch {
  private final SpiceBackend backend;
  private final String agent;
  private final List<String> names;

  PoolWatch(SpiceBackend backend, String agent, List<String> names) {
    this.backend = backend;
    this.agent = agent;
    this.names = List.copyOf(names);
  }

  /**
   * CSPICE {@code cvpool_c}: whether a watched variable changed since the previous call (true on the
   * first call after the watch was set up). Calling clears the flag.
   *
   * @return true when an update is pending
   */
  public boolean changed() {
    return backend.pool().cvpool(agent);
  }

  /** The agent name the watch is registered under. */
  public String agent() {
    return agent;
  }

  /** The variables this watch was created for. */
  public List<String> names() {
    return names;
  }

  @Override
  public String toString() {
    return "PoolWatch[" + agent + " " + names + "]";
  }
}
