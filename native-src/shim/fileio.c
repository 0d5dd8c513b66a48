/* File inspection (exists, getfat) and DAF/DAS/DLA handles. */
#include "engine_internal.h"

/* Opens a file with an export shaped (path, out handle, err, errlen): dafopr, dasopr. */
typedef u32 (*s4_open_fn)(Z_tspice_instance_t*, u32 path, u32 handle, u32 err, u32 errlen);
/* A handle-only export (handle, err, errlen): dafcls, dafbfs, dascls, dlacls. */
typedef u32 (*s4_handle_fn)(Z_tspice_instance_t*, u32 handle, u32 err, u32 errlen);

static int open_file(spice4j_engine* e, s4_open_fn fn, const char* file, int* handle, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 8);
  if (!S4_CHECK(e, err, fn(&e->inst, s4_str(e, file), p, S4_ERRARGS(e)))) *handle = s4_get_i32(e, p);
  return s4_leave(e, err);
}

static int on_handle(spice4j_engine* e, s4_handle_fn fn, int handle, spice4j_error* err) {
  S4_ENTER(e, err);
  S4_CHECK(e, err, fn(&e->inst, (uint32_t)handle, S4_ERRARGS(e)));
  return s4_leave(e, err);
}

static void get_ints(spice4j_engine* e, uint32_t p, int* out, int n) {
  for (int i = 0; i < n; i++) out[i] = s4_get_i32(e, p + 4u * (uint32_t)i);
}

int spice4j_exists(spice4j_engine* e, const char* file, int* exists, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 8);
  if (!S4_CHECK(e, err, E(exists)(&e->inst, s4_str(e, file), p, S4_ERRARGS(e)))) *exists = s4_get_i32(e, p) != 0;
  return s4_leave(e, err);
}

int spice4j_getfat(spice4j_engine* e, const char* file, char* arch, int archlen, char* type, int typelen,
                   spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t pa = s4_alloc(e, (uint32_t)archlen);
  uint32_t pt = s4_alloc(e, (uint32_t)typelen);
  if (!S4_CHECK(e, err, E(getfat)(&e->inst, s4_str(e, file), pa, (uint32_t)archlen, pt, (uint32_t)typelen,
                                  S4_ERRARGS(e)))) {
    s4_get_str(e, pa, arch, archlen);
    s4_get_str(e, pt, type, typelen);
  }
  return s4_leave(e, err);
}

int spice4j_dafopr(spice4j_engine* e, const char* file, int* handle, spice4j_error* err) {
  return open_file(e, E(dafopr), file, handle, err);
}

int spice4j_dafcls(spice4j_engine* e, int handle, spice4j_error* err) { return on_handle(e, E(dafcls), handle, err); }

int spice4j_dafbfs(spice4j_engine* e, int handle, spice4j_error* err) { return on_handle(e, E(dafbfs), handle, err); }

int spice4j_daffna(spice4j_engine* e, int handle, int* found, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 8);
  if (!S4_CHECK(e, err, E(daffna)(&e->inst, (uint32_t)handle, p, S4_ERRARGS(e)))) *found = s4_get_i32(e, p) != 0;
  return s4_leave(e, err);
}

int spice4j_dasopr(spice4j_engine* e, const char* file, int* handle, spice4j_error* err) {
  return open_file(e, E(dasopr), file, handle, err);
}

int spice4j_dascls(spice4j_engine* e, int handle, spice4j_error* err) { return on_handle(e, E(dascls), handle, err); }

int spice4j_dlaopn(spice4j_engine* e, const char* file, const char* ftype, const char* ifname, int ncomch,
                   int* handle, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 8);
  if (!S4_CHECK(e, err, E(dlaopn)(&e->inst, s4_str(e, file), s4_str(e, ftype), s4_str(e, ifname),
                                  (uint32_t)ncomch, p, S4_ERRARGS(e))))
    *handle = s4_get_i32(e, p);
  return s4_leave(e, err);
}

int spice4j_dlabfs(spice4j_engine* e, int handle, int* descr, int* found, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t pd = s4_alloc(e, 4 * S4_DLA_DESCR_INTS);
  uint32_t pf = s4_alloc(e, 8);
  if (!S4_CHECK(e, err, E(dlabfs)(&e->inst, (uint32_t)handle, pd, pf, S4_ERRARGS(e)))) {
    *found = s4_get_i32(e, pf) != 0;
    if (*found) get_ints(e, pd, descr, S4_DLA_DESCR_INTS);
  }
  return s4_leave(e, err);
}

int spice4j_dlafns(spice4j_engine* e, int handle, const int* descr, int* next, int* found, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t pd = s4_alloc(e, 4 * S4_DLA_DESCR_INTS);
  uint32_t pn = s4_alloc(e, 4 * S4_DLA_DESCR_INTS);
  uint32_t pf = s4_alloc(e, 8);
  memcpy(s4_mem(e, pd, 4 * S4_DLA_DESCR_INTS), descr, 4 * S4_DLA_DESCR_INTS);
  if (!S4_CHECK(e, err, E(dlafns)(&e->inst, (uint32_t)handle, pd, pn, pf, S4_ERRARGS(e)))) {
    *found = s4_get_i32(e, pf) != 0;
    if (*found) get_ints(e, pn, next, S4_DLA_DESCR_INTS);
  }
  return s4_leave(e, err);
}

int spice4j_dlacls(spice4j_engine* e, int handle, spice4j_error* err) { return on_handle(e, E(dlacls), handle, err); }
