// io.github.spice4j.jni.NativeEngine: engine lifecycle and diagnostics.
#include "jni_support.h"

using namespace spice4j;

extern "C" {

JNIEXPORT jlong JNICALL Java_io_github_spice4j_jni_NativeEngine_create(JNIEnv* env, jclass) {
  spice4j_error err;
  spice4j_engine* e = spice4j_engine_create(&err);
  if (!e) {
    throwError(env, err, "engine_create");
    return 0;
  }
  return reinterpret_cast<jlong>(e);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeEngine_destroy(JNIEnv*, jclass, jlong h) {
  spice4j_engine_destroy(engine(h));
}

JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativeEngine_openFiles(JNIEnv*, jclass, jlong h) {
  return spice4j_engine_open_files(engine(h));
}

JNIEXPORT jlong JNICALL Java_io_github_spice4j_jni_NativeEngine_memoryBytes(JNIEnv*, jclass, jlong h) {
  return static_cast<jlong>(spice4j_engine_memory_bytes(engine(h)));
}

JNIEXPORT jstring JNICALL Java_io_github_spice4j_jni_NativeEngine_buildInfo(JNIEnv* env, jclass) {
  return newString(env, spice4j_build_info());
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeEngine_forceTrap(JNIEnv* env, jclass, jlong h) {
  spice4j_error err;
  failed(env, spice4j_engine_force_trap(engine(h), &err), err, "engine_force_trap");
}

}  // extern "C"
