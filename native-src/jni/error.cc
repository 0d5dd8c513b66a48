// io.github.spice4j.jni.NativeError: failed, reset, getmsg, setmsg, sigerr, chkin, chkout.
#include "jni_support.h"

using namespace spice4j;

extern "C" {

JNIEXPORT jboolean JNICALL Java_io_github_spice4j_jni_NativeError_failed(JNIEnv* env, jclass, jlong h) {
  spice4j_error err;
  int f = 0;
  if (failed(env, spice4j_failed(engine(h), &f, &err), err, "failed")) return JNI_FALSE;
  return f ? JNI_TRUE : JNI_FALSE;
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeError_reset(JNIEnv* env, jclass, jlong h) {
  spice4j_error err;
  failed(env, spice4j_reset(engine(h), &err), err, "reset");
}

JNIEXPORT jstring JNICALL Java_io_github_spice4j_jni_NativeError_getmsg(JNIEnv* env, jclass, jlong h, jstring option) {
  spice4j_error err;
  char out[S4_MESSAGE_MAX];  // EXPLAIN and LONG texts are at most 1840 characters
  if (failed(env, spice4j_getmsg(engine(h), JStr(env, option), out, sizeof out, &err), err, "getmsg")) return nullptr;
  return newString(env, out);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeError_setmsg(JNIEnv* env, jclass, jlong h, jstring message) {
  spice4j_error err;
  failed(env, spice4j_setmsg(engine(h), JStr(env, message), &err), err, "setmsg");
}

// Signalling an error is the point of sigerr: the shim reports it as S4_ESPICE and it surfaces as a SpiceException.
JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeError_sigerr(JNIEnv* env, jclass, jlong h, jstring shortmsg) {
  spice4j_error err;
  failed(env, spice4j_sigerr(engine(h), JStr(env, shortmsg), &err), err, "sigerr");
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeError_chkin(JNIEnv* env, jclass, jlong h, jstring module) {
  spice4j_error err;
  failed(env, spice4j_chkin(engine(h), JStr(env, module), &err), err, "chkin");
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeError_chkout(JNIEnv* env, jclass, jlong h, jstring module) {
  spice4j_error err;
  failed(env, spice4j_chkout(engine(h), JStr(env, module), &err), err, "chkout");
}

}  // extern "C"
