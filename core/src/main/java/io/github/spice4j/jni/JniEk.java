package io.github.spice4j.jni;

import io.github.spice4j.backend.EkApi;
import io.github.spice4j.EkFastSegment;
import io.github.spice4j.EkHandle;
import io.github.spice4j.EkQueryResult;
import io.github.spice4j.EkValue;
import io.github.spice4j.OutputTarget;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The EK domain over the JNI EK spoke. EK handles are {@link Owned} objects of the engine; file arguments
 * may be virtual ids (see {@link JniKernels}) and new files virtual outputs.
 */
final class JniEk implements EkApi {
  static final String KIND = "EK handle";

  /** Largest array handed to the engine in one call (the shim refuses more). */
  private static final long MAX_ARRAY_BYTES = 256L << 20;

  private final Engine engine;
  private final JniKernels kernels;

  JniEk(Engine engine, JniKernels kernels) {
    this.engine = engine;
    this.kernels = kernels;
  }

  /** Close-once state shared by explicit close and the Cleaner's release (it must not reference the Handle). */
  private static final class Closing {
    private final AtomicBoolean done = new AtomicBoolean();
    private final Runnable afterClose;

    Closing(Runnable afterClose) {
      this.afterClose = afterClose;
    }

    /** ekcls, then mark a virtual output closed; under the engine lock. */
    void closeNative(long engineHandle, long ekHandle) {
      if (!done.compareAndSet(false, true)) return;
      try {
        NativeEk.ekcls(engineHandle, (int) ekHandle);
      } finally {
        afterClose.run();
      }
    }

    /** The native handle is gone without ekcls (engine rebuilt or closed): only mark the output closed. */
    void abandon() {
      if (done.compareAndSet(false, true)) afterClose.run();
    }
  }

  /** A segment started by ekifld and not yet finished: its row count and the declared size of each column. */
  private record FastSegment(int nrows, Map<String, Integer> sizes) {
    static final int VARIABLE = -1;
  }

  /** An open EK file of this backend. */
  static final class Handle implements EkHandle {
    private final Engine engine;
    private final String name;
    private final Closing closing;
    private final Owned owned;
    private final Map<Integer, FastSegment> fastSegments = new ConcurrentHashMap<>();

    /** Takes ownership of a handle CSPICE just opened; caller holds the engine lock. */
    Handle(Engine engine, int ekHandle, String name, Runnable afterClose) {
      this.engine = engine;
      this.name = name;
      this.closing = new Closing(afterClose);
      this.owned = engine.own(this, KIND, ekHandle, closing::closeNative);
    }

    /** CSPICE's handle; only under the engine lock. */
    int ekHandle() {
      return (int) owned.value(KIND);
    }

    @Override
    public boolean isOpen() {
      return owned.isOpen();
    }

    @Override
    public void close() {
      try {
        if (owned.isOpen()) {
          engine.run("ekcls", h -> {
            if (owned.isOpen()) closing.closeNative(h, owned.value(KIND));
          });
        }
      } catch (IllegalStateException backendClosed) {
        // The backend closed meanwhile; the file went with its engine.
      } finally {
        owned.close();
        closing.abandon();
      }
    }

    @Override
    public String toString() {
      return "EkHandle[" + name + (isOpen() ? "" : ", closed") + "]";
    }
  }

  /** The handle as this backend's own; other implementations or other backends' handles are refused. */
  private Handle belonging(EkHandle handle) {
    Args.notNull("handle", handle);
    if (!(handle instanceof Handle h) || !h.owned.sameEngine(engine)) {
      throw new IllegalArgumentException("the EK handle belongs to another backend");
    }
    return h;
  }

  /** An open handle of this backend; the native value is read again under the lock when used. */
  private Handle handle(EkHandle handle) {
    Handle h = belonging(handle);
    // A closed handle says so before any other argument check.
    if (!h.owned.isOpen()) h.owned.value(KIND);
    return h;
  }

  @Override
  public EkHandle ekopr(String fname) {
    Args.fileName("ekopr", "fname", fname);
    return engine.call("ekopr", h -> new Handle(engine, NativeEk.ekopr(h, kernels.resolve(fname)), fname, () -> {}));
  }

  @Override
  public EkHandle ekopw(String fname) {
    Args.fileName("ekopw", "fname", fname);
    return engine.call("ekopw", h -> new Handle(engine, NativeEk.ekopw(h, kernels.resolve(fname)), fname, () -> {}));
  }

  @Override
  public EkHandle ekopn(OutputTarget target, String ifname, int ncomch) {
    Args.notNull("target", target);
    Args.text("ekopn", "ifname", ifname);
    Args.commentChars(ncomch);
    String path = kernels.openOutput(target);
    String name = target.isVirtual() ? target.virtualId() : path;
    try {
      return engine.call("ekopn",
          h -> new Handle(engine, NativeEk.ekopn(h, path, ifname, ncomch), name, () -> kernels.outputClosed(target)));
    } catch (RuntimeException | Error e) {
      kernels.outputFailed(target);
      throw e;
    }
  }

