// io.github.spice4j.jni.NativePool: gdpool, gipool, gcpool, gnpool, dtpool, pdpool, pipool, pcpool, swpool,
// cvpool, expool.
#include "jni_support.h"

using namespace spice4j;

namespace {

// Reads return the number of values written into the Java output array (whose length is the room),
// or -1 when the variable (with that type) is absent.
constexpr jint kNotFound = -1;

// Host-side scratch memory freed on every path.
struct Buffer {
  explicit Buffer(size_t bytes) : p(std::calloc(bytes > 0 ? bytes : 1, 1)) {}
  ~Buffer() { std::free(p); }
  Buffer(const Buffer&) = delete;
  Buffer& operator=(const Buffer&) = delete;
  void* p;
};

bool allocated(JNIEnv* env, const Buffer& b, const char* what) {
  if (b.p) return true;
  env->ThrowNew(cache.outOfMemory, what);
  return false;
}

// A Java String[] packed as CSPICE fixed-width strings: n rows of width bytes, NUL-terminated.
class FixedStrings {
 public:
  FixedStrings(JNIEnv* env, jobjectArray strings) : n_(env->GetArrayLength(strings)) {
    width_ = 2;
    for (jsize i = 0; i < n_; i++) {
      jstring s = static_cast<jstring>(env->GetObjectArrayElement(strings, i));
      if (s) {
        jsize bytes = env->GetStringUTFLength(s);
        if (bytes + 1 > width_) width_ = bytes + 1;
        env->DeleteLocalRef(s);
      }
    }
    data_ = static_cast<char*>(std::calloc(static_cast<size_t>(n_ > 0 ? n_ : 1) * width_, 1));
    if (!data_) return;
    for (jsize i = 0; i < n_; i++) {
      jstring s = static_cast<jstring>(env->GetObjectArrayElement(strings, i));
      if (s) {
        env->GetStringUTFRegion(s, 0, env->GetStringLength(s), data_ + static_cast<size_t>(i) * width_);
        env->DeleteLocalRef(s);
      }
    }
  }
  ~FixedStrings() { std::free(data_); }
  FixedStrings(const FixedStrings&) = delete;
  FixedStrings& operator=(const FixedStrings&) = delete;
  const char* data() const { return data_; }
  int count() const { return n_; }
  int width() const { return width_; }

 private:
  jsize n_;
  int width_;
  char* data_ = nullptr;
};

using StringsFn = int (*)(spice4j_engine*, const char*, int, int, int, int*, char*, int*, spice4j_error*);

// gcpool/gnpool: fills out (room = its length) with up to room strings.
jint getStrings(JNIEnv* env, StringsFn fn, const char* routine, int lenout, jlong h, jstring name, jint start,
                jobjectArray out) {
  jsize room = env->GetArrayLength(out);
  Buffer buf(static_cast<size_t>(room > 0 ? room : 1) * lenout);
  if (!allocated(env, buf, routine)) return 0;
  char* rows = static_cast<char*>(buf.p);
  spice4j_error err;
  int n = 0, found = 0;
  if (failed(env, fn(engine(h), JStr(env, name), start, room, lenout, &n, rows, &found, &err), err, routine)) return 0;
  if (!found) return kNotFound;
  for (int i = 0; i < n; i++) {
    setString(env, out, i, rows + static_cast<size_t>(i) * lenout);
    if (env->ExceptionCheck()) return 0;
  }
  return n;
}

}  // namespace

