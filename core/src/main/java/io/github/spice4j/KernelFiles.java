package io.github.spice4j;

import io.github.spice4j.backend.FileIoApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * File inspection and DAF/DAS/DLA access; obtained from {@link Spice#kernelFiles()}. A file argument is a
 * path string or the virtual id of a byte-backed kernel loaded with {@link Spice#load(String, byte[])}.
 */
public final class KernelFiles {
  private final FileIoApi backend;

  KernelFiles(FileIoApi backend) {
    this.backend = Objects.requireNonNull(backend, "backend");
  }

  /**
   * CSPICE {@code exists_c}.
   *
   * @param file a path or virtual id
   * @return whether the file exists
   */
  public boolean exists(String file) {
    return backend.exists(file);
  }

  /**
   * CSPICE {@code getfat_c}: architecture and type.
   *
   * @param file a path or virtual id
   * @return e.g. {@code DAF}/{@code SPK}; {@code ?}/{@code ?} when not recognized
   * @throws SpiceException e.g. {@code SPICE(FILENOTFOUND)}
   */
  public FileFormat format(String file) {
    return backend.getfat(file);
  }

  /**
   * CSPICE {@code dafopr_c}: opens a DAF for reading; close the handle when done.
   *
   * @param file a path or virtual id
   * @return the handle
   * @throws SpiceException if the file is missing or not a DAF
   */
  public FileHandle openDaf(String file) {
    return backend.dafopr(file);
  }

  /**
   * CSPICE {@code dasopr_c}: opens a DAS file (DSK, EK) for reading; close the handle when done.
   *
   * @param file a path or virtual id
   * @return the handle
   * @throws SpiceException if the file is missing or not a DAS file
   */
  public FileHandle openDas(String file) {
    return backend.dasopr(file);
  }

  /**
   * The number of arrays (segments) in a DAF: opens it, counts with {@code dafbfs_c}/{@code daffna_c},
   * and closes it.
   *
   * @param file a path or virtual id of an SPK, CK or binary PCK
   * @return the array count
   * @throws SpiceException if the file is missing or not a DAF
   */
  public int dafArrayCount(String file) {
    try (FileHandle daf = backend.dafopr(file)) {
      backend.dafbfs(daf);
      int n = 0;
      while (backend.daffna(daf)) n++;
      return n;
    }
  }

  /**
   * The segment descriptors of a DLA file (e.g. a DSK) in file order: opens it, walks
   * {@code dlabfs_c}/{@code dlafns_c}, and closes it.
   *
   * @param file a path or virtual id
   * @return the descriptors, empty for a file without segments
   * @throws SpiceException if the file is missing or not a DLA file
   */
  public List<DlaDescriptor> dlaSegments(String file) {
    try (FileHandle das = backend.dasopr(file)) {
      List<DlaDescriptor> out = new ArrayList<>();
      Optional<DlaDescriptor> d = backend.dlabfs(das);
      while (d.isPresent()) {
        out.add(d.get());
        d = backend.dlafns(das, d.get());
      }
      return List.copyOf(out);
    }
  }
}
