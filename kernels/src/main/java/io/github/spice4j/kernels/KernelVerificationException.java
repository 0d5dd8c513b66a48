package io.github.spice4j.kernels;

/**
 * A downloaded kernel does not have the size or SHA-256 the catalog (or caller) expects. The bad
 * download has been deleted; nothing is left in the cache.
 */
public final class KernelVerificationException extends KernelDownloadException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message which kernel, what was expected and what arrived
   */
  public KernelVerificationException(String message) {
    super(message, null);
  }
}
