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
         globalClass(env, "java/lang/String", &cache.string) &&
         globalClass(env, "io/github/spice4j/SpiceCancelledException", &cache.cancelledException) &&
         (cache.cancelledExceptionInit = env->GetMethodID(cache.cancelledException, "<init>",
                                                          "(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)V")) &&
         globalClass(env, "io/github/spice4j/jni/Engine", &cache.engine) &&
         (cache.enginePoll = env->GetStaticMethodID(cache.engine, "poll", "(JZ)I"));
}

JavaVM* jvm;

// The engine's cancellation poll (see spice4j_set_poll_hook): asks Engine.poll whether the running call
// must stop. Runs on the calling thread, which is inside a JNI call and so attached.
int poll(spice4j_engine* e, int fresh) {
  JNIEnv* env = nullptr;
  if (!jvm || jvm->GetEnv(reinterpret_cast<void**>(&env), JNI_VERSION_1_8) != JNI_OK) return S4_CANCEL_NONE;
  if (env->ExceptionCheck()) return S4_CANCEL_NONE;  // never run Java with an exception pending
  jint why = env->CallStaticIntMethod(cache.engine, cache.enginePoll, reinterpret_cast<jlong>(e),
                                      fresh ? JNI_TRUE : JNI_FALSE);
  if (env->ExceptionCheck()) {
    env->ExceptionClear();  // e.g. a StackOverflowError in the poll: let the call go on
    return S4_CANCEL_NONE;
  }
  return why;
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
      if (err.trap == S4_TRAP_CANCELLED) {
        jstring s = env->NewStringUTF(err.shortmsg);
        jstring m = env->NewStringUTF(err.message);
        jstring r = env->NewStringUTF(routine);
        if (env->ExceptionCheck()) return;
        jobject ex = env->NewObject(cache.cancelledException, cache.cancelledExceptionInit, s, m, r);
        if (ex) env->Throw(static_cast<jthrowable>(ex));
        return;
      }
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
  spice4j::jvm = vm;
  spice4j_set_poll_hook(spice4j::poll);
  spice4j_guest_prims_from_env();
  return JNI_VERSION_1_8;
}

extern "C" JNIEXPORT void JNICALL JNI_OnUnload(JavaVM* vm, void*) {
  JNIEnv* env = nullptr;
  if (vm->GetEnv(reinterpret_cast<void**>(&env), JNI_VERSION_1_8) != JNI_OK) return;
  jclass* all[] = {&spice4j::cache.spiceException, &spice4j::cache.trapException, &spice4j::cache.illegalState,
                   &spice4j::cache.outOfMemory, &spice4j::cache.string,
                   &spice4j::cache.cancelledException, &spice4j::cache.engine};
  spice4j_set_poll_hook(nullptr);
  for (jclass* c : all) {
    if (*c) env->DeleteGlobalRef(*c);
    *c = nullptr;
  }
}
