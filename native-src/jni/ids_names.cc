// io.github.spice4j.jni.NativeIdsNames: bodn2c, bods2c, bodc2n, bodc2s, boddef, bodfnd, bodvar.
#include "jni_support.h"

using namespace spice4j;

extern "C" {

// Lookups by name store the code in code[0] and return whether CSPICE found it.
JNIEXPORT jboolean JNICALL Java_io_github_spice4j_jni_NativeIdsNames_bodn2c(JNIEnv* env, jclass, jlong h, jstring name,
                                                                           jintArray code) {
  spice4j_error err;
  int c = 0, found = 0;
  if (failed(env, spice4j_bodn2c(engine(h), JStr(env, name), &c, &found, &err), err, "bodn2c")) return JNI_FALSE;
  return foundInt(env, found, c, code);
}

JNIEXPORT jboolean JNICALL Java_io_github_spice4j_jni_NativeIdsNames_bods2c(JNIEnv* env, jclass, jlong h, jstring name,
                                                                           jintArray code) {
  spice4j_error err;
  int c = 0, found = 0;
  if (failed(env, spice4j_bods2c(engine(h), JStr(env, name), &c, &found, &err), err, "bods2c")) return JNI_FALSE;
  return foundInt(env, found, c, code);
}

// Returns the name, or null when the code has none.
JNIEXPORT jstring JNICALL Java_io_github_spice4j_jni_NativeIdsNames_bodc2n(JNIEnv* env, jclass, jlong h, jint code) {
  spice4j_error err;
  char name[S4_NAME_MAX];
  int found = 0;
  if (failed(env, spice4j_bodc2n(engine(h), code, name, sizeof name, &found, &err), err, "bodc2n")) return nullptr;
  return foundString(env, found, name);
}

JNIEXPORT jstring JNICALL Java_io_github_spice4j_jni_NativeIdsNames_bodc2s(JNIEnv* env, jclass, jlong h, jint code) {
  spice4j_error err;
  char name[S4_NAME_MAX];
  if (failed(env, spice4j_bodc2s(engine(h), code, name, sizeof name, &err), err, "bodc2s")) return nullptr;
  return newString(env, name);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeIdsNames_boddef(JNIEnv* env, jclass, jlong h, jstring name,
                                                                       jint code) {
  spice4j_error err;
  failed(env, spice4j_boddef(engine(h), JStr(env, name), code, &err), err, "boddef");
}

JNIEXPORT jboolean JNICALL Java_io_github_spice4j_jni_NativeIdsNames_bodfnd(JNIEnv* env, jclass, jlong h, jint body,
                                                                           jstring item) {
  spice4j_error err;
  int found = 0;
  if (failed(env, spice4j_bodfnd(engine(h), body, JStr(env, item), &found, &err), err, "bodfnd")) return JNI_FALSE;
  return found ? JNI_TRUE : JNI_FALSE;
}

// Fills values (its length is maxn) and returns the variable's full size, which may exceed maxn:
// the Java side then retries with a larger array.
JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativeIdsNames_bodvar(JNIEnv* env, jclass, jlong h, jint body,
                                                                       jstring item, jdoubleArray values) {
  spice4j_error err;
  jsize maxn = env->GetArrayLength(values);
  double* buf = static_cast<double*>(std::malloc(sizeof(double) * (maxn > 0 ? maxn : 1)));
  if (!buf) {
    env->ThrowNew(cache.outOfMemory, "bodvar buffer");
    return 0;
  }
  int dim = 0;
  if (!failed(env, spice4j_bodvar(engine(h), body, JStr(env, item), maxn, &dim, buf, &err), err, "bodvar"))
    setDoubles(env, values, buf, dim < maxn ? dim : maxn);
  std::free(buf);
  return dim;
}

}  // extern "C"
