/* SPK reads: spkezr, spkpos, spkez, spkezp, spkgeo, spkgps, spkssb, spkobj, spkcov. */
#include "engine_internal.h"

/* Copies n doubles of output plus the light time out of the scratch block at p. */
static void take_vec_lt(spice4j_engine* e, uint32_t p, double* out, uint32_t n, double* lt) {
  s4_get_f64s(e, p, out, n);
  if (lt) *lt = s4_get_f64(e, p + 8 * n);
}

int spice4j_spkezr(spice4j_engine* e, const char* targ, double et, const char* ref, const char* abcorr,
                   const char* obs, double* state, double* lt, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 7 * 8);
  if (!S4_CHECK(e, err, E(spkezr)(&e->inst, s4_str(e, targ), et, s4_str(e, ref), s4_str(e, abcorr),
                                  s4_str(e, obs), p, p + 48, S4_ERRARGS(e))))
    take_vec_lt(e, p, state, 6, lt);
  return s4_leave(e, err);
}

int spice4j_spkpos(spice4j_engine* e, const char* targ, double et, const char* ref, const char* abcorr,
                   const char* obs, double* pos, double* lt, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 4 * 8);
  if (!S4_CHECK(e, err, E(spkpos)(&e->inst, s4_str(e, targ), et, s4_str(e, ref), s4_str(e, abcorr),
                                  s4_str(e, obs), p, p + 24, S4_ERRARGS(e))))
    take_vec_lt(e, p, pos, 3, lt);
  return s4_leave(e, err);
}

int spice4j_spkez(spice4j_engine* e, int targ, double et, const char* ref, const char* abcorr, int obs,
                  double* state, double* lt, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 7 * 8);
  if (!S4_CHECK(e, err, E(spkez)(&e->inst, (uint32_t)targ, et, s4_str(e, ref), s4_str(e, abcorr), (uint32_t)obs,
                                 p, p + 48, S4_ERRARGS(e))))
    take_vec_lt(e, p, state, 6, lt);
  return s4_leave(e, err);
}

int spice4j_spkezp(spice4j_engine* e, int targ, double et, const char* ref, const char* abcorr, int obs,
                   double* pos, double* lt, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 4 * 8);
  if (!S4_CHECK(e, err, E(spkezp)(&e->inst, (uint32_t)targ, et, s4_str(e, ref), s4_str(e, abcorr),
                                  (uint32_t)obs, p, p + 24, S4_ERRARGS(e))))
    take_vec_lt(e, p, pos, 3, lt);
  return s4_leave(e, err);
}

int spice4j_spkgeo(spice4j_engine* e, int targ, double et, const char* ref, int obs, double* state,
                   double* lt, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 7 * 8);
  if (!S4_CHECK(e, err, E(spkgeo)(&e->inst, (uint32_t)targ, et, s4_str(e, ref), (uint32_t)obs, p, p + 48,
                                  S4_ERRARGS(e))))
    take_vec_lt(e, p, state, 6, lt);
  return s4_leave(e, err);
}

int spice4j_spkgps(spice4j_engine* e, int targ, double et, const char* ref, int obs, double* pos,
                   double* lt, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 4 * 8);
  if (!S4_CHECK(e, err, E(spkgps)(&e->inst, (uint32_t)targ, et, s4_str(e, ref), (uint32_t)obs, p, p + 24,
                                  S4_ERRARGS(e))))
    take_vec_lt(e, p, pos, 3, lt);
  return s4_leave(e, err);
}

int spice4j_spkssb(spice4j_engine* e, int targ, double et, const char* ref, double* state,
                   spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 6 * 8);
  if (!S4_CHECK(e, err, E(spkssb)(&e->inst, (uint32_t)targ, et, s4_str(e, ref), p, S4_ERRARGS(e))))
    take_vec_lt(e, p, state, 6, NULL);
  return s4_leave(e, err);
}

/* spkobj/spkcov fill an engine-side cell or window, which is created, read and freed within the call. */
int spice4j_spkobj(spice4j_engine* e, const char* file, int* ids, int maxids, int* n, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t cell;
  if (s4_int_cell_new(e, maxids, &cell, err)) return s4_leave(e, err);
  if (!s4_check_file(e, err, E(spkobj)(&e->inst, s4_str(e, file), cell, S4_ERRARGS(e)), "SPKOBJ", file))
    s4_int_cell_read(e, cell, ids, maxids, n, err);
  s4_int_cell_free(e, cell, err);
  return s4_leave(e, err);
}

