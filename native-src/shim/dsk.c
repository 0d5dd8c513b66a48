/* DSK reads (dskobj, dsksrf, dskgd, dskb02, segment listing) and type 2 writing (dskopn, dskmi2,
 * dskw02, close). */
#include "engine_internal.h"

/* Copies n ints into linear memory. */
static uint32_t put_i32s(spice4j_engine* e, const int* v, uint32_t n) {
  uint32_t p = s4_alloc(e, 4 * n);
  memcpy(s4_mem(e, p, 4 * n), v, 4 * (size_t)n);
  return p;
}

static void get_i32s(spice4j_engine* e, uint32_t p, int* out, uint32_t n) {
  memcpy(out, s4_mem(e, p, 4 * n), 4 * (size_t)n);
}

/* dskobj and dsksrf fill an engine-side int cell; this creates it, runs the query, copies the members
 * out and frees the cell on every path. */
typedef u32 (*cell_query)(spice4j_engine* e, const char* dsk, int bodyid, uint32_t cell);

static u32 query_dskobj(spice4j_engine* e, const char* dsk, int bodyid, uint32_t cell) {
  (void)bodyid;
  return E(dskobj)(&e->inst, s4_str(e, dsk), cell, S4_ERRARGS(e));
}

static u32 query_dsksrf(spice4j_engine* e, const char* dsk, int bodyid, uint32_t cell) {
  return E(dsksrf)(&e->inst, s4_str(e, dsk), (uint32_t)bodyid, cell, S4_ERRARGS(e));
}

static int int_cell_query(spice4j_engine* e, cell_query q, const char* routine, const char* dsk, int bodyid, int* ids,
                          int maxids, int* n, spice4j_error* err) {
  uint32_t p = s4_alloc(e, 8);
  if (S4_CHECK(e, err, E(new_int_cell)(&e->inst, (uint32_t)maxids, p, S4_ERRARGS(e)))) return s4_leave(e, err);
  uint32_t cell = (uint32_t)s4_get_i32(e, p);
  if (!s4_check_file(e, err, q(e, dsk, bodyid, cell), routine, dsk) && !S4_CHECK(e, err, E(card)(&e->inst, cell, p, S4_ERRARGS(e)))) {
    int card = s4_get_i32(e, p);
    *n = card;
    for (int i = 0; i < card && i < maxids; i++) {
      if (S4_CHECK(e, err, E(cell_geti)(&e->inst, cell, (uint32_t)i, p + 4, S4_ERRARGS(e)))) break;
      ids[i] = s4_get_i32(e, p + 4);
    }
  }
  if (E(free_cell)(&e->inst, cell, S4_ERRARGS(e)) != 0 && err->code == S4_OK) s4_check(e, err, 1);
  return s4_leave(e, err);
}

int spice4j_dskobj(spice4j_engine* e, const char* dsk, int* ids, int maxids, int* n, spice4j_error* err) {
  S4_ENTER(e, err);
  return int_cell_query(e, query_dskobj, "DSKOBJ", dsk, 0, ids, maxids, n, err);
}

int spice4j_dsksrf(spice4j_engine* e, const char* dsk, int bodyid, int* ids, int maxids, int* n,
                   spice4j_error* err) {
  S4_ENTER(e, err);
  return int_cell_query(e, query_dsksrf, "DSKSRF", dsk, bodyid, ids, maxids, n, err);
}

int spice4j_dskgd(spice4j_engine* e, int handle, const int* dladsc, int* ints, double* doubles,
                  spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t d = put_i32s(e, dladsc, 8);
  uint32_t pi = s4_alloc(e, 6 * 4);
  uint32_t pd = s4_alloc(e, 18 * 8);
  if (!S4_CHECK(e, err, E(dskgd)(&e->inst, (uint32_t)handle, d, pi, pd, S4_ERRARGS(e)))) {
    get_i32s(e, pi, ints, 6);
    s4_get_f64s(e, pd, doubles, 18);
  }
  return s4_leave(e, err);
}

int spice4j_dskb02(spice4j_engine* e, int handle, const int* dladsc, int* ints, double* doubles,
                   spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t d = put_i32s(e, dladsc, 8);
  uint32_t pi = s4_alloc(e, 10 * 4);
  uint32_t pd = s4_alloc(e, 10 * 8);
  if (!S4_CHECK(e, err, E(dskb02)(&e->inst, (uint32_t)handle, d, pi, pd, S4_ERRARGS(e)))) {
    get_i32s(e, pi, ints, 10);
    s4_get_f64s(e, pd, doubles, 10);
  }
  return s4_leave(e, err);
}

