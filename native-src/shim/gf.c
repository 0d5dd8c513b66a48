/* Geometry finder: gfdist and gfsep searches and the GF settings (gfsstp, gfstep, gfstol, gfrefn,
 * gfrepi, gfrepf). Windows exist in the engine only for the duration of one call and are freed on
 * every path. */
#include <stdio.h>
#include <stdlib.h>

#include "engine_internal.h"

/* Frees an engine window; a failure to free is reported only when the call had not failed already. */
static void window_free(spice4j_engine* e, uint32_t win, spice4j_error* err) {
  if (!win) return;
  uint32_t rc = E(free_window)(&e->inst, win, S4_ERRARGS(e));
  if (rc != 0 && err->code == S4_OK) s4_check(e, err, rc);
}

/* A new engine window with room for capacity intervals holding the n [left, right] pairs of iv
 * (wninsd merges overlaps and rejects left > right). Returns 0, with err set, on failure. */
static uint32_t window_in(spice4j_engine* e, int capacity, const double* iv, int n, spice4j_error* err) {
  uint32_t p = s4_alloc(e, 4);
  if (S4_CHECK(e, err, E(new_window)(&e->inst, (uint32_t)(capacity > 0 ? capacity : 1), p, S4_ERRARGS(e))))
    return 0;
  uint32_t win = (uint32_t)s4_get_i32(e, p);
  for (int i = 0; i < n; i++) {
    if (S4_CHECK(e, err, E(wninsd)(&e->inst, iv[2 * i], iv[2 * i + 1], win, S4_ERRARGS(e)))) {
      window_free(e, win, err);
      return 0;
    }
  }
  return win;
}

/* The confinement and result windows of one search. */
typedef struct {
  uint32_t cnfine, result;
} gf_windows;

/* Creates both windows; the result window holds up to nintvls intervals, CSPICE's meaning of nintvls. */
static int windows_open(spice4j_engine* e, const double* cnfine, int ncnfine, int nintvls, gf_windows* w,
                        spice4j_error* err) {
  w->result = 0;
  w->cnfine = window_in(e, ncnfine, cnfine, ncnfine, err);
  if (!w->cnfine) return 1;
  w->result = window_in(e, nintvls, NULL, 0, err);
  return w->result ? 0 : 1;
}

/* Copies the result out (when the search succeeded) and frees both windows. The intervals go to
 * guest scratch first, so the host array is allocated only after the last engine call: a trap can
 * never leak it. */
static void windows_close(spice4j_engine* e, gf_windows* w, double** result, int* nresult, spice4j_error* err) {
  int card = 0;
  uint32_t scratch = 0;
  if (err->code == S4_OK) {
    uint32_t p = s4_alloc(e, 4);
    if (!S4_CHECK(e, err, E(wncard)(&e->inst, w->result, p, S4_ERRARGS(e)))) {
      card = s4_get_i32(e, p);
      scratch = s4_alloc(e, 16u * (uint32_t)(card > 0 ? card : 1));
      for (int i = 0; i < card; i++) {
        uint32_t at = scratch + 16u * (uint32_t)i;
        if (S4_CHECK(e, err, E(wnfetd)(&e->inst, w->result, (uint32_t)i, at, at + 8, S4_ERRARGS(e)))) break;
      }
    }
  }
  window_free(e, w->result, err);
  window_free(e, w->cnfine, err);
  if (err->code != S4_OK || card <= 0) return;
  size_t bytes = 16u * (size_t)card;
  const uint8_t* src = s4_mem(e, scratch, (uint32_t)bytes);
  double* out = (double*)malloc(bytes);
  if (!out) {
    err->code = S4_ENOMEM;
    snprintf(err->message, sizeof err->message, "out of memory copying %d GF result intervals", card);
    return;
  }
  memcpy(out, src, bytes);
  *result = out;
  *nresult = card;
}

void spice4j_gf_free(double* result) { free(result); }

int spice4j_gfdist(spice4j_engine* e, const char* target, const char* abcorr, const char* obsrvr,
                   const char* relate, double refval, double adjust, double step, int nintvls,
                   const double* cnfine, int ncnfine, double** result, int* nresult, spice4j_error* err) {
  *result = NULL;
  *nresult = 0;
  S4_ENTER(e, err);
  gf_windows w;
  if (!windows_open(e, cnfine, ncnfine, nintvls, &w, err))
    S4_CHECK(e, err, E(gfdist)(&e->inst, s4_str(e, target), s4_str(e, abcorr), s4_str(e, obsrvr),
                               s4_str(e, relate), refval, adjust, step, (uint32_t)nintvls, w.cnfine, w.result,
                               S4_ERRARGS(e)));
  windows_close(e, &w, result, nresult, err);
  return s4_leave(e, err);
}

