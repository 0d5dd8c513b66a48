package io.github.spice4j.cli;

/** The tool's exit codes. */
public final class ExitCodes {
  private ExitCodes() {}

  /** Success. */
  public static final int OK = 0;
  /** Bad usage or configuration: unknown option, bad value, no kernels to load. */
  public static final int USAGE = 1;
  /** SPICE reported an error (or another runtime failure, e.g. the native library did not load). */
  public static final int FAILURE = 2;
}
