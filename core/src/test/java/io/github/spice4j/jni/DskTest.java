package io.github.spice4j.jni;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.DskFiles;
import io.github.spice4j.Spice;
import io.github.spice4j.SpiceException;
import io.github.spice4j.TestData;
import io.github.spice4j.DlaDescriptor;
import io.github.spice4j.DskDescriptor;
import io.github.spice4j.DskSpatialIndex;
import io.github.spice4j.DskWriter;
import io.github.spice4j.FileHandle;
import io.github.spice4j.Dskb02Result;
import io.github.spice4j.OutputTarget;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DSK type 2 round trips: a regular icosahedron is indexed with dskmi2, written with dskw02 to a
 * virtual output, loaded back from bytes, and read with dskobj/dsksrf/dskgd/dskb02.
 */
class DskTest {
  private static final double R = 10.0;
  private static final int MARS = 499;
  private static final int SURFACE = 499_001;
  private static final double FIRST = -1e9;
  private static final double LAST = 1e9;

  /** Index sizes: CSPICE needs at least 100043 + voxpsz + voxlsz integers for a model this small. */
  private static final double FINSCL = 5.0;
  private static final int CORSCL = 4;
  private static final int WORKSZ = 10_000;
  private static final int VOXPSZ = 1_000;
  private static final int VOXLSZ = 1_000;
  private static final int SPXISZ = 110_000;

  private static final double[] VERTICES = icosahedronVertices();
  private static final int[] PLATES = icosahedronPlates(VERTICES);

  private JniBackend b;

  @BeforeEach
  void open() {
    b = JniBackend.create();
  }

  @AfterEach
  void close() {
    b.close();
  }

  /** The 12 vertices (0, +-1, +-phi) and cyclic permutations, scaled to radius R. */
  private static double[] icosahedronVertices() {
    double phi = (1 + Math.sqrt(5)) / 2;
    double s = R / Math.sqrt(1 + phi * phi);
    List<double[]> v = new ArrayList<>();
    for (int a : new int[] {-1, 1}) {
      for (int c : new int[] {-1, 1}) {
        v.add(new double[] {0, a * s, c * phi * s});
        v.add(new double[] {a * s, c * phi * s, 0});
        v.add(new double[] {c * phi * s, 0, a * s});
      }
    }
    double[] out = new double[36];
    for (int i = 0; i < 12; i++) System.arraycopy(v.get(i), 0, out, 3 * i, 3);
    return out;
  }

