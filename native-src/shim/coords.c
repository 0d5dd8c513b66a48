/* Coordinate conversions and vector/matrix algebra: reclat ... recgeo, vnorm ... vscl, mxv ... axisar. */
#include "engine_internal.h"

/* The shapes most of these exports share, so each entry point is one line. */
typedef u32 (*s4_in_out)(Z_tspice_instance_t*, u32 in, u32 out, u32 err, u32 errlen);
typedef u32 (*s4_in2_out)(Z_tspice_instance_t*, u32 a, u32 b, u32 out, u32 err, u32 errlen);
typedef u32 (*s4_rect_to3)(Z_tspice_instance_t*, u32 rect, u32 a, u32 b, u32 c, u32 err, u32 errlen);
typedef u32 (*s4_3_to_rect)(Z_tspice_instance_t*, f64 a, f64 b, f64 c, u32 rect, u32 err, u32 errlen);

/* in[nin] -> out[nout]. */
static int in_out(spice4j_engine* e, s4_in_out fn, const double* in, uint32_t nin, double* out, uint32_t nout,
                  spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t po = s4_alloc(e, 8 * nout);
  if (!S4_CHECK(e, err, fn(&e->inst, s4_f64s(e, in, nin), po, S4_ERRARGS(e)))) s4_get_f64s(e, po, out, nout);
  return s4_leave(e, err);
}

/* (a[na], b[nb]) -> out[nout]. */
static int in2_out(spice4j_engine* e, s4_in2_out fn, const double* a, uint32_t na, const double* b, uint32_t nb,
                   double* out, uint32_t nout, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t po = s4_alloc(e, 8 * nout);
  if (!S4_CHECK(e, err, fn(&e->inst, s4_f64s(e, a, na), s4_f64s(e, b, nb), po, S4_ERRARGS(e))))
    s4_get_f64s(e, po, out, nout);
  return s4_leave(e, err);
}

/* rectan[3] -> three scalars. */
static int rect_to3(spice4j_engine* e, s4_rect_to3 fn, const double* rectan, double* a, double* b, double* c,
                    spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 24);
  if (!S4_CHECK(e, err, fn(&e->inst, s4_f64s(e, rectan, 3), p, p + 8, p + 16, S4_ERRARGS(e)))) {
    *a = s4_get_f64(e, p);
    *b = s4_get_f64(e, p + 8);
    *c = s4_get_f64(e, p + 16);
  }
  return s4_leave(e, err);
}

/* Three scalars -> rectan[3]. */
static int three_to_rect(spice4j_engine* e, s4_3_to_rect fn, double a, double b, double c, double* rectan,
                         spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 24);
  if (!S4_CHECK(e, err, fn(&e->inst, a, b, c, p, S4_ERRARGS(e)))) s4_get_f64s(e, p, rectan, 3);
  return s4_leave(e, err);
}

int spice4j_reclat(spice4j_engine* e, const double* rectan, double* radius, double* lon, double* lat,
                   spice4j_error* err) {
  return rect_to3(e, E(reclat), rectan, radius, lon, lat, err);
}

int spice4j_latrec(spice4j_engine* e, double radius, double lon, double lat, double* rectan, spice4j_error* err) {
  return three_to_rect(e, E(latrec), radius, lon, lat, rectan, err);
}

int spice4j_recsph(spice4j_engine* e, const double* rectan, double* r, double* colat, double* lon,
                   spice4j_error* err) {
  return rect_to3(e, E(recsph), rectan, r, colat, lon, err);
}

int spice4j_sphrec(spice4j_engine* e, double r, double colat, double lon, double* rectan, spice4j_error* err) {
  return three_to_rect(e, E(sphrec), r, colat, lon, rectan, err);
}

int spice4j_georec(spice4j_engine* e, double lon, double lat, double alt, double re, double f, double* rectan,
                   spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 24);
  if (!S4_CHECK(e, err, E(georec)(&e->inst, lon, lat, alt, re, f, p, S4_ERRARGS(e)))) s4_get_f64s(e, p, rectan, 3);
  return s4_leave(e, err);
}

