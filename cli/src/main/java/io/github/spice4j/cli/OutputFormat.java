package io.github.spice4j.cli;

/** Output formats accepted by {@code --format}. */
public enum OutputFormat {
  /** Labelled, human-readable lines. */
  text,
  /** A header row and comma-separated values. */
  csv,
  /** A JSON object (or, for tables, an object with a {@code rows} array). */
  json
}
