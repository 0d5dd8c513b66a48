/* Observation geometry: subpnt, subslr, sincpt, ilumin, illumg, illumf, occult, nvc2pl, pl2nvc. */
#include "engine_internal.h"

/* subpnt and subslr share one export shape. */
typedef u32 (*sub_point_fn)(Z_tspice_instance_t*, u32 method, u32 target, f64 et, u32 fixref, u32 abcorr, u32 obsrvr,
                            u32 spoint, u32 trgepc, u32 srfvec, u32 err, u32 errlen);

/* Output block of the surface-point calls: spoint[3], trgepc, srfvec[3]. */
#define SP_BYTES (7u * 8u)

static void take_surface_point(spice4j_engine* e, uint32_t p, double* spoint, double* trgepc, double* srfvec) {
  s4_get_f64s(e, p, spoint, 3);
  *trgepc = s4_get_f64(e, p + 24);
  s4_get_f64s(e, p + 32, srfvec, 3);
}

static int sub_point(spice4j_engine* e, sub_point_fn fn, const char* method, const char* target, double et,
                     const char* fixref, const char* abcorr, const char* obsrvr, double* spoint, double* trgepc,
                     double* srfvec, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, SP_BYTES);
  if (!S4_CHECK(e, err, fn(&e->inst, s4_str(e, method), s4_str(e, target), et, s4_str(e, fixref), s4_str(e, abcorr),
                           s4_str(e, obsrvr), p, p + 24, p + 32, S4_ERRARGS(e))))
    take_surface_point(e, p, spoint, trgepc, srfvec);
  return s4_leave(e, err);
}

int spice4j_subpnt(spice4j_engine* e, const char* method, const char* target, double et, const char* fixref,
                   const char* abcorr, const char* obsrvr, double* spoint, double* trgepc, double* srfvec,
                   spice4j_error* err) {
  return sub_point(e, E(subpnt), method, target, et, fixref, abcorr, obsrvr, spoint, trgepc, srfvec, err);
}

int spice4j_subslr(spice4j_engine* e, const char* method, const char* target, double et, const char* fixref,
                   const char* abcorr, const char* obsrvr, double* spoint, double* trgepc, double* srfvec,
                   spice4j_error* err) {
  return sub_point(e, E(subslr), method, target, et, fixref, abcorr, obsrvr, spoint, trgepc, srfvec, err);
}

int spice4j_sincpt(spice4j_engine* e, const char* method, const char* target, double et, const char* fixref,
                   const char* abcorr, const char* obsrvr, const char* dref, const double* dvec, double* spoint,
                   double* trgepc, double* srfvec, int* found, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, SP_BYTES + 8);
  uint32_t pf = p + SP_BYTES;
  *found = 0;
  if (!S4_CHECK(e, err, E(sincpt)(&e->inst, s4_str(e, method), s4_str(e, target), et, s4_str(e, fixref),
                                  s4_str(e, abcorr), s4_str(e, obsrvr), s4_str(e, dref), s4_f64s(e, dvec, 3), p,
                                  p + 24, p + 32, pf, S4_ERRARGS(e)))) {
    *found = s4_get_i32(e, pf) != 0;
    if (*found) take_surface_point(e, p, spoint, trgepc, srfvec);
  }
  return s4_leave(e, err);
}

/* Output block of the illumination calls: trgepc, srfvec[3], phase, incdnc, emissn, then int visibl, lit. */
#define IL_SRFVEC 8u
#define IL_PHASE 32u
#define IL_INCDNC 40u
#define IL_EMISSN 48u
#define IL_VISIBL 56u
#define IL_LIT 60u
#define IL_BYTES 64u

static void take_illumination(spice4j_engine* e, uint32_t p, double* trgepc, double* srfvec, double* phase,
                              double* incdnc, double* emissn) {
  *trgepc = s4_get_f64(e, p);
  s4_get_f64s(e, p + IL_SRFVEC, srfvec, 3);
  *phase = s4_get_f64(e, p + IL_PHASE);
  *incdnc = s4_get_f64(e, p + IL_INCDNC);
  *emissn = s4_get_f64(e, p + IL_EMISSN);
}

