package io.github.spice4j.jni;

import io.github.spice4j.FileHandle;
import io.github.spice4j.SpiceException;
import io.github.spice4j.DlaDescriptor;
import io.github.spice4j.backend.DskApi;
import io.github.spice4j.DskDescriptor;
import io.github.spice4j.DskSpatialIndex;
import io.github.spice4j.DskWriter;
import io.github.spice4j.Dskb02Result;
import io.github.spice4j.OutputTarget;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntSupplier;

/** The DSK domain over the JNI dsk spoke; file arguments may be virtual ids, outputs go through the kernel staging. */
final class JniDsk implements DskApi {
  private static final String KIND = "DSK writer";

  /** First capacity for body/surface ids and segment descriptors; larger results are retried. */
  private static final int INITIAL_CAPACITY = 256;

  /** Upper bound for the id retries (a cell this large would hold every NAIF body many times over). */
  private static final int MAX_CAPACITY = 1 << 20;

  private final Engine engine;
  private final JniKernels kernels;

  JniDsk(Engine engine, JniKernels kernels) {
    this.engine = engine;
    this.kernels = kernels;
  }

  /** A count-returning fill of an int[] (capacity = its length). */
  @FunctionalInterface
  private interface IdsFill {
    int fill(long engineHandle, String file, int[] ids);
  }

  @Override
  public int[] dskobj(String dskfnm) {
    Args.fileName("dskobj", "dskfnm", dskfnm);
    return ids("dskobj", dskfnm, NativeDsk::dskobj);
  }

  @Override
  public int[] dsksrf(String dskfnm, int bodyid) {
    Args.fileName("dsksrf", "dskfnm", dskfnm);
    return ids("dsksrf", dskfnm, (h, file, ids) -> NativeDsk.dsksrf(h, file, bodyid, ids));
  }

  /** Runs an id query, growing the engine-side cell when CSPICE reports it too small. */
  private int[] ids(String routine, String dskfnm, IdsFill fill) {
    return engine.call(routine, h -> {
      String file = kernels.resolve(dskfnm);
      int capacity = INITIAL_CAPACITY;
      while (true) {
        int[] ids = new int[capacity];
        int n;
        try {
          n = fill.fill(h, file, ids);
        } catch (SpiceException e) {
          if (!"SPICE(CELLTOOSMALL)".equals(e.shortMessage()) || capacity >= MAX_CAPACITY) throw e;
          capacity = Math.min(capacity * 8, MAX_CAPACITY);
          continue;
        }
        if (n <= capacity) return Arrays.copyOf(ids, n);
        capacity = n;
      }
    });
  }


  @Override
  public List<DlaDescriptor> dskSegments(FileHandle handle) {
    return segments(dasHandle(handle));
  }


  @Override
  public DskDescriptor dskgd(FileHandle handle, DlaDescriptor dladsc) {
    return descriptor(dasHandle(handle), dladsc);
  }


  @Override
  public Dskb02Result dskb02(FileHandle handle, DlaDescriptor dladsc) {
    return plateModel(dasHandle(handle), dladsc);
  }

  /**
   * The CSPICE handle behind an owned DAS/DLA handle, read when the engine call runs (under its lock),
   * so a handle closed meanwhile is refused rather than reused.
   */
  private IntSupplier dasHandle(FileHandle handle) {
    Args.notNull("handle", handle);
    Owned o = engine.claim(handle.handle(), "file handle");
    return () -> JniFileIo.dlaHandle(o);
  }

  private List<DlaDescriptor> segments(IntSupplier das) {
    // The DLA walk of the fileio spoke, in one engine call so no other caller moves between segments.
    return engine.call("dskSegments", h -> {
      int handle = das.getAsInt();
      List<DlaDescriptor> out = new ArrayList<>();
      // The chain is read from the file: a DAS that is not a DLA (an EK), or a corrupt one, can link back
      // on itself, so each forward pointer may be followed once only.
      java.util.Set<Integer> followed = new java.util.HashSet<>();
      int[] cur = new int[DlaDescriptor.SIZE];
      boolean found = NativeFileIo.dlabfs(h, handle, cur);
      while (found) {
        out.add(segment(cur));
        if (!followed.add(cur[1])) {
          throw new SpiceException("SPICE4J(BADDLACHAIN)", "The DLA segment chain of handle " + handle
              + " loops back to forward pointer " + cur[1] + " after " + out.size() + " segments; the file is not a"
              + " sound DLA (DSK) file.", "", "dskSegments", "DLA segment chain loops");
        }
        int[] next = new int[DlaDescriptor.SIZE];
        found = NativeFileIo.dlafns(h, handle, cur, next);
        cur = next;
      }
      return List.copyOf(out);
    });
  }

