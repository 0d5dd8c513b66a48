// io.github.spice4j.jni.NativeCoords: reclat, latrec, recsph, sphrec, georec, recgeo, vnorm, vhat, vminus,
// vdot, vcrss, vadd, vsub, vscl, mxv, mtxv, mxm, rotate, rotmat, axisar.
#include "jni_support.h"

using namespace spice4j;

// Java passes inputs as double[3] (vectors) or double[9] (row-major matrices) of checked length and an
// output array of the result's length; three-scalar results (reclat, recsph, recgeo) come back as double[3].

namespace {

// Copies a Java input array of known length into a local buffer.
inline void take(JNIEnv* env, jdoubleArray in, double* buf, jsize n) { env->GetDoubleArrayRegion(in, 0, n, buf); }

// The (double[3], double[3]) -> double[3] operations.
using Vec2Fn = int (*)(spice4j_engine*, const double*, const double*, double*, spice4j_error*);

void vec2(JNIEnv* env, Vec2Fn fn, const char* routine, jlong h, jdoubleArray v1, jdoubleArray v2, jdoubleArray out) {
  spice4j_error err;
  double a[3], b[3], o[3];
  take(env, v1, a, 3);
  take(env, v2, b, 3);
  if (failed(env, fn(engine(h), a, b, o, &err), err, routine)) return;
  setDoubles(env, out, o, 3);
}

}  // namespace

