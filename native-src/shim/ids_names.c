/* Body names and NAIF IDs: bodn2c, bodc2n, bodc2s, bods2c, boddef, bodfnd, bodvar. */
#include "engine_internal.h"

int spice4j_bodn2c(spice4j_engine* e, const char* name, int* code, int* found, spice4j_error* err) {
  return s4_lookup_int(e, E(bodn2c), name, code, found, err);
}

int spice4j_bods2c(spice4j_engine* e, const char* name, int* code, int* found, spice4j_error* err) {
  return s4_lookup_int(e, E(bods2c), name, code, found, err);
}

int spice4j_bodc2n(spice4j_engine* e, int code, char* name, int namelen, int* found, spice4j_error* err) {
  return s4_lookup_name(e, E(bodc2n), code, name, namelen, found, err);
}

int spice4j_bodc2s(spice4j_engine* e, int code, char* name, int namelen, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t pn = s4_alloc(e, (uint32_t)namelen);
  if (!S4_CHECK(e, err, E(bodc2s)(&e->inst, (uint32_t)code, pn, (uint32_t)namelen, S4_ERRARGS(e))))
    s4_get_str(e, pn, name, namelen);
  return s4_leave(e, err);
}

int spice4j_boddef(spice4j_engine* e, const char* name, int code, spice4j_error* err) {
  S4_ENTER(e, err);
  S4_CHECK(e, err, E(boddef)(&e->inst, s4_str(e, name), (uint32_t)code, S4_ERRARGS(e)));
  return s4_leave(e, err);
}

int spice4j_bodfnd(spice4j_engine* e, int body, const char* item, int* found, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t pf = s4_alloc(e, 4);
  if (!S4_CHECK(e, err, E(bodfnd)(&e->inst, (uint32_t)body, s4_str(e, item), pf, S4_ERRARGS(e))))
    *found = s4_get_i32(e, pf);
  return s4_leave(e, err);
}

int spice4j_bodvar(spice4j_engine* e, int body, const char* item, int maxn, int* dim, double* values,
                   spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t pd = s4_alloc(e, 4), pv = s4_alloc(e, 8u * (uint32_t)maxn);
  if (!S4_CHECK(e, err, E(bodvar)(&e->inst, (uint32_t)body, s4_str(e, item), (uint32_t)maxn, pd, pv,
                                  S4_ERRARGS(e)))) {
    int n = s4_get_i32(e, pd);
    *dim = n;
    s4_get_f64s(e, pv, values, (uint32_t)(n < maxn ? n : maxn));
  }
  return s4_leave(e, err);
}
