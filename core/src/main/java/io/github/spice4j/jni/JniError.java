package io.github.spice4j.jni;

import io.github.spice4j.backend.ErrorApi;
import java.util.Locale;
import java.util.Set;

/** The error domain over the JNI error spoke. */
final class JniError implements ErrorApi {
  private static final Set<String> GETMSG_OPTIONS = Set.of("SHORT", "LONG", "EXPLAIN");

  private final Engine engine;

  JniError(Engine engine) {
    this.engine = engine;
  }

  @Override
  public boolean failed() {
    return engine.call("failed", NativeError::failed);
  }

  @Override
  public void reset() {
    engine.run("reset", NativeError::reset);
  }

  @Override
  public String getmsg(String option) {
    Args.present("option", option);
    // CSPICE signals SPICE(INVALIDMSGTYPE) for other options; the contract makes it a caller error.
    String normalized = option.strip().toUpperCase(Locale.ROOT);
    if (!GETMSG_OPTIONS.contains(normalized)) {
      throw new IllegalArgumentException("option must be SHORT, LONG or EXPLAIN, not \"" + option + "\"");
    }
    return engine.call("getmsg", h -> NativeError.getmsg(h, normalized));
  }

  // setmsg/sigerr/chkin/chkout only reject null and NUL: CSPICE itself decides what a blank string means.

  @Override
  public void setmsg(String message) {
    Args.present("message", message);
    engine.run("setmsg", h -> NativeError.setmsg(h, message));
  }

  @Override
  public void sigerr(String shortMessage) {
    Args.present("shortMessage", shortMessage);
    engine.run("sigerr", h -> NativeError.sigerr(h, shortMessage));
  }

  @Override
  public void chkin(String module) {
    Args.present("module", module);
    engine.run("chkin", h -> NativeError.chkin(h, module));
  }

  @Override
  public void chkout(String module) {
    Args.present("module", module);
    engine.run("chkout", h -> NativeError.chkout(h, module));
  }
}
