package io.github.spice4j.writer;

import io.github.spice4j.Spice;
import java.util.Objects;

/**
 * Body and frame names resolved through an engine, as CSPICE's writers resolve them: bodies with
 * {@code bods2c} (a name or a decimal ID, as {@code spkezr} accepts them), frames with {@code namfrm}.
 */
final class Names {
  private final Spice spice;

  Names(Spice spice) {
    this.spice = Objects.requireNonNull(spice, "spice");
  }

  /** @throws io.github.spice4j.SpiceException {@code SPICE(IDCODENOTFOUND)} for an unknown name */
  int body(String routine, String argument, String name) {
    text(routine, argument, name);
    return spice.bodyId(name).orElseThrow(() -> Segments.error(routine, "IDCODENOTFOUND", "The " + argument
        + ", '" + name + "', is not a recognized name for an ephemeris object, nor a NAIF ID. A kernel defining"
        + " the name may not be loaded."));
  }

  /** @throws io.github.spice4j.SpiceException {@code SPICE(INVALIDREFFRAME)} for an unknown frame name */
  int frame(String routine, String name) {
    text(routine, "frame", name);
    int code = spice.backend().frames().namfrm(name).orElse(0);
    if (code == 0) throw unknownFrame(routine, "'" + name + "'");
    return code;
  }

  /** A frame ID the engine knows ({@code frmnam}), for writers given IDs. */
  int frame(String routine, int code) {
    if (code == 0 || spice.backend().frames().frmnam(code).isEmpty()) throw unknownFrame(routine, "ID " + code);
    return code;
  }

  static io.github.spice4j.SpiceException unknownFrame(String routine, String frame) {
    return Segments.error(routine, "INVALIDREFFRAME", "The reference frame " + frame + " is not recognized. A frame"
        + " kernel defining it may not be loaded.");
  }

  private static void text(String routine, String argument, String value) {
    if (value == null) throw new NullPointerException(argument);
    if (value.isEmpty()) throw Segments.error(routine, "EMPTYSTRING", "String \"" + argument + "\" has length zero.");
  }
}
