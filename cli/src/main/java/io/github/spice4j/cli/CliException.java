package io.github.spice4j.cli;

/** A failure the CLI reports as {@code error: <message>} with a chosen exit code (no stack trace). */
public final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  /**
   * @param message what went wrong and how to fix it
   * @param exitCode {@link ExitCodes#USAGE} or {@link ExitCodes#FAILURE}
   */
  public CliException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  /** Creates a usage/configuration error (exit code 1). */
  public static CliException usage(String message) {
    return new CliException(message, ExitCodes.USAGE);
  }

  /** The process exit code. */
  public int exitCode() {
    return exitCode;
  }
}
