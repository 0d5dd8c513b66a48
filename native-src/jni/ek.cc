// io.github.spice4j.jni.NativeEk: ekopr, ekopw, ekopn, ekcls, ekntab, ektnam, eknseg, ekfind, ekgc, ekgd, ekgi,
// ekifld, ekacli, ekacld, ekaclc, ekffld. Java validates shapes (lengths, sums, nulls) before every call.
#include "jni_support.h"

using namespace spice4j;

namespace {

// CSPICE's EK strings are at most 1024 characters; table names 64. Room to spare for both.
constexpr int kEkStringMax = 2048;
constexpr int kErrmsgMax = S4_MESSAGE_MAX;

// What an ekg* read found, returned to Java: no such element, a null entry, or a value in out[0].
constexpr jint kNotFound = 0;
constexpr jint kNull = 1;
constexpr jint kValue = 2;

jint cellState(int found, int isnull) { return !found ? kNotFound : isnull ? kNull : kValue; }

inline void region(JNIEnv* env, jintArray a, jsize n, int* out) {
  env->GetIntArrayRegion(a, 0, n, reinterpret_cast<jint*>(out));
}
inline void region(JNIEnv* env, jdoubleArray a, jsize n, double* out) { env->GetDoubleArrayRegion(a, 0, n, out); }

// A Java primitive array copied into a host buffer for the shim (inputs only). Does nothing while an
// exception (e.g. an earlier buffer's OutOfMemoryError) is pending.
template <typename T, typename JArray>
class ArrayIn {
 public:
  ArrayIn(JNIEnv* env, JArray a) {
    if (env->ExceptionCheck()) return;
    n_ = env->GetArrayLength(a);
    data_ = static_cast<T*>(std::malloc(sizeof(T) * (n_ > 0 ? n_ : 1)));
    if (!data_) {
      env->ThrowNew(cache.outOfMemory, "EK array buffer");
      return;
    }
    region(env, a, n_, data_);
  }
  ~ArrayIn() { std::free(data_); }
  ArrayIn(const ArrayIn&) = delete;
  ArrayIn& operator=(const ArrayIn&) = delete;
  bool ok() const { return data_ != nullptr; }
  const T* data() const { return data_; }
  int size() const { return n_; }

 private:
  jsize n_ = 0;
  T* data_ = nullptr;
};

using IntsIn = ArrayIn<int, jintArray>;
using DoublesIn = ArrayIn<double, jdoubleArray>;

// A Java String[] as a CSPICE fixed-width string array: count strings of width() bytes, NUL-padded, width
// one more than the longest string (at least 2, so CSPICE never sees a zero-length Fortran string).
class FixedStrings {
 public:
  FixedStrings(JNIEnv* env, jobjectArray a) {
    if (env->ExceptionCheck()) return;
    n_ = env->GetArrayLength(a);
    for (jsize i = 0; i < n_; i++) {
      jstring s = static_cast<jstring>(env->GetObjectArrayElement(a, i));
      if (s) {
        jsize bytes = env->GetStringUTFLength(s);
        if (bytes + 1 > width_) width_ = bytes + 1;
        env->DeleteLocalRef(s);
      }
    }
    data_ = static_cast<char*>(std::calloc(static_cast<size_t>(n_ > 0 ? n_ : 1), static_cast<size_t>(width_)));
    if (!data_) {
      env->ThrowNew(cache.outOfMemory, "EK string array buffer");
      return;
    }
    for (jsize i = 0; i < n_; i++) {
      jstring s = static_cast<jstring>(env->GetObjectArrayElement(a, i));
      if (!s) continue;
      env->GetStringUTFRegion(s, 0, env->GetStringLength(s), data_ + static_cast<size_t>(i) * width_);
      env->DeleteLocalRef(s);
    }
  }
  ~FixedStrings() { std::free(data_); }
  FixedStrings(const FixedStrings&) = delete;
  FixedStrings& operator=(const FixedStrings&) = delete;
  bool ok() const { return data_ != nullptr; }
  const char* data() const { return data_; }
  int count() const { return n_; }
  int width() const { return width_; }

 private:
  jsize n_ = 0;
  int width_ = 2;
  char* data_ = nullptr;
};

}  // namespace

