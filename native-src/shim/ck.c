/* C-kernel pointing and coverage: ckgp, ckgpav, cklpf, ckupf, ckobj, ckcov. */
#include "engine_internal.h"

/* ckgp and ckgpav share one layout: cmat[9], av[3] (ckgpav only), clkout, found. */
static int pointing(spice4j_engine* e, int with_av, int inst, double sclkdp, double tol, const char* ref,
                    double* cmat, double* av, double* clkout, int* found, spice4j_error* err) {
  uint32_t p = s4_alloc(e, 13 * 8 + 8);
  uint32_t pav = p + 72, pclk = p + 96, pfound = p + 104;
  uint32_t rc = with_av
      ? E(ckgpav)(&e->inst, (uint32_t)inst, sclkdp, tol, s4_str(e, ref), p, pav, pclk, pfound, S4_ERRARGS(e))
      : E(ckgp)(&e->inst, (uint32_t)inst, sclkdp, tol, s4_str(e, ref), p, pclk, pfound, S4_ERRARGS(e));
  if (!S4_CHECK(e, err, rc)) {
    *found = s4_get_i32(e, pfound);
    if (*found) {
      s4_get_f64s(e, p, cmat, 9);
      if (with_av) s4_get_f64s(e, pav, av, 3);
      *clkout = s4_get_f64(e, pclk);
    }
  }
  return s4_leave(e, err);
}

int spice4j_ckgp(spice4j_engine* e, int inst, double sclkdp, double tol, const char* ref, double* cmat,
                 double* clkout, int* found, spice4j_error* err) {
  S4_ENTER(e, err);
  return pointing(e, 0, inst, sclkdp, tol, ref, cmat, NULL, clkout, found, err);
}

int spice4j_ckgpav(spice4j_engine* e, int inst, double sclkdp, double tol, const char* ref, double* cmat,
                   double* av, double* clkout, int* found, spice4j_error* err) {
  S4_ENTER(e, err);
  return pointing(e, 1, inst, sclkdp, tol, ref, cmat, av, clkout, found, err);
}

int spice4j_cklpf(spice4j_engine* e, const char* file, int* handle, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 4);
  if (!S4_CHECK(e, err, E(cklpf)(&e->inst, s4_str(e, file), p, S4_ERRARGS(e)))) *handle = s4_get_i32(e, p);
  return s4_leave(e, err);
}

int spice4j_ckupf(spice4j_engine* e, int handle, spice4j_error* err) {
  S4_ENTER(e, err);
  S4_CHECK(e, err, E(ckupf)(&e->inst, (uint32_t)handle, S4_ERRARGS(e)));
  return s4_leave(e, err);
}

int spice4j_ckobj(spice4j_engine* e, const char* file, int* ids, int maxids, int* n, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t cell;
  if (s4_int_cell_new(e, maxids, &cell, err)) return s4_leave(e, err);
  if (!s4_check_file(e, err, E(ckobj)(&e->inst, s4_str(e, file), cell, S4_ERRARGS(e)), "CKOBJ", file))
    s4_int_cell_read(e, cell, ids, maxids, n, err);
  s4_int_cell_free(e, cell, err);
  return s4_leave(e, err);
}

int spice4j_ckcov(spice4j_engine* e, const char* file, int idcode, int needav, const char* level, double tol,
                  const char* timsys, double* cover, int maxintervals, int* n, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t win;
  if (s4_window_new(e, maxintervals, &win, err)) return s4_leave(e, err);
  if (!s4_check_file(e, err, E(ckcov)(&e->inst, s4_str(e, file), (uint32_t)idcode, needav ? 1u : 0u,
                                      s4_str(e, level), tol, s4_str(e, timsys), win, S4_ERRARGS(e)), "CKCOV", file))
    s4_window_read(e, win, cover, maxintervals, n, err);
  s4_window_free(e, win, err);
  return s4_leave(e, err);
}
