package io.github.spice4j.cli;

/** A subcommand carrying the shared {@link CommonOptions} mixin (lets {@link Main} honour {@code --verbose}). */
public interface HasCommonOptions {
  /** The shared options. */
  CommonOptions common();
}