int spice4j_dskopn(spice4j_engine* e, const char* file, const char* ifname, int ncomch, int* handle,
                   spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 4);
  if (!S4_CHECK(e, err, E(dskopn)(&e->inst, s4_str(e, file), s4_str(e, ifname), (uint32_t)ncomch, p,
                                  S4_ERRARGS(e))))
    *handle = s4_get_i32(e, p);
  return s4_leave(e, err);
}

int spice4j_dskcls(spice4j_engine* e, int handle, spice4j_error* err) {
  S4_ENTER(e, err);
  S4_CHECK(e, err, E(dascls)(&e->inst, (uint32_t)handle, S4_ERRARGS(e)));
  return s4_leave(e, err);
}

int spice4j_dskmi2(spice4j_engine* e, int nv, const double* vrtces, int np, const int* plates, double finscl,
                   int corscl, int worksz, int voxpsz, int voxlsz, int makvtl, int spxisz, double* spaixd,
                   int* spaixi, spice4j_error* err) {
  S4_ENTER(e, err);
  if (nv <= 0 || np <= 0 || spxisz <= 0 || nv > 0x7fffffff / 24 || np > 0x7fffffff / 12 ||
      spxisz > 0x7fffffff / 4) {
    s4_fail_msg(e, err, "dskmi2: nv, np and spxisz must be positive and fit in linear memory");
    return s4_leave(e, err);
  }
  uint32_t v = s4_f64s(e, vrtces, 3u * (uint32_t)nv);
  uint32_t pl = put_i32s(e, plates, 3u * (uint32_t)np);
  uint32_t d = s4_alloc(e, 8 * S4_DSK02_IXDFIX);
  uint32_t ix = s4_alloc(e, 4u * (uint32_t)spxisz);
  if (!S4_CHECK(e, err, E(dskmi2)(&e->inst, (uint32_t)nv, v, (uint32_t)np, pl, finscl, (uint32_t)corscl,
                                  (uint32_t)worksz, (uint32_t)voxpsz, (uint32_t)voxlsz, (uint32_t)makvtl,
                                  (uint32_t)spxisz, d, S4_DSK02_IXDFIX, ix, (uint32_t)spxisz, S4_ERRARGS(e)))) {
    s4_get_f64s(e, d, spaixd, S4_DSK02_IXDFIX);
    get_i32s(e, ix, spaixi, (uint32_t)spxisz);
  }
  return s4_leave(e, err);
}

int spice4j_dskw02(spice4j_engine* e, int handle, int center, int surfid, int dclass, const char* frame,
                   int corsys, const double* corpar, const double* bounds, double first, double last, int nv,
                   const double* vrtces, int np, const int* plates, const double* spaixd, const int* spaixi,
                   int spaixilen, spice4j_error* err) {
  S4_ENTER(e, err);
  if (nv <= 0 || np <= 0 || spaixilen <= 0 || nv > 0x7fffffff / 24 || np > 0x7fffffff / 12 ||
      spaixilen > 0x7fffffff / 4) {
    s4_fail_msg(e, err, "dskw02: nv, np and the spatial index size must be positive and fit in linear memory");
    return s4_leave(e, err);
  }
  uint32_t cp = s4_f64s(e, corpar, 10);
  uint32_t v = s4_f64s(e, vrtces, 3u * (uint32_t)nv);
  uint32_t pl = put_i32s(e, plates, 3u * (uint32_t)np);
  uint32_t d = s4_f64s(e, spaixd, S4_DSK02_IXDFIX);
  uint32_t ix = put_i32s(e, spaixi, (uint32_t)spaixilen);
  S4_CHECK(e, err, E(dskw02)(&e->inst, (uint32_t)handle, (uint32_t)center, (uint32_t)surfid, (uint32_t)dclass,
                             s4_str(e, frame), (uint32_t)corsys, cp, bounds[0], bounds[1], bounds[2], bounds[3],
                             bounds[4], bounds[5], first, last, (uint32_t)nv, v, (uint32_t)np, pl, d,
                             S4_DSK02_IXDFIX, ix, (uint32_t)spaixilen, S4_ERRARGS(e)));
  return s4_leave(e, err);
}
