package io.github.spice4j.backend;

import io.github.spice4j.KernelData;
import io.github.spice4j.OutputTarget;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Loading and listing kernels (CSPICE's kernel database). Byte-backed kernels are staged to a private
 * temporary file, loaded from there and reported back under their virtual id.
 */
public interface KernelsApi {
  /**
   * CSPICE {@code furnsh_c}: loads a kernel or meta-kernel file. Transactional: when CSPICE rejects the
   * file, the kernel pool and the kernel list are as before the call (CSPICE alone would keep what a text
   * kernel assigned before its error, and what a meta-kernel loaded before a missing file).
   *
   * @param file the kernel path
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(NOSUCHFILE)} when missing
   * @throws IllegalArgumentException if the name is longer than CSPICE's 255 characters, or is a relative
   *     path equal to the virtual id of a kernel loaded from bytes
   */
  void furnsh(Path file);

  /**
   * Loads a kernel from bytes under a virtual id (CSPICE {@code furnsh_c} on a private staged copy).
   * Loading again under the same id replaces the earlier kernel. Transactional as {@link #furnsh(Path)}
   * (a failed replacement keeps the earlier kernel); errors name the id, never the staged copy.
   *
   * @param virtualId a relative, slash-separated id such as {@code "kernels/naif0012.tls"} (no {@code ..}),
   *     printable, without leading or trailing white space, at most 255 characters
   * @param bytes the kernel's content (binary or text)
   * @throws IllegalArgumentException if the id is blank, absolute, escapes with {@code ..}, has leading or
   *     trailing white space or control characters, is too long, or equals the relative path of a loaded
   *     kernel file
   * @throws io.github.spice4j.SpiceException if CSPICE rejects the content
   */
  void furnsh(String virtualId, byte[] bytes);

  /**
   * CSPICE {@code unload_c}: unloads a kernel loaded from a file or under a virtual id (deleting its staged copy).
   *
   * @param fileOrVirtualId the path string or virtual id used when loading (an absolute string is always
   *     a file path)
   */
  void unload(String fileOrVirtualId);

  /** CSPICE {@code kclear_c}: unloads everything and clears the kernel pool; staged copies are deleted. */
  void kclear();

  /**
   * CSPICE {@code ktotal_c}: number of loaded kernels of a kind.
   *
   * @param kind {@code ALL}, {@code SPK}, {@code CK}, {@code PCK}, {@code DSK}, {@code EK}, {@code TEXT}, {@code META}
   *     or a blank-separated list of them
   * @return the count
   */
  int ktotal(String kind);

  /**
   * CSPICE {@code kdata_c}: the {@code which}-th loaded kernel of a kind (0-based).
   *
   * @param which index, 0-based
   * @param kind as for {@link #ktotal}
   * @return the kernel, or empty when {@code which} is out of range
   */
  Optional<KernelData> kdata(int which, String kind);

  /**
   * CSPICE {@code kinfo_c}: information about one loaded kernel, looked up by the path or virtual id it was loaded under.
   *
   * @param fileOrVirtualId the file or virtual id
   * @return the kernel's data (with {@code file} as given), or empty when it is not loaded
   */
  Optional<KernelData> kinfo(String fileOrVirtualId);

  /**
   * The bytes a kernel writer (SPK, EK, DSK) produced for a virtual output ({@link OutputTarget#virtual}).
   * Not a CSPICE routine: virtual outputs are spice4j's in-memory counterpart of writing a file.
   *
   * @param virtualId the id the writer was opened with
   * @return a copy of the file's bytes
   * @throws IllegalStateException if the writer is still open (reading while open is refused)
   * @throws IllegalArgumentException if no writer of this backend produced this id
   */
  byte[] virtualOutput(String virtualId);

  /**
   * Opens a virtual output for a writer that lays out its file in Java (spice4j's own DAF writers in
   * {@code io.github.spice4j.writer}) under the rules of {@link OutputTarget#virtual}: while the sink is
   * open, {@link #virtualOutput} refuses the id and no other writer may open it; the finished file is
   * private to the process and deleted when this backend closes. Not a CSPICE routine.
   *
   * @param virtualId the id (relative, slash-separated, e.g. {@code "out/probe.bsp"})
   * @return the open sink; {@link OutputSink#finish finish} or {@link OutputSink#abandon abandon} it
   * @throws IllegalStateException if a writer of this id is still open, or the backend is closed
   * @throws IllegalArgumentException if the id is not a valid virtual id
   */
  OutputSink openOutput(String virtualId);

  /**
   * Loads a closed virtual output of this backend as a kernel under the same id, as
   * {@link #furnsh(String, byte[])} would load its bytes. Not a CSPICE routine.
   *
   * @param virtualId the id the writer was opened with
   * @throws IllegalStateException if its writer is still open
   * @throws IllegalArgumentException if no writer of this backend produced this id
   * @throws io.github.spice4j.SpiceException if CSPICE rejects the file
   */
  void furnshOutput(String virtualId);

  /** The receiving end of a virtual output opened with {@link #openOutput}; used by one writer. */
  interface OutputSink {
    /** The normalized virtual id. */
    String virtualId();

    /**
     * Stores the finished file and closes the output: its bytes become readable.
     *
     * @param bytes the whole file
     * @throws IllegalStateException if the sink was finished or abandoned already, or its backend closed
     * @throws java.io.UncheckedIOException if the private file cannot be written (the output is dropped)
     */
    void finish(byte[] bytes);

    /** Drops the output without a file; does nothing once finished or abandoned. */
    void abandon();
  }
}
