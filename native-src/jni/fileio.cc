// io.github.spice4j.jni.NativeFileIo: exists, getfat, dafopr/dafcls/dafbfs/daffna, dasopr/dascls,
// dlaopn/dlabfs/dlafns/dlacls.
#include "jni_support.h"

using namespace spice4j;

extern "C" {

JNIEXPORT jboolean JNICALL Java_io_github_spice4j_jni_NativeFileIo_exists(JNIEnv* env, jclass, jlong h, jstring file) {
  spice4j_error err;
  int exists = 0;
  if (failed(env, spice4j_exists(engine(h), JStr(env, file), &exists, &err), err, "exists")) return JNI_FALSE;
  return exists ? JNI_TRUE : JNI_FALSE;
}

// out is String[2] = {arch, type}.
JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeFileIo_getfat(JNIEnv* env, jclass, jlong h, jstring file,
                                                                     jobjectArray out) {
  spice4j_error err;
  char arch[S4_FILE_ATTR_MAX];
  char type[S4_FILE_ATTR_MAX];
  if (failed(env, spice4j_getfat(engine(h), JStr(env, file), arch, sizeof arch, type, sizeof type, &err), err,
             "getfat"))
    return;
  setString(env, out, 0, arch);
  setString(env, out, 1, type);
}

JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativeFileIo_dafopr(JNIEnv* env, jclass, jlong h, jstring file) {
  spice4j_error err;
  int handle = 0;
  failed(env, spice4j_dafopr(engine(h), JStr(env, file), &handle, &err), err, "dafopr");
  return handle;
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeFileIo_dafcls(JNIEnv* env, jclass, jlong h, jint handle) {
  spice4j_error err;
  failed(env, spice4j_dafcls(engine(h), handle, &err), err, "dafcls");
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeFileIo_dafbfs(JNIEnv* env, jclass, jlong h, jint handle) {
  spice4j_error err;
  failed(env, spice4j_dafbfs(engine(h), handle, &err), err, "dafbfs");
}

JNIEXPORT jboolean JNICALL Java_io_github_spice4j_jni_NativeFileIo_daffna(JNIEnv* env, jclass, jlong h, jint handle) {
  spice4j_error err;
  int found = 0;
  if (failed(env, spice4j_daffna(engine(h), handle, &found, &err), err, "daffna")) return JNI_FALSE;
  return found ? JNI_TRUE : JNI_FALSE;
}

JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativeFileIo_dasopr(JNIEnv* env, jclass, jlong h, jstring file) {
  spice4j_error err;
  int handle = 0;
  failed(env, spice4j_dasopr(engine(h), JStr(env, file), &handle, &err), err, "dasopr");
  return handle;
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeFileIo_dascls(JNIEnv* env, jclass, jlong h, jint handle) {
  spice4j_error err;
  failed(env, spice4j_dascls(engine(h), handle, &err), err, "dascls");
}

JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativeFileIo_dlaopn(JNIEnv* env, jclass, jlong h, jstring file,
                                                                     jstring ftype, jstring ifname, jint ncomch) {
  spice4j_error err;
  int handle = 0;
  failed(env,
         spice4j_dlaopn(engine(h), JStr(env, file), JStr(env, ftype), JStr(env, ifname), ncomch, &handle, &err),
         err, "dlaopn");
  return handle;
}

// descr is int[8]; filled only when a segment was found.
JNIEXPORT jboolean JNICALL Java_io_github_spice4j_jni_NativeFileIo_dlabfs(JNIEnv* env, jclass, jlong h, jint handle,
                                                                         jintArray descr) {
  spice4j_error err;
  int d[S4_DLA_DESCR_INTS];
  int found = 0;
  if (failed(env, spice4j_dlabfs(engine(h), handle, d, &found, &err), err, "dlabfs") || !found) return JNI_FALSE;
  setInts(env, descr, d, S4_DLA_DESCR_INTS);
  return JNI_TRUE;
}

// current and next are int[8]; next is filled only when a following segment was found.
JNIEXPORT jboolean JNICALL Java_io_github_spice4j_jni_NativeFileIo_dlafns(JNIEnv* env, jclass, jlong h, jint handle,
                                                                         jintArray current, jintArray next) {
  spice4j_error err;
  int d[S4_DLA_DESCR_INTS];
  int n[S4_DLA_DESCR_INTS];
  int found = 0;
  env->GetIntArrayRegion(current, 0, S4_DLA_DESCR_INTS, reinterpret_cast<jint*>(d));
  if (env->ExceptionCheck()) return JNI_FALSE;
  if (failed(env, spice4j_dlafns(engine(h), handle, d, n, &found, &err), err, "dlafns") || !found) return JNI_FALSE;
  setInts(env, next, n, S4_DLA_DESCR_INTS);
  return JNI_TRUE;
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeFileIo_dlacls(JNIEnv* env, jclass, jlong h, jint handle) {
  spice4j_error err;
  failed(env, spice4j_dlacls(engine(h), handle, &err), err, "dlacls");
}

}  // extern "C"