extern "C" {

JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativeEk_ekopr(JNIEnv* env, jclass, jlong h, jstring fname) {
  spice4j_error err;
  int handle = 0;
  failed(env, spice4j_ekopr(engine(h), JStr(env, fname), &handle, &err), err, "ekopr");
  return handle;
}

JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativeEk_ekopw(JNIEnv* env, jclass, jlong h, jstring fname) {
  spice4j_error err;
  int handle = 0;
  failed(env, spice4j_ekopw(engine(h), JStr(env, fname), &handle, &err), err, "ekopw");
  return handle;
}

JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativeEk_ekopn(JNIEnv* env, jclass, jlong h, jstring fname,
                                                               jstring ifname, jint ncomch) {
  spice4j_error err;
  int handle = 0;
  failed(env, spice4j_ekopn(engine(h), JStr(env, fname), JStr(env, ifname), ncomch, &handle, &err), err, "ekopn");
  return handle;
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeEk_ekcls(JNIEnv* env, jclass, jlong h, jint handle) {
  spice4j_error err;
  failed(env, spice4j_ekcls(engine(h), handle, &err), err, "ekcls");
}

JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativeEk_ekntab(JNIEnv* env, jclass, jlong h) {
  spice4j_error err;
  int n = 0;
  failed(env, spice4j_ekntab(engine(h), &n, &err), err, "ekntab");
  return n;
}

JNIEXPORT jstring JNICALL Java_io_github_spice4j_jni_NativeEk_ektnam(JNIEnv* env, jclass, jlong h, jint n) {
  spice4j_error err;
  char table[S4_NAME_MAX];
  if (failed(env, spice4j_ektnam(engine(h), n, table, sizeof table, &err), err, "ektnam")) return nullptr;
  return newString(env, table);
}

JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativeEk_eknseg(JNIEnv* env, jclass, jlong h, jint handle) {
  spice4j_error err;
  int nseg = 0;
  failed(env, spice4j_eknseg(engine(h), handle, &nseg, &err), err, "eknseg");
  return nseg;
}

// Returns the row count; a query CSPICE rejects is stored in errmsg[0] (left null on success).
JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativeEk_ekfind(JNIEnv* env, jclass, jlong h, jstring query,
                                                                jobjectArray errmsg) {
  spice4j_error err;
  char* msg = static_cast<char*>(std::malloc(kErrmsgMax));
  if (!msg) {
    env->ThrowNew(cache.outOfMemory, "ekfind buffer");
    return 0;
  }
  int nmrows = 0, error = 0;
  int rc = spice4j_ekfind(engine(h), JStr(env, query), &nmrows, &error, msg, kErrmsgMax, &err);
  if (!failed(env, rc, err, "ekfind") && error) setString(env, errmsg, 0, msg);
  std::free(msg);
  return nmrows;
}

// ekgc/ekgd/ekgi return kNotFound, kNull or kValue; the value goes to out[0] only for kValue.
JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativeEk_ekgc(JNIEnv* env, jclass, jlong h, jint selidx, jint row,
                                                              jint elment, jobjectArray out) {
  spice4j_error err;
  char* cdata = static_cast<char*>(std::malloc(kEkStringMax));
  if (!cdata) {
    env->ThrowNew(cache.outOfMemory, "ekgc buffer");
    return kNotFound;
  }
  int isnull = 0, found = 0;
  jint state = kNotFound;
  if (!failed(env, spice4j_ekgc(engine(h), selidx, row, elment, cdata, kEkStringMax, &isnull, &found, &err), err,
              "ekgc")) {
    state = cellState(found, isnull);
    if (state == kValue) setString(env, out, 0, cdata);
  }
  std::free(cdata);
  return state;
}

JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativeEk_ekgd(JNIEnv* env, jclass, jlong h, jint selidx, jint row,
                                                              jint elment, jdoubleArray out) {
  spice4j_error err;
  double ddata = 0;
  int isnull = 0, found = 0;
  if (failed(env, spice4j_ekgd(engine(h), selidx, row, elment, &ddata, &isnull, &found, &err), err, "ekgd"))
    return kNotFound;
  jint state = cellState(found, isnull);
  if (state == kValue) setDoubles(env, out, &ddata, 1);
  return state;
}

JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativeEk_ekgi(JNIEnv* env, jclass, jlong h, jint selidx, jint row,
                                                              jint elment, jintArray out) {
  spice4j_error err;
  int idata = 0;
  int isnull = 0, found = 0;
  if (failed(env, spice4j_ekgi(engine(h), selidx, row, elment, &idata, &isnull, &found, &err), err, "ekgi"))
    return kNotFound;
  jint state = cellState(found, isnull);
  if (state == kValue) setInts(env, out, &idata, 1);
  return state;
}

// rcptrs (length nrows) receives the record pointers; returns the segment number.
JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativeEk_ekifld(JNIEnv* env, jclass, jlong h, jint handle,
                                                                jstring tabnam, jobjectArray cnames,
                                                                jobjectArray decls, jintArray rcptrs) {
  spice4j_error err;
  FixedStrings names(env, cnames);
  FixedStrings declarations(env, decls);
  if (!names.ok() || !declarations.ok()) return 0;
  jsize nrows = env->GetArrayLength(rcptrs);
  int* out = static_cast<int*>(std::malloc(sizeof(int) * (nrows > 0 ? nrows : 1)));
  if (!out) {
    env->ThrowNew(cache.outOfMemory, "ekifld buffer");
    return 0;
  }
  int segno = 0;
  int rc = spice4j_ekifld(engine(h), handle, JStr(env, tabnam), names.count(), nrows, names.data(), names.width(),
                          declarations.data(), declarations.width(), &segno, out, &err);
  if (!failed(env, rc, err, "ekifld")) setInts(env, rcptrs, out, nrows);
  std::free(out);
  return segno;
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeEk_ekacli(JNIEnv* env, jclass, jlong h, jint handle,
                                                                jint segno, jstring column, jintArray ivals,
                                                                jintArray entszs, jintArray nlflgs,
                                                                jintArray rcptrs) {
  spice4j_error err;
  IntsIn v(env, ivals), sz(env, entszs), nl(env, nlflgs), rp(env, rcptrs);
  if (!v.ok() || !sz.ok() || !nl.ok() || !rp.ok()) return;
  failed(env,
         spice4j_ekacli(engine(h), handle, segno, JStr(env, column), v.data(), v.size(), sz.data(), nl.data(),
                        rp.data(), rp.size(), &err),
         err, "ekacli");
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeEk_ekacld(JNIEnv* env, jclass, jlong h, jint handle,
                                                                jint segno, jstring column, jdoubleArray dvals,
                                                                jintArray entszs, jintArray nlflgs,
                                                                jintArray rcptrs) {
  spice4j_error err;
  DoublesIn v(env, dvals);
  IntsIn sz(env, entszs), nl(env, nlflgs), rp(env, rcptrs);
  if (!v.ok() || !sz.ok() || !nl.ok() || !rp.ok()) return;
  failed(env,
         spice4j_ekacld(engine(h), handle, segno, JStr(env, column), v.data(), v.size(), sz.data(), nl.data(),
                        rp.data(), rp.size(), &err),
         err, "ekacld");
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeEk_ekaclc(JNIEnv* env, jclass, jlong h, jint handle,
                                                                jint segno, jstring column, jobjectArray cvals,
                                                                jintArray entszs, jintArray nlflgs,
                                                                jintArray rcptrs) {
  spice4j_error err;
  FixedStrings v(env, cvals);
  IntsIn sz(env, entszs), nl(env, nlflgs), rp(env, rcptrs);
  if (!v.ok() || !sz.ok() || !nl.ok() || !rp.ok()) return;
  failed(env,
         spice4j_ekaclc(engine(h), handle, segno, JStr(env, column), v.data(), v.count(), v.width(), sz.data(),
                        nl.data(), rp.data(), rp.size(), &err),
         err, "ekaclc");
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeEk_ekffld(JNIEnv* env, jclass, jlong h, jint handle,
                                                                jint segno, jintArray rcptrs) {
  spice4j_error err;
  IntsIn rp(env, rcptrs);
  if (!rp.ok()) return;
  failed(env, spice4j_ekffld(engine(h), handle, segno, rp.data(), rp.size(), &err), err, "ekffld");
}

}  // extern "C"
