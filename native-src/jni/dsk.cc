// io.github.spice4j.jni.NativeDsk: dskobj, dsksrf, dskgd, dskb02, segment listing, dskopn, dskmi2,
// dskw02 and closing a DSK writer.
#include "jni_support.h"

using namespace spice4j;

namespace {

// A Java double[]/int[] held for the duration of a shim call (copied into the engine's memory there).
// Release uses JNI_ABORT: the shim never writes through these pointers. Null when an exception is
// pending, so a failed first array never leads to a JNI call with an exception outstanding.
class Doubles {
 public:
  Doubles(JNIEnv* env, jdoubleArray a)
      : env_(env), a_(a), p_(env->ExceptionCheck() ? nullptr : env->GetDoubleArrayElements(a, nullptr)) {}
  ~Doubles() {
    if (p_) env_->ReleaseDoubleArrayElements(a_, p_, JNI_ABORT);
  }
  Doubles(const Doubles&) = delete;
  Doubles& operator=(const Doubles&) = delete;
  const double* get() const { return p_; }

 private:
  JNIEnv* env_;
  jdoubleArray a_;
  jdouble* p_;
};

class Ints {
 public:
  Ints(JNIEnv* env, jintArray a)
      : env_(env), a_(a), p_(env->ExceptionCheck() ? nullptr : env->GetIntArrayElements(a, nullptr)) {}
  ~Ints() {
    if (p_) env_->ReleaseIntArrayElements(a_, p_, JNI_ABORT);
  }
  Ints(const Ints&) = delete;
  Ints& operator=(const Ints&) = delete;
  const int* get() const { return reinterpret_cast<const int*>(p_); }

 private:
  JNIEnv* env_;
  jintArray a_;
  jint* p_;
};

// dskobj/dsksrf: fills ids (capacity = its length) and returns the count, which may exceed the
// capacity (the Java side retries larger).
template <typename Query>
jint idsQuery(JNIEnv* env, jintArray ids, const char* routine, Query query) {
  jsize max = env->GetArrayLength(ids);
  int* buf = static_cast<int*>(std::malloc(sizeof(int) * (max > 0 ? max : 1)));
  if (!buf) {
    env->ThrowNew(cache.outOfMemory, routine);
    return 0;
  }
  spice4j_error err;
  int n = 0;
  if (!failed(env, query(buf, static_cast<int>(max), &n, &err), err, routine))
    setInts(env, ids, buf, n < max ? n : max);
  std::free(buf);
  return n;
}

// dskgd and dskb02 share one shape: a segment (handle, dladsc int[8]) in, NI ints and ND doubles out.
template <int NI, int ND>
void segmentQuery(JNIEnv* env, jlong h, jint handle, jintArray dladsc, jintArray ints, jdoubleArray doubles,
                  int (*query)(spice4j_engine*, int, const int*, int*, double*, spice4j_error*),
                  const char* routine) {
  int d[8];
  env->GetIntArrayRegion(dladsc, 0, 8, reinterpret_cast<jint*>(d));
  if (env->ExceptionCheck()) return;
  spice4j_error err;
  int iv[NI];
  double dv[ND];
  if (failed(env, query(engine(h), handle, d, iv, dv, &err), err, routine)) return;
  setInts(env, ints, iv, NI);
  setDoubles(env, doubles, dv, ND);
}

}  // namespace

