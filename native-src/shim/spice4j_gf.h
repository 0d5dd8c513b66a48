/* spice4j C shim: gf domain (see spice4j_shim.h for conventions). */
#ifndef SPICE4J_GF_H
#define SPICE4J_GF_H

#ifdef __cplusplus
extern "C" {
#endif

/* Windows cross this API as arrays of [left, right] pairs (TDB seconds past J2000). A search's
 * confinement window cnfine has ncnfine intervals (any order; overlapping ones are merged as wninsd
 * does). On success *result is a malloc'ed array of 2 * *nresult doubles (NULL when nothing was
 * found) that the caller releases with spice4j_gf_free; on failure *result stays NULL. */
int spice4j_gfdist(spice4j_engine* e, const char* target, const char* abcorr, const char* obsrvr,
                   const char* relate, double refval, double adjust, double step, int nintvls,
                   const double* cnfine, int ncnfine, double** result, int* nresult, spice4j_error* err);
int spice4j_gfsep(spice4j_engine* e, const char* targ1, const char* shape1, const char* frame1,
                  const char* targ2, const char* shape2, const char* frame2, const char* abcorr,
                  const char* obsrvr, const char* relate, double refval, double adjust, double step,
                  int nintvls, const double* cnfine, int ncnfine, double** result, int* nresult,
                  spice4j_error* err);
void spice4j_gf_free(double* result);

/* The GF step and tolerance settings and the default refinement function. */
int spice4j_gfsstp(spice4j_engine* e, double step, spice4j_error* err);
int spice4j_gfstep(spice4j_engine* e, double time, double* step, spice4j_error* err);
int spice4j_gfstol(spice4j_engine* e, double value, spice4j_error* err);
int spice4j_gfrefn(spice4j_engine* e, double t1, double t2, int s1, int s2, double* t, spice4j_error* err);

/* The default progress reporter. The text CSPICE writes to standard output is returned in
 * report[reportlen] (NUL-terminated) instead of being printed. window: n intervals as above. */
int spice4j_gfrepi(spice4j_engine* e, const double* window, int n, const char* begmss, const char* endmss,
                   char* report, int reportlen, spice4j_error* err);
int spice4j_gfrepf(spice4j_engine* e, char* report, int reportlen, spice4j_error* err);

#ifdef __cplusplus
}
#endif

#endif
