// io.github.spice4j.jni.NativeEngine: engine lifecycle and diagnostics.
#include <cstdio>

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

JNIEXPORT jboolean JNICALL Java_io_github_spice4j_jni_NativeEngine_guestPrimitives(JNIEnv*, jclass) {
  return spice4j_guest_prims_enabled() ? JNI_TRUE : JNI_FALSE;
}

JNIEXPORT jstring JNICALL Java_io_github_spice4j_jni_NativeEngine_guestPrimitivesCheck(JNIEnv* env, jclass, jlong h,
                                                                                         jlong seed, jint n) {
  spice4j_error err;
  char what[256] = "";
  int bad = spice4j_engine_guest_prims_check(engine(h), static_cast<uint64_t>(seed), n, what, sizeof what, &err);
  if (bad < 0) {
    failed(env, err.code, err, "guest_prims_check");
    return nullptr;
  }
  if (bad == 0) return nullptr;
  char msg[320];
  std::snprintf(msg, sizeof msg, "%d of %d runs differ; first: %s", bad, n, what);
  return newString(env, msg);
}

namespace {

// A Java String[] as C strings, kept alive as long as this object.
class StringList {
 public:
  StringList(JNIEnv* env, jobjectArray a) : n_(a ? env->GetArrayLength(a) : 0) {
    for (jsize i = 0; i < n_ && i < kMax; i++) {
      items_[i] = static_cast<jstring>(env->GetObjectArrayElement(a, i));
      chars_[i] = items_[i] ? env->GetStringUTFChars(items_[i], nullptr) : "";
      if (!chars_[i]) { n_ = i; ok_ = false; break; }
    }
    if (n_ > kMax) ok_ = false;
    env_ = env;
  }
  ~StringList() {
    for (jsize i = 0; i < n_ && i < kMax; i++) {
      if (items_[i]) {
        env_->ReleaseStringUTFChars(items_[i], chars_[i]);
        env_->DeleteLocalRef(items_[i]);
      }
    }
  }
  StringList(const StringList&) = delete;
  StringList& operator=(const StringList&) = delete;
  bool ok() const { return ok_; }
  const char* const* data() const { return chars_; }
  int size() const { return static_cast<int>(n_); }

 private:
  static constexpr jsize kMax = 64;
  JNIEnv* env_;
  jsize n_;
  bool ok_ = true;
  jstring items_[kMax] = {};
  const char* chars_[kMax] = {};
};

}  // namespace

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeEngine_confine(JNIEnv* env, jclass, jlong h, jboolean confined,
                                                                       jobjectArray roots, jobjectArray hidden,
                                                                       jobjectArray exempt) {
  StringList r(env, roots), d(env, hidden), x(env, exempt);
  if (!r.ok() || !d.ok() || !x.ok()) {
    if (!env->ExceptionCheck()) env->ThrowNew(cache.illegalState, "at most 64 confinement directories of each kind");
    return;
  }
  if (spice4j_engine_confine(engine(h), confined == JNI_TRUE, r.data(), r.size(), d.data(), d.size(), x.data(),
                             x.size()) != S4_OK)
    env->ThrowNew(cache.outOfMemory, "engine confinement rules");
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeEngine_forceTrap(JNIEnv* env, jclass, jlong h) {
  spice4j_error err;
  failed(env, spice4j_engine_force_trap(engine(h), &err), err, "engine_force_trap");
}

}  // extern "C"
