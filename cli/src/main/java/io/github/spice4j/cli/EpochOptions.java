package io.github.spice4j.cli;

import io.github.spice4j.Spice;
import picocli.CommandLine.Option;

/** Exactly one epoch: {@code --utc STRING} or {@code --et SECONDS} (use as an exclusive, required arg group). */
public final class EpochOptions {
  @Option(names = "--utc", paramLabel = "TIME", required = true,
      description = "Epoch as a SPICE time string (str2et), e.g. 2024-01-01T00:00:00 (UTC).")
  String utc;

  @Option(names = "--et", paramLabel = "SECONDS", required = true,
      description = "Epoch as ephemeris time, TDB seconds past J2000.")
  Double et;

  /** The epoch as ET (str2et for {@code --utc}). */
  public double et(Spice spice) {
    return et != null ? et : spice.utcToEt(utc);
  }
}
