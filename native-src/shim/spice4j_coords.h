/* spice4j C shim: coords domain (see spice4j_shim.h for conventions). */
#ifndef SPICE4J_COORDS_H
#define SPICE4J_COORDS_H

#ifdef __cplusplus
extern "C" {
#endif

/* Vectors are double[3]; matrices double[9] row-major (m[3*i+j] = CSPICE m[i][j]). Angles in
 * radians; lengths in the caller's unit. */

/* Coordinate systems. */
int spice4j_reclat(spice4j_engine* e, const double* rectan, double* radius, double* lon, double* lat,
                   spice4j_error* err);
int spice4j_latrec(spice4j_engine* e, double radius, double lon, double lat, double* rectan, spice4j_error* err);
int spice4j_recsph(spice4j_engine* e, const double* rectan, double* r, double* colat, double* lon,
                   spice4j_error* err);
int spice4j_sphrec(spice4j_engine* e, double r, double colat, double lon, double* rectan, spice4j_error* err);
int spice4j_georec(spice4j_engine* e, double lon, double lat, double alt, double re, double f, double* rectan,
                   spice4j_error* err);
int spice4j_recgeo(spice4j_engine* e, const double* rectan, double re, double f, double* lon, double* lat,
                   double* alt, spice4j_error* err);

/* Vector algebra. */
int spice4j_vnorm(spice4j_engine* e, const double* v1, double* norm, spice4j_error* err);
int spice4j_vhat(spice4j_engine* e, const double* v1, double* vout, spice4j_error* err);
int spice4j_vminus(spice4j_engine* e, const double* v1, double* vout, spice4j_error* err);
int spice4j_vdot(spice4j_engine* e, const double* v1, const double* v2, double* dot, spice4j_error* err);
int spice4j_vcrss(spice4j_engine* e, const double* v1, const double* v2, double* vout, spice4j_error* err);
int spice4j_vadd(spice4j_engine* e, const double* v1, const double* v2, double* vout, spice4j_error* err);
int spice4j_vsub(spice4j_engine* e, const double* v1, const double* v2, double* vout, spice4j_error* err);
int spice4j_vscl(spice4j_engine* e, double s, const double* v1, double* vout, spice4j_error* err);

/* Matrices and rotations. */
int spice4j_mxv(spice4j_engine* e, const double* m1, const double* vin, double* vout, spice4j_error* err);
int spice4j_mtxv(spice4j_engine* e, const double* m1, const double* vin, double* vout, spice4j_error* err);
int spice4j_mxm(spice4j_engine* e, const double* m1, const double* m2, double* mout, spice4j_error* err);
int spice4j_rotate(spice4j_engine* e, double angle, int iaxis, double* mout, spice4j_error* err);
int spice4j_rotmat(spice4j_engine* e, const double* m1, double angle, int iaxis, double* mout, spice4j_error* err);
int spice4j_axisar(spice4j_engine* e, const double* axis, double angle, double* r, spice4j_error* err);

#ifdef __cplusplus
}
#endif

#endif
