/* spice4j C shim: geometry domain (see spice4j_shim.h for conventions). */
#ifndef SPICE4J_GEOMETRY_H
#define SPICE4J_GEOMETRY_H

#ifdef __cplusplus
extern "C" {
#endif

/* Observation geometry (geometry.c). Units: spoint/srfvec km (spoint in fixref at trgepc), trgepc TDB
 * seconds past J2000, angles radians. Arrays are double[3] unless stated. */

/* subpnt/subslr: sub-observer and sub-solar points. */
int spice4j_subpnt(spice4j_engine* e, const char* method, const char* target, double et, const char* fixref,
                   const char* abcorr, const char* obsrvr, double* spoint, double* trgepc, double* srfvec,
                   spice4j_error* err);
int spice4j_subslr(spice4j_engine* e, const char* method, const char* target, double et, const char* fixref,
                   const char* abcorr, const char* obsrvr, double* spoint, double* trgepc, double* srfvec,
                   spice4j_error* err);
/* sincpt: ray-surface intercept; the outputs are written only when *found is 1. */
int spice4j_sincpt(spice4j_engine* e, const char* method, const char* target, double et, const char* fixref,
                   const char* abcorr, const char* obsrvr, const char* dref, const double* dvec, double* spoint,
                   double* trgepc, double* srfvec, int* found, spice4j_error* err);
/* ilumin (Sun), illumg (any source) and illumf (adds visibility and lit flags, 0 or 1). */
int spice4j_ilumin(spice4j_engine* e, const char* method, const char* target, double et, const char* fixref,
                   const char* abcorr, const char* obsrvr, const double* spoint, double* trgepc, double* srfvec,
                   double* phase, double* incdnc, double* emissn, spice4j_error* err);
int spice4j_illumg(spice4j_engine* e, const char* method, const char* target, const char* ilusrc, double et,
                   const char* fixref, const char* abcorr, const char* obsrvr, const double* spoint, double* trgepc,
                   double* srfvec, double* phase, double* incdnc, double* emissn, spice4j_error* err);
int spice4j_illumf(spice4j_engine* e, const char* method, const char* target, const char* ilusrc, double et,
                   const char* fixref, const char* abcorr, const char* obsrvr, const double* spoint, double* trgepc,
                   double* srfvec, double* phase, double* incdnc, double* emissn, int* visibl, int* lit,
                   spice4j_error* err);
/* occult: *ocltid receives a SPICE_OCCULT_* code (-3..3). */
int spice4j_occult(spice4j_engine* e, const char* targ1, const char* shape1, const char* frame1, const char* targ2,
                   const char* shape2, const char* frame2, const char* abcorr, const char* obsrvr, double et,
                   int* ocltid, spice4j_error* err);
/* Planes travel as double[4] = {unit normal[3], constant (km)}, CSPICE's SpicePlane layout. */
int spice4j_nvc2pl(spice4j_engine* e, const double* normal, double konst, double* plane, spice4j_error* err);
int spice4j_pl2nvc(spice4j_engine* e, const double* plane, double* normal, double* konst, spice4j_error* err);

#ifdef __cplusplus
}
#endif

#endif
