package io.github.spice4j.jni;

/** Test-scope access to the engine's process-wide mode, for tests outside this package. */
public final class EngineMode {
  private EngineMode() {}

  /**
   * Whether the engine's runtime primitives take their host fast paths ({@link NativeEngine#guestPrimitives()}):
   * false when the process started with {@code SPICE4J_GUEST_PRIMS=off}.
   */
  public static boolean guestPrimitives() {
    return NativeEngine.guestPrimitives();
  }
}
