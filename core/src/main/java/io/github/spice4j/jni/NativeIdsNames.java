package io.github.spice4j.jni;

/** Natives of the ids/names spoke (native-src/jni/ids_names.cc). Arguments are validated by the caller. */
final class NativeIdsNames {
  static {
    NativeEngine.ensureLoaded();
  }

  private NativeIdsNames() {}

  /** Stores the ID in code[0]; returns whether the name is known. */
  static native boolean bodn2c(long engine, String name, int[] code);

  /** Stores the ID in code[0]; returns whether the name or integer string is known. */
  static native boolean bods2c(long engine, String name, int[] code);

  /** Returns the name, or null when the ID has none. */
  static native String bodc2n(long engine, int code);

  static native String bodc2s(long engine, int code);

  static native void boddef(long engine, String name, int code);

  static native boolean bodfnd(long engine, int body, String item);

  /** Fills values (capacity = its length); returns the variable's size, which may exceed the capacity. */
  static native int bodvar(long engine, int body, String item, double[] values);
}
