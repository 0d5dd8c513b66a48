/* spice4j C shim: spkw domain (see spice4j_shim.h for conventions). */
#ifndef SPICE4J_SPKW_H
#define SPICE4J_SPKW_H

#ifdef __cplusplus
extern "C" {
#endif

/* SPK writing and segment search (spkw.c). Handles are CSPICE DAF handles. */

/* Segment identifiers are at most 40 characters (CSPICE SIDLEN) plus the NUL. */
#define S4_SPK_IDENT_MAX 41

int spice4j_spkopn(spice4j_engine* e, const char* file, const char* ifname, int ncomch, int* handle,
                   spice4j_error* err);
int spice4j_spkopa(spice4j_engine* e, const char* file, int* handle, spice4j_error* err);
/* spkcls; when CSPICE refuses (SPICE(NOSEGMENTSFOUND) for a file without segments) the DAF is still
 * closed so the handle never leaks, and CSPICE's error is returned. */
int spice4j_spkcls(spice4j_engine* e, int handle, spice4j_error* err);
/* states: double[6*n], n >= 1 (km, km/s); first/last/epoch1: ET; step: seconds. */
int spice4j_spkw08(spice4j_engine* e, int handle, int body, int center, const char* frame, double first,
                   double last, const char* segid, int degree, int n, const double* states, double epoch1,
                   double step, spice4j_error* err);
/* descr: double[5]; ident: S4_SPK_IDENT_MAX chars; *found = 0 leaves the outputs unspecified. */
int spice4j_spksfs(spice4j_engine* e, int body, double et, int* handle, double* descr, char* ident,
                   int* found, spice4j_error* err);
/* descr: double[5] packed descriptor. */
int spice4j_spkpds(spice4j_engine* e, int body, int center, const char* frame, int type, double first,
                   double last, double* descr, spice4j_error* err);
/* descr: double[5]; ints: int[6] = {body, center, frame, type, baddr, eaddr}; times: double[2] = {first, last}. */
int spice4j_spkuds(spice4j_engine* e, const double* descr, int* ints, double* times, spice4j_error* err);

#ifdef __cplusplus
}
#endif

#endif
