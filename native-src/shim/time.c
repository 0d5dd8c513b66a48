/* Time conversion: str2et, et2utc, timout, deltet, unitim, tparse, tpictr, timdef, tkvrsn. */
#include "engine_internal.h"

/* Calls an export that writes one string output, then copies it out. */
#define S4_STRING_OUT(outptr, out, outlen) s4_get_str(e, (outptr), (out), (outlen))

int spice4j_tkvrsn_toolkit(spice4j_engine* e, char* out, int outlen, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t po = s4_alloc(e, (uint32_t)outlen);
  if (!S4_CHECK(e, err, E(tkvrsn_toolkit)(&e->inst, po, (uint32_t)outlen, S4_ERRARGS(e))))
    S4_STRING_OUT(po, out, outlen);
  return s4_leave(e, err);
}

int spice4j_str2et(spice4j_engine* e, const char* str, double* et, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t pet = s4_alloc(e, 8);
  if (!S4_CHECK(e, err, E(str2et)(&e->inst, s4_str(e, str), pet, S4_ERRARGS(e)))) *et = s4_get_f64(e, pet);
  return s4_leave(e, err);
}

int spice4j_et2utc(spice4j_engine* e, double et, const char* format, int prec, char* out, int outlen,
                   spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t po = s4_alloc(e, (uint32_t)outlen);
  if (!S4_CHECK(e, err, E(et2utc)(&e->inst, et, s4_str(e, format), (uint32_t)prec, po, (uint32_t)outlen,
                                  S4_ERRARGS(e))))
    S4_STRING_OUT(po, out, outlen);
  return s4_leave(e, err);
}

int spice4j_timout(spice4j_engine* e, double et, const char* pictur, char* out, int outlen,
                   spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t po = s4_alloc(e, (uint32_t)outlen);
  if (!S4_CHECK(e, err, E(timout)(&e->inst, et, s4_str(e, pictur), po, (uint32_t)outlen, S4_ERRARGS(e))))
    S4_STRING_OUT(po, out, outlen);
  return s4_leave(e, err);
}

int spice4j_deltet(spice4j_engine* e, double epoch, const char* eptype, double* delta, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t pd = s4_alloc(e, 8);
  if (!S4_CHECK(e, err, E(deltet)(&e->inst, epoch, s4_str(e, eptype), pd, S4_ERRARGS(e))))
    *delta = s4_get_f64(e, pd);
  return s4_leave(e, err);
}

int spice4j_unitim(spice4j_engine* e, double epoch, const char* insys, const char* outsys, double* out,
                   spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t po = s4_alloc(e, 8);
  if (!S4_CHECK(e, err, E(unitim)(&e->inst, epoch, s4_str(e, insys), s4_str(e, outsys), po, S4_ERRARGS(e))))
    *out = s4_get_f64(e, po);
  return s4_leave(e, err);
}

int spice4j_tparse(spice4j_engine* e, const char* string, double* sp2000, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t pt = s4_alloc(e, 8);
  if (!S4_CHECK(e, err, E(tparse)(&e->inst, s4_str(e, string), pt, S4_ERRARGS(e)))) *sp2000 = s4_get_f64(e, pt);
  return s4_leave(e, err);
}

int spice4j_tpictr(spice4j_engine* e, const char* sample, char* pictur, int outlen, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t po = s4_alloc(e, (uint32_t)outlen);
  if (!S4_CHECK(e, err, E(tpictr)(&e->inst, s4_str(e, sample), 0, po, (uint32_t)outlen, S4_ERRARGS(e))))
    S4_STRING_OUT(po, pictur, outlen);
  return s4_leave(e, err);
}

int spice4j_timdef_get(spice4j_engine* e, const char* item, char* value, int outlen, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t po = s4_alloc(e, (uint32_t)outlen);
  if (!S4_CHECK(e, err, E(timdef_get)(&e->inst, s4_str(e, item), po, (uint32_t)outlen, S4_ERRARGS(e))))
    S4_STRING_OUT(po, value, outlen);
  return s4_leave(e, err);
}

int spice4j_timdef_set(spice4j_engine* e, const char* item, const char* value, spice4j_error* err) {
  S4_ENTER(e, err);
  S4_CHECK(e, err, E(timdef_set)(&e->inst, s4_str(e, item), s4_str(e, value), S4_ERRARGS(e)));
  return s4_leave(e, err);
}

/* str2et over n strings packed NUL-separated in strs: one linear-memory buffer sized for the longest
 * string is reused for every epoch. On a failure *failed_at is the string's index. */
int spice4j_str2et_batch(spice4j_engine* e, const char* strs, int n, double* ets, int* failed_at,
                         spice4j_error* err) {
  S4_ENTER(e, err);
  *failed_at = -1;
  size_t longest = 0;
  const char* s = strs;
  for (int i = 0; i < n; i++) {
    size_t len = strlen(s);
    if (len > longest) longest = len;
    s += len + 1;
  }
  if (longest >= 0x7fffffffu) wasm_rt_trap(WASM_RT_TRAP_EXHAUSTION);
  uint32_t ps = s4_alloc(e, (uint32_t)longest + 1), pet = s4_alloc(e, 8);
  s = strs;
  for (int i = 0; i < n; i++) {
    size_t len = strlen(s);
    memcpy(s4_mem(e, ps, (uint32_t)len + 1), s, len + 1);
    if (S4_CHECK(e, err, E(str2et)(&e->inst, ps, pet, S4_ERRARGS(e)))) {
      *failed_at = i;
      break;
    }
    ets[i] = s4_get_f64(e, pet);
    s += len + 1;
  }
  return s4_leave(e, err);
}

/* et2utc over n epochs: string i goes to out + i*width (NUL-terminated, at most width-1 chars). */
int spice4j_et2utc_batch(spice4j_engine* e, const double* ets, int n, const char* format, int prec, char* out,
                         int width, int* failed_at, spice4j_error* err) {
  S4_ENTER(e, err);
  *failed_at = -1;
  uint32_t pf = s4_str(e, format), po = s4_alloc(e, (uint32_t)width);
  for (int i = 0; i < n; i++) {
    if (S4_CHECK(e, err, E(et2utc)(&e->inst, ets[i], pf, (uint32_t)prec, po, (uint32_t)width, S4_ERRARGS(e)))) {
      *failed_at = i;
      break;
    }
    S4_STRING_OUT(po, out + (size_t)width * i, width);
  }
  return s4_leave(e, err);
}
