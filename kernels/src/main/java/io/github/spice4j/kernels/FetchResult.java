package io.github.spice4j.kernels;

import java.nio.file.Path;

/**
 * What happened to one kernel of a {@link KernelManager#fetch} call.
 *
 * @param source the kernel asked for
 * @param status cached, downloaded, resumed or missing
 * @param file the file in the cache, or null when {@link Status#MISSING}
 * @param detail why it is missing (offline, HTTP error, checksum mismatch ...), else empty
 */
public record FetchResult(KernelSource source, Status status, Path file, String detail) {
  /** Outcome of one kernel. */
  public enum Status {
    /** Already in the cache (and matching the expected size/checksum when known); no network used. */
    CACHED,
    /** Downloaded in full and verified. */
    DOWNLOADED,
    /** Completed from a partial download left by an interrupted transfer (HTTP Range), then verified. */
    RESUMED,
    /** Not available: see {@link FetchResult#detail()}. */
    MISSING
  }

  /** Whether the kernel is available in the cache ({@link #file()} is set). */
  public boolean available() {
    return status != Status.MISSING;
  }
}
