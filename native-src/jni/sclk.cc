// io.github.spice4j.jni.NativeSclk: scs2e, sce2s, scencd, scdecd, sct2e, sce2c.
#include "jni_support.h"

using namespace spice4j;

extern "C" {

JNIEXPORT jdouble JNICALL Java_io_github_spice4j_jni_NativeSclk_scs2e(JNIEnv* env, jclass, jlong h, jint sc,
                                                                      jstring sclkch) {
  spice4j_error err;
  double et = 0;
  failed(env, spice4j_scs2e(engine(h), sc, JStr(env, sclkch), &et, &err), err, "scs2e");
  return et;
}

JNIEXPORT jstring JNICALL Java_io_github_spice4j_jni_NativeSclk_sce2s(JNIEnv* env, jclass, jlong h, jint sc,
                                                                      jdouble et) {
  spice4j_error err;
  char out[S4_SCLK_MAX];
  if (failed(env, spice4j_sce2s(engine(h), sc, et, out, sizeof out, &err), err, "sce2s")) return nullptr;
  return newString(env, out);
}

JNIEXPORT jdouble JNICALL Java_io_github_spice4j_jni_NativeSclk_scencd(JNIEnv* env, jclass, jlong h, jint sc,
                                                                       jstring sclkch) {
  spice4j_error err;
  double sclkdp = 0;
  failed(env, spice4j_scencd(engine(h), sc, JStr(env, sclkch), &sclkdp, &err), err, "scencd");
  return sclkdp;
}

JNIEXPORT jstring JNICALL Java_io_github_spice4j_jni_NativeSclk_scdecd(JNIEnv* env, jclass, jlong h, jint sc,
                                                                       jdouble sclkdp) {
  spice4j_error err;
  char out[S4_SCLK_MAX];
  if (failed(env, spice4j_scdecd(engine(h), sc, sclkdp, out, sizeof out, &err), err, "scdecd")) return nullptr;
  return newString(env, out);
}

JNIEXPORT jdouble JNICALL Java_io_github_spice4j_jni_NativeSclk_sct2e(JNIEnv* env, jclass, jlong h, jint sc,
                                                                      jdouble sclkdp) {
  spice4j_error err;
  double et = 0;
  failed(env, spice4j_sct2e(engine(h), sc, sclkdp, &et, &err), err, "sct2e");
  return et;
}

JNIEXPORT jdouble JNICALL Java_io_github_spice4j_jni_NativeSclk_sce2c(JNIEnv* env, jclass, jlong h, jint sc,
                                                                      jdouble et) {
  spice4j_error err;
  double sclkdp = 0;
  failed(env, spice4j_sce2c(engine(h), sc, et, &sclkdp, &err), err, "sce2c");
  return sclkdp;
}

}  // extern "C"
