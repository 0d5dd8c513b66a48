// io.github.spice4j.jni.NativeSpkWriter: spkopn, spkopa, spkw08, spkcls, spksfs, spkpds, spkuds.
#include "jni_support.h"

using namespace spice4j;

extern "C" {

JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativeSpkWriter_spkopn(JNIEnv* env, jclass, jlong h, jstring file,
                                                                        jstring ifname, jint ncomch) {
  spice4j_error err;
  int handle = 0;
  failed(env, spice4j_spkopn(engine(h), JStr(env, file), JStr(env, ifname), ncomch, &handle, &err), err, "spkopn");
  return handle;
}

JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativeSpkWriter_spkopa(JNIEnv* env, jclass, jlong h,
                                                                        jstring file) {
  spice4j_error err;
  int handle = 0;
  failed(env, spice4j_spkopa(engine(h), JStr(env, file), &handle, &err), err, "spkopa");
  return handle;
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeSpkWriter_spkcls(JNIEnv* env, jclass, jlong h, jint handle) {
  spice4j_error err;
  failed(env, spice4j_spkcls(engine(h), handle, &err), err, "spkcls");
}

// states is double[6*n] (Java checked the length); copied once into the engine's memory by the shim.
JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeSpkWriter_spkw08(JNIEnv* env, jclass, jlong h, jint handle,
                                                                        jint body, jint center, jstring frame,
                                                                        jdouble first, jdouble last, jstring segid,
                                                                        jint degree, jdoubleArray states,
                                                                        jdouble epoch1, jdouble step) {
  jsize len = env->GetArrayLength(states);
  jdouble* s = env->GetDoubleArrayElements(states, nullptr);
  if (!s) return;  // OutOfMemoryError is pending
  spice4j_error err;
  int rc = spice4j_spkw08(engine(h), handle, body, center, JStr(env, frame), first, last, JStr(env, segid), degree,
                          len / 6, s, epoch1, step, &err);
  env->ReleaseDoubleArrayElements(states, s, JNI_ABORT);
  failed(env, rc, err, "spkw08");
}

// Returns the segment identifier, or null when no segment was found; handle[0] and descr[5] are
// filled only when found.
JNIEXPORT jstring JNICALL Java_io_github_spice4j_jni_NativeSpkWriter_spksfs(JNIEnv* env, jclass, jlong h, jint body,
                                                                           jdouble et, jintArray handle,
                                                                           jdoubleArray descr) {
  spice4j_error err;
  int hnd = 0;
  int found = 0;
  double d[5];
  char ident[S4_SPK_IDENT_MAX];
  if (failed(env, spice4j_spksfs(engine(h), body, et, &hnd, d, ident, &found, &err), err, "spksfs")) return nullptr;
  if (!found) return nullptr;
  setInts(env, handle, &hnd, 1);
  setDoubles(env, descr, d, 5);
  return newString(env, ident);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeSpkWriter_spkpds(JNIEnv* env, jclass, jlong h, jint body,
                                                                        jint center, jstring frame, jint type,
                                                                        jdouble first, jdouble last,
                                                                        jdoubleArray descr) {
  spice4j_error err;
  double d[5];
  if (failed(env, spice4j_spkpds(engine(h), body, center, JStr(env, frame), type, first, last, d, &err), err,
             "spkpds"))
    return;
  setDoubles(env, descr, d, 5);
}

// ints receives {body, center, frame, type, baddr, eaddr}, times {first, last}.
JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeSpkWriter_spkuds(JNIEnv* env, jclass, jlong h,
                                                                        jdoubleArray descr, jintArray ints,
                                                                        jdoubleArray times) {
  double d[5];
  env->GetDoubleArrayRegion(descr, 0, 5, d);
  if (env->ExceptionCheck()) return;
  spice4j_error err;
  int iv[6];
  double tv[2];
  if (failed(env, spice4j_spkuds(engine(h), d, iv, tv, &err), err, "spkuds")) return;
  setInts(env, ints, iv, 6);
  setDoubles(env, times, tv, 2);
}

}  // extern "C"
