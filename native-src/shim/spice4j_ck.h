/* spice4j C shim: ck domain (see spice4j_shim.h for conventions). */
#ifndef SPICE4J_CK_H
#define SPICE4J_CK_H

#ifdef __cplusplus
extern "C" {
#endif

/* C-kernel pointing. inst: NAIF instrument/structure id; sclkdp, tol, clkout: encoded SCLK ticks.
 * cmat: double[9] row-major, rotating vectors from ref into the instrument frame; av: double[3] rad/s
 * in ref. When *found is 0, cmat/av/clkout are untouched. */
int spice4j_ckgp(spice4j_engine* e, int inst, double sclkdp, double tol, const char* ref, double* cmat,
                 double* clkout, int* found, spice4j_error* err);
int spice4j_ckgpav(spice4j_engine* e, int inst, double sclkdp, double tol, const char* ref, double* cmat,
                   double* av, double* clkout, int* found, spice4j_error* err);
/* Loads a CK for the CK readers (not the kernel database); *handle receives its DAF handle. */
int spice4j_cklpf(spice4j_engine* e, const char* file, int* handle, spice4j_error* err);
int spice4j_ckupf(spice4j_engine* e, int handle, spice4j_error* err);
/* ids: caller buffer of maxids ints; *n receives the count, which may exceed maxids. */
int spice4j_ckobj(spice4j_engine* e, const char* file, int* ids, int maxids, int* n, spice4j_error* err);
/* level: SEGMENT or INTERVAL; timsys: SCLK (ticks) or TDB (ET). cover: caller buffer of 2*maxintervals
 * doubles [left, right, ...]; *n receives the interval count, which may exceed maxintervals. */
int spice4j_ckcov(spice4j_engine* e, const char* file, int idcode, int needav, const char* level, double tol,
                  const char* timsys, double* cover, int maxintervals, int* n, spice4j_error* err);

#ifdef __cplusplus
}
#endif

#endif
