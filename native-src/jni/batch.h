// Shared by the spokes' batch entries: runs a batch over Java arrays in bounded chunks (one JNI entry,
// one engine entry per chunk, host buffers reused), and reports a mid-batch failure with its index.
#ifndef SPICE4J_JNI_BATCH_H
#define SPICE4J_JNI_BATCH_H

#include "jni_support.h"

namespace spice4j {

// Items per chunk: bounds the host buffers (36 doubles per item for sxform: 288 KiB) while keeping the
// per-chunk JNI copies negligible next to the per-item engine calls.
constexpr jint kBatchChunk = 1024;

// A malloc'd host buffer; -fno-exceptions rules out new[]. Empty (ok() false) when allocation failed.
template <typename T>
class HostBuf {
 public:
  explicit HostBuf(size_t n) : p_(static_cast<T*>(std::malloc(sizeof(T) * (n ? n : 1)))) {}
  ~HostBuf() { std::free(p_); }
  HostBuf(const HostBuf&) = delete;
  HostBuf& operator=(const HostBuf&) = delete;
  bool ok() const { return p_ != nullptr; }
  T* get() const { return p_; }

 private:
  T* p_;
};

// Throws for a failed batch after storing the failing item's index in failedAt[0] (Java adds it to the
// exception). Returns true when the caller must return.
inline bool batchFailed(JNIEnv* env, int rc, const spice4j_error& err, const char* routine, jint index,
                        jintArray failedAt) {
  if (rc == S4_OK) return false;
  env->SetIntArrayRegion(failedAt, 0, 1, &index);
  throwError(env, err, routine);
  return true;
}

// Runs run(start, count, &failedLocal, &err) -> rc over [0, n) in chunks of kBatchChunk; stops at the
// first failure or pending Java exception. Returns false when an exception is pending.
template <typename Run>
bool inChunks(JNIEnv* env, jint n, const char* routine, jintArray failedAt, Run run) {
  for (jint start = 0; start < n; start += kBatchChunk) {
    jint count = n - start < kBatchChunk ? n - start : kBatchChunk;
    spice4j_error err;
    int failedLocal = -1;
    int rc = run(start, count, &failedLocal, &err);
    if (env->ExceptionCheck()) return false;
    if (batchFailed(env, rc, err, routine, start + (failedLocal < 0 ? 0 : failedLocal), failedAt)) return false;
  }
  return true;
}

// The address of element pos of a direct buffer of doubles (Java checked directness, order and room).
inline double* directDoubles(JNIEnv* env, jobject buf, jint pos) {
  return buf ? static_cast<double*>(env->GetDirectBufferAddress(buf)) + pos : nullptr;
}

}  // namespace spice4j

#endif