  @Override
  public void ekcls(EkHandle handle) {
    belonging(handle).close();
  }

  @Override
  public int ekntab() {
    return engine.callInt("ekntab", NativeEk::ekntab);
  }

  @Override
  public String ektnam(int n) {
    index("n", n);
    return engine.call("ektnam", h -> NativeEk.ektnam(h, n));
  }

  @Override
  public int eknseg(EkHandle handle) {
    Handle hd = handle(handle);
    return engine.callInt("eknseg", h -> NativeEk.eknseg(h, hd.ekHandle()));
  }

  @Override
  public EkQueryResult ekfind(String query) {
    Args.text("ekfind", "query", query);
    String[] errmsg = new String[1];
    int nmrows = engine.callInt("ekfind", h -> NativeEk.ekfind(h, query, errmsg));
    return errmsg[0] == null ? EkQueryResult.rows(nmrows) : EkQueryResult.rejected(errmsg[0].strip());
  }

  @Override
  public EkValue<String> ekgc(int selidx, int row, int elment) {
    indices(selidx, row, elment);
    String[] out = new String[1];
    return value(engine.callInt("ekgc", h -> NativeEk.ekgc(h, selidx, row, elment, out)), () -> out[0]);
  }

  @Override
  public EkValue<Double> ekgd(int selidx, int row, int elment) {
    indices(selidx, row, elment);
    double[] out = new double[1];
    return value(engine.callInt("ekgd", h -> NativeEk.ekgd(h, selidx, row, elment, out)), () -> out[0]);
  }

  @Override
  public EkValue<Integer> ekgi(int selidx, int row, int elment) {
    indices(selidx, row, elment);
    int[] out = new int[1];
    return value(engine.callInt("ekgi", h -> NativeEk.ekgi(h, selidx, row, elment, out)), () -> out[0]);
  }

  /** The engine's shim refuses negative indices before CSPICE sees them; say so in Java terms. */
  private static void index(String name, int value) {
    if (value < 0) throw new IllegalArgumentException(name + " is a 0-based index and must be >= 0, got " + value);
  }

  private static void indices(int selidx, int row, int elment) {
    index("selidx", selidx);
    index("row", row);
    index("elment", elment);
  }

  private static <T> EkValue<T> value(int state, java.util.function.Supplier<T> value) {
    return switch (state) {
      case NativeEk.NOT_FOUND -> EkValue.notFound();
      case NativeEk.NULL_ENTRY -> EkValue.nullEntry();
      default -> EkValue.of(value.get());
    };
  }

  @Override
  public EkFastSegment ekifld(EkHandle handle, String tabnam, int nrows, List<String> cnames, List<String> decls) {
    Handle hd = handle(handle);
    Args.text("ekifld", "tabnam", tabnam);
    if (nrows < 1) throw new IllegalArgumentException("nrows must be >= 1, got " + nrows);
    checkSize("rcptrs", nrows, 4);
    String[] names = strings("cnames", cnames);
    String[] declarations = strings("decls", decls);
    if (names.length == 0) throw new IllegalArgumentException("a segment needs at least one column");
    if (names.length != declarations.length) {
      throw new IllegalArgumentException(
          "cnames and decls differ in length: " + names.length + " != " + declarations.length);
    }
    int[] rcptrs = new int[nrows];
    int segno = engine.callInt("ekifld", h -> {
      int s = NativeEk.ekifld(h, hd.ekHandle(), tabnam, names, declarations, rcptrs);
      hd.fastSegments.put(s, new FastSegment(nrows, sizes(names, declarations)));
      return s;
    });
    return new EkFastSegment(segno, rcptrs);
  }

  @Override
  public void ekacli(EkHandle handle, int segno, String column, int[] ivals, int[] entszs, boolean[] nlflgs,
      int[] rcptrs) {
    Handle hd = handle(handle);
    Args.notNull("ivals", ivals);
    int[] flags = checkColumn("ekacli", hd, segno, column, ivals.length, 4, entszs, nlflgs, rcptrs);
    engine.run("ekacli", h -> NativeEk.ekacli(h, hd.ekHandle(), segno, column, ivals, entszs, flags, rcptrs));
  }

  @Override
  public void ekacld(EkHandle handle, int segno, String column, double[] dvals, int[] entszs, boolean[] nlflgs,
      int[] rcptrs) {
    Handle hd = handle(handle);
    Args.notNull("dvals", dvals);
    for (int i = 0; i < dvals.length; i++) Args.finite("dvals[" + i + "]", dvals[i]);
    int[] flags = checkColumn("ekacld", hd, segno, column, dvals.length, 8, entszs, nlflgs, rcptrs);
    engine.run("ekacld", h -> NativeEk.ekacld(h, hd.ekHandle(), segno, column, dvals, entszs, flags, rcptrs));
  }

