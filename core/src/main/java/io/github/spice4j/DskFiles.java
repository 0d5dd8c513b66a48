package io.github.spice4j;

import io.github.spice4j.backend.SpiceBackend;
import java.util.List;
import java.util.Objects;

/**
 * Reading and writing digital shape kernels (type 2 plate models); obtained from {@link Spice#dskFiles()}.
 * Segment reads take a DSK opened with {@link KernelFiles#openDas(String)} (for a DSK also loaded with
 * {@link Spice#load}, CSPICE shares the loaded file's handle) and a segment from {@link #segments(FileHandle)}.
 */
public final class DskFiles {
  private final SpiceBackend backend;

  DskFiles(SpiceBackend backend) {
    this.backend = Objects.requireNonNull(backend, "backend");
  }

  /**
   * CSPICE {@code dskobj_c}: the bodies a DSK describes.
   *
   * @param dsk a DSK file or the virtual id of a byte-backed one
   * @return NAIF IDs, ascending
   * @throws SpiceException if the file cannot be read as a DSK
   */
  public int[] bodies(String dsk) {
    return backend.dsk().dskobj(dsk);
  }

  /**
   * CSPICE {@code dsksrf_c}: the surfaces a DSK has for a body.
   *
   * @param dsk a DSK file or virtual id
   * @param body NAIF ID
   * @return surface IDs, ascending (empty when none)
   * @throws SpiceException if the file cannot be read as a DSK
   */
  public int[] surfaces(String dsk, int body) {
    return backend.dsk().dsksrf(dsk, body);
  }




  /**
   * The segments of a DSK opened with {@link KernelFiles#openDas(String)}, in file order (CSPICE
   * {@code dlabfs_c}/{@code dlafns_c}).
   *
   * @param das the open DAS handle
   * @return the DLA descriptors
   * @throws IllegalStateException if the handle is closed
   * @throws IllegalArgumentException if the handle is a DAF handle or belongs to another {@link Spice}
   */
  public List<DlaDescriptor> segments(FileHandle das) {
    return backend.dsk().dskSegments(das);
  }

  /**
   * CSPICE {@code dskgd_c} on a DSK opened with {@link KernelFiles#openDas(String)}.
   *
   * @param das the open DAS handle
   * @param segment DLA descriptor from {@link #segments(FileHandle)}
   * @return the descriptor
   * @throws IllegalStateException if the handle is closed
   * @throws IllegalArgumentException if the handle is a DAF handle or belongs to another {@link Spice}
   * @throws SpiceException if the descriptor does not designate a DSK segment
   */
  public DskDescriptor descriptor(FileHandle das, DlaDescriptor segment) {
    return backend.dsk().dskgd(das, segment);
  }

  /**
   * CSPICE {@code dskb02_c} on a DSK opened with {@link KernelFiles#openDas(String)}.
   *
   * @param das the open DAS handle
   * @param segment DLA descriptor from {@link #segments(FileHandle)}
   * @return the bookkeeping parameters
   * @throws IllegalStateException if the handle is closed
   * @throws IllegalArgumentException if the handle is a DAF handle or belongs to another {@link Spice}
   * @throws SpiceException if the descriptor does not designate a type 2 segment
   */
  public Dskb02Result plateModel(FileHandle das, DlaDescriptor segment) {
    return backend.dsk().dskb02(das, segment);
  }

  /**
   * CSPICE {@code dskopn_c} with no comment area: creates a DSK file for writing.
   *
   * @param target a new file or a virtual output
   * @param internalName internal file name
   * @return the open writer; close it
   * @throws SpiceException if CSPICE cannot create the file
   */
  public DskWriter create(OutputTarget target, String internalName) {
    return backend.dsk().dskopn(target, internalName, 0);
  }

  /**
   * CSPICE {@code dskmi2_c}: the spatial index of a plate model, for {@link DskWriter#writeType02}.
   *
   * @param vrtces vertices {@code double[3*nv]}, km
   * @param plates plates {@code int[3*np]}, 1-based vertex numbers
   * @param finscl fine voxel scale
   * @param corscl coarse voxel scale
   * @param worksz work space size
   * @param voxpsz voxel-plate pointer array size
   * @param voxlsz voxel-plate list size
   * @param makvtl whether to build the vertex-plate list
   * @param spxisz integer index size
   * @return the index
   * @throws SpiceException if the sizes are too small or the model is invalid
   */
  public DskSpatialIndex spatialIndex(double[] vrtces, int[] plates, double finscl, int corscl, int worksz, int voxpsz,
      int voxlsz, boolean makvtl, int spxisz) {
    return backend.dsk().dskmi2(vrtces, plates, finscl, corscl, worksz, voxpsz, voxlsz, makvtl, spxisz);
  }
}
