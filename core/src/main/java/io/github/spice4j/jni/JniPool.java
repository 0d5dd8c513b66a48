package io.github.spice4j.jni;

import io.github.spice4j.SpiceException;
import io.github.spice4j.backend.PoolApi;
import io.github.spice4j.PoolVariableInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kernel pool domain over the JNI pool spoke. Writes (pdpool/pipool/pcpool) and watches (swpool)
 * are recorded in the {@link Engine} so that a rebuilt engine gets them back after a trap.
 */
final class JniPool implements PoolApi {
  /** CSPICE's pool holds at most this many variables (POOL's MAXVAR), which bounds gnpool's output. */
  private static final int MAX_VARIABLES = 26003;

  private final Engine engine;

  JniPool(Engine engine) {
    this.engine = engine;
  }

  @Override
  public Optional<double[]> gdpool(String name, int start, int room) {
    Args.text("gdpool", "name", name);
    int first = window("gdpool", start, room);
    return engine.call("gdpool", h -> {
      double[] values = new double[capacity(h, name, first, room)];
      int n = NativePool.gdpool(h, name, first, values);
      return n < 0 ? Optional.empty() : Optional.of(Arrays.copyOf(values, n));
    });
  }

  @Override
  public Optional<int[]> gipool(String name, int start, int room) {
    Args.text("gipool", "name", name);
    int first = window("gipool", start, room);
    return engine.call("gipool", h -> {
      int[] ivals = new int[capacity(h, name, first, room)];
      int n = NativePool.gipool(h, name, first, ivals);
      return n < 0 ? Optional.empty() : Optional.of(Arrays.copyOf(ivals, n));
    });
  }

  @Override
  public Optional<List<String>> gcpool(String name, int start, int room) {
    Args.text("gcpool", "name", name);
    int first = window("gcpool", start, room);
    return engine.call("gcpool", h -> {
      String[] cvals = new String[capacity(h, name, first, room)];
      int n = NativePool.gcpool(h, name, first, cvals);
      return n < 0 ? Optional.empty() : Optional.of(List.of(Arrays.copyOf(cvals, n)));
    });
  }

  @Override
  public Optional<List<String>> gnpool(String template, int start, int room) {
    Args.text("gnpool", "name", template);
    int first = window("gnpool", start, room);
    // No variable name is blank, so nothing matches a blank template (the engine's shim refuses one).
    if (template.isBlank()) return Optional.empty();
    String[] kvars = new String[Math.min(room, MAX_VARIABLES)];
    int n = engine.callInt("gnpool", h -> NativePool.gnpool(h, template, first, kvars));
    return n < 0 ? Optional.empty() : Optional.of(List.of(Arrays.copyOf(kvars, n)));
  }

  @Override
  public PoolVariableInfo dtpool(String name) {
    Args.text("dtpool", "name", name);
    return engine.call("dtpool", h -> describe(h, name));
  }

  @Override
  public void pdpool(String name, double[] values) {
    Args.text("pdpool", "name", name);
    // A kernel cannot state NaN or infinity; stored, they would flow into every computation that reads them.
    double[] copy = Args.finite("values", Args.notNull("values", values).clone());
    write("pdpool", h -> NativePool.pdpool(h, name, copy));
  }

  @Override
  public void pipool(String name, int[] ivals) {
    Args.text("pipool", "name", name);
    int[] copy = Args.notNull("ivals", ivals).clone();
    write("pipool", h -> NativePool.pipool(h, name, copy));
  }

  @Override
  public void pcpool(String name, List<String> cvals) {
    Args.text("pcpool", "name", name);
    String[] copy = strings("cvals", cvals);
    write("pcpool", h -> NativePool.pcpool(h, name, copy));
  }

  @Override
  public void swpool(String agent, List<String> names) {
    Args.text("swpool", "agent", agent);
    String[] copy = strings("names", names);
    engine.run("swpool", h -> {
      NativePool.swpool(h, agent, copy);
      engine.poolWatched(h2 -> NativePool.swpool(h2, agent, copy));
    });
  }

