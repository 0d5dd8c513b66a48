// io.github.spice4j.jni.NativeKernels: furnsh, unload, kclear, ktotal, kdata.
#include "jni_support.h"

using namespace spice4j;

namespace {
constexpr int kTypeMax = 64;  // kernel types are short words (SPK, TEXT, META, ...)
}

extern "C" {

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeKernels_furnsh(JNIEnv* env, jclass, jlong h, jstring file) {
  spice4j_error err;
  failed(env, spice4j_furnsh(engine(h), JStr(env, file), &err), err, "furnsh");
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeKernels_unload(JNIEnv* env, jclass, jlong h, jstring file) {
  spice4j_error err;
  failed(env, spice4j_unload(engine(h), JStr(env, file), &err), err, "unload");
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeKernels_kclear(JNIEnv* env, jclass, jlong h) {
  spice4j_error err;
  failed(env, spice4j_kclear(engine(h), &err), err, "kclear");
}

JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativeKernels_ktotal(JNIEnv* env, jclass, jlong h, jstring kind) {
  spice4j_error err;
  int count = 0;
  failed(env, spice4j_ktotal(engine(h), JStr(env, kind), &count, &err), err, "ktotal");
  return count;
}

// Fills strings[0..2] = file, type, source and handle[0]; returns false when `which` is out of range.
JNIEXPORT jboolean JNICALL Java_io_github_spice4j_jni_NativeKernels_kdata(JNIEnv* env, jclass, jlong h, jint which,
                                                                         jstring kind, jobjectArray strings,
                                                                         jintArray handle) {
  spice4j_error err;
  // Path buffers are large: keep them off the (possibly small) JNI thread stack.
  struct Out {
    char file[S4_PATH_MAX];
    char type[kTypeMax];
    char source[S4_PATH_MAX];
  };
  Out* out = static_cast<Out*>(std::malloc(sizeof(Out)));
  if (!out) {
    env->ThrowNew(cache.outOfMemory, "kdata buffers");
    return JNI_FALSE;
  }
  int hd = 0, found = 0;
  int rc = spice4j_kdata(engine(h), which, JStr(env, kind), out->file, S4_PATH_MAX, out->type, kTypeMax, out->source,
                         S4_PATH_MAX, &hd, &found, &err);
  jboolean result = JNI_FALSE;
  if (!failed(env, rc, err, "kdata") && found) {
    setString(env, strings, 0, out->file);
    setString(env, strings, 1, out->type);
    setString(env, strings, 2, out->source);
    setInts(env, handle, &hd, 1);
    result = JNI_TRUE;
  }
  std::free(out);
  return result;
}

}  // extern "C"
