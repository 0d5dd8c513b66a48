/* Events kernels: open/close, loaded tables, queries (ekfind + ekg*), and fast writes (ekifld, ekacl*, ekffld). */
#include "engine_internal.h"

/* Largest block copied into linear memory in one call; the guest heap must also hold CSPICE's own work. */
#define S4_EK_MAX_BLOCK (256u * 1024u * 1024u)

/* Scratch for count * size bytes, refusing sizes the guest cannot hold. Returns 0 (err set) on refusal. */
static uint32_t alloc_block(spice4j_engine* e, int count, uint32_t size, spice4j_error* err) {
  uint64_t bytes = (uint64_t)(count > 0 ? count : 0) * size;
  if (bytes > S4_EK_MAX_BLOCK) {
    s4_fail_msg(e, err, "EK input too large for the engine (more than 256 MiB in one array)");
    return 0;
  }
  /* An all-null column has no values; CSPICE still wants a valid pointer. */
  return s4_alloc(e, bytes ? (uint32_t)bytes : size);
}

/* Copies count * size host bytes in (see alloc_block). */
static uint32_t put_block(spice4j_engine* e, const void* src, int count, uint32_t size, spice4j_error* err) {
  uint32_t p = alloc_block(e, count, size, err);
  if (p && count > 0) memcpy(s4_mem(e, p, (uint32_t)count * size), src, (size_t)count * size);
  return p;
}

/* The three open calls share one shape: (path..., out handle). */
int spice4j_ekopr(spice4j_engine* e, const char* fname, int* handle, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t ph = s4_alloc(e, 4);
  if (!S4_CHECK(e, err, E(ekopr)(&e->inst, s4_str(e, fname), ph, S4_ERRARGS(e)))) *handle = s4_get_i32(e, ph);
  return s4_leave(e, err);
}

int spice4j_ekopw(spice4j_engine* e, const char* fname, int* handle, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t ph = s4_alloc(e, 4);
  if (!S4_CHECK(e, err, E(ekopw)(&e->inst, s4_str(e, fname), ph, S4_ERRARGS(e)))) *handle = s4_get_i32(e, ph);
  return s4_leave(e, err);
}

int spice4j_ekopn(spice4j_engine* e, const char* fname, const char* ifname, int ncomch, int* handle,
                  spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t ph = s4_alloc(e, 4);
  if (!S4_CHECK(e, err, E(ekopn)(&e->inst, s4_str(e, fname), s4_str(e, ifname), (uint32_t)ncomch, ph,
                                 S4_ERRARGS(e))))
    *handle = s4_get_i32(e, ph);
  return s4_leave(e, err);
}

int spice4j_ekcls(spice4j_engine* e, int handle, spice4j_error* err) {
  S4_ENTER(e, err);
  S4_CHECK(e, err, E(ekcls)(&e->inst, (uint32_t)handle, S4_ERRARGS(e)));
  return s4_leave(e, err);
}

int spice4j_ekntab(spice4j_engine* e, int* n, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t pn = s4_alloc(e, 4);
  if (!S4_CHECK(e, err, E(ekntab)(&e->inst, pn, S4_ERRARGS(e)))) *n = s4_get_i32(e, pn);
  return s4_leave(e, err);
}

int spice4j_ektnam(spice4j_engine* e, int n, char* table, int tablen, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t pt = s4_alloc(e, (uint32_t)tablen);
  if (!S4_CHECK(e, err, E(ektnam)(&e->inst, (uint32_t)n, pt, (uint32_t)tablen, S4_ERRARGS(e))))
    s4_get_str(e, pt, table, tablen);
  return s4_leave(e, err);
}

int spice4j_eknseg(spice4j_engine* e, int handle, int* nseg, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t pn = s4_alloc(e, 4);
  if (!S4_CHECK(e, err, E(eknseg)(&e->inst, (uint32_t)handle, pn, S4_ERRARGS(e)))) *nseg = s4_get_i32(e, pn);
  return s4_leave(e, err);
}

int spice4j_ekfind(spice4j_engine* e, const char* query, int* nmrows, int* error, char* errmsg, int errmsglen,
                   spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 8), pm = s4_alloc(e, (uint32_t)errmsglen);
  if (!S4_CHECK(e, err, E(ekfind)(&e->inst, s4_str(e, query), (uint32_t)errmsglen, p, p + 4, pm, S4_ERRARGS(e)))) {
    *nmrows = s4_get_i32(e, p);
    *error = s4_get_i32(e, p + 4) != 0;
    s4_get_str(e, pm, errmsg, errmsglen);
  }
  return s4_leave(e, err);
}

/* The ekg* exports write (value, null, found) to consecutive scratch slots: value first (8 bytes). */
static void take_flags(spice4j_engine* e, uint32_t p, int* isnull, int* found) {
  *isnull = s4_get_i32(e, p) != 0;
  *found = s4_get_i32(e, p + 4) != 0;
}

int spice4j_ekgc(spice4j_engine* e, int selidx, int row, int elment, char* cdata, int cdatalen, int* isnull,
                 int* found, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t pc = s4_alloc(e, (uint32_t)cdatalen), pf = s4_alloc(e, 8);
  if (!S4_CHECK(e, err, E(ekgc)(&e->inst, (uint32_t)selidx, (uint32_t)row, (uint32_t)elment, pc, (uint32_t)cdatalen,
                                pf, pf + 4, S4_ERRARGS(e)))) {
    take_flags(e, pf, isnull, found);
    s4_get_str(e, pc, cdata, cdatalen);
  }
  return s4_leave(e, err);
}

