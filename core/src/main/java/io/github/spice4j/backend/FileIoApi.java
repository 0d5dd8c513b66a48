package io.github.spice4j.backend;

import io.github.spice4j.DlaDescriptor;
import io.github.spice4j.FileFormat;
import io.github.spice4j.FileHandle;
import java.util.Optional;

/**
 * File inspection and DAF/DAS/DLA file handles (CSPICE {@code exists_c}, {@code getfat_c}, {@code dafopr_c},
 * {@code dafcls_c}, {@code dafbfs_c}, {@code daffna_c}, {@code dasopr_c}, {@code dascls_c}, {@code dlaopn_c},
 * {@code dlabfs_c}, {@code dlafns_c}, {@code dlacls_c}).
 *
 * <p>A file argument is a path as CSPICE sees it, or the virtual id of a byte-backed kernel loaded with
 * {@link KernelsApi#furnsh(String, byte[])}, which stands for its staged copy. Handles are owned Java
 * objects ({@link FileHandle}). For every method taking a handle:
 * <ul>
 *   <li>{@link NullPointerException} if it is null;</li>
 *   <li>{@link IllegalArgumentException} if another backend opened it, or it is the wrong kind for the
 *       routine (e.g. a DAS handle given to {@code dafbfs});</li>
 *   <li>{@link IllegalStateException} if it was closed, its backend closed, or its engine rebuilt after
 *       a trap.</li>
 * </ul>
 */
public interface FileIoApi {
  /**
   * CSPICE {@code exists_c}.
   *
   * @param file a path or virtual id
   * @return whether the file exists
   * @throws io.github.spice4j.SpiceException {@code SPICE(EMPTYSTRING)} for an empty name
   */
  boolean exists(String file);

  /**
   * CSPICE {@code getfat_c}: a file's architecture and type, read from its ID word.
   *
   * @param file a path or virtual id
   * @return e.g. {@code DAF}/{@code SPK}, {@code KPL}/{@code LSK}, {@code DAS}/{@code DSK}; {@code ?}/{@code ?}
   *     when the file has no recognizable ID word
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(FILENOTFOUND)}, {@code SPICE(EMPTYSTRING)}
   */
  FileFormat getfat(String file);

  /**
   * CSPICE {@code dafopr_c}: opens a DAF (SPK, CK, binary PCK) for reading.
   *
   * @param file a path or virtual id
   * @return the handle, of kind {@link FileHandle.Kind#DAF}; close it when done
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(FILENOTFOUND)}, or a DAF format error for a
   *     file that is not a DAF
   */
  FileHandle dafopr(String file);

  /**
   * CSPICE {@code dafcls_c}: closes a DAF handle, the same as {@link FileHandle#close()} (idempotent).
   *
   * @param handle a DAF handle
   */
  void dafcls(FileHandle handle);

  /**
   * CSPICE {@code dafbfs_c}: starts a forward search through the DAF's arrays (segments). CSPICE keeps
   * one search position per file: a search another routine starts on the same file (e.g. an SPK lookup
   * when the file is also loaded as a kernel) moves it.
   *
   * @param handle a DAF handle
   */
  void dafbfs(FileHandle handle);

  /**
   * CSPICE {@code daffna_c} (after {@code dafcs_c} selects this handle's search): moves to the next array.
   *
   * @param handle a DAF handle whose search was started with {@link #dafbfs}
   * @return true if there was a next array, false at the end
   * @throws io.github.spice4j.SpiceException {@code SPICE(DAFNOSEARCH)} if no search was started
   */
  boolean daffna(FileHandle handle);

  /**
   * CSPICE {@code dasopr_c}: opens a DAS file (DSK, EK) for reading.
   *
   * @param file a path or virtual id
   * @return the handle, of kind {@link FileHandle.Kind#DAS}; close it when done
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(FILENOTFOUND)}, or a DAS format error
   */
  FileHandle dasopr(String file);

  /**
   * CSPICE {@code dascls_c}: closes a DAS or DLA handle, the same as {@link FileHandle#close()} (idempotent).
   *
   * @param handle a DAS or DLA handle
   */
  void dascls(FileHandle handle);

  /**
   * CSPICE {@code dlaopn_c}: creates a new DLA file (a DAS file of segments, e.g. a DSK) and opens it
   * for writing.
   *
   * @param file the new file's path (a virtual id stands for its staged copy, which already exists)
   * @param ftype the file type written to the ID word, e.g. {@code DSK} (at most 4 chars)
   * @param ifname the internal file name (at most 60 chars)
   * @param ncomch characters to reserve for comments, {@code >= 0}
   * @return the handle, of kind {@link FileHandle.Kind#DLA}; close it when done
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(FILEOPENFAIL)} when the file exists or cannot
   *     be created
   * @throws IllegalArgumentException if ncomch is negative
   */
  FileHandle dlaopn(String file, String ftype, String ifname, int ncomch);

  /**
   * CSPICE {@code dlabfs_c}: the first segment of a DLA file.
   *
   * @param handle a DAS or DLA handle
   * @return the first segment's descriptor, empty when the file has no segments
   * @throws io.github.spice4j.SpiceException if the file is not a DLA file
   */
  Optional<DlaDescriptor> dlabfs(FileHandle handle);

  /**
   * CSPICE {@code dlafns_c}: the segment after a given one.
   *
   * @param handle a DAS or DLA handle
   * @param descr a descriptor of a segment of this file
   * @return the next segment's descriptor, empty after the last segment
   * @throws NullPointerException if descr is null
   * @throws io.github.spice4j.SpiceException if descr does not point into the file
   */
  Optional<DlaDescriptor> dlafns(FileHandle handle, DlaDescriptor descr);

  /**
   * CSPICE {@code dlacls_c}: closes a DLA or DAS handle (the same as {@link #dascls}; idempotent).
   *
   * @param handle a DLA or DAS handle
   */
  void dlacls(FileHandle handle);
}
