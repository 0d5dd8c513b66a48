// JNI_OnLoad: resolves every class and method the spokes use, once; a missing one fails the load
// with a clear error instead of a crash on first use.
#include "jni_support.h"

namespace spice4j {

JniCache cache;

namespace {

bool globalClass(JNIEnv* env, const char* name, jclass* out) {
  jclass local = env->FindClass(name);
  if (!local) return false;
  *out = static_cast<jclass>(env->NewGlobalRef(local));
  env->DeleteLocalRef(local);
  return *out != nullptr;
}

bool resolve(JNIEnv* env) {
  return globalClass(env, "io/github/spice4j/SpiceException", &cache.spiceException) &&
         (cache.spiceExceptionInit = env->GetMethodID(
              cache.spiceException, "<init>",
              "(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)V")) &&
         globalClass(env, "io/github/spice4j/SpiceEngineTrapException", &cache.trapException) &&
         (cache.trapExceptionInit =
              env->GetMethodID(cache.trapException, "<init>", "(Ljava/lang/String;Ljava/lang/String;)V")) &&
         globalClass(env, "java/lang/IllegalStateException", &cache.illegalState) &&
         globalClass(env, "java/lang/OutOfMemoryError", &cache.outOfMemory) &&
         globalClass(env, "java/lang/String", &cache.string);
}

}  // namespace

void throwError(JNIEnv* env, const spice4j_error& err, const char* routine) {
  if (env->ExceptionCheck()) return;  // a JNI call already raised (e.g. OutOfMemoryError)
  switch (err.code) {
    case S4_ESPICE:
    case S4_EMSG: {
      jstring s = err.shortmsg[0] ? env->NewStringUTF(err.shortmsg) : nullptr;
      jstring l = env->NewStringUTF(err.longmsg);
      jstring t = env->NewStringUTF(err.trace);
      jstring r = env->NewStringUTF(routine);
      jstring m = env->NewStringUTF(err.message);
      if (env->ExceptionCheck()) return;
      jobject ex = env->NewObject(cache.spiceException, cache.spiceExceptionInit, s, l, t, r, m);
      if (ex) env->Throw(static_cast<jthrowable>(ex));
      return;
    }
    case S4_ETRAP: {
      jstring m = env->NewStringUTF(err.message);
      jstring r = env->NewStringUTF(routine);
      if (env->ExceptionCheck()) return;
      jobject ex = env->NewObject(cache.trapException, cache.trapExceptionInit, m, r);
      if (ex) env->Throw(static_cast<jthrowable>(ex));
      return;
    }
    case S4_ENOMEM:
      env->ThrowNew(cache.outOfMemory, err.message);
      return;
    default:
      env->ThrowNew(cache.illegalState, err.message[0] ? err.message : "SPICE engine call failed");
      return;
  }
}

}  // namespace spice4j

extern "C" JNIEXPORT jint JNICALL JNI_OnLoad(JavaVM* vm, void*) {
  JNIEnv* env = nullptr;
  if (vm->GetEnv(reinterpret_cast<void**>(&env), JNI_VERSION_1_8) != JNI_OK) return JNI_ERR;
  if (!spice4j::resolve(env)) {
    if (!env->ExceptionCheck()) {
      jclass err = env->FindClass("java/lang/UnsatisfiedLinkError");
      if (err) env->ThrowNew(err, "libspice4j: a class or method the JNI layer needs is missing (mismatched spice4j-core?)");
    }
    return JNI_ERR;
  }
  return JNI_VERSION_1_8;
}

extern "C" JNIEXPORT void JNICALL JNI_OnUnload(JavaVM* vm, void*) {
  JNIEnv* env = nullptr;
  if (vm->GetEnv(reinterpret_cast<void**>(&env), JNI_VERSION_1_8) != JNI_OK) return;
  jclass* all[] = {&spice4j::cache.spiceException, &spice4j::cache.trapException, &spice4j::cache.illegalState,
                   &spice4j::cache.outOfMemory, &spice4j::cache.string};
  for (jclass* c : all) {
    if (*c) env->DeleteGlobalRef(*c);
    *c = nullptr;
  }
}