int spice4j_ekgd(spice4j_engine* e, int selidx, int row, int elment, double* ddata, int* isnull, int* found,
                 spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 16);
  if (!S4_CHECK(e, err, E(ekgd)(&e->inst, (uint32_t)selidx, (uint32_t)row, (uint32_t)elment, p, p + 8, p + 12,
                                S4_ERRARGS(e)))) {
    *ddata = s4_get_f64(e, p);
    take_flags(e, p + 8, isnull, found);
  }
  return s4_leave(e, err);
}

int spice4j_ekgi(spice4j_engine* e, int selidx, int row, int elment, int* idata, int* isnull, int* found,
                 spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 16);
  if (!S4_CHECK(e, err, E(ekgi)(&e->inst, (uint32_t)selidx, (uint32_t)row, (uint32_t)elment, p, p + 8, p + 12,
                                S4_ERRARGS(e)))) {
    *idata = s4_get_i32(e, p);
    take_flags(e, p + 8, isnull, found);
  }
  return s4_leave(e, err);
}

int spice4j_ekifld(spice4j_engine* e, int handle, const char* tabnam, int ncols, int nrows, const char* cnames,
                   int cnamln, const char* decls, int declen, int* segno, int* rcptrs, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t pn = put_block(e, cnames, ncols, (uint32_t)cnamln, err);
  uint32_t pd = pn ? put_block(e, decls, ncols, (uint32_t)declen, err) : 0;
  uint32_t pr = pd ? alloc_block(e, nrows, 4, err) : 0;
  uint32_t ps = pr ? s4_alloc(e, 4) : 0;
  if (ps && !S4_CHECK(e, err, E(ekifld)(&e->inst, (uint32_t)handle, s4_str(e, tabnam), (uint32_t)ncols,
                                         (uint32_t)nrows, (uint32_t)cnamln, pn, (uint32_t)declen, pd, ps, pr,
                                         S4_ERRARGS(e)))) {
    *segno = s4_get_i32(e, ps);
    if (nrows > 0) memcpy(rcptrs, s4_mem(e, pr, 4u * (uint32_t)nrows), 4u * (size_t)nrows);
  }
  return s4_leave(e, err);
}

/* entszs, nlflgs and rcptrs of one ekacl* call, copied in. Returns 0 (with err set) on refusal. */
static int put_rows(spice4j_engine* e, const int* entszs, const int* nlflgs, const int* rcptrs, int nrows,
                    uint32_t out[3], spice4j_error* err) {
  out[0] = put_block(e, entszs, nrows, 4, err);
  out[1] = out[0] ? put_block(e, nlflgs, nrows, 4, err) : 0;
  out[2] = out[1] ? put_block(e, rcptrs, nrows, 4, err) : 0;
  return out[2] != 0;
}

int spice4j_ekacli(spice4j_engine* e, int handle, int segno, const char* column, const int* ivals, int nvals,
                   const int* entszs, const int* nlflgs, const int* rcptrs, int nrows, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t rows[3];
  uint32_t pv = put_block(e, ivals, nvals, 4, err);
  if (pv && put_rows(e, entszs, nlflgs, rcptrs, nrows, rows, err))
    S4_CHECK(e, err, E(ekacli)(&e->inst, (uint32_t)handle, (uint32_t)segno, s4_str(e, column), (uint32_t)nrows, pv,
                               (uint32_t)nvals, rows[0], rows[1], rows[2], S4_ERRARGS(e)));
  return s4_leave(e, err);
}

int spice4j_ekacld(spice4j_engine* e, int handle, int segno, const char* column, const double* dvals, int nvals,
                   const int* entszs, const int* nlflgs, const int* rcptrs, int nrows, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t rows[3];
  uint32_t pv = put_block(e, dvals, nvals, 8, err);
  if (pv && put_rows(e, entszs, nlflgs, rcptrs, nrows, rows, err))
    S4_CHECK(e, err, E(ekacld)(&e->inst, (uint32_t)handle, (uint32_t)segno, s4_str(e, column), (uint32_t)nrows, pv,
                               (uint32_t)nvals, rows[0], rows[1], rows[2], S4_ERRARGS(e)));
  return s4_leave(e, err);
}

int spice4j_ekaclc(spice4j_engine* e, int handle, int segno, const char* column, const char* cvals, int nvals,
                   int vallen, const int* entszs, const int* nlflgs, const int* rcptrs, int nrows,
                   spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t rows[3];
  uint32_t pv = put_block(e, cvals, nvals, (uint32_t)vallen, err);
  if (pv && put_rows(e, entszs, nlflgs, rcptrs, nrows, rows, err))
    S4_CHECK(e, err, E(ekaclc)(&e->inst, (uint32_t)handle, (uint32_t)segno, s4_str(e, column), (uint32_t)nrows,
                               (uint32_t)nvals, (uint32_t)vallen, (uint32_t)nvals * (uint32_t)vallen, pv, rows[0],
                               rows[1], rows[2], S4_ERRARGS(e)));
  return s4_leave(e, err);
}

int spice4j_ekffld(spice4j_engine* e, int handle, int segno, const int* rcptrs, int nrows, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t pr = put_block(e, rcptrs, nrows, 4, err);
  if (pr) S4_CHECK(e, err, E(ekffld)(&e->inst, (uint32_t)handle, (uint32_t)segno, pr, S4_ERRARGS(e)));
  return s4_leave(e, err);
}