int spice4j_ilumin(spice4j_engine* e, const char* method, const char* target, double et, const char* fixref,
                   const char* abcorr, const char* obsrvr, const double* spoint, double* trgepc, double* srfvec,
                   double* phase, double* incdnc, double* emissn, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, IL_BYTES);
  if (!S4_CHECK(e, err, E(ilumin)(&e->inst, s4_str(e, method), s4_str(e, target), et, s4_str(e, fixref),
                                  s4_str(e, abcorr), s4_str(e, obsrvr), s4_f64s(e, spoint, 3), p, p + IL_SRFVEC,
                                  p + IL_PHASE, p + IL_INCDNC, p + IL_EMISSN, S4_ERRARGS(e))))
    take_illumination(e, p, trgepc, srfvec, phase, incdnc, emissn);
  return s4_leave(e, err);
}

int spice4j_illumg(spice4j_engine* e, const char* method, const char* target, const char* ilusrc, double et,
                   const char* fixref, const char* abcorr, const char* obsrvr, const double* spoint, double* trgepc,
                   double* srfvec, double* phase, double* incdnc, double* emissn, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, IL_BYTES);
  if (!S4_CHECK(e, err, E(illumg)(&e->inst, s4_str(e, method), s4_str(e, target), s4_str(e, ilusrc), et,
                                  s4_str(e, fixref), s4_str(e, abcorr), s4_str(e, obsrvr), s4_f64s(e, spoint, 3), p,
                                  p + IL_SRFVEC, p + IL_PHASE, p + IL_INCDNC, p + IL_EMISSN, S4_ERRARGS(e))))
    take_illumination(e, p, trgepc, srfvec, phase, incdnc, emissn);
  return s4_leave(e, err);
}

int spice4j_illumf(spice4j_engine* e, const char* method, const char* target, const char* ilusrc, double et,
                   const char* fixref, const char* abcorr, const char* obsrvr, const double* spoint, double* trgepc,
                   double* srfvec, double* phase, double* incdnc, double* emissn, int* visibl, int* lit,
                   spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, IL_BYTES);
  if (!S4_CHECK(e, err, E(illumf)(&e->inst, s4_str(e, method), s4_str(e, target), s4_str(e, ilusrc), et,
                                  s4_str(e, fixref), s4_str(e, abcorr), s4_str(e, obsrvr), s4_f64s(e, spoint, 3), p,
                                  p + IL_SRFVEC, p + IL_PHASE, p + IL_INCDNC, p + IL_EMISSN, p + IL_VISIBL,
                                  p + IL_LIT, S4_ERRARGS(e)))) {
    take_illumination(e, p, trgepc, srfvec, phase, incdnc, emissn);
    *visibl = s4_get_i32(e, p + IL_VISIBL) != 0;
    *lit = s4_get_i32(e, p + IL_LIT) != 0;
  }
  return s4_leave(e, err);
}

int spice4j_occult(spice4j_engine* e, const char* targ1, const char* shape1, const char* frame1, const char* targ2,
                   const char* shape2, const char* frame2, const char* abcorr, const char* obsrvr, double et,
                   int* ocltid, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 8);
  if (!S4_CHECK(e, err, E(occult)(&e->inst, s4_str(e, targ1), s4_str(e, shape1), s4_str(e, frame1),
                                  s4_str(e, targ2), s4_str(e, shape2), s4_str(e, frame2), s4_str(e, abcorr),
                                  s4_str(e, obsrvr), et, p, S4_ERRARGS(e))))
    *ocltid = s4_get_i32(e, p);
  return s4_leave(e, err);
}

int spice4j_nvc2pl(spice4j_engine* e, const double* normal, double konst, double* plane, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 4 * 8);
  if (!S4_CHECK(e, err, E(nvc2pl)(&e->inst, s4_f64s(e, normal, 3), konst, p, S4_ERRARGS(e))))
    s4_get_f64s(e, p, plane, 4);
  return s4_leave(e, err);
}

int spice4j_pl2nvc(spice4j_engine* e, const double* plane, double* normal, double* konst, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 4 * 8);
  if (!S4_CHECK(e, err, E(pl2nvc)(&e->inst, s4_f64s(e, plane, 4), p, p + 24, S4_ERRARGS(e)))) {
    s4_get_f64s(e, p, normal, 3);
    *konst = s4_get_f64(e, p + 24);
  }
  return s4_leave(e, err);
}
