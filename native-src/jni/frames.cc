// io.github.spice4j.jni.NativeFrames: namfrm, frmnam, cidfrm, cnmfrm, frinfo, ccifrm, pxform, sxform.
#include "jni_support.h"

using namespace spice4j;

extern "C" {

// Returns the frame code; 0 means unknown (CSPICE's own convention).
JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativeFrames_namfrm(JNIEnv* env, jclass, jlong h, jstring name) {
  spice4j_error err;
  int code = 0;
  failed(env, spice4j_namfrm(engine(h), JStr(env, name), &code, &err), err, "namfrm");
  return code;
}

// Returns the frame name; blank means unknown (CSPICE's own convention).
JNIEXPORT jstring JNICALL Java_io_github_spice4j_jni_NativeFrames_frmnam(JNIEnv* env, jclass, jlong h, jint code) {
  spice4j_error err;
  char name[S4_NAME_MAX];
  if (failed(env, spice4j_frmnam(engine(h), code, name, sizeof name, &err), err, "frmnam")) return nullptr;
  return newString(env, name);
}

// cidfrm/cnmfrm: frcode[0] receives the frame code; returns the frame name, or null when not found.
JNIEXPORT jstring JNICALL Java_io_github_spice4j_jni_NativeFrames_cidfrm(JNIEnv* env, jclass, jlong h, jint cent,
                                                                         jintArray frcode) {
  spice4j_error err;
  char name[S4_NAME_MAX];
  int code = 0, found = 0;
  if (failed(env, spice4j_cidfrm(engine(h), cent, &code, name, sizeof name, &found, &err), err, "cidfrm"))
    return nullptr;
  setInts(env, frcode, &code, 1);
  return foundString(env, found, name);
}

JNIEXPORT jstring JNICALL Java_io_github_spice4j_jni_NativeFrames_cnmfrm(JNIEnv* env, jclass, jlong h, jstring cname,
                                                                         jintArray frcode) {
  spice4j_error err;
  char name[S4_NAME_MAX];
  int code = 0, found = 0;
  if (failed(env, spice4j_cnmfrm(engine(h), JStr(env, cname), &code, name, sizeof name, &found, &err), err,
             "cnmfrm"))
    return nullptr;
  setInts(env, frcode, &code, 1);
  return foundString(env, found, name);
}

// info receives {center, class, classId}; returns whether the frame is known.
JNIEXPORT jboolean JNICALL Java_io_github_spice4j_jni_NativeFrames_frinfo(JNIEnv* env, jclass, jlong h, jint frcode,
                                                                          jintArray info) {
  spice4j_error err;
  int v[3] = {0, 0, 0}, found = 0;
  if (failed(env, spice4j_frinfo(engine(h), frcode, &v[0], &v[1], &v[2], &found, &err), err, "frinfo") || !found)
    return JNI_FALSE;
  setInts(env, info, v, 3);
  return JNI_TRUE;
}

// ints receives {frcode, center}; returns the frame name, or null when not found.
JNIEXPORT jstring JNICALL Java_io_github_spice4j_jni_NativeFrames_ccifrm(JNIEnv* env, jclass, jlong h, jint frclss,
                                                                         jint clssid, jintArray ints) {
  spice4j_error err;
  char name[S4_NAME_MAX];
  int v[2] = {0, 0}, found = 0;
  if (failed(env, spice4j_ccifrm(engine(h), frclss, clssid, &v[0], name, sizeof name, &v[1], &found, &err), err,
             "ccifrm"))
    return nullptr;
  setInts(env, ints, v, 2);
  return foundString(env, found, name);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeFrames_pxform(JNIEnv* env, jclass, jlong h, jstring from,
                                                                      jstring to, jdouble et, jdoubleArray rotate) {
  spice4j_error err;
  double m[9];
  if (failed(env, spice4j_pxform(engine(h), JStr(env, from), JStr(env, to), et, m, &err), err, "pxform")) return;
  setDoubles(env, rotate, m, 9);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeFrames_sxform(JNIEnv* env, jclass, jlong h, jstring from,
                                                                      jstring to, jdouble et, jdoubleArray xform) {
  spice4j_error err;
  double m[36];
  if (failed(env, spice4j_sxform(engine(h), JStr(env, from), JStr(env, to), et, m, &err), err, "sxform")) return;
  setDoubles(env, xform, m, 36);
}

}  // extern "C"

// ---- batches: one frame pair over many epochs ---------------------------------------------------
#include "batch.h"

namespace {

using XformBatchFn = int (*)(spice4j_engine*, const char*, const char*, const double*, int, double*, int*,
                             spice4j_error*);

// ets[off, off+n) -> out[width*i...] (row-major matrices), chunk by chunk.
void xformBatch(JNIEnv* env, XformBatchFn fn, jint width, const char* routine, jlong h, jstring from, jstring to,
                jdoubleArray ets, jint off, jint n, jdoubleArray out, jintArray failedAt) {
  JStr f(env, from), t(env, to);
  jint chunk = n < kBatchChunk ? n : kBatchChunk;
  HostBuf<double> in(chunk), mat(static_cast<size_t>(chunk) * width);
  if (!in.ok() || !mat.ok()) {
    env->ThrowNew(cache.outOfMemory, routine);
    return;
  }
  inChunks(env, n, routine, failedAt, [&](jint start, jint count, int* failed, spice4j_error* err) {
    env->GetDoubleArrayRegion(ets, off + start, count, in.get());
    int rc = fn(engine(h), f, t, in.get(), count, mat.get(), failed, err);
    jint done = rc == S4_OK ? count : *failed;
    env->SetDoubleArrayRegion(out, start * width, done * width, mat.get());
    return rc;
  });
}

void xformBatchDirect(JNIEnv* env, XformBatchFn fn, const char* routine, jlong h, jstring from, jstring to,
                      jobject ets, jint etsPos, jint n, jobject out, jint outPos, jintArray failedAt) {
  spice4j_error err;
  int failed = -1;
  int rc = fn(engine(h), JStr(env, from), JStr(env, to), directDoubles(env, ets, etsPos), n,
              directDoubles(env, out, outPos), &failed, &err);
  batchFailed(env, rc, err, routine, failed < 0 ? 0 : failed, failedAt);
}

}  // namespace

extern "C" {

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeFrames_pxformBatch(JNIEnv* env, jclass, jlong h, jstring from,
                                                                           jstring to, jdoubleArray ets, jint off,
                                                                           jint n, jdoubleArray out,
                                                                           jintArray failedAt) {
  xformBatch(env, spice4j_pxform_batch, 9, "pxform", h, from, to, ets, off, n, out, failedAt);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeFrames_sxformBatch(JNIEnv* env, jclass, jlong h, jstring from,
                                                                           jstring to, jdoubleArray ets, jint off,
                                                                           jint n, jdoubleArray out,
                                                                           jintArray failedAt) {
  xformBatch(env, spice4j_sxform_batch, 36, "sxform", h, from, to, ets, off, n, out, failedAt);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeFrames_pxformBatchDirect(JNIEnv* env, jclass, jlong h,
                                                                                 jstring from, jstring to, jobject ets,
                                                                                 jint etsPos, jint n, jobject out,
                                                                                 jint outPos, jintArray failedAt) {
  xformBatchDirect(env, spice4j_pxform_batch, "pxform", h, from, to, ets, etsPos, n, out, outPos, failedAt);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeFrames_sxformBatchDirect(JNIEnv* env, jclass, jlong h,
                                                                                 jstring from, jstring to, jobject ets,
                                                                                 jint etsPos, jint n, jobject out,
                                                                                 jint outPos, jintArray failedAt) {
  xformBatchDirect(env, spice4j_sxform_batch, "sxform", h, from, to, ets, etsPos, n, out, outPos, failedAt);
}

}  // extern "C"
