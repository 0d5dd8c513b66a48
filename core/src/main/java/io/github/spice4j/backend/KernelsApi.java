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
}