int spice4j_gfsep(spice4j_engine* e, const char* targ1, const char* shape1, const char* frame1,
                  const char* targ2, const char* shape2, const char* frame2, const char* abcorr,
                  const char* obsrvr, const char* relate, double refval, double adjust, double step,
                  int nintvls, const double* cnfine, int ncnfine, double** result, int* nresult,
                  spice4j_error* err) {
  *result = NULL;
  *nresult = 0;
  S4_ENTER(e, err);
  gf_windows w;
  if (!windows_open(e, cnfine, ncnfine, nintvls, &w, err))
    S4_CHECK(e, err, E(gfsep)(&e->inst, s4_str(e, targ1), s4_str(e, shape1), s4_str(e, frame1), s4_str(e, targ2),
                              s4_str(e, shape2), s4_str(e, frame2), s4_str(e, abcorr), s4_str(e, obsrvr),
                              s4_str(e, relate), refval, adjust, step, (uint32_t)nintvls, w.cnfine, w.result,
                              S4_ERRARGS(e)));
  windows_close(e, &w, result, nresult, err);
  return s4_leave(e, err);
}

int spice4j_gfsstp(spice4j_engine* e, double step, spice4j_error* err) {
  S4_ENTER(e, err);
  S4_CHECK(e, err, E(gfsstp)(&e->inst, step, S4_ERRARGS(e)));
  return s4_leave(e, err);
}

int spice4j_gfstep(spice4j_engine* e, double time, double* step, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 8);
  if (!S4_CHECK(e, err, E(gfstep)(&e->inst, time, p, S4_ERRARGS(e)))) *step = s4_get_f64(e, p);
  return s4_leave(e, err);
}

int spice4j_gfstol(spice4j_engine* e, double value, spice4j_error* err) {
  S4_ENTER(e, err);
  S4_CHECK(e, err, E(gfstol)(&e->inst, value, S4_ERRARGS(e)));
  return s4_leave(e, err);
}

int spice4j_gfrefn(spice4j_engine* e, double t1, double t2, int s1, int s2, double* t, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 8);
  if (!S4_CHECK(e, err, E(gfrefn)(&e->inst, t1, t2, (uint32_t)(s1 != 0), (uint32_t)(s2 != 0), p, S4_ERRARGS(e))))
    *t = s4_get_f64(e, p);
  return s4_leave(e, err);
}

/* Runs while the host keeps the engine's standard output (see s4_host.capture). */
static void capture_begin(spice4j_engine* e) {
  e->host.captured = 0;
  e->host.captured_text[0] = '\0';
  e->host.capture = 1;
}

static void capture_end(spice4j_engine* e, char* report, int reportlen) {
  e->host.capture = 0;
  if (reportlen > 0) snprintf(report, (size_t)reportlen, "%s", e->host.captured_text);
}

int spice4j_gfrepi(spice4j_engine* e, const double* window, int n, const char* begmss, const char* endmss,
                   char* report, int reportlen, spice4j_error* err) {
  if (reportlen > 0) report[0] = '\0';
  S4_ENTER(e, err);
  uint32_t win = window_in(e, n, window, n, err);
  if (win) {
    uint32_t pb = s4_str(e, begmss), pe = s4_str(e, endmss);
    capture_begin(e);
    uint32_t rc = E(gfrepi)(&e->inst, win, pb, pe, S4_ERRARGS(e));
    capture_end(e, report, reportlen);
    S4_CHECK(e, err, rc);
    window_free(e, win, err);
  }
  return s4_leave(e, err);
}

int spice4j_gfrepf(spice4j_engine* e, char* report, int reportlen, spice4j_error* err) {
  if (reportlen > 0) report[0] = '\0';
  S4_ENTER(e, err);
  capture_begin(e);
  uint32_t rc = E(gfrepf)(&e->inst, S4_ERRARGS(e));
  capture_end(e, report, reportlen);
  S4_CHECK(e, err, rc);
  return s4_leave(e, err);
}
