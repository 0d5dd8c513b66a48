package io.github.spice4j;

import java.util.Arrays;
import java.util.Objects;

/**
 * Bookkeeping of a DSK type 2 (plate model) segment, from CSPICE's {@code dskb02_c}.
 *
 * @param nv number of vertices
 * @param np number of plates
 * @param nvxtot number of voxels in the spatial index
 * @param vtxbds vertex bounds, {@code double[3][2]}: {@code vtxbds[i]} = {min, max} of coordinate i
 *     (x, y, z in the segment's frame), km
 * @param voxsiz voxel edge length, km
 * @param voxori voxel grid origin, {@code double[3]}, km
 * @param vgrext voxel grid extents (voxels along x, y, z), {@code int[3]}
 * @param cgscal coarse voxel grid scale (fine voxels per coarse voxel edge)
 * @param vtxnpl size of the vertex-plate correspondence list (0 when none was built)
 * @param voxnpt size of the voxel-plate pointer list
 * @param voxnpl size of the voxel-plate correspondence list
 */
public record Dskb02Result(int nv, int np, int nvxtot, double[][] vtxbds, double voxsiz, double[] voxori,
    int[] vgrext, int cgscal, int vtxnpl, int voxnpt, int voxnpl) {
  /**
   * Copies the arrays.
   *
   * @throws IllegalArgumentException if the shapes are not {@code double[3][2]}, {@code double[3]}, {@code int[3]}
   */
  public Dskb02Result {
    Objects.requireNonNull(vtxbds, "vtxbds");
    Objects.requireNonNull(voxori, "voxori");
    Objects.requireNonNull(vgrext, "vgrext");
    if (vtxbds.length != 3 || voxori.length != 3 || vgrext.length != 3) {
      throw new IllegalArgumentException("vtxbds, voxori and vgrext have 3 rows/elements");
    }
    double[][] b = new double[3][];
    for (int i = 0; i < 3; i++) {
      if (vtxbds[i] == null || vtxbds[i].length != 2) throw new IllegalArgumentException("vtxbds must be double[3][2]");
      b[i] = vtxbds[i].clone();
    }
    vtxbds = b;
    voxori = voxori.clone();
    vgrext = vgrext.clone();
  }

  /** Vertex bounds, {@code double[3][2]} (a copy): {@code [i][0]} min and {@code [i][1]} max of x, y, z, km. */
  @Override
  public double[][] vtxbds() {
    return new double[][] {vtxbds[0].clone(), vtxbds[1].clone(), vtxbds[2].clone()};
  }

  /** Voxel grid origin, {@code double[3]} km (a copy). */
  @Override
  public double[] voxori() {
    return voxori.clone();
  }

  /** Voxel grid extents, {@code int[3]} (a copy). */
  @Override
  public int[] vgrext() {
    return vgrext.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dskb02Result r && nv == r.nv && np == r.np && nvxtot == r.nvxtot
        && Arrays.deepEquals(vtxbds, r.vtxbds) && Double.compare(voxsiz, r.voxsiz) == 0
        && Arrays.equals(voxori, r.voxori) && Arrays.equals(vgrext, r.vgrext) && cgscal == r.cgscal
        && vtxnpl == r.vtxnpl && voxnpt == r.voxnpt && voxnpl == r.voxnpl;
  }

  @Override
  public int hashCode() {
    return Objects.hash(nv, np, nvxtot, Arrays.deepHashCode(vtxbds), voxsiz, Arrays.hashCode(voxori),
        Arrays.hashCode(vgrext), cgscal, vtxnpl, voxnpt, voxnpl);
  }

  @Override
  public String toString() {
    return "Dskb02Result[nv=" + nv + ", np=" + np + ", nvxtot=" + nvxtot + ", vtxbds=" + Arrays.deepToString(vtxbds)
        + ", voxsiz=" + voxsiz + ", voxori=" + Arrays.toString(voxori) + ", vgrext=" + Arrays.toString(vgrext)
        + ", cgscal=" + cgscal + ", vtxnpl=" + vtxnpl + ", voxnpt=" + voxnpt + ", voxnpl=" + voxnpl + "]";
  }
}
