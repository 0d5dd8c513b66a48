/* Spacecraft clock conversions: scs2e, sce2s, scencd, scdecd, sct2e, sce2c. */
#include "engine_internal.h"

/* The exports come in two shapes: (sc, string) -> double and (sc, double) -> double / string. */
typedef u32 (*s4_sc_str_to_f64)(Z_tspice_instance_t*, u32 sc, u32 str, u32 out, u32 err, u32 errlen);
typedef u32 (*s4_sc_f64_to_f64)(Z_tspice_instance_t*, u32 sc, f64 in, u32 out, u32 err, u32 errlen);
typedef u32 (*s4_sc_f64_to_str)(Z_tspice_instance_t*, u32 sc, f64 in, u32 out, u32 outlen, u32 err,
                                u32 errlen);

static int str_to_f64(spice4j_engine* e, s4_sc_str_to_f64 fn, int sc, const char* str, double* out,
                      spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 8);
  if (!S4_CHECK(e, err, fn(&e->inst, (uint32_t)sc, s4_str(e, str), p, S4_ERRARGS(e)))) *out = s4_get_f64(e, p);
  return s4_leave(e, err);
}

static int f64_to_f64(spice4j_engine* e, s4_sc_f64_to_f64 fn, int sc, double in, double* out,
                      spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 8);
  if (!S4_CHECK(e, err, fn(&e->inst, (uint32_t)sc, in, p, S4_ERRARGS(e)))) *out = s4_get_f64(e, p);
  return s4_leave(e, err);
}

static int f64_to_str(spice4j_engine* e, s4_sc_f64_to_str fn, int sc, double in, char* out, int outlen,
                      spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, (uint32_t)outlen);
  if (!S4_CHECK(e, err, fn(&e->inst, (uint32_t)sc, in, p, (uint32_t)outlen, S4_ERRARGS(e))))
    s4_get_str(e, p, out, outlen);
  return s4_leave(e, err);
}

int spice4j_scs2e(spice4j_engine* e, int sc, const char* sclkch, double* et, spice4j_error* err) {
  return str_to_f64(e, E(scs2e), sc, sclkch, et, err);
}

int spice4j_scencd(spice4j_engine* e, int sc, const char* sclkch, double* sclkdp, spice4j_error* err) {
  return str_to_f64(e, E(scencd), sc, sclkch, sclkdp, err);
}

int spice4j_sct2e(spice4j_engine* e, int sc, double sclkdp, double* et, spice4j_error* err) {
  return f64_to_f64(e, E(sct2e), sc, sclkdp, et, err);
}

int spice4j_sce2c(spice4j_engine* e, int sc, double et, double* sclkdp, spice4j_error* err) {
  return f64_to_f64(e, E(sce2c), sc, et, sclkdp, err);
}

int spice4j_sce2s(spice4j_engine* e, int sc, double et, char* sclkch, int outlen, spice4j_error* err) {
  return f64_to_str(e, E(sce2s), sc, et, sclkch, outlen, err);
}

int spice4j_scdecd(spice4j_engine* e, int sc, double sclkdp, char* sclkch, int outlen, spice4j_error* err) {
  return f64_to_str(e, E(scdecd), sc, sclkdp, sclkch, outlen, err);
}
