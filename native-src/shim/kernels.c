/* Kernel loading and the kernel database: furnsh, unload, kclear, ktotal, kdata. */
#include "engine_internal.h"

int spice4j_furnsh(spice4j_engine* e, const char* file, spice4j_error* err) {
  S4_ENTER(e, err);
  if (S4_CHECK(e, err, E(furnsh)(&e->inst, s4_str(e, file), S4_ERRARGS(e)))) s4_close_leaked(e);
  return s4_leave(e, err);
}

int spice4j_unload(spice4j_engine* e, const char* file, spice4j_error* err) {
  S4_ENTER(e, err);
  S4_CHECK(e, err, E(unload)(&e->inst, s4_str(e, file), S4_ERRARGS(e)));
  return s4_leave(e, err);
}

int spice4j_kclear(spice4j_engine* e, spice4j_error* err) {
  S4_ENTER(e, err);
  S4_CHECK(e, err, E(kclear)(&e->inst, S4_ERRARGS(e)));
  return s4_leave(e, err);
}

int spice4j_ktotal(spice4j_engine* e, const char* kind, int* count, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t pc = s4_alloc(e, 4);
  if (!S4_CHECK(e, err, E(ktotal)(&e->inst, s4_str(e, kind), pc, S4_ERRARGS(e)))) *count = s4_get_i32(e, pc);
  return s4_leave(e, err);
}

int spice4j_kdata(spice4j_engine* e, int which, const char* kind, char* file, int filelen, char* filtyp,
                  int typlen, char* source, int srclen, int* handle, int* found, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t pfile = s4_alloc(e, (uint32_t)filelen), ptyp = s4_alloc(e, (uint32_t)typlen);
  uint32_t psrc = s4_alloc(e, (uint32_t)srclen), p = s4_alloc(e, 8);
  if (!S4_CHECK(e, err, E(kdata)(&e->inst, (uint32_t)which, s4_str(e, kind), pfile, (uint32_t)filelen, ptyp,
                                 (uint32_t)typlen, psrc, (uint32_t)srclen, p, p + 4, S4_ERRARGS(e)))) {
    *handle = s4_get_i32(e, p);
    *found = s4_get_i32(e, p + 4);
    s4_get_str(e, pfile, file, filelen);
    s4_get_str(e, ptyp, filtyp, typlen);
    s4_get_str(e, psrc, source, srclen);
  }
  return s4_leave(e, err);
}
