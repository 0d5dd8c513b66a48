/* spice4j C shim: dsk domain (see spice4j_shim.h for conventions). */
#ifndef SPICE4J_DSK_H
#define SPICE4J_DSK_H

#ifdef __cplusplus
extern "C" {
#endif

/* DSK reads and type 2 writing (dsk.c). Handles are CSPICE DAS handles; a DLA segment descriptor is
 * int[8] = {bwdptr, fwdptr, ibase, isize, dbase, dsize, cbase, csize}. */

/* Size of a type 2 spatial index's double component (CSPICE SPICE_DSK02_IXDFIX). */
#define S4_DSK02_IXDFIX 10

/* ids: caller buffer of maxids ints; *n receives the count (which may exceed maxids: retry larger). */
int spice4j_dskobj(spice4j_engine* e, const char* dsk, int* ids, int maxids, int* n, spice4j_error* err);
int spice4j_dsksrf(spice4j_engine* e, const char* dsk, int bodyid, int* ids, int maxids, int* n,
                   spice4j_error* err);
/* ints: int[6] = {surfce, center, dclass, dtype, frmcde, corsys};
 * doubles: double[18] = {corpar[10], co1min, co1max, co2min, co2max, co3min, co3max, start, stop}. */
int spice4j_dskgd(spice4j_engine* e, int handle, const int* dladsc, int* ints, double* doubles,
                  spice4j_error* err);
/* ints: int[10] = {nv, np, nvxtot, vgrext[3], cgscal, vtxnpl, voxnpt, voxnpl};
 * doubles: double[10] = {vtxbds[3][2] row-major, voxsiz, voxori[3]}. */
int spice4j_dskb02(spice4j_engine* e, int handle, const int* dladsc, int* ints, double* doubles,
                   spice4j_error* err);
int spice4j_dskopn(spice4j_engine* e, const char* file, const char* ifname, int ncomch, int* handle,
                   spice4j_error* err);
/* Closes a DSK opened by dskopn (CSPICE dascls_c, as tspice does; no segregation pass). */
int spice4j_dskcls(spice4j_engine* e, int handle, spice4j_error* err);
/* vrtces: double[3*nv] (km); plates: int[3*np] (1-based vertex numbers);
 * spaixd: double[S4_DSK02_IXDFIX]; spaixi: int[spxisz]. */
int spice4j_dskmi2(spice4j_engine* e, int nv, const double* vrtces, int np, const int* plates, double finscl,
                   int corscl, int worksz, int voxpsz, int voxlsz, int makvtl, int spxisz, double* spaixd,
                   int* spaixi, spice4j_error* err);
/* corpar: double[10]; bounds: double[6] = {mncor1, mxcor1, mncor2, mxcor2, mncor3, mxcor3};
 * spaixd: double[S4_DSK02_IXDFIX]; spaixi: int[spaixilen]. */
int spice4j_dskw02(spice4j_engine* e, int handle, int center, int surfid, int dclass, const char* frame,
                   int corsys, const double* corpar, const double* bounds, double first, double last, int nv,
                   const double* vrtces, int np, const int* plates, const double* spaixd, const int* spaixi,
                   int spaixilen, spice4j_error* err);

#ifdef __cplusplus
}
#endif

#endif