int spice4j_spkcov(spice4j_engine* e, const char* file, int idcode, double* cover, int maxintervals, int* n,
                   spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t win;
  if (s4_window_new(e, maxintervals, &win, err)) return s4_leave(e, err);
  if (!s4_check_file(e, err, E(spkcov)(&e->inst, s4_str(e, file), (uint32_t)idcode, win, S4_ERRARGS(e)), "SPKCOV", file))
    s4_window_read(e, win, cover, maxintervals, n, err);
  s4_window_free(e, win, err);
  return s4_leave(e, err);
}

/* Batches: names are copied into linear memory once, then one export call per epoch. Outputs go
 * straight to host memory (out: n_out doubles per epoch, lts: one per epoch, may be NULL). On a
 * failure *failed_at is the epoch's index and the outputs before it are filled.
 *
 * spkezr/spkpos translate both names with bods2c and then call spkez/spkezp, so when both names are
 * known the loop resolves them once and calls spkez/spkezp itself: the same computation without the
 * per-epoch name lookups and the outer routine's traceback bookkeeping. A failing epoch is computed
 * again through spkezr/spkpos, with tracing back on, so the error (message and traceback) is the one a
 * single call raises. The known-ID loop runs with CSPICE's traceback off (trace.c). */
typedef u32 (*s4_spk_export)(Z_tspice_instance_t*, u32 targ, f64 et, u32 ref, u32 abcorr, u32 obs, u32 out,
                             u32 lt, u32 err, u32 errlen);

/* Resolves a body name as spkezr does (bods2c); returns 0 when unknown or on any error. */
static int body_id(spice4j_engine* e, uint32_t name, uint32_t scratch, int* id) {
  if (E(bods2c)(&e->inst, name, scratch, scratch + 4, S4_ERRARGS(e)) != 0) return 0;
  *id = s4_get_i32(e, scratch);
  return s4_get_i32(e, scratch + 4);
}

static int spk_batch(spice4j_engine* e, s4_spk_export by_name, s4_spk_export by_id, uint32_t n_out,
                     const char* targ, const char* ref, const char* abcorr, const char* obs, const double* ets,
                     int n, double* out, double* lts, int* failed_at, spice4j_error* err) {
  S4_ENTER(e, err);
  *failed_at = -1;
  uint32_t pt = s4_str(e, targ), pr = s4_str(e, ref), pa = s4_str(e, abcorr), po = s4_str(e, obs);
  uint32_t p = s4_alloc(e, (n_out + 1) * 8), ids = s4_alloc(e, 8);
  int tid = 0, oid = 0;
  int fast = n > 1 && body_id(e, pt, ids, &tid) && body_id(e, po, ids, &oid);
  int quiet = fast && s4_trace_quiet(e);
  for (int i = 0; i < n; i++) {
    uint32_t rc = fast ? by_id(&e->inst, (uint32_t)tid, ets[i], pr, pa, (uint32_t)oid, p, p + 8 * n_out, S4_ERRARGS(e))
                       : 1u;
    if (rc != 0) {
      s4_trace_restore(e, quiet);
      quiet = 0;
      rc = by_name(&e->inst, pt, ets[i], pr, pa, po, p, p + 8 * n_out, S4_ERRARGS(e));
    }
    if (S4_CHECK(e, err, rc)) {
      *failed_at = i;
      break;
    }
    take_vec_lt(e, p, out + (size_t)n_out * i, n_out, lts ? lts + i : NULL);
  }
  s4_trace_restore(e, quiet);
  return s4_leave(e, err);
}

int spice4j_spkezr_batch(spice4j_engine* e, const char* targ, const char* ref, const char* abcorr,
                         const char* obs, const double* ets, int n, double* states, double* lts, int* failed_at,
                         spice4j_error* err) {
  return spk_batch(e, E(spkezr), (s4_spk_export)E(spkez), 6, targ, ref, abcorr, obs, ets, n, states, lts, failed_at,
                   err);
}

int spice4j_spkpos_batch(spice4j_engine* e, const char* targ, const char* ref, const char* abcorr,
                         const char* obs, const double* ets, int n, double* positions, double* lts,
                         int* failed_at, spice4j_error* err) {
  return spk_batch(e, E(spkpos), (s4_spk_export)E(spkezp), 3, targ, ref, abcorr, obs, ets, n, positions, lts,
                   failed_at, err);
}
