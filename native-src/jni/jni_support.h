// Shared by every JNI spoke: cached classes, Java string conversion, and the one function that
// turns a failed shim call into a Java exception.
#ifndef SPICE4J_JNI_SUPPORT_H
#define SPICE4J_JNI_SUPPORT_H

#include <jni.h>

#include <cstdlib>
#include <cstring>

#include "spice4j_shim.h"

namespace spice4j {

// Global refs and IDs resolved once in JNI_OnLoad (hub.cc); the library refuses to load if any is missing.
struct JniCache {
  jclass spiceException;        // io.github.spice4j.SpiceException
  jmethodID spiceExceptionInit; // (String short, String long, String trace, String routine, String message)
  jclass trapException;         // io.github.spice4j.SpiceEngineTrapException
  jmethodID trapExceptionInit;  // (String message, String routine)
  jclass illegalState;          // java.lang.IllegalStateException
  jclass outOfMemory;           // java.lang.OutOfMemoryError
  jclass string;                // java.lang.String
  jclass cancelledException;    // io.github.spice4j.SpiceCancelledException
  jmethodID cancelledExceptionInit; // (String short, String message, String routine)
  jclass engine;                // io.github.spice4j.jni.Engine
  jmethodID enginePoll;         // static int poll(long handle, boolean fresh)
};
extern JniCache cache;

inline spice4j_engine* engine(jlong handle) { return reinterpret_cast<spice4j_engine*>(handle); }

// Raises the Java exception for a failed call. The single place where spokes create exceptions.
void throwError(JNIEnv* env, const spice4j_error& err, const char* routine);

// Throws unless rc is S4_OK; returns true when the caller must return immediately.
inline bool failed(JNIEnv* env, int rc, const spice4j_error& err, const char* routine) {
  if (rc == S4_OK) return false;
  throwError(env, err, routine);
  return true;
}

// A Java string as a NUL-terminated modified-UTF-8 C string. Short strings stay on the stack.
// Java validates non-null before every native call; null still maps safely to "".
class JStr {
 public:
  JStr(JNIEnv* env, jstring s) {
    if (!s) { buf_[0] = '\0'; return; }
    jsize chars = env->GetStringLength(s);
    jsize bytes = env->GetStringUTFLength(s);
    if (bytes >= static_cast<jsize>(sizeof buf_)) {
      heap_ = static_cast<char*>(std::malloc(static_cast<size_t>(bytes) + 1));
      if (!heap_) { buf_[0] = '\0'; return; }
    }
    char* dst = heap_ ? heap_ : buf_;
    env->GetStringUTFRegion(s, 0, chars, dst);
    dst[bytes] = '\0';
  }
  ~JStr() { std::free(heap_); }
  JStr(const JStr&) = delete;
  JStr& operator=(const JStr&) = delete;
  const char* c_str() const { return heap_ ? heap_ : buf_; }
  operator const char*() const { return c_str(); }

 private:
  char buf_[512];
  char* heap_ = nullptr;
};

inline jstring newString(JNIEnv* env, const char* s) { return env->NewStringUTF(s); }

// Copies n doubles into a Java double[] the Java side allocated with the right length.
inline void setDoubles(JNIEnv* env, jdoubleArray out, const double* v, jsize n) {
  env->SetDoubleArrayRegion(out, 0, n, v);
}
inline void setInts(JNIEnv* env, jintArray out, const int* v, jsize n) {
  env->SetIntArrayRegion(out, 0, n, reinterpret_cast<const jint*>(v));
}

// Stores a C string into slot i of a Java String[] the caller allocated (for multi-output calls).
inline void setString(JNIEnv* env, jobjectArray out, jsize i, const char* s) {
  jstring js = newString(env, s);
  if (!js) return;  // OutOfMemoryError is pending
  env->SetObjectArrayElement(out, i, js);
  env->DeleteLocalRef(js);
}

// Result of a found-flag lookup returning an int: stores value in out[0] when found.
inline jboolean foundInt(JNIEnv* env, int found, int value, jintArray out) {
  if (!found) return JNI_FALSE;
  setInts(env, out, &value, 1);
  return JNI_TRUE;
}

// Return value of a found-flag lookup: the name, or null when CSPICE found nothing.
inline jstring foundString(JNIEnv* env, int found, const char* s) { return found ? newString(env, s) : nullptr; }

}  // namespace spice4j

#endif