int spice4j_recgeo(spice4j_engine* e, const double* rectan, double re, double f, double* lon, double* lat,
                   double* alt, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 24);
  if (!S4_CHECK(e, err, E(recgeo)(&e->inst, s4_f64s(e, rectan, 3), re, f, p, p + 8, p + 16, S4_ERRARGS(e)))) {
    *lon = s4_get_f64(e, p);
    *lat = s4_get_f64(e, p + 8);
    *alt = s4_get_f64(e, p + 16);
  }
  return s4_leave(e, err);
}

int spice4j_vnorm(spice4j_engine* e, const double* v1, double* norm, spice4j_error* err) {
  return in_out(e, E(vnorm), v1, 3, norm, 1, err);
}

int spice4j_vhat(spice4j_engine* e, const double* v1, double* vout, spice4j_error* err) {
  return in_out(e, E(vhat), v1, 3, vout, 3, err);
}

int spice4j_vminus(spice4j_engine* e, const double* v1, double* vout, spice4j_error* err) {
  return in_out(e, E(vminus), v1, 3, vout, 3, err);
}

int spice4j_vdot(spice4j_engine* e, const double* v1, const double* v2, double* dot, spice4j_error* err) {
  return in2_out(e, E(vdot), v1, 3, v2, 3, dot, 1, err);
}

int spice4j_vcrss(spice4j_engine* e, const double* v1, const double* v2, double* vout, spice4j_error* err) {
  return in2_out(e, E(vcrss), v1, 3, v2, 3, vout, 3, err);
}

int spice4j_vadd(spice4j_engine* e, const double* v1, const double* v2, double* vout, spice4j_error* err) {
  return in2_out(e, E(vadd), v1, 3, v2, 3, vout, 3, err);
}

int spice4j_vsub(spice4j_engine* e, const double* v1, const double* v2, double* vout, spice4j_error* err) {
  return in2_out(e, E(vsub), v1, 3, v2, 3, vout, 3, err);
}

int spice4j_vscl(spice4j_engine* e, double s, const double* v1, double* vout, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t po = s4_alloc(e, 24);
  if (!S4_CHECK(e, err, E(vscl)(&e->inst, s, s4_f64s(e, v1, 3), po, S4_ERRARGS(e)))) s4_get_f64s(e, po, vout, 3);
  return s4_leave(e, err);
}

int spice4j_mxv(spice4j_engine* e, const double* m1, const double* vin, double* vout, spice4j_error* err) {
  return in2_out(e, E(mxv), m1, 9, vin, 3, vout, 3, err);
}

int spice4j_mtxv(spice4j_engine* e, const double* m1, const double* vin, double* vout, spice4j_error* err) {
  return in2_out(e, E(mtxv), m1, 9, vin, 3, vout, 3, err);
}

int spice4j_mxm(spice4j_engine* e, const double* m1, const double* m2, double* mout, spice4j_error* err) {
  return in2_out(e, E(mxm), m1, 9, m2, 9, mout, 9, err);
}

int spice4j_rotate(spice4j_engine* e, double angle, int iaxis, double* mout, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t po = s4_alloc(e, 72);
  if (!S4_CHECK(e, err, E(rotate)(&e->inst, angle, (uint32_t)iaxis, po, S4_ERRARGS(e)))) s4_get_f64s(e, po, mout, 9);
  return s4_leave(e, err);
}

int spice4j_rotmat(spice4j_engine* e, const double* m1, double angle, int iaxis, double* mout, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t po = s4_alloc(e, 72);
  if (!S4_CHECK(e, err, E(rotmat)(&e->inst, s4_f64s(e, m1, 9), angle, (uint32_t)iaxis, po, S4_ERRARGS(e))))
    s4_get_f64s(e, po, mout, 9);
  return s4_leave(e, err);
}

int spice4j_axisar(spice4j_engine* e, const double* axis, double angle, double* r, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t po = s4_alloc(e, 72);
  if (!S4_CHECK(e, err, E(axisar)(&e->inst, s4_f64s(e, axis, 3), angle, po, S4_ERRARGS(e)))) s4_get_f64s(e, po, r, 9);
  return s4_leave(e, err);
}
