package io.github.spice4j.jni;

import io.github.spice4j.SpiceException;
import io.github.spice4j.backend.IdsNamesApi;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

/** The ids/names domain over the JNI ids_names spoke. */
final class JniIdsNames implements IdsNamesApi {
  /** First guess for bodvar's output size; body constants are rarely longer (retried when they are). */
  private static final int BODVAR_INITIAL = 256;

  /** Upper bound for the retries (the kernel pool itself holds far fewer values per variable). */
  private static final int BODVAR_MAX = 1 << 20;

  private final Engine engine;

  JniIdsNames(Engine engine) {
    this.engine = engine;
  }

  @Override
  public OptionalInt bodn2c(String name) {
    Args.text("bodn2c", "name", name);
    int[] code = new int[1];
    boolean found = engine.call("bodn2c", h -> NativeIdsNames.bodn2c(h, name, code));
    return found ? OptionalInt.of(code[0]) : OptionalInt.empty();
  }

  @Override
  public Optional<String> bodc2n(int code) {
    return Optional.ofNullable(engine.call("bodc2n", h -> NativeIdsNames.bodc2n(h, code)));
  }

  @Override
  public String bodc2s(int code) {
    return engine.call("bodc2s", h -> NativeIdsNames.bodc2s(h, code));
  }

  @Override
  public OptionalInt bods2c(String name) {
    Args.text("bods2c", "name", name);
    int[] code = new int[1];
    boolean found = engine.call("bods2c", h -> NativeIdsNames.bods2c(h, name, code));
    return found ? OptionalInt.of(code[0]) : OptionalInt.empty();
  }

  @Override
  public void boddef(String name, int code) {
    Args.text("boddef", "name", name);
    engine.run("boddef", h -> NativeIdsNames.boddef(h, name, code));
  }

  @Override
  public boolean bodfnd(int body, String item) {
    Args.text("bodfnd", "item", item);
    return engine.call("bodfnd", h -> NativeIdsNames.bodfnd(h, body, item));
  }

  @Override
  public double[] bodvar(int body, String item) {
    Args.text("bodvar", "item", item);
    return engine.call("bodvar", h -> bodvarLocked(h, body, item, "bodvar"));
  }

  @Override
  public double[] bodvrd(String body, String item) {
    return bodvrd(body, item, Integer.MAX_VALUE);
  }

  @Override
  public double[] bodvrd(String body, String item, int maxn) {
    Args.text("bodvrd", "bodynm", body);
    Args.text("bodvrd", "item", item);
    return engine.call("bodvrd", h -> {
      int[] code = new int[1];
      if (!NativeIdsNames.bods2c(h, body, code)) {
        // bodvrd_c's own error for an unknown name; the engine has no bodvrd, so it is raised here.
        throw new SpiceException("SPICE(IDCODENOTFOUND)", "The body name " + body
            + " could not be translated to a NAIF ID code.  The cause of this problem may be that you need an"
            + " updated version of the SPICE Toolkit.", "bodvrd_c", "bodvrd", "SPICE(IDCODENOTFOUND)");
      }
      return JniPool.bodyVariable(h, code[0], item, maxn, "bodvrd");
    });
  }

  /**
   * bodvar with the output grown until it fits; the caller holds the engine lock. Depending on the
   * engine's routine, a too-small buffer shows as dim > capacity or as SPICE(ARRAYTOOSMALL). The engine's
   * bodvar reports a missing variable as dim 0 (pool variables are never empty), so the error bodvcd_c
   * signals for it is raised here.
   */
  private static double[] bodvarLocked(long h, int body, String item, String routine) {
    int capacity = BODVAR_INITIAL;
    while (true) {
      double[] values = new double[capacity];
      int dim;
      try {
        dim = NativeIdsNames.bodvar(h, body, item, values);
      } catch (SpiceException e) {
        if (!"SPICE(ARRAYTOOSMALL)".equals(e.shortMessage()) || capacity >= BODVAR_MAX) throw e;
        capacity = Math.min(capacity * 8, BODVAR_MAX);
        continue;
      }
      if (dim == 0) {
        throw new SpiceException("SPICE(KERNELVARNOTFOUND)", "The variable BODY" + body + "_" + item
            + " could not be found in the kernel pool.", routine + "_c", routine, "SPICE(KERNELVARNOTFOUND)");
      }
      if (dim <= capacity) return Arrays.copyOf(values, dim);
      capacity = dim;
    }
  }
}
