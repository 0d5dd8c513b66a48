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

// ---- batches: many strings or epochs in one call ------------------------------------------------
#include "batch.h"

namespace {

// Room for any et2utc string (the longest format with CSPICE's maximum precision is under 40 chars).
constexpr jint kUtcWidth = 80;

// Packs strs[from, from+count) NUL-separated into buf (grown with realloc); false on OOM (thrown).
bool packStrings(JNIEnv* env, jobjectArray strs, jint from, jint count, char** buf, size_t* cap) {
  size_t used = 0;
  for (jint i = 0; i < count; i++) {
    jstring s = static_cast<jstring>(env->GetObjectArrayElement(strs, from + i));
    jsize chars = s ? env->GetStringLength(s) : 0;
    size_t bytes = s ? static_cast<size_t>(env->GetStringUTFLength(s)) : 0;
    if (used + bytes + 1 > *cap) {
      size_t grown = (*cap + bytes + 1) * 2;
      char* p = static_cast<char*>(std::realloc(*buf, grown));
      if (!p) {
        env->ThrowNew(cache.outOfMemory, "str2et batch");
        return false;
      }
      *buf = p;
      *cap = grown;
    }
    if (s) env->GetStringUTFRegion(s, 0, chars, *buf + used);
    (*buf)[used + bytes] = '\0';
    used += bytes + 1;
    env->DeleteLocalRef(s);
  }
  return true;
}

// Runs et2utc over ets[off, off+n) chunk by chunk; store(start, count, records) takes each chunk's
// NUL-terminated records of width chars.
template <typename Store>
void et2utcChunks(JNIEnv* env, jlong h, jdoubleArray ets, jint off, jint n, jstring format, jint prec, jint width,
                  jintArray failedAt, Store store) {
  JStr f(env, format);
  jint chunk = n < kBatchChunk ? n : kBatchChunk;
  HostBuf<double> in(chunk);
  HostBuf<char> text(static_cast<size_t>(chunk) * width);
  if (!in.ok() || !text.ok()) {
    env->ThrowNew(cache.outOfMemory, "et2utc batch");
    return;
  }
  inChunks(env, n, "et2utc", failedAt, [&](jint start, jint count, int* failed, spice4j_error* err) {
    env->GetDoubleArrayRegion(ets, off + start, count, in.get());
    int rc = spice4j_et2utc_batch(engine(h), in.get(), count, f, prec, text.get(), width, failed, err);
    store(start, rc == S4_OK ? count : *failed, text.get());
    return rc;
  });
}

}  // namespace

extern "C" {

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeTime_str2etBatch(JNIEnv* env, jclass, jlong h,
                                                                         jobjectArray strs, jint off, jint n,
                                                                         jdoubleArray ets, jintArray failedAt) {
  size_t cap = 0;
  char* packed = nullptr;
  jint chunk = n < kBatchChunk ? n : kBatchChunk;
  HostBuf<double> out(chunk);
  if (!out.ok()) {
    env->ThrowNew(cache.outOfMemory, "str2et batch");
    return;
  }
  inChunks(env, n, "str2et", failedAt, [&](jint start, jint count, int* failed, spice4j_error* err) {
    if (!packStrings(env, strs, off + start, count, &packed, &cap)) return static_cast<int>(S4_ENOMEM);
    int rc = spice4j_str2et_batch(engine(h), packed, count, out.get(), failed, err);
    env->SetDoubleArrayRegion(ets, start, rc == S4_OK ? count : *failed, out.get());
    return rc;
  });
  std::free(packed);
}

// out[i] receives the string of ets[off+i].
JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeTime_et2utcBatch(JNIEnv* env, jclass, jlong h,
                                                                         jdoubleArray ets, jint off, jint n,
                                                                         jstring format, jint prec, jobjectArray out,
                                                                         jintArray failedAt) {
  et2utcChunks(env, h, ets, off, n, format, prec, kUtcWidth, failedAt, [&](jint start, jint done, const char* text) {
    for (jint i = 0; i < done && !env->ExceptionCheck(); i++) setString(env, out, start + i, text + i * kUtcWidth);
  });
}

// out receives n records of width bytes: the ASCII string of ets[off+i] at i*width, NUL-padded.
JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeTime_et2utcBatchBytes(JNIEnv* env, jclass, jlong h,
                                                                              jdoubleArray ets, jint off, jint n,
                                                                              jstring format, jint prec,
                                                                              jbyteArray out, jint width,
                                                                              jintArray failedAt) {
  et2utcChunks(env, h, ets, off, n, format, prec, width, failedAt, [&](jint start, jint done, const char* text) {
    for (jint i = 0; i < done; i++) {
      // Zero the padding after the terminator so every record is fully defined.
      char* rec = const_cast<char*>(text) + static_cast<size_t>(i) * width;
      size_t len = strnlen(rec, static_cast<size_t>(width));
      std::memset(rec + len, 0, static_cast<size_t>(width) - len);
    }
    env->SetByteArrayRegion(out, start * width, done * width, reinterpret_cast<const jbyte*>(text));
  });
}

}  // extern "C"