extern "C" {

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeCoords_reclat(JNIEnv* env, jclass, jlong h,
                                                                      jdoubleArray rectan, jdoubleArray out) {
  spice4j_error err;
  double r[3], o[3];
  take(env, rectan, r, 3);
  if (failed(env, spice4j_reclat(engine(h), r, &o[0], &o[1], &o[2], &err), err, "reclat")) return;
  setDoubles(env, out, o, 3);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeCoords_latrec(JNIEnv* env, jclass, jlong h, jdouble radius,
                                                                      jdouble lon, jdouble lat, jdoubleArray out) {
  spice4j_error err;
  double o[3];
  if (failed(env, spice4j_latrec(engine(h), radius, lon, lat, o, &err), err, "latrec")) return;
  setDoubles(env, out, o, 3);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeCoords_recsph(JNIEnv* env, jclass, jlong h,
                                                                      jdoubleArray rectan, jdoubleArray out) {
  spice4j_error err;
  double r[3], o[3];
  take(env, rectan, r, 3);
  if (failed(env, spice4j_recsph(engine(h), r, &o[0], &o[1], &o[2], &err), err, "recsph")) return;
  setDoubles(env, out, o, 3);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeCoords_sphrec(JNIEnv* env, jclass, jlong h, jdouble r,
                                                                      jdouble colat, jdouble lon, jdoubleArray out) {
  spice4j_error err;
  double o[3];
  if (failed(env, spice4j_sphrec(engine(h), r, colat, lon, o, &err), err, "sphrec")) return;
  setDoubles(env, out, o, 3);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeCoords_georec(JNIEnv* env, jclass, jlong h, jdouble lon,
                                                                      jdouble lat, jdouble alt, jdouble re, jdouble f,
                                                                      jdoubleArray out) {
  spice4j_error err;
  double o[3];
  if (failed(env, spice4j_georec(engine(h), lon, lat, alt, re, f, o, &err), err, "georec")) return;
  setDoubles(env, out, o, 3);
}

// out = {lon, lat, alt}.
JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeCoords_recgeo(JNIEnv* env, jclass, jlong h,
                                                                      jdoubleArray rectan, jdouble re, jdouble f,
                                                                      jdoubleArray out) {
  spice4j_error err;
  double r[3], o[3];
  take(env, rectan, r, 3);
  if (failed(env, spice4j_recgeo(engine(h), r, re, f, &o[0], &o[1], &o[2], &err), err, "recgeo")) return;
  setDoubles(env, out, o, 3);
}

JNIEXPORT jdouble JNICALL Java_io_github_spice4j_jni_NativeCoords_vnorm(JNIEnv* env, jclass, jlong h,
                                                                        jdoubleArray v1) {
  spice4j_error err;
  double v[3], norm = 0;
  take(env, v1, v, 3);
  failed(env, spice4j_vnorm(engine(h), v, &norm, &err), err, "vnorm");
  return norm;
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeCoords_vhat(JNIEnv* env, jclass, jlong h, jdoubleArray v1,
                                                                    jdoubleArray out) {
  spice4j_error err;
  double v[3], o[3];
  take(env, v1, v, 3);
  if (failed(env, spice4j_vhat(engine(h), v, o, &err), err, "vhat")) return;
  setDoubles(env, out, o, 3);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeCoords_vminus(JNIEnv* env, jclass, jlong h, jdoubleArray v1,
                                                                      jdoubleArray out) {
  spice4j_error err;
  double v[3], o[3];
  take(env, v1, v, 3);
  if (failed(env, spice4j_vminus(engine(h), v, o, &err), err, "vminus")) return;
  setDoubles(env, out, o, 3);
}

JNIEXPORT jdouble JNICALL Java_io_github_spice4j_jni_NativeCoords_vdot(JNIEnv* env, jclass, jlong h, jdoubleArray v1,
                                                                       jdoubleArray v2) {
  spice4j_error err;
  double a[3], b[3], dot = 0;
  take(env, v1, a, 3);
  take(env, v2, b, 3);
  failed(env, spice4j_vdot(engine(h), a, b, &dot, &err), err, "vdot");
  return dot;
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeCoords_vcrss(JNIEnv* env, jclass, jlong h, jdoubleArray v1,
                                                                     jdoubleArray v2, jdoubleArray out) {
  vec2(env, spice4j_vcrss, "vcrss", h, v1, v2, out);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeCoords_vadd(JNIEnv* env, jclass, jlong h, jdoubleArray v1,
                                                                    jdoubleArray v2, jdoubleArray out) {
  vec2(env, spice4j_vadd, "vadd", h, v1, v2, out);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeCoords_vsub(JNIEnv* env, jclass, jlong h, jdoubleArray v1,
                                                                    jdoubleArray v2, jdoubleArray out) {
  vec2(env, spice4j_vsub, "vsub", h, v1, v2, out);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeCoords_vscl(JNIEnv* env, jclass, jlong h, jdouble s,
                                                                    jdoubleArray v1, jdoubleArray out) {
  spice4j_error err;
  double v[3], o[3];
  take(env, v1, v, 3);
  if (failed(env, spice4j_vscl(engine(h), s, v, o, &err), err, "vscl")) return;
  setDoubles(env, out, o, 3);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeCoords_mxv(JNIEnv* env, jclass, jlong h, jdoubleArray m1,
                                                                   jdoubleArray vin, jdoubleArray out) {
  spice4j_error err;
  double m[9], v[3], o[3];
  take(env, m1, m, 9);
  take(env, vin, v, 3);
  if (failed(env, spice4j_mxv(engine(h), m, v, o, &err), err, "mxv")) return;
  setDoubles(env, out, o, 3);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeCoords_mtxv(JNIEnv* env, jclass, jlong h, jdoubleArray m1,
                                                                    jdoubleArray vin, jdoubleArray out) {
  spice4j_error err;
  double m[9], v[3], o[3];
  take(env, m1, m, 9);
  take(env, vin, v, 3);
  if (failed(env, spice4j_mtxv(engine(h), m, v, o, &err), err, "mtxv")) return;
  setDoubles(env, out, o, 3);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeCoords_mxm(JNIEnv* env, jclass, jlong h, jdoubleArray m1,
                                                                   jdoubleArray m2, jdoubleArray out) {
  spice4j_error err;
  double a[9], b[9], o[9];
  take(env, m1, a, 9);
  take(env, m2, b, 9);
  if (failed(env, spice4j_mxm(engine(h), a, b, o, &err), err, "mxm")) return;
  setDoubles(env, out, o, 9);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeCoords_rotate(JNIEnv* env, jclass, jlong h, jdouble angle,
                                                                      jint iaxis, jdoubleArray out) {
  spice4j_error err;
  double o[9];
  if (failed(env, spice4j_rotate(engine(h), angle, iaxis, o, &err), err, "rotate")) return;
  setDoubles(env, out, o, 9);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeCoords_rotmat(JNIEnv* env, jclass, jlong h, jdoubleArray m1,
                                                                      jdouble angle, jint iaxis, jdoubleArray out) {
  spice4j_error err;
  double m[9], o[9];
  take(env, m1, m, 9);
  if (failed(env, spice4j_rotmat(engine(h), m, angle, iaxis, o, &err), err, "rotmat")) return;
  setDoubles(env, out, o, 9);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeCoords_axisar(JNIEnv* env, jclass, jlong h, jdoubleArray axis,
                                                                      jdouble angle, jdoubleArray out) {
  spice4j_error err;
  double a[3], o[9];
  take(env, axis, a, 3);
  if (failed(env, spice4j_axisar(engine(h), a, angle, o, &err), err, "axisar")) return;
  setDoubles(env, out, o, 9);
}

}  // extern "C"
