package io.github.spice4j.orekit;

import io.github.spice4j.Spice;
import io.github.spice4j.SpicePool;
import java.util.Objects;
import java.util.function.Function;

/**
 * How the bridge reaches an engine: one {@link Spice} (whose calls are serialized by its own lock) or a
 * {@link SpicePool} (an idle engine per call, so Orekit's worker threads run in parallel).
 */
interface SpiceAccess {
  /** Runs {@code work} on an engine and returns its result. */
  <T> T call(Function<Spice, T> work);

  static SpiceAccess of(Spice spice) {
    Objects.requireNonNull(spice, "spice");
    return new SpiceAccess() {
      @Override
      public <T> T call(Function<Spice, T> work) {
        return work.apply(spice);
      }
    };
  }

  static SpiceAccess of(SpicePool pool) {
    return Objects.requireNonNull(pool, "pool")::call;
  }
}
