// io.github.spice4j.jni.NativeCk: ckgp, ckgpav, cklpf, ckupf, ckobj, ckcov.
#include "jni_support.h"

using namespace spice4j;

extern "C" {

// out is double[10] = {cmat[9] row-major, clkout}; returns found (out untouched when false).
JNIEXPORT jboolean JNICALL Java_io_github_spice4j_jni_NativeCk_ckgp(JNIEnv* env, jclass, jlong h, jint inst,
                                                                    jdouble sclkdp, jdouble tol, jstring ref,
                                                                    jdoubleArray out) {
  spice4j_error err;
  double v[10];
  int found = 0;
  if (failed(env, spice4j_ckgp(engine(h), inst, sclkdp, tol, JStr(env, ref), v, &v[9], &found, &err), err, "ckgp") ||
      !found)
    return JNI_FALSE;
  setDoubles(env, out, v, 10);
  return JNI_TRUE;
}

// out is double[13] = {cmat[9] row-major, av[3], clkout}; returns found (out untouched when false).
JNIEXPORT jboolean JNICALL Java_io_github_spice4j_jni_NativeCk_ckgpav(JNIEnv* env, jclass, jlong h, jint inst,
                                                                      jdouble sclkdp, jdouble tol, jstring ref,
                                                                      jdoubleArray out) {
  spice4j_error err;
  double v[13];
  int found = 0;
  if (failed(env, spice4j_ckgpav(engine(h), inst, sclkdp, tol, JStr(env, ref), v, &v[9], &v[12], &found, &err), err,
             "ckgpav") ||
      !found)
    return JNI_FALSE;
  setDoubles(env, out, v, 13);
  return JNI_TRUE;
}

JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativeCk_cklpf(JNIEnv* env, jclass, jlong h, jstring file) {
  spice4j_error err;
  int handle = 0;
  failed(env, spice4j_cklpf(engine(h), JStr(env, file), &handle, &err), err, "cklpf");
  return handle;
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeCk_ckupf(JNIEnv* env, jclass, jlong h, jint handle) {
  spice4j_error err;
  failed(env, spice4j_ckupf(engine(h), handle, &err), err, "ckupf");
}

// ckobj/ckcov write straight into the Java array's elements (capacity = its length) and return the
// full count, which may exceed the capacity: the Java side then retries with a larger array.
JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativeCk_ckobj(JNIEnv* env, jclass, jlong h, jstring file,
                                                                 jintArray ids) {
  spice4j_error err;
  JStr path(env, file);
  jint* buf = env->GetIntArrayElements(ids, nullptr);
  if (!buf) return 0;  // OutOfMemoryError is pending
  int n = 0;
  int rc = spice4j_ckobj(engine(h), path, reinterpret_cast<int*>(buf), env->GetArrayLength(ids), &n, &err);
  env->ReleaseIntArrayElements(ids, buf, rc == S4_OK ? 0 : JNI_ABORT);
  failed(env, rc, err, "ckobj");
  return n;
}

JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativeCk_ckcov(JNIEnv* env, jclass, jlong h, jstring file,
                                                                 jint idcode, jboolean needav, jstring level,
                                                                 jdouble tol, jstring timsys, jdoubleArray cover) {
  spice4j_error err;
  JStr path(env, file), lvl(env, level), sys(env, timsys);
  jdouble* buf = env->GetDoubleArrayElements(cover, nullptr);
  if (!buf) return 0;  // OutOfMemoryError is pending
  int n = 0;
  int rc = spice4j_ckcov(engine(h), path, idcode, needav ? 1 : 0, lvl, tol, sys, buf, env->GetArrayLength(cover) / 2,
                         &n, &err);
  env->ReleaseDoubleArrayElements(cover, buf, rc == S4_OK ? 0 : JNI_ABORT);
  failed(env, rc, err, "ckcov");
  return n;
}

}  // extern "C"
