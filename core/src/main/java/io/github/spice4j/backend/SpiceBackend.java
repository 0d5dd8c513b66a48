package io.github.spice4j.backend;

/**
 * The whole contract: one interface per CSPICE domain. Obtain the JNI implementation with
 * {@link io.github.spice4j.jni.JniBackend#create()}; close it to free its engine and staged files.
 */
public interface SpiceBackend
    extends ErrorApi, KernelsApi, TimeApi, IdsNamesApi, FramesApi, EphemerisApi, PoolApi, CoordsApi, SclkApi,
        CkApi, GeometryApi, GfApi, CellsApi, FileIoApi, DskApi, EkApi, SpkWriterApi, AutoCloseable {
  /** Which implementation this is, e.g. {@code "jni"}. */
  String kind();

  /** Frees the engine and deletes staged byte-backed kernels; later calls throw {@link IllegalStateException}. */
  @Override
  void close();
}
