// io.github.spice4j.jni.NativeGf: gfdist, gfsep, gfsstp, gfstep, gfstol, gfrefn, gfrepi, gfrepf.
#include "jni_support.h"

using namespace spice4j;

namespace {

// A Java window (flat [left, right, ...] double[]) copied into host memory for the shim.
class Window {
 public:
  Window(JNIEnv* env, jdoubleArray w) {
    jsize len = env->GetArrayLength(w);
    n_ = len / 2;
    data_ = static_cast<double*>(std::malloc(sizeof(double) * (len > 0 ? len : 1)));
    if (!data_) {
      env->ThrowNew(cache.outOfMemory, "GF window buffer");
      return;
    }
    env->GetDoubleArrayRegion(w, 0, len, data_);
  }
  ~Window() { std::free(data_); }
  Window(const Window&) = delete;
  Window& operator=(const Window&) = delete;
  bool ok() const { return data_ != nullptr; }
  const double* data() const { return data_; }
  int intervals() const { return n_; }

 private:
  double* data_ = nullptr;
  int n_ = 0;
};

// The result of a search as a new Java double[]; frees the shim's array on every path.
jdoubleArray take(JNIEnv* env, int rc, const spice4j_error& err, const char* routine, double* result, int n) {
  jdoubleArray out = nullptr;
  if (!failed(env, rc, err, routine)) {
    out = env->NewDoubleArray(2 * n);
    if (out && n > 0) setDoubles(env, out, result, 2 * n);
  }
  spice4j_gf_free(result);
  return out;
}

}  // namespace

extern "C" {

JNIEXPORT jdoubleArray JNICALL Java_io_github_spice4j_jni_NativeGf_gfdist(JNIEnv* env, jclass, jlong h,
                                                                          jstring target, jstring abcorr,
                                                                          jstring obsrvr, jstring relate,
                                                                          jdouble refval, jdouble adjust,
                                                                          jdouble step, jint nintvls,
                                                                          jdoubleArray cnfine) {
  Window cn(env, cnfine);
  if (!cn.ok()) return nullptr;
  spice4j_error err;
  double* result = nullptr;
  int n = 0;
  int rc = spice4j_gfdist(engine(h), JStr(env, target), JStr(env, abcorr), JStr(env, obsrvr), JStr(env, relate),
                          refval, adjust, step, nintvls, cn.data(), cn.intervals(), &result, &n, &err);
  return take(env, rc, err, "gfdist", result, n);
}

JNIEXPORT jdoubleArray JNICALL Java_io_github_spice4j_jni_NativeGf_gfsep(
    JNIEnv* env, jclass, jlong h, jstring targ1, jstring shape1, jstring frame1, jstring targ2, jstring shape2,
    jstring frame2, jstring abcorr, jstring obsrvr, jstring relate, jdouble refval, jdouble adjust, jdouble step,
    jint nintvls, jdoubleArray cnfine) {
  Window cn(env, cnfine);
  if (!cn.ok()) return nullptr;
  spice4j_error err;
  double* result = nullptr;
  int n = 0;
  int rc = spice4j_gfsep(engine(h), JStr(env, targ1), JStr(env, shape1), JStr(env, frame1), JStr(env, targ2),
                         JStr(env, shape2), JStr(env, frame2), JStr(env, abcorr), JStr(env, obsrvr),
                         JStr(env, relate), refval, adjust, step, nintvls, cn.data(), cn.intervals(), &result, &n,
                         &err);
  return take(env, rc, err, "gfsep", result, n);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeGf_gfsstp(JNIEnv* env, jclass, jlong h, jdouble step) {
  spice4j_error err;
  failed(env, spice4j_gfsstp(engine(h), step, &err), err, "gfsstp");
}

JNIEXPORT jdouble JNICALL Java_io_github_spice4j_jni_NativeGf_gfstep(JNIEnv* env, jclass, jlong h, jdouble time) {
  spice4j_error err;
  double step = 0;
  failed(env, spice4j_gfstep(engine(h), time, &step, &err), err, "gfstep");
  return step;
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeGf_gfstol(JNIEnv* env, jclass, jlong h, jdouble value) {
  spice4j_error err;
  failed(env, spice4j_gfstol(engine(h), value, &err), err, "gfstol");
}

JNIEXPORT jdouble JNICALL Java_io_github_spice4j_jni_NativeGf_gfrefn(JNIEnv* env, jclass, jlong h, jdouble t1,
                                                                     jdouble t2, jboolean s1, jboolean s2) {
  spice4j_error err;
  double t = 0;
  failed(env, spice4j_gfrefn(engine(h), t1, t2, s1 == JNI_TRUE, s2 == JNI_TRUE, &t, &err), err, "gfrefn");
  return t;
}

JNIEXPORT jstring JNICALL Java_io_github_spice4j_jni_NativeGf_gfrepi(JNIEnv* env, jclass, jlong h,
                                                                     jdoubleArray window, jstring begmss,
                                                                     jstring endmss) {
  Window w(env, window);
  if (!w.ok()) return nullptr;
  spice4j_error err;
  char report[S4_MESSAGE_MAX];
  if (failed(env,
             spice4j_gfrepi(engine(h), w.data(), w.intervals(), JStr(env, begmss), JStr(env, endmss), report,
                            sizeof report, &err),
             err, "gfrepi"))
    return nullptr;
  return newString(env, report);
}

JNIEXPORT jstring JNICALL Java_io_github_spice4j_jni_NativeGf_gfrepf(JNIEnv* env, jclass, jlong h) {
  spice4j_error err;
  char report[S4_MESSAGE_MAX];
  if (failed(env, spice4j_gfrepf(engine(h), report, sizeof report, &err), err, "gfrepf")) return nullptr;
  return newString(env, report);
}

}  // extern "C"
