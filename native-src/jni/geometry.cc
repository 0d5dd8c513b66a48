// io.github.spice4j.jni.NativeGeometry: subpnt, subslr, sincpt, ilumin, illumg, illumf, occult, nvc2pl, pl2nvc.
#include "jni_support.h"

using namespace spice4j;

// Input 3-vectors arrive as three jdouble arguments (no array pinning for a few numbers). Surface points
// go out as double[7] = {spoint[3], trgepc, srfvec[3]}; illumination results as double[7] =
// {trgepc, srfvec[3], phase, incdnc, emissn}; planes as double[4] = {normal[3], constant}.

extern "C" {

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeGeometry_subpnt(JNIEnv* env, jclass, jlong h, jstring method,
                                                                        jstring target, jdouble et, jstring fixref,
                                                                        jstring abcorr, jstring obsrvr,
                                                                        jdoubleArray out) {
  spice4j_error err;
  double v[7];
  if (failed(env,
             spice4j_subpnt(engine(h), JStr(env, method), JStr(env, target), et, JStr(env, fixref), JStr(env, abcorr),
                            JStr(env, obsrvr), v, &v[3], &v[4], &err),
             err, "subpnt"))
    return;
  setDoubles(env, out, v, 7);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeGeometry_subslr(JNIEnv* env, jclass, jlong h, jstring method,
                                                                        jstring target, jdouble et, jstring fixref,
                                                                        jstring abcorr, jstring obsrvr,
                                                                        jdoubleArray out) {
  spice4j_error err;
  double v[7];
  if (failed(env,
             spice4j_subslr(engine(h), JStr(env, method), JStr(env, target), et, JStr(env, fixref), JStr(env, abcorr),
                            JStr(env, obsrvr), v, &v[3], &v[4], &err),
             err, "subslr"))
    return;
  setDoubles(env, out, v, 7);
}

// Returns whether the ray hits the target; out is filled only then.
JNIEXPORT jboolean JNICALL Java_io_github_spice4j_jni_NativeGeometry_sincpt(
    JNIEnv* env, jclass, jlong h, jstring method, jstring target, jdouble et, jstring fixref, jstring abcorr,
    jstring obsrvr, jstring dref, jdouble dx, jdouble dy, jdouble dz, jdoubleArray out) {
  spice4j_error err;
  const double dvec[3] = {dx, dy, dz};
  double v[7];
  int found = 0;
  if (failed(env,
             spice4j_sincpt(engine(h), JStr(env, method), JStr(env, target), et, JStr(env, fixref), JStr(env, abcorr),
                            JStr(env, obsrvr), JStr(env, dref), dvec, v, &v[3], &v[4], &found, &err),
             err, "sincpt") ||
      !found)
    return JNI_FALSE;
  setDoubles(env, out, v, 7);
  return JNI_TRUE;
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeGeometry_ilumin(JNIEnv* env, jclass, jlong h, jstring method,
                                                                        jstring target, jdouble et, jstring fixref,
                                                                        jstring abcorr, jstring obsrvr, jdouble sx,
                                                                        jdouble sy, jdouble sz, jdoubleArray out) {
  spice4j_error err;
  const double spoint[3] = {sx, sy, sz};
  double v[7];
  if (failed(env,
             spice4j_ilumin(engine(h), JStr(env, method), JStr(env, target), et, JStr(env, fixref), JStr(env, abcorr),
                            JStr(env, obsrvr), spoint, v, &v[1], &v[4], &v[5], &v[6], &err),
             err, "ilumin"))
    return;
  setDoubles(env, out, v, 7);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeGeometry_illumg(JNIEnv* env, jclass, jlong h, jstring method,
                                                                        jstring target, jstring ilusrc, jdouble et,
                                                                        jstring fixref, jstring abcorr, jstring obsrvr,
                                                                        jdouble sx, jdouble sy, jdouble sz,
                                                                        jdoubleArray out) {
  spice4j_error err;
  const double spoint[3] = {sx, sy, sz};
  double v[7];
  if (failed(env,
             spice4j_illumg(engine(h), JStr(env, method), JStr(env, target), JStr(env, ilusrc), et, JStr(env, fixref),
                            JStr(env, abcorr), JStr(env, obsrvr), spoint, v, &v[1], &v[4], &v[5], &v[6], &err),
             err, "illumg"))
    return;
  setDoubles(env, out, v, 7);
}

// As illumg, plus flags = {visibl, lit} (0 or 1).
JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeGeometry_illumf(JNIEnv* env, jclass, jlong h, jstring method,
                                                                        jstring target, jstring ilusrc, jdouble et,
                                                                        jstring fixref, jstring abcorr, jstring obsrvr,
                                                                        jdouble sx, jdouble sy, jdouble sz,
                                                                        jdoubleArray out, jintArray flags) {
  spice4j_error err;
  const double spoint[3] = {sx, sy, sz};
  double v[7];
  int f[2] = {0, 0};
  if (failed(env,
             spice4j_illumf(engine(h), JStr(env, method), JStr(env, target), JStr(env, ilusrc), et, JStr(env, fixref),
                            JStr(env, abcorr), JStr(env, obsrvr), spoint, v, &v[1], &v[4], &v[5], &v[6], &f[0], &f[1],
                            &err),
             err, "illumf"))
    return;
  setDoubles(env, out, v, 7);
  setInts(env, flags, f, 2);
}

// Returns the SPICE_OCCULT_* code.
JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativeGeometry_occult(JNIEnv* env, jclass, jlong h, jstring targ1,
                                                                        jstring shape1, jstring frame1, jstring targ2,
                                                                        jstring shape2, jstring frame2, jstring abcorr,
                                                                        jstring obsrvr, jdouble et) {
  spice4j_error err;
  int ocltid = 0;
  failed(env,
         spice4j_occult(engine(h), JStr(env, targ1), JStr(env, shape1), JStr(env, frame1), JStr(env, targ2),
                        JStr(env, shape2), JStr(env, frame2), JStr(env, abcorr), JStr(env, obsrvr), et, &ocltid, &err),
         err, "occult");
  return ocltid;
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeGeometry_nvc2pl(JNIEnv* env, jclass, jlong h, jdouble nx,
                                                                        jdouble ny, jdouble nz, jdouble konst,
                                                                        jdoubleArray out) {
  spice4j_error err;
  const double normal[3] = {nx, ny, nz};
  double plane[4];
  if (failed(env, spice4j_nvc2pl(engine(h), normal, konst, plane, &err), err, "nvc2pl")) return;
  setDoubles(env, out, plane, 4);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeGeometry_pl2nvc(JNIEnv* env, jclass, jlong h, jdouble nx,
                                                                        jdouble ny, jdouble nz, jdouble constant,
                                                                        jdoubleArray out) {
  spice4j_error err;
  const double plane[4] = {nx, ny, nz, constant};
  double v[4];
  if (failed(env, spice4j_pl2nvc(engine(h), plane, v, &v[3], &err), err, "pl2nvc")) return;
  setDoubles(env, out, v, 4);
}

}  // extern "C"
