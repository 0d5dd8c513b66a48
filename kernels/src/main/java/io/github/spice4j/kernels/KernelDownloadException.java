package io.github.spice4j.kernels;

import java.io.IOException;

/** A kernel could not be obtained: not cached while offline, an HTTP error, or repeated transfer failures. */
public class KernelDownloadException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed, for which kernel and URL
   * @param cause the underlying failure, or null
   */
  public KernelDownloadException(String message, Throwable cause) {
    super(message, cause);
  }
}
