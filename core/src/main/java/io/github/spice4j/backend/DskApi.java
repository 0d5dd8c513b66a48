package io.github.spice4j.backend;

import io.github.spice4j.DlaDescriptor;
import io.github.spice4j.DskDescriptor;
import io.github.spice4j.DskSpatialIndex;
import io.github.spice4j.DskWriter;
import io.github.spice4j.Dskb02Result;
import io.github.spice4j.FileHandle;
import io.github.spice4j.OutputTarget;
import java.util.List;

/**
 * Digital shape kernels: reading and writing type 2 plate models (CSPICE {@code dskobj_c},
 * {@code dsksrf_c}, {@code dskgd_c}, {@code dskb02_c}, {@code dskopn_c}, {@code dskmi2_c},
 * {@code dskw02_c}). Segment-level reads take an owned DAS {@link FileHandle} from
 * {@link FileIoApi#dasopr} (as CSPICE programs open a DSK to read it; for a DSK also loaded with furnsh,
 * CSPICE shares the loaded file's handle) and a {@link DlaDescriptor} from
 * {@code dskSegments}. Writers are owned objects ({@link DskWriter}); {@code dskw02} is its method.
 */
public interface DskApi {
  /**
   * CSPICE {@code dskobj_c}: the bodies a DSK file has segments for.
   *
   * @param dskfnm a DSK file, or the virtual id of a byte-backed DSK loaded with {@code furnsh}
   * @return NAIF body IDs, ascending
   * @throws NullPointerException if dskfnm is null
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(EMPTYSTRING)}, {@code SPICE(FILENOTFOUND)},
   *     {@code SPICE(INVALIDARCHTYPE)} for a file that is not a DSK
   */
  int[] dskobj(String dskfnm);

  /**
   * CSPICE {@code dsksrf_c}: the surfaces a DSK file has for a body.
   *
   * @param dskfnm a DSK file or virtual id
   * @param bodyid NAIF ID of the body
   * @return surface IDs, ascending; empty when the file has no segment for the body
   * @throws NullPointerException if dskfnm is null
   * @throws io.github.spice4j.SpiceException as for {@link #dskobj(String)}
   */
  int[] dsksrf(String dskfnm, int bodyid);


  /**
   * The DLA descriptors of every segment of an open DSK, in file order (CSPICE {@code dlabfs_c}, then
   * {@code dlafns_c} until no segment is left). Not a single CSPICE routine: the segment walk that
   * {@link #dskgd} and {@link #dskb02} need.
   *
   * @param handle an open DAS handle of this backend
   * @return the descriptors, in file order
   * @throws NullPointerException if handle is null
   * @throws IllegalStateException if the handle is closed (or its engine was rebuilt after a trap)
   * @throws IllegalArgumentException if the handle belongs to another backend or is a DAF handle
   */
  List<DlaDescriptor> dskSegments(FileHandle handle);


  /**
   * CSPICE {@code dskgd_c} on a DSK opened with {@link FileIoApi#dasopr}.
   *
   * @param handle an open DAS handle of this backend
   * @param dladsc the segment's DLA descriptor, e.g. from {@link #dskSegments(FileHandle)}
   * @return the descriptor
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the handle is closed
   * @throws IllegalArgumentException if the handle belongs to another backend or is a DAF handle
   * @throws io.github.spice4j.SpiceException if the descriptor does not designate a DSK segment
   */
  DskDescriptor dskgd(FileHandle handle, DlaDescriptor dladsc);


  /**
   * CSPICE {@code dskb02_c} on a DSK opened with {@link FileIoApi#dasopr}.
   *
   * @param handle an open DAS handle of this backend
   * @param dladsc the segment's DLA descriptor, e.g. from {@link #dskSegments(FileHandle)}
   * @return the parameters
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the handle is closed
   * @throws IllegalArgumentException if the handle belongs to another backend or is a DAF handle
   * @throws io.github.spice4j.SpiceException if the descriptor does not designate a type 2 segment
   */
  Dskb02Result dskb02(FileHandle handle, DlaDescriptor dladsc);

  /**
   * CSPICE {@code dskopn_c}: creates a new DSK file and opens it for writing.
   *
   * @param target a new file, or a virtual output whose bytes are readable with
   *     {@link KernelsApi#virtualOutput(String)} after the writer closes
   * @param ifname internal file name (at most 60 characters are kept)
   * @param ncomch number of characters to reserve for comments (0 for none)
   * @return the open writer; close it
   * @throws NullPointerException if target or ifname is null
   * @throws IllegalArgumentException if ncomch is negative or the virtual id is invalid
   * @throws IllegalStateException if a writer for the same virtual output is still open
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(EMPTYSTRING)}, or {@code SPICE(FILEOPENFAIL)}
   *     when the file cannot be created (e.g. it exists)
   */
  DskWriter dskopn(OutputTarget target, String ifname, int ncomch);

  /**
   * CSPICE {@code dskmi2_c}: builds the spatial index of a type 2 plate model. The vertex and plate
   * counts are the array lengths divided by 3.
   *
   * @param vrtces vertices, {@code double[3*nv]} (km)
   * @param plates plates, {@code int[3*np]}: three 1-based vertex numbers per plate
   * @param finscl fine voxel scale (voxel edge as a multiple of the mean plate extent; 1 to 10 is usual)
   * @param corscl coarse voxel scale (fine voxels per coarse voxel edge), at least 1
   * @param worksz size of CSPICE's work space (at least the number of voxel-plate associations)
   * @param voxpsz size of the voxel-plate pointer array
   * @param voxlsz size of the voxel-plate list
   * @param makvtl whether to build the vertex-plate list (needed for normal interpolation)
   * @param spxisz size of the integer component of the index to return
   * @return the index, with an integer component of length spxisz
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException if vrtces or plates is empty or not a multiple of 3 long, spxisz
   *     is not positive, or finscl is NaN
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(BADFINEVOXELSCALE)},
   *     {@code SPICE(BADCOARSEVOXSCALE)}, {@code SPICE(AVALOUTOFRANGE)} (a plate names a vertex beyond nv),
   *     {@code SPICE(INTINDEXTOOSMALL)} (spxisz below 100043 + voxpsz + voxlsz or what the model needs),
   *     {@code SPICE(WORKSPACETOOSMALL)}
   */
  DskSpatialIndex dskmi2(double[] vrtces, int[] plates, double finscl, int corscl, int worksz, int voxpsz,
      int voxlsz, boolean makvtl, int spxisz);
}
