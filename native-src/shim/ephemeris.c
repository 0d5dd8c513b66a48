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