  @Override
  public boolean cvpool(String agent) {
    Args.text("cvpool", "agent", agent);
    return engine.call("cvpool", h -> NativePool.cvpool(h, agent));
  }

  @Override
  public boolean expool(String name) {
    Args.text("expool", "name", name);
    return engine.call("expool", h -> NativePool.expool(h, name));
  }

  /**
   * The engine has no bodvcd export, so CSPICE's BODVCD is followed here: dtpool for presence, type and
   * size (raising the errors BODVCD raises), then gdpool, all under one lock.
   */
  @Override
  public double[] bodvcd(int bodyid, String item, int maxn) {
    Args.text("bodvcd", "item", item);
    return engine.call("bodvcd", h -> bodyVariable(h, bodyid, item, maxn, "bodvcd"));
  }

  /**
   * BODY&lt;id&gt;_&lt;item&gt; read as bodvcd_c and bodvrd_c read it, on a locked engine: the errors both
   * document for a missing, non-numeric or too-large variable, named after {@code routine}.
   */
  static double[] bodyVariable(long h, int bodyid, String item, int maxn, String routine) {
    String full = "BODY" + bodyid + "_" + item;
    String varnam = full.length() > 32 ? full.substring(0, 32) : full; // built in a CHARACTER*32
    PoolVariableInfo info = describe(h, varnam);
    if (!info.found()) {
      throw bodyVariableError(routine, "SPICE(KERNELVARNOTFOUND)", "The variable " + varnam
          + " could not be found in the kernel pool.");
    }
    if (!info.numeric()) {
      throw bodyVariableError(routine, "SPICE(TYPEMISMATCH)", "The data associated with variable " + varnam
          + " are not of numeric type.");
    }
    if (maxn < info.n()) {
      throw bodyVariableError(routine, "SPICE(ARRAYTOOSMALL)", "The data array associated with variable " + varnam
          + " has dimension " + info.n() + ", which is larger than the available space " + maxn
          + " in the output array.");
    }
    double[] values = new double[Math.max(1, info.n())];
    int n = NativePool.gdpool(h, varnam, 0, values);
    return Arrays.copyOf(values, Math.max(n, 0));
  }

  private static SpiceException bodyVariableError(String routine, String shortMessage, String longMessage) {
    return new SpiceException(shortMessage, longMessage, routine + "_c --> " + routine.toUpperCase(java.util.Locale.ROOT),
        routine, shortMessage);
  }

  /** dtpool on a locked engine. */
  private static PoolVariableInfo describe(long h, String name) {
    char[] type = new char[1];
    int n = NativePool.dtpool(h, name, type);
    return n < 0 ? PoolVariableInfo.NOT_FOUND : new PoolVariableInfo(true, n, type[0]);
  }

  /**
   * Checks room as CSPICE does (the engine's shim refuses it before CSPICE would signal) and returns
   * the effective start: CSPICE treats a negative start as 0.
   */
  private static int window(String routine, int start, int room) {
    if (room < 1) {
      throw new SpiceException("SPICE(BADARRAYSIZE)", "The amount of room specified as available for output"
          + " in the output array was: " + room + ". The amount of room must be positive.",
          routine + "_c --> " + routine.toUpperCase(java.util.Locale.ROOT), routine, "SPICE(BADARRAYSIZE)");
    }
    return Math.max(start, 0);
  }

  /**
   * Output size for a windowed read: room, but no more than the values the variable has past start, so a
   * huge room never allocates more than the variable needs. At least 1 (the engine requires room > 0).
   */
  private static int capacity(long h, String name, int start, int room) {
    PoolVariableInfo info = describe(h, name);
    int available = info.found() ? Math.max(info.n() - start, 1) : 1;
    return Math.min(room, available);
  }

  /** A pool write: applied now and recorded for replay after an engine rebuild. */
  private void write(String routine, java.util.function.LongConsumer edit) {
    engine.run(routine, h -> {
      edit.accept(h);
      engine.poolEdited(edit);
    });
  }

  private static String[] strings(String what, List<String> values) {
    Args.notNull(what, values);
    String[] out = values.toArray(new String[0]);
    for (String s : out) Args.present(what + " element", s);
    return out;
  }
}