  /** A descriptor read from the file; nonsense values (a DAS that is not a DLA) are a SpiceException. */
  private static DlaDescriptor segment(int[] descr) {
    try {
      return DlaDescriptor.of(descr);
    } catch (IllegalArgumentException e) {
      throw new SpiceException("SPICE4J(BADDLACHAIN)", "The file holds an invalid DLA segment descriptor "
          + java.util.Arrays.toString(descr) + ": " + e.getMessage(), "", "dskSegments", e.getMessage());
    }
  }

  private DskDescriptor descriptor(IntSupplier das, DlaDescriptor dladsc) {
    Args.notNull("dladsc", dladsc);
    int[] ints = new int[6];
    double[] d = new double[18];
    engine.run("dskgd", h -> NativeDsk.dskgd(h, das.getAsInt(), dladsc.toArray(), ints, d));
    return new DskDescriptor(ints[0], ints[1], ints[2], ints[3], ints[4], ints[5], Arrays.copyOf(d, 10), d[10], d[11],
        d[12], d[13], d[14], d[15], d[16], d[17]);
  }

  private Dskb02Result plateModel(IntSupplier das, DlaDescriptor dladsc) {
    Args.notNull("dladsc", dladsc);
    int[] i = new int[10];
    double[] d = new double[10];
    engine.run("dskb02", h -> NativeDsk.dskb02(h, das.getAsInt(), dladsc.toArray(), i, d));
    double[][] vtxbds = {{d[0], d[1]}, {d[2], d[3]}, {d[4], d[5]}};
    return new Dskb02Result(i[0], i[1], i[2], vtxbds, d[6], new double[] {d[7], d[8], d[9]},
        new int[] {i[3], i[4], i[5]}, i[6], i[7], i[8], i[9]);
  }

  @Override
  public DskWriter dskopn(OutputTarget target, String ifname, int ncomch) {
    Args.notNull("target", target);
    Args.text("dskopn", "ifname", ifname);
    Args.commentChars(ncomch);
    return engine.call("dskopn", h -> {
      int handle = kernels.openWriter(target, path -> NativeDsk.dskopn(h, path, ifname, ncomch));
      return new Writer(engine, kernels, target, handle);
    });
  }

  @Override
  public DskSpatialIndex dskmi2(double[] vrtces, int[] plates, double finscl, int corscl, int worksz, int voxpsz,
      int voxlsz, boolean makvtl, int spxisz) {
    checkModel(vrtces, plates);
    Args.finite("finscl", finscl);
    Args.size("spxisz", spxisz, 1, Args.MAX_ENGINE_INTS);
    double[] spaixd = new double[DskSpatialIndex.IXDFIX];
    int[] spaixi = new int[spxisz];
    engine.run("dskmi2", h ->
        NativeDsk.dskmi2(h, vrtces, plates, finscl, corscl, worksz, voxpsz, voxlsz, makvtl, spaixd, spaixi));
    return new DskSpatialIndex(spaixd, spaixi);
  }

  /** Vertices double[3*nv] and plates int[3*np], both non-empty. */
  private static void checkModel(double[] vrtces, int[] plates) {
    Args.notNull("vrtces", vrtces);
    Args.notNull("plates", plates);
    if (vrtces.length == 0 || vrtces.length % 3 != 0) {
      throw new IllegalArgumentException("vrtces must be double[3*nv] with nv >= 1, got double[" + vrtces.length + "]");
    }
    if (plates.length == 0 || plates.length % 3 != 0) {
      throw new IllegalArgumentException("plates must be int[3*np] with np >= 1, got int[" + plates.length + "]");
    }
    for (double v : vrtces) Args.finite("vrtces", v);
  }

  /** An open DSK file. */
  private static final class Writer extends KernelWriter implements DskWriter {
    Writer(Engine engine, JniKernels kernels, OutputTarget target, int handle) {
      super(engine, kernels, target, KIND, "dascls", handle, NativeDsk::dskcls);
    }

    @Override
    public void writeType02(int center, int surfid, int dclass, String frame, int corsys, double[] corpar,
        double mncor1, double mxcor1, double mncor2, double mxcor2, double mncor3, double mxcor3, double first,
        double last, double[] vrtces, int[] plates, DskSpatialIndex index) {
      Args.text("dskw02", "frame", frame);
      Args.notNull("corpar", corpar);
      Args.notNull("index", index);
      if (corpar.length != 10) {
        throw new IllegalArgumentException("corpar must be double[10], got double[" + corpar.length + "]");
      }
      checkModel(vrtces, plates);
      double[] bounds = {mncor1, mxcor1, mncor2, mxcor2, mncor3, mxcor3};
      for (double b : bounds) Args.finite("coordinate bound", b);
      Args.finite("first", first);
      Args.finite("last", last);
      double[] spaixd = index.spaixd();
      int[] spaixi = index.spaixi();
      write("dskw02", (h, handle) -> NativeDsk.dskw02(h, handle, center, surfid, dclass, frame, corsys, corpar, bounds,
          first, last, vrtces, plates, spaixd, spaixi));
    }
  }
}
