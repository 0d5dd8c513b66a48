/* spice4j C shim: pool domain (see spice4j_shim.h for conventions). */
#ifndef SPICE4J_POOL_H
#define SPICE4J_POOL_H

#ifdef __cplusplus
extern "C" {
#endif

/* Width (bytes, with NUL) of one output string of gnpool (names: CSPICE limit 32 characters) and of
 * gcpool (values: CSPICE stores at most 80 characters per element). */
#define S4_POOL_NAME_MAX 64
#define S4_POOL_CVAL_MAX 128

/* Windowed reads: start is 0-based, room (> 0) the capacity of the output; *n receives the number
 * of values written (<= room) and *found whether the variable exists with the requested type. */
int spice4j_gdpool(spice4j_engine* e, const char* name, int start, int room, int* n, double* values, int* found,
                   spice4j_error* err);
int spice4j_gipool(spice4j_engine* e, const char* name, int start, int room, int* n, int* ivals, int* found,
                   spice4j_error* err);
/* cvals/kvars: room fixed-width strings of lenout bytes each, NUL-terminated. */
int spice4j_gcpool(spice4j_engine* e, const char* name, int start, int room, int lenout, int* n, char* cvals,
                   int* found, spice4j_error* err);
int spice4j_gnpool(spice4j_engine* e, const char* name, int start, int room, int lenout, int* n, char* kvars,
                   int* found, spice4j_error* err);
/* type receives 'C' or 'N' when found. */
int spice4j_dtpool(spice4j_engine* e, const char* name, int* found, int* n, char* type, spice4j_error* err);
int spice4j_pdpool(spice4j_engine* e, const char* name, int n, const double* values, spice4j_error* err);
int spice4j_pipool(spice4j_engine* e, const char* name, int n, const int* ivals, spice4j_error* err);
/* cvals: n fixed-width strings of lenvals bytes each, NUL-terminated. */
int spice4j_pcpool(spice4j_engine* e, const char* name, int n, int lenvals, const char* cvals, spice4j_error* err);
/* names: nnames fixed-width strings of namlen bytes each, NUL-terminated. */
int spice4j_swpool(spice4j_engine* e, const char* agent, int nnames, int namlen, const char* names,
                   spice4j_error* err);
int spice4j_cvpool(spice4j_engine* e, const char* agent, int* update, spice4j_error* err);
int spice4j_expool(spice4j_engine* e, const char* name, int* found, spice4j_error* err);

#ifdef __cplusplus
}
#endif

#endif
