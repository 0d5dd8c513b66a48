// io.github.spice4j.jni.NativeEphemeris: spkezr, spkpos, spkez, spkezp, spkgeo, spkgps, spkssb, spkobj, spkcov.
#include "jni_support.h"

using namespace spice4j;

// States go out as double[7] = {state[6], lt}, positions as double[4] = {pos[3], lt}, so one Java
// array carries the whole result.

extern "C" {

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeEphemeris_spkezr(JNIEnv* env, jclass, jlong h, jstring targ,
                                                                         jdouble et, jstring ref, jstring abcorr,
                                                                         jstring obs, jdoubleArray out) {
  spice4j_error err;
  double v[7];
  if (failed(env,
             spice4j_spkezr(engine(h), JStr(env, targ), et, JStr(env, ref), JStr(env, abcorr), JStr(env, obs), v,
                            &v[6], &err),
             err, "spkezr"))
    return;
  setDoubles(env, out, v, 7);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeEphemeris_spkpos(JNIEnv* env, jclass, jlong h, jstring targ,
                                                                         jdouble et, jstring ref, jstring abcorr,
                                                                         jstring obs, jdoubleArray out) {
  spice4j_error err;
  double v[4];
  if (failed(env,
             spice4j_spkpos(engine(h), JStr(env, targ), et, JStr(env, ref), JStr(env, abcorr), JStr(env, obs), v,
                            &v[3], &err),
             err, "spkpos"))
    return;
  setDoubles(env, out, v, 4);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeEphemeris_spkez(JNIEnv* env, jclass, jlong h, jint targ,
                                                                        jdouble et, jstring ref, jstring abcorr,
                                                                        jint obs, jdoubleArray out) {
  spice4j_error err;
  double v[7];
  if (failed(env, spice4j_spkez(engine(h), targ, et, JStr(env, ref), JStr(env, abcorr), obs, v, &v[6], &err), err,
             "spkez"))
    return;
  setDoubles(env, out, v, 7);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeEphemeris_spkezp(JNIEnv* env, jclass, jlong h, jint targ,
                                                                         jdouble et, jstring ref, jstring abcorr,
                                                                         jint obs, jdoubleArray out) {
  spice4j_error err;
  double v[4];
  if (failed(env, spice4j_spkezp(engine(h), targ, et, JStr(env, ref), JStr(env, abcorr), obs, v, &v[3], &err), err,
             "spkezp"))
    return;
  setDoubles(env, out, v, 4);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeEphemeris_spkgeo(JNIEnv* env, jclass, jlong h, jint targ,
                                                                         jdouble et, jstring ref, jint obs,
                                                                         jdoubleArray out) {
  spice4j_error err;
  double v[7];
  if (failed(env, spice4j_spkgeo(engine(h), targ, et, JStr(env, ref), obs, v, &v[6], &err), err, "spkgeo")) return;
  setDoubles(env, out, v, 7);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeEphemeris_spkgps(JNIEnv* env, jclass, jlong h, jint targ,
                                                                         jdouble et, jstring ref, jint obs,
                                                                         jdoubleArray out) {
  spice4j_error err;
  double v[4];
  if (failed(env, spice4j_spkgps(engine(h), targ, et, JStr(env, ref), obs, v, &v[3], &err), err, "spkgps")) return;
  setDoubles(env, out, v, 4);
}

// out is double[6]: spkssb computes no light time.
JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeEphemeris_spkssb(JNIEnv* env, jclass, jlong h, jint targ,
                                                                         jdouble et, jstring ref, jdoubleArray out) {
  spice4j_error err;
  double v[6];
  if (failed(env, spice4j_spkssb(engine(h), targ, et, JStr(env, ref), v, &err), err, "spkssb")) return;
  setDoubles(env, out, v, 6);
}

// Fills ids (capacity = its length) and returns the number of bodies, which may exceed the capacity:
// the Java side then retries with a larger array.
JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativeEphemeris_spkobj(JNIEnv* env, jclass, jlong h, jstring file,
                                                                        jintArray ids) {
  spice4j_error err;
  jsize max = env->GetArrayLength(ids);
  int* buf = static_cast<int*>(std::malloc(sizeof(int) * (max > 0 ? max : 1)));
  if (!buf) {
    env->ThrowNew(cache.outOfMemory, "spkobj buffer");
    return 0;
  }
  int n = 0;
  if (!failed(env, spice4j_spkobj(engine(h), JStr(env, file), buf, max, &n, &err), err, "spkobj"))
    setInts(env, ids, buf, n < max ? n : max);
  std::free(buf);
  return n;
}

// cover holds 2*capacity doubles [left, right, ...]; returns the interval count as spkobj does.
JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativeEphemeris_spkcov(JNIEnv* env, jclass, jlong h, jstring file,
                                                                        jint idcode, jdoubleArray cover) {
  spice4j_error err;
  jsize max = env->GetArrayLength(cover) / 2;
  double* buf = static_cast<double*>(std::malloc(sizeof(double) * 2 * (max > 0 ? max : 1)));
  if (!buf) {
    env->ThrowNew(cache.outOfMemory, "spkcov buffer");
    return 0;
  }
  int n = 0;
  if (!failed(env, spice4j_spkcov(engine(h), JStr(env, file), idcode, buf, max, &n, &err), err, "spkcov"))
    setDoubles(env, cover, buf, 2 * (n < max ? n : max));
  std::free(buf);
  return n;
}

}  // extern "C"

// ---- batches: one target/observer/frame/abcorr over many epochs ------------------------------------
#include "batch.h"

namespace {

using SpkBatchFn = int (*)(spice4j_engine*, const char*, const char*, const char*, const char*, const double*, int,
                           double*, double*, int*, spice4j_error*);

// ets[off, off+n) -> out[width*i...] and lts[i] (lts may be null), chunk by chunk.
void spkBatch(JNIEnv* env, SpkBatchFn fn, jint width, const char* routine, jlong h, jstring targ, jstring ref,
              jstring abcorr, jstring obs, jdoubleArray ets, jint off, jint n, jdoubleArray out, jdoubleArray lts,
              jintArray failedAt) {
  JStr t(env, targ), r(env, ref), a(env, abcorr), o(env, obs);
  jint chunk = n < kBatchChunk ? n : kBatchChunk;
  HostBuf<double> in(chunk), vec(static_cast<size_t>(chunk) * width), lt(chunk);
  if (!in.ok() || !vec.ok() || !lt.ok()) {
    env->ThrowNew(cache.outOfMemory, routine);
    return;
  }
  inChunks(env, n, routine, failedAt, [&](jint start, jint count, int* failed, spice4j_error* err) {
    env->GetDoubleArrayRegion(ets, off + start, count, in.get());
    int rc = fn(engine(h), t, r, a, o, in.get(), count, vec.get(), lt.get(), failed, err);
    jint done = rc == S4_OK ? count : *failed;  // the items before a failure are filled
    env->SetDoubleArrayRegion(out, start * width, done * width, vec.get());
    if (lts) env->SetDoubleArrayRegion(lts, start, done, lt.get());
    return rc;
  });
}

// Direct buffers: the engine writes straight into them, no chunking or copies.
void spkBatchDirect(JNIEnv* env, SpkBatchFn fn, const char* routine, jlong h, jstring targ, jstring ref,
                    jstring abcorr, jstring obs, jobject ets, jint etsPos, jint n, jobject out, jint outPos,
                    jobject lts, jint ltsPos, jintArray failedAt) {
  spice4j_error err;
  int failed = -1;
  int rc = fn(engine(h), JStr(env, targ), JStr(env, ref), JStr(env, abcorr), JStr(env, obs),
              directDoubles(env, ets, etsPos), n, directDoubles(env, out, outPos), directDoubles(env, lts, ltsPos),
              &failed, &err);
  batchFailed(env, rc, err, routine, failed < 0 ? 0 : failed, failedAt);
}

}  // namespace

extern "C" {

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeEphemeris_spkezrBatch(
    JNIEnv* env, jclass, jlong h, jstring targ, jstring ref, jstring abcorr, jstring obs, jdoubleArray ets, jint off,
    jint n, jdoubleArray states, jdoubleArray lts, jintArray failedAt) {
  spkBatch(env, spice4j_spkezr_batch, 6, "spkezr", h, targ, ref, abcorr, obs, ets, off, n, states, lts, failedAt);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeEphemeris_spkposBatch(
    JNIEnv* env, jclass, jlong h, jstring targ, jstring ref, jstring abcorr, jstring obs, jdoubleArray ets, jint off,
    jint n, jdoubleArray positions, jdoubleArray lts, jintArray failedAt) {
  spkBatch(env, spice4j_spkpos_batch, 3, "spkpos", h, targ, ref, abcorr, obs, ets, off, n, positions, lts, failedAt);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeEphemeris_spkezrBatchDirect(
    JNIEnv* env, jclass, jlong h, jstring targ, jstring ref, jstring abcorr, jstring obs, jobject ets, jint etsPos,
    jint n, jobject states, jint statesPos, jobject lts, jint ltsPos, jintArray failedAt) {
  spkBatchDirect(env, spice4j_spkezr_batch, "spkezr", h, targ, ref, abcorr, obs, ets, etsPos, n, states, statesPos,
                 lts, ltsPos, failedAt);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeEphemeris_spkposBatchDirect(
    JNIEnv* env, jclass, jlong h, jstring targ, jstring ref, jstring abcorr, jstring obs, jobject ets, jint etsPos,
    jint n, jobject positions, jint positionsPos, jobject lts, jint ltsPos, jintArray failedAt) {
  spkBatchDirect(env, spice4j_spkpos_batch, "spkpos", h, targ, ref, abcorr, obs, ets, etsPos, n, positions,
                 positionsPos, lts, ltsPos, failedAt);
}

}  // extern "C"
