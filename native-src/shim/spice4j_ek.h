/* spice4j C shim: ek domain (see spice4j_shim.h for conventions). */
#ifndef SPICE4J_EK_H
#define SPICE4J_EK_H

#ifdef __cplusplus
extern "C" {
#endif

/* EK handles are CSPICE's int file handles (DAS handles). Indices (n, selidx, row, elment) are 0-based
 * as in CSPICE's C wrappers. */

/* ---- files (ekopr_c, ekopw_c, ekopn_c, ekcls_c) ---------------------------------------------- */
int spice4j_ekopr(spice4j_engine* e, const char* fname, int* handle, spice4j_error* err);
int spice4j_ekopw(spice4j_engine* e, const char* fname, int* handle, spice4j_error* err);
int spice4j_ekopn(spice4j_engine* e, const char* fname, const char* ifname, int ncomch, int* handle,
                  spice4j_error* err);
int spice4j_ekcls(spice4j_engine* e, int handle, spice4j_error* err);

/* ---- loaded tables and segments (ekntab_c, ektnam_c, eknseg_c) ------------------------------- */
int spice4j_ekntab(spice4j_engine* e, int* n, spice4j_error* err);
int spice4j_ektnam(spice4j_engine* e, int n, char* table, int tablen, spice4j_error* err);
int spice4j_eknseg(spice4j_engine* e, int handle, int* nseg, spice4j_error* err);

/* ---- queries (ekfind_c, ekgc_c, ekgd_c, ekgi_c) ---------------------------------------------- */
/* A query CSPICE cannot parse or resolve is not a failure: *error = 1 and errmsg holds CSPICE's message. */
int spice4j_ekfind(spice4j_engine* e, const char* query, int* nmrows, int* error, char* errmsg, int errmsglen,
                   spice4j_error* err);
/* One element of a selected column entry. *found = 0 when elment is past the entry's end; otherwise
 * *isnull says whether the entry is null and the value is set only when it is not. */
int spice4j_ekgc(spice4j_engine* e, int selidx, int row, int elment, char* cdata, int cdatalen, int* isnull,
                 int* found, spice4j_error* err);
int spice4j_ekgd(spice4j_engine* e, int selidx, int row, int elment, double* ddata, int* isnull, int* found,
                 spice4j_error* err);
int spice4j_ekgi(spice4j_engine* e, int selidx, int row, int elment, int* idata, int* isnull, int* found,
                 spice4j_error* err);

/* ---- fast write (ekifld_c, ekacli_c, ekacld_c, ekaclc_c, ekffld_c) --------------------------- */
/* String arrays are CSPICE-style fixed-width blocks: count strings of `width` bytes each, NUL-padded.
 * rcptrs receives nrows record pointers. */
int spice4j_ekifld(spice4j_engine* e, int handle, const char* tabnam, int ncols, int nrows, const char* cnames,
                   int cnamln, const char* decls, int declen, int* segno, int* rcptrs, spice4j_error* err);
/* Column values are row-ordered; entszs/nlflgs/rcptrs hold nrows entries and values sum(entszs) entries.
 * nlflgs are CSPICE booleans (0/1). */
int spice4j_ekacli(spice4j_engine* e, int handle, int segno, const char* column, const int* ivals, int nvals,
                   const int* entszs, const int* nlflgs, const int* rcptrs, int nrows, spice4j_error* err);
int spice4j_ekacld(spice4j_engine* e, int handle, int segno, const char* column, const double* dvals, int nvals,
                   const int* entszs, const int* nlflgs, const int* rcptrs, int nrows, spice4j_error* err);
int spice4j_ekaclc(spice4j_engine* e, int handle, int segno, const char* column, const char* cvals, int nvals,
                   int vallen, const int* entszs, const int* nlflgs, const int* rcptrs, int nrows,
                   spice4j_error* err);
int spice4j_ekffld(spice4j_engine* e, int handle, int segno, const int* rcptrs, int nrows, spice4j_error* err);

#ifdef __cplusplus
}
#endif

#endif
