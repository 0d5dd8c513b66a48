/* spice4j C shim: fileio domain (see spice4j_shim.h for conventions).
 *
 * File handles are CSPICE's own integer handles; the caller closes each handle it opens (dafcls for
 * DAF, dascls/dlacls for DAS and DLA). A DLA descriptor travels as int[8] in CSPICE's order: bwdptr,
 * fwdptr, ibase, isize, dbase, dsize, cbase, csize. */
#ifndef SPICE4J_FILEIO_H
#define SPICE4J_FILEIO_H

#ifdef __cplusplus
extern "C" {
#endif

#define S4_DLA_DESCR_INTS 8
/* getfat's architecture and type strings (CSPICE's are at most 3 and 4 chars). */
#define S4_FILE_ATTR_MAX 64

int spice4j_exists(spice4j_engine* e, const char* file, int* exists, spice4j_error* err);
int spice4j_getfat(spice4j_engine* e, const char* file, char* arch, int archlen, char* type, int typelen,
                   spice4j_error* err);

int spice4j_dafopr(spice4j_engine* e, const char* file, int* handle, spice4j_error* err);
int spice4j_dafcls(spice4j_engine* e, int handle, spice4j_error* err);
int spice4j_dafbfs(spice4j_engine* e, int handle, spice4j_error* err);
/* Selects handle's search (dafcs) and moves it to the next array. */
int spice4j_daffna(spice4j_engine* e, int handle, int* found, spice4j_error* err);

int spice4j_dasopr(spice4j_engine* e, const char* file, int* handle, spice4j_error* err);
int spice4j_dascls(spice4j_engine* e, int handle, spice4j_error* err);

/* dlaopn_c creates a new DLA file for writing. */
int spice4j_dlaopn(spice4j_engine* e, const char* file, const char* ftype, const char* ifname, int ncomch,
                   int* handle, spice4j_error* err);
int spice4j_dlabfs(spice4j_engine* e, int handle, int* descr, int* found, spice4j_error* err);
int spice4j_dlafns(spice4j_engine* e, int handle, const int* descr, int* next, int* found, spice4j_error* err);
int spice4j_dlacls(spice4j_engine* e, int handle, spice4j_error* err);

#ifdef __cplusplus
}
#endif

#endif