extern "C" {

JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativePool_gdpool(JNIEnv* env, jclass, jlong h, jstring name,
                                                                   jint start, jdoubleArray values) {
  jsize room = env->GetArrayLength(values);
  Buffer buf(sizeof(double) * static_cast<size_t>(room));
  if (!allocated(env, buf, "gdpool buffer")) return 0;
  spice4j_error err;
  int n = 0, found = 0;
  double* v = static_cast<double*>(buf.p);
  if (failed(env, spice4j_gdpool(engine(h), JStr(env, name), start, room, &n, v, &found, &err), err, "gdpool"))
    return 0;
  if (!found) return kNotFound;
  setDoubles(env, values, v, n);
  return n;
}

JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativePool_gipool(JNIEnv* env, jclass, jlong h, jstring name,
                                                                   jint start, jintArray ivals) {
  jsize room = env->GetArrayLength(ivals);
  Buffer buf(sizeof(int) * static_cast<size_t>(room));
  if (!allocated(env, buf, "gipool buffer")) return 0;
  spice4j_error err;
  int n = 0, found = 0;
  int* v = static_cast<int*>(buf.p);
  if (failed(env, spice4j_gipool(engine(h), JStr(env, name), start, room, &n, v, &found, &err), err, "gipool"))
    return 0;
  if (!found) return kNotFound;
  setInts(env, ivals, v, n);
  return n;
}

JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativePool_gcpool(JNIEnv* env, jclass, jlong h, jstring name,
                                                                   jint start, jobjectArray cvals) {
  return getStrings(env, spice4j_gcpool, "gcpool", S4_POOL_CVAL_MAX, h, name, start, cvals);
}

JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativePool_gnpool(JNIEnv* env, jclass, jlong h, jstring name,
                                                                   jint start, jobjectArray kvars) {
  return getStrings(env, spice4j_gnpool, "gnpool", S4_POOL_NAME_MAX, h, name, start, kvars);
}

// Returns the variable's size, or -1 when absent; type[0] receives 'C' or 'N'.
JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativePool_dtpool(JNIEnv* env, jclass, jlong h, jstring name,
                                                                   jcharArray type) {
  spice4j_error err;
  int found = 0, n = 0;
  char t = ' ';
  if (failed(env, spice4j_dtpool(engine(h), JStr(env, name), &found, &n, &t, &err), err, "dtpool")) return 0;
  if (!found) return kNotFound;
  jchar jt = static_cast<jchar>(static_cast<unsigned char>(t));
  env->SetCharArrayRegion(type, 0, 1, &jt);
  return n;
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativePool_pdpool(JNIEnv* env, jclass, jlong h, jstring name,
                                                                   jdoubleArray values) {
  jsize n = env->GetArrayLength(values);
  Buffer buf(sizeof(double) * static_cast<size_t>(n));
  if (!allocated(env, buf, "pdpool buffer")) return;
  env->GetDoubleArrayRegion(values, 0, n, static_cast<double*>(buf.p));
  spice4j_error err;
  failed(env, spice4j_pdpool(engine(h), JStr(env, name), n, static_cast<double*>(buf.p), &err), err, "pdpool");
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativePool_pipool(JNIEnv* env, jclass, jlong h, jstring name,
                                                                   jintArray ivals) {
  jsize n = env->GetArrayLength(ivals);
  Buffer buf(sizeof(int) * static_cast<size_t>(n));
  if (!allocated(env, buf, "pipool buffer")) return;
  env->GetIntArrayRegion(ivals, 0, n, static_cast<jint*>(buf.p));
  spice4j_error err;
  failed(env, spice4j_pipool(engine(h), JStr(env, name), n, static_cast<int*>(buf.p), &err), err, "pipool");
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativePool_pcpool(JNIEnv* env, jclass, jlong h, jstring name,
                                                                   jobjectArray cvals) {
  FixedStrings rows(env, cvals);
  if (!rows.data()) {
    env->ThrowNew(cache.outOfMemory, "pcpool buffer");
    return;
  }
  spice4j_error err;
  failed(env, spice4j_pcpool(engine(h), JStr(env, name), rows.count(), rows.width(), rows.data(), &err), err,
         "pcpool");
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativePool_swpool(JNIEnv* env, jclass, jlong h, jstring agent,
                                                                   jobjectArray names) {
  FixedStrings rows(env, names);
  if (!rows.data()) {
    env->ThrowNew(cache.outOfMemory, "swpool buffer");
    return;
  }
  spice4j_error err;
  failed(env, spice4j_swpool(engine(h), JStr(env, agent), rows.count(), rows.width(), rows.data(), &err), err,
         "swpool");
}

JNIEXPORT jboolean JNICALL Java_io_github_spice4j_jni_NativePool_cvpool(JNIEnv* env, jclass, jlong h, jstring agent) {
  spice4j_error err;
  int update = 0;
  if (failed(env, spice4j_cvpool(engine(h), JStr(env, agent), &update, &err), err, "cvpool")) return JNI_FALSE;
  return update ? JNI_TRUE : JNI_FALSE;
}

JNIEXPORT jboolean JNICALL Java_io_github_spice4j_jni_NativePool_expool(JNIEnv* env, jclass, jlong h, jstring name) {
  spice4j_error err;
  int found = 0;
  if (failed(env, spice4j_expool(engine(h), JStr(env, name), &found, &err), err, "expool")) return JNI_FALSE;
  return found ? JNI_TRUE : JNI_FALSE;
}

}  // extern "C"