  /** The 20 faces: every triple of mutually adjacent vertices, ordered so the normal points outward. */
  private static int[] icosahedronPlates(double[] v) {
    double edge2 = Double.MAX_VALUE;
    for (int i = 1; i < 12; i++) edge2 = Math.min(edge2, dist2(v, 0, i));
    double e2 = edge2;
    List<Integer> plates = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      for (int j = i + 1; j < 12; j++) {
        for (int k = j + 1; k < 12; k++) {
          if (near(dist2(v, i, j), e2) && near(dist2(v, j, k), e2) && near(dist2(v, i, k), e2)) {
            double[] n = normal(v, i, j, k);
            boolean outward = n[0] * v[3 * i] + n[1] * v[3 * i + 1] + n[2] * v[3 * i + 2] > 0;
            plates.add(i + 1);
            plates.add(outward ? j + 1 : k + 1);
            plates.add(outward ? k + 1 : j + 1);
          }
        }
      }
    }
    return plates.stream().mapToInt(Integer::intValue).toArray();
  }

  private static boolean near(double a, double b) {
    return Math.abs(a - b) < 1e-9 * b;
  }

  private static double dist2(double[] v, int i, int j) {
    double dx = v[3 * i] - v[3 * j];
    double dy = v[3 * i + 1] - v[3 * j + 1];
    double dz = v[3 * i + 2] - v[3 * j + 2];
    return dx * dx + dy * dy + dz * dz;
  }

  private static double[] normal(double[] v, int i, int j, int k) {
    double[] a = {v[3 * j] - v[3 * i], v[3 * j + 1] - v[3 * i + 1], v[3 * j + 2] - v[3 * i + 2]};
    double[] c = {v[3 * k] - v[3 * i], v[3 * k + 1] - v[3 * i + 1], v[3 * k + 2] - v[3 * i + 2]};
    return new double[] {a[1] * c[2] - a[2] * c[1], a[2] * c[0] - a[0] * c[2], a[0] * c[1] - a[1] * c[0]};
  }

  /** Smallest distance from the center to a face plane: the model's minimum radius (the inradius). */
  private static double minRadius() {
    double min = Double.MAX_VALUE;
    for (int p = 0; p < PLATES.length; p += 3) {
      int i = PLATES[p] - 1;
      double[] n = normal(VERTICES, i, PLATES[p + 1] - 1, PLATES[p + 2] - 1);
      double len = Math.sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
      min = Math.min(min, (n[0] * VERTICES[3 * i] + n[1] * VERTICES[3 * i + 1] + n[2] * VERTICES[3 * i + 2]) / len);
    }
    return min;
  }

  private DskSpatialIndex index() {
    return b.dsk().dskmi2(VERTICES, PLATES, FINSCL, CORSCL, WORKSZ, VOXPSZ, VOXLSZ, true, SPXISZ);
  }

  private void writeIcosahedron(DskWriter w, DskSpatialIndex index) {
    w.writeType02(MARS, SURFACE, 2, "IAU_MARS", 1, new double[10], -Math.PI, Math.PI, -Math.PI / 2, Math.PI / 2,
        minRadius(), R, FIRST, LAST, VERTICES, PLATES, index);
  }

  @Test
  void theTestModelIsARegularIcosahedron() {
    assertEquals(60, PLATES.length);
    // Inradius of a regular icosahedron with circumradius R: R * sqrt((5 + 2 sqrt 5) / 15).
    assertEquals(R * Math.sqrt((5 + 2 * Math.sqrt(5)) / 15), minRadius(), 1e-12);
  }

  @Test
  void type2RoundTripReadsBackWhatWasWritten() {
    DskSpatialIndex index = index();
    assertEquals(SPXISZ, index.spaixi().length);
    try (DskWriter w = b.dsk().dskopn(OutputTarget.virtual("shapes/ico.bds"), "ICOSAHEDRON", 0)) {
      writeIcosahedron(w, index);
    }
    byte[] bytes = b.kernels().virtualOutput("shapes/ico.bds");
    assertTrue(bytes.length > 0 && bytes.length % 1024 == 0, "DAS files are whole 1024-byte records");

    try (JniBackend fresh = JniBackend.create()) {
      fresh.kernels().furnsh("ico.bds", bytes);
      assertArrayEquals(new int[] {MARS}, fresh.dsk().dskobj("ico.bds"));
      assertArrayEquals(new int[] {SURFACE}, fresh.dsk().dsksrf("ico.bds", MARS));
      assertArrayEquals(new int[0], fresh.dsk().dsksrf("ico.bds", 399));

      FileHandle handle = fresh.fileIo().dasopr("ico.bds");
      List<DlaDescriptor> segments = fresh.dsk().dskSegments(handle);
      assertEquals(1, segments.size());
      DlaDescriptor dla = segments.get(0);
      assertEquals(-1, dla.bwdptr());
      assertEquals(-1, dla.fwdptr());
      assertEquals(dla, DlaDescriptor.of(dla.toArray()));

      DskDescriptor d = fresh.dsk().dskgd(handle, dla);
      assertEquals(SURFACE, d.surfce());
      assertEquals(MARS, d.center());
      assertEquals(2, d.dclass());
      assertEquals(2, d.dtype());
      assertEquals(fresh.frames().namfrm("IAU_MARS").getAsInt(), d.frmcde());
      assertEquals(1, d.corsys());
      assertArrayEquals(new double[10], d.corpar());
      assertEquals(-Math.PI, d.co1min());
      assertEquals(Math.PI, d.co1max());
      assertEquals(-Math.PI / 2, d.co2min());
      assertEquals(Math.PI / 2, d.co2max());
      assertEquals(minRadius(), d.co3min());
      assertEquals(R, d.co3max());
      assertEquals(FIRST, d.start());
      assertEquals(LAST, d.stop());

      Dskb02Result r = fresh.dsk().dskb02(handle, dla);
      assertEquals(12, r.nv());
      assertEquals(20, r.np());
      double[][] bounds = r.vtxbds();
      for (int axis = 0; axis < 3; axis++) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (int i = 0; i < 12; i++) {
          min = Math.min(min, VERTICES[3 * i + axis]);
          max = Math.max(max, VERTICES[3 * i + axis]);
        }
        assertEquals(min, bounds[axis][0], "vertex bound min " + axis);
        assertEquals(max, bounds[axis][1], "vertex bound max " + axis);
      }
      // The index read from the file is the one dskmi2 built: vertex bounds, voxel origin, voxel size.
      double[] spaixd = index.spaixd();
      for (int axis = 0; axis < 3; axis++) {
        assertEquals(spaixd[2 * axis], bounds[axis][0]);
        assertEquals(spaixd[2 * axis + 1], bounds[axis][1]);
        assertEquals(spaixd[6 + axis], r.voxori()[axis]);
      }
      assertEquals(spaixd[9], r.voxsiz());
      int[] ext = r.vgrext();
      assertEquals(r.nvxtot(), ext[0] * ext[1] * ext[2]);
      assertEquals(CORSCL, r.cgscal());
      // Every voxel the plates touch is listed, and every plate lies in at least one voxel.
      assertTrue(r.voxnpt() > 0 && r.voxnpl() >= 20, r.toString());
      // makvtl = true: each of the 12 vertices is shared by 5 plates, listed with a count per vertex.
      assertEquals(12 + 12 * 5, r.vtxnpl());
    }
  }

  @Test
  void facadeReadsTheGoldenShapeKernel() {
    try (Spice spice = Spice.create()) {
      String file = TestData.kernel("dsk/apophis_g_25000mm_rad_obj_0000n00000_v001.bds").toString();
      spice.load(java.nio.file.Path.of(file));
      DskFiles dsk = spice.dskFiles();
      assertArrayEquals(new int[] {2099942}, dsk.bodies(file));
      assertArrayEquals(new int[] {425000001}, dsk.surfaces(file, 2099942));
      FileHandle handle = spice.kernelFiles().openDas(file);
      List<DlaDescriptor> segments = dsk.segments(handle);
      assertEquals(1, segments.size());
      // Values from MANIFEST.md: 2000 vertices, 3996 plates, latitudinal, surface 425000001.
      assertEquals(425000001, dsk.descriptor(handle, segments.get(0)).surfce());
      Dskb02Result r = dsk.plateModel(handle, segments.get(0));
      assertEquals(2000, r.nv());
      assertEquals(3996, r.np());
    }
  }

  /** The FileHandle overloads follow the handle rules: open DAS handles of this engine only. */
  @Test
  void openDasHandleReadsSegmentsAndIsChecked() {
    String file = TestData.kernel("dsk/apophis_g_25000mm_rad_obj_0000n00000_v001.bds").toString();
    try (Spice spice = Spice.create(); Spice other = Spice.create()) {
      DskFiles dsk = spice.dskFiles();
      io.github.spice4j.FileHandle das = spice.kernelFiles().openDas(file);
      List<DlaDescriptor> segments = dsk.segments(das);
      assertEquals(1, segments.size());
      DskDescriptor d = dsk.descriptor(das, segments.get(0));
      // MANIFEST.md: Apophis (2099942), surface 425000001, latitudinal coordinates.
      assertEquals(2099942, d.center());
      assertEquals(425000001, d.surfce());
      assertEquals(1, d.corsys());
      assertEquals(3996, dsk.plateModel(das, segments.get(0)).np());
      assertThrows(IllegalArgumentException.class, () -> other.dskFiles().segments(das), "another engine's handle");
      try (io.github.spice4j.FileHandle daf = spice.kernelFiles().openDaf(TestData.kernel("spk/de440s_2023_2026_excerpt.bsp").toString())) {
        assertThrows(IllegalArgumentException.class, () -> dsk.segments(daf), "a DAF handle");
      }
      das.close();
      assertThrows(IllegalStateException.class, () -> dsk.descriptor(das, segments.get(0)), "a closed handle");
      assertEquals(0, ((JniBackend) spice.backend()).openFiles());
    }
  }

  @Test
  void writerOwnershipAndVirtualOutputRules() throws InterruptedException {
    DskSpatialIndex index = index();
    DskWriter w = b.dsk().dskopn(OutputTarget.virtual("own.bds"), "OWN", 0);
    assertEquals(1, b.ownedObjects());
    IllegalStateException open = assertThrows(IllegalStateException.class, () -> b.kernels().virtualOutput("own.bds"));
    assertTrue(open.getMessage().contains("still open"), open.getMessage());
    writeIcosahedron(w, index);
    w.close();
    w.close();
    assertFalse(w.isOpen());
    assertEquals(0, b.ownedObjects());
    assertThrows(IllegalStateException.class, () -> writeIcosahedron(w, index));
    assertArrayEquals(new int[] {MARS}, loadAndList(b.kernels().virtualOutput("own.bds")));
    // A DSK is no SPK: spkopa fails, and the output it tried to reopen stays closed and readable.
    assertEquals("SPICE(FILEISNOTSPK)", assertThrows(SpiceException.class,
        () -> b.spkWriter().spkopa(OutputTarget.virtual("own.bds"))).shortMessage());
    assertArrayEquals(new int[] {MARS}, loadAndList(b.kernels().virtualOutput("own.bds")));

    int files = b.openFiles();
    openAndDrop("dropped.bds", index);
    for (int i = 0; i < 200 && b.ownedObjects() > 0; i++) {
      System.gc();
      Thread.sleep(20);
    }
    assertEquals(0, b.ownedObjects(), "the Cleaner closed the writer");
    assertEquals(files, b.openFiles());
    assertArrayEquals(new int[] {MARS}, loadAndList(b.kernels().virtualOutput("dropped.bds")));
  }

  private void openAndDrop(String id, DskSpatialIndex index) {
    writeIcosahedron(b.dsk().dskopn(OutputTarget.virtual(id), "DROPPED", 0), index);
  }

  private static int[] loadAndList(byte[] dsk) {
    try (JniBackend fresh = JniBackend.create()) {
      fresh.kernels().furnsh("x.bds", dsk);
      return fresh.dsk().dskobj("x.bds");
    }
  }

  @Test
  void badInputGivesClearErrorsAndTheEngineStaysUsable() {
    int[] badPlates = PLATES.clone();
    badPlates[5] = 13; // only 12 vertices
    SpiceException e = assertThrows(SpiceException.class,
        () -> b.dsk().dskmi2(VERTICES, badPlates, FINSCL, CORSCL, WORKSZ, VOXPSZ, VOXLSZ, true, SPXISZ));
    assertEquals("SPICE(AVALOUTOFRANGE)", e.shortMessage(), e.getMessage());
    assertEquals("SPICE(INTINDEXTOOSMALL)", assertThrows(SpiceException.class,
        () -> b.dsk().dskmi2(VERTICES, PLATES, FINSCL, CORSCL, WORKSZ, VOXPSZ, VOXLSZ, true, 1000)).shortMessage());
    assertThrows(IllegalArgumentException.class,
        () -> b.dsk().dskmi2(new double[10], PLATES, FINSCL, CORSCL, WORKSZ, VOXPSZ, VOXLSZ, true, SPXISZ));
    assertThrows(IllegalArgumentException.class,
        () -> b.dsk().dskmi2(VERTICES, PLATES, FINSCL, CORSCL, WORKSZ, VOXPSZ, VOXLSZ, true, 0));

    DskSpatialIndex index = index();
    try (DskWriter w = b.dsk().dskopn(OutputTarget.virtual("bad.bds"), "BAD", 0)) {
      SpiceException dclass = assertThrows(SpiceException.class, () -> w.writeType02(MARS, SURFACE, 3, "IAU_MARS", 1,
          new double[10], -Math.PI, Math.PI, -Math.PI / 2, Math.PI / 2, minRadius(), R, FIRST, LAST, VERTICES, PLATES,
          index));
      assertEquals("SPICE(NOTSUPPORTED)", dclass.shortMessage());
      assertThrows(IllegalArgumentException.class, () -> w.writeType02(MARS, SURFACE, 2, "IAU_MARS", 1, new double[9],
          -Math.PI, Math.PI, -Math.PI / 2, Math.PI / 2, minRadius(), R, FIRST, LAST, VERTICES, PLATES, index));
      assertEquals("SPICE(EMPTYSTRING)", assertThrows(SpiceException.class, () -> w.writeType02(MARS, SURFACE, 2, "", 1,
          new double[10], -Math.PI, Math.PI, -Math.PI / 2, Math.PI / 2, minRadius(), R, FIRST, LAST, VERTICES, PLATES,
          index)).shortMessage());
      writeIcosahedron(w, index); // still usable
    }
    assertArrayEquals(new int[] {MARS}, loadAndList(b.kernels().virtualOutput("bad.bds")));
    assertThrows(SpiceException.class, () -> b.dsk().dskobj(TestData.kernel("lsk/naif0012.tls").toString()));
    assertEquals("SPICE(EMPTYSTRING)", assertThrows(SpiceException.class, () -> b.dsk().dskobj("")).shortMessage());
    assertEquals(0, b.ownedObjects());
  }
}
