// io.github.spice4j.jni.NativeTime: str2et, et2utc, timout, deltet, unitim, tparse, tpictr, timdef, tkvrsn.
#include "jni_support.h"

using namespace spice4j;

extern "C" {

JNIEXPORT jstring JNICALL Java_io_github_spice4j_jni_NativeTime_tkvrsnToolkit(JNIEnv* env, jclass, jlong h) {
  spice4j_error err;
  char out[S4_NAME_MAX];
  if (failed(env, spice4j_tkvrsn_toolkit(engine(h), out, sizeof out, &err), err, "tkvrsn")) return nullptr;
  return newString(env, out);
}

JNIEXPORT jdouble JNICALL Java_io_github_spice4j_jni_NativeTime_str2et(JNIEnv* env, jclass, jlong h, jstring str) {
  spice4j_error err;
  double et = 0;
  failed(env, spice4j_str2et(engine(h), JStr(env, str), &et, &err), err, "str2et");
  return et;
}

JNIEXPORT jstring JNICALL Java_io_github_spice4j_jni_NativeTime_et2utc(JNIEnv* env, jclass, jlong h, jdouble et,
                                                                       jstring format, jint prec) {
  spice4j_error err;
  char out[S4_TIME_MAX];
  if (failed(env, spice4j_et2utc(engine(h), et, JStr(env, format), prec, out, sizeof out, &err), err, "et2utc"))
    return nullptr;
  return newString(env, out);
}

JNIEXPORT jstring JNICALL Java_io_github_spice4j_jni_NativeTime_timout(JNIEnv* env, jclass, jlong h, jdouble et,
                                                                       jstring pictur) {
  spice4j_error err;
  char out[S4_MESSAGE_MAX];
  if (failed(env, spice4j_timout(engine(h), et, JStr(env, pictur), out, sizeof out, &err), err, "timout"))
    return nullptr;
  return newString(env, out);
}

JNIEXPORT jdouble JNICALL Java_io_github_spice4j_jni_NativeTime_deltet(JNIEnv* env, jclass, jlong h, jdouble epoch,
                                                                       jstring eptype) {
  spice4j_error err;
  double delta = 0;
  failed(env, spice4j_deltet(engine(h), epoch, JStr(env, eptype), &delta, &err), err, "deltet");
  return delta;
}

JNIEXPORT jdouble JNICALL Java_io_github_spice4j_jni_NativeTime_unitim(JNIEnv* env, jclass, jlong h, jdouble epoch,
                                                                       jstring insys, jstring outsys) {
  spice4j_error err;
  double out = 0;
  failed(env, spice4j_unitim(engine(h), epoch, JStr(env, insys), JStr(env, outsys), &out, &err), err, "unitim");
  return out;
}

// tparse/tpictr report parse problems as a message, not a SPICE error: the message is returned in
// errmsg[0] (null on success) and only real SPICE failures throw.
JNIEXPORT jdouble JNICALL Java_io_github_spice4j_jni_NativeTime_tparse(JNIEnv* env, jclass, jlong h, jstring string,
                                                                       jobjectArray errmsg) {
  spice4j_error err;
  double sp2000 = 0;
  int rc = spice4j_tparse(engine(h), JStr(env, string), &sp2000, &err);
  if (rc == S4_EMSG) {
    env->SetObjectArrayElement(errmsg, 0, newString(env, err.message));
    return 0;
  }
  failed(env, rc, err, "tparse");
  return sp2000;
}

JNIEXPORT jstring JNICALL Java_io_github_spice4j_jni_NativeTime_tpictr(JNIEnv* env, jclass, jlong h, jstring sample,
                                                                       jobjectArray errmsg) {
  spice4j_error err;
  char out[S4_MESSAGE_MAX];
  int rc = spice4j_tpictr(engine(h), JStr(env, sample), out, sizeof out, &err);
  if (rc == S4_EMSG) {
    env->SetObjectArrayElement(errmsg, 0, newString(env, err.message));
    return nullptr;
  }
  if (failed(env, rc, err, "tpictr")) return nullptr;
  return newString(env, out);
}

JNIEXPORT jstring JNICALL Java_io_github_spice4j_jni_NativeTime_timdefGet(JNIEnv* env, jclass, jlong h, jstring item) {
  spice4j_error err;
  char out[S4_TIME_MAX];
  if (failed(env, spice4j_timdef_get(engine(h), JStr(env, item), out, sizeof out, &err), err, "timdef")) return nullptr;
  return newString(env, out);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeTime_timdefSet(JNIEnv* env, jclass, jlong h, jstring item,
                                                                     jstring value) {
  spice4j_error err;
  failed(env, spice4j_timdef_set(engine(h), JStr(env, item), JStr(env, value), &err), err, "timdef");
}

}  // extern "C"