extern "C" {

JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativeDsk_dskobj(JNIEnv* env, jclass, jlong h, jstring dsk,
                                                                  jintArray ids) {
  JStr file(env, dsk);
  return idsQuery(env, ids, "dskobj", [&](int* buf, int max, int* n, spice4j_error* err) {
    return spice4j_dskobj(engine(h), file, buf, max, n, err);
  });
}

JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativeDsk_dsksrf(JNIEnv* env, jclass, jlong h, jstring dsk,
                                                                  jint bodyid, jintArray ids) {
  JStr file(env, dsk);
  return idsQuery(env, ids, "dsksrf", [&](int* buf, int max, int* n, spice4j_error* err) {
    return spice4j_dsksrf(engine(h), file, bodyid, buf, max, n, err);
  });
}

// ints receives int[6], doubles double[18] (layout in spice4j_dsk.h).
JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeDsk_dskgd(JNIEnv* env, jclass, jlong h, jint handle,
                                                                 jintArray dladsc, jintArray ints,
                                                                 jdoubleArray doubles) {
  segmentQuery<6, 18>(env, h, handle, dladsc, ints, doubles, spice4j_dskgd, "dskgd");
}

// ints receives int[10], doubles double[10] (layout in spice4j_dsk.h).
JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeDsk_dskb02(JNIEnv* env, jclass, jlong h, jint handle,
                                                                  jintArray dladsc, jintArray ints,
                                                                  jdoubleArray doubles) {
  segmentQuery<10, 10>(env, h, handle, dladsc, ints, doubles, spice4j_dskb02, "dskb02");
}

JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativeDsk_dskopn(JNIEnv* env, jclass, jlong h, jstring file,
                                                                  jstring ifname, jint ncomch) {
  spice4j_error err;
  int handle = 0;
  failed(env, spice4j_dskopn(engine(h), JStr(env, file), JStr(env, ifname), ncomch, &handle, &err), err, "dskopn");
  return handle;
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeDsk_dskcls(JNIEnv* env, jclass, jlong h, jint handle) {
  spice4j_error err;
  failed(env, spice4j_dskcls(engine(h), handle, &err), err, "dascls");
}

// vrtces is double[3*nv], plates int[3*np] (Java checked); spaixd receives double[10], spaixi
// int[spxisz] (its length).
JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeDsk_dskmi2(JNIEnv* env, jclass, jlong h, jdoubleArray vrtces,
                                                                  jintArray plates, jdouble finscl, jint corscl,
                                                                  jint worksz, jint voxpsz, jint voxlsz,
                                                                  jboolean makvtl, jdoubleArray spaixd,
                                                                  jintArray spaixi) {
  jsize spxisz = env->GetArrayLength(spaixi);
  int* ix = static_cast<int*>(std::malloc(sizeof(int) * (spxisz > 0 ? spxisz : 1)));
  if (!ix) {
    env->ThrowNew(cache.outOfMemory, "dskmi2 spatial index buffer");
    return;
  }
  double d[S4_DSK02_IXDFIX];
  int rc;
  spice4j_error err;
  {
    Doubles v(env, vrtces);
    Ints p(env, plates);
    if (!v.get() || !p.get()) {
      std::free(ix);
      return;  // OutOfMemoryError is pending
    }
    rc = spice4j_dskmi2(engine(h), env->GetArrayLength(vrtces) / 3, v.get(), env->GetArrayLength(plates) / 3, p.get(),
                        finscl, corscl, worksz, voxpsz, voxlsz, makvtl ? 1 : 0, spxisz, d, ix, &err);
  }
  if (!failed(env, rc, err, "dskmi2")) {
    setDoubles(env, spaixd, d, S4_DSK02_IXDFIX);
    setInts(env, spaixi, ix, spxisz);
  }
  std::free(ix);
}

// corpar is double[10], bounds double[6] = {mncor1, mxcor1, ..., mxcor3}, spaixd double[10].
JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeDsk_dskw02(JNIEnv* env, jclass, jlong h, jint handle,
                                                                  jint center, jint surfid, jint dclass,
                                                                  jstring frame, jint corsys, jdoubleArray corpar,
                                                                  jdoubleArray bounds, jdouble first, jdouble last,
                                                                  jdoubleArray vrtces, jintArray plates,
                                                                  jdoubleArray spaixd, jintArray spaixi) {
  double cp[10];
  double b[6];
  double d[S4_DSK02_IXDFIX];
  env->GetDoubleArrayRegion(corpar, 0, 10, cp);
  env->GetDoubleArrayRegion(bounds, 0, 6, b);
  env->GetDoubleArrayRegion(spaixd, 0, S4_DSK02_IXDFIX, d);
  if (env->ExceptionCheck()) return;
  int rc;
  spice4j_error err;
  {
    Doubles v(env, vrtces);
    Ints p(env, plates);
    Ints ix(env, spaixi);
    if (!v.get() || !p.get() || !ix.get()) return;  // OutOfMemoryError is pending
    rc = spice4j_dskw02(engine(h), handle, center, surfid, dclass, JStr(env, frame), corsys, cp, b, first, last,
                        env->GetArrayLength(vrtces) / 3, v.get(), env->GetArrayLength(plates) / 3, p.get(), d,
                        ix.get(), env->GetArrayLength(spaixi), &err);
  }
  failed(env, rc, err, "dskw02");
}

}  // extern "C"