  @Override
  public void ekaclc(EkHandle handle, int segno, String column, List<String> cvals, int[] entszs, boolean[] nlflgs,
      int[] rcptrs) {
    Handle hd = handle(handle);
    String[] values = strings("cvals", cvals);
    long longest = 0;
    for (String v : values) longest = Math.max(longest, v.length());
    // Modified UTF-8 takes at most 3 bytes per char; the engine receives fixed-width strings.
    checkSize("cvals", values.length, 3 * longest + 2);
    int[] flags = checkColumn("ekaclc", hd, segno, column, values.length, 1, entszs, nlflgs, rcptrs);
    engine.run("ekaclc", h -> NativeEk.ekaclc(h, hd.ekHandle(), segno, column, values, entszs, flags, rcptrs));
  }

  @Override
  public void ekffld(EkHandle handle, int segno, int[] rcptrs) {
    Handle hd = handle(handle);
    Args.notNull("rcptrs", rcptrs);
    FastSegment seg = fastSegment(hd, segno);
    if (rcptrs.length != seg.nrows()) {
      throw new IllegalArgumentException("rcptrs has " + rcptrs.length + " entries; the segment has " + seg.nrows()
          + " rows");
    }
    engine.run("ekffld", h -> {
      NativeEk.ekffld(h, hd.ekHandle(), segno, rcptrs);
      hd.fastSegments.remove(segno);
    });
  }

  private static FastSegment fastSegment(Handle hd, int segno) {
    FastSegment seg = hd.fastSegments.get(segno);
    if (seg == null) {
      throw new IllegalArgumentException("segment " + segno + " was not started with ekifld on this handle, "
          + "or is already finished");
    }
    return seg;
  }

  /**
   * Checks the shape of one ekacl* call against its segment; returns the null flags as CSPICE booleans.
   * A row of a fixed-size column always occupies the declared size, null or not (CSPICE reads the values
   * by position), so a wrong size there would silently shift later rows.
   */
  private static int[] checkColumn(String routine, Handle hd, int segno, String column, int nvals, int valueBytes,
      int[] entszs, boolean[] nlflgs, int[] rcptrs) {
    Args.text(routine, "column", column);
    Args.notNull("entszs", entszs);
    Args.notNull("nlflgs", nlflgs);
    Args.notNull("rcptrs", rcptrs);
    FastSegment seg = fastSegment(hd, segno);
    int nrows = seg.nrows();
    if (entszs.length != nrows || nlflgs.length != nrows || rcptrs.length != nrows) {
      throw new IllegalArgumentException("entszs, nlflgs and rcptrs must have one entry per row (" + nrows
          + "), got " + entszs.length + ", " + nlflgs.length + " and " + rcptrs.length);
    }
    checkSize("values", nvals, valueBytes);
    Integer size = seg.sizes().get(column.strip().toUpperCase(Locale.ROOT));
    int[] flags = new int[nrows];
    long sum = 0;
    for (int i = 0; i < nrows; i++) {
      int n = entszs[i];
      if (n < 0) throw new IllegalArgumentException("entszs[" + i + "] is negative: " + n);
      if (size != null && size != FastSegment.VARIABLE && n != size) {
        throw new IllegalArgumentException("column " + column + " has entries of size " + size + " but entszs[" + i
            + "] is " + n + " (null entries also occupy the declared size)");
      }
      if (n == 0 && !nlflgs[i]) {
        throw new IllegalArgumentException("entszs[" + i + "] is 0 but the entry is not null");
      }
      sum += n;
      flags[i] = nlflgs[i] ? 1 : 0;
    }
    if (sum != nvals) {
      throw new IllegalArgumentException("the values hold " + nvals + " elements but entszs sum to " + sum);
    }
    return flags;
  }

  /**
   * The declared entry size of each column ({@link FastSegment#VARIABLE} for {@code SIZE = VARIABLE}, 1 when
   * not declared), keyed by upper-case name. CSPICE accepted the declarations, so they parse.
   */
  private static Map<String, Integer> sizes(String[] names, String[] decls) {
    Map<String, Integer> sizes = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      Integer size = 1;
      for (String item : decls[i].split(",")) {
        String[] kv = item.split("=", 2);
        if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("SIZE")) {
          String v = kv[1].strip();
          try {
            size = v.equalsIgnoreCase("VARIABLE") ? FastSegment.VARIABLE : Integer.valueOf(v);
          } catch (NumberFormatException unexpected) {
            size = null; // unknown form: leave the check to CSPICE
          }
        }
      }
      if (size != null) sizes.put(names[i].strip().toUpperCase(Locale.ROOT), size);
    }
    return sizes;
  }

  private static String[] strings(String name, List<String> values) {
    Args.notNull(name, values);
    String[] out = new String[values.size()];
    for (int i = 0; i < out.length; i++) out[i] = Args.present(name + "[" + i + "]", values.get(i));
    return out;
  }

  private static void checkSize(String name, long count, long elementBytes) {
    if (count * elementBytes > MAX_ARRAY_BYTES) {
      throw new IllegalArgumentException(name + " is too large for the engine (" + count + " elements; at most "
          + (MAX_ARRAY_BYTES >> 20) + " MiB per array)");
    }
  }
}
