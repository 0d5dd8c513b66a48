/* SPK writing (spkopn, spkopa, spkw08, spkcls) and segment search (spksfs, spkpds, spkuds). */
#include "engine_internal.h"

/* Both openers return the new DAF handle through a 4-byte slot at p. */
int spice4j_spkopn(spice4j_engine* e, const char* file, const char* ifname, int ncomch, int* handle,
                   spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 4);
  if (!S4_CHECK(e, err, E(spkopn)(&e->inst, s4_str(e, file), s4_str(e, ifname), (uint32_t)ncomch, p,
                                  S4_ERRARGS(e))))
    *handle = s4_get_i32(e, p);
  return s4_leave(e, err);
}

int spice4j_spkopa(spice4j_engine* e, const char* file, int* handle, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 4);
  if (!S4_CHECK(e, err, E(spkopa)(&e->inst, s4_str(e, file), p, S4_ERRARGS(e)))) *handle = s4_get_i32(e, p);
  return s4_leave(e, err);
}

int spice4j_spkcls(spice4j_engine* e, int handle, spice4j_error* err) {
  S4_ENTER(e, err);
  if (S4_CHECK(e, err, E(spkcls)(&e->inst, (uint32_t)handle, S4_ERRARGS(e)))) {
    /* SPKCLS signals before closing when the file has no segments; the error is already captured,
     * and a failure here (handle already gone) changes nothing for the caller. */
    E(dafcls)(&e->inst, (uint32_t)handle, S4_ERRARGS(e));
  }
  return s4_leave(e, err);
}

/* tspice_spkw08 only forwards to tspice_spkw08_v2 with states length 6*n; v2 is called directly so
 * the engine checks the flat length it was given. */
int spice4j_spkw08(spice4j_engine* e, int handle, int body, int center, const char* frame, double first,
                   double last, const char* segid, int degree, int n, const double* states, double epoch1,
                   double step, spice4j_error* err) {
  S4_ENTER(e, err);
  if (n <= 0 || n > 0x7fffffff / 48) {
    s4_fail_msg(e, err, "spkw08: the number of states must be between 1 and 44739242");
    return s4_leave(e, err);
  }
  uint32_t sp = s4_f64s(e, states, 6u * (uint32_t)n);
  S4_CHECK(e, err, E(spkw08_v2)(&e->inst, (uint32_t)handle, (uint32_t)body, (uint32_t)center, s4_str(e, frame),
                                first, last, s4_str(e, segid), (uint32_t)degree, (uint32_t)n, sp,
                                6u * (uint32_t)n, epoch1, step, S4_ERRARGS(e)));
  return s4_leave(e, err);
}

int spice4j_spksfs(spice4j_engine* e, int body, double et, int* handle, double* descr, char* ident,
                   int* found, spice4j_error* err) {
  S4_ENTER(e, err);
  /* Layout: descr (40) | handle (4) | found (4) | ident (41). */
  uint32_t p = s4_alloc(e, 40 + 4 + 4 + S4_SPK_IDENT_MAX);
  if (!S4_CHECK(e, err, E(spksfs)(&e->inst, (uint32_t)body, et, p + 40, p, p + 48, S4_SPK_IDENT_MAX, p + 44,
                                  S4_ERRARGS(e)))) {
    *found = s4_get_i32(e, p + 44);
    if (*found) {
      *handle = s4_get_i32(e, p + 40);
      s4_get_f64s(e, p, descr, 5);
      s4_get_str(e, p + 48, ident, S4_SPK_IDENT_MAX);
    }
  }
  return s4_leave(e, err);
}

int spice4j_spkpds(spice4j_engine* e, int body, int center, const char* frame, int type, double first,
                   double last, double* descr, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 40);
  if (!S4_CHECK(e, err, E(spkpds)(&e->inst, (uint32_t)body, (uint32_t)center, s4_str(e, frame), (uint32_t)type,
                                  first, last, p, S4_ERRARGS(e))))
    s4_get_f64s(e, p, descr, 5);
  return s4_leave(e, err);
}

int spice4j_spkuds(spice4j_engine* e, const double* descr, int* ints, double* times, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t d = s4_f64s(e, descr, 5);
  /* Layout: first, last (16) | body, center, frame, type, baddr, eaddr (24). */
  uint32_t p = s4_alloc(e, 16 + 24);
  uint32_t q = p + 16;
  if (!S4_CHECK(e, err, E(spkuds)(&e->inst, d, q, q + 4, q + 8, q + 12, p, p + 8, q + 16, q + 20, S4_ERRARGS(e)))) {
    for (int i = 0; i < 6; i++) ints[i] = s4_get_i32(e, q + 4u * (uint32_t)i);
    s4_get_f64s(e, p, times, 2);
  }
  return s4_leave(e, err);
}
