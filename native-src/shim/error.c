/* The CSPICE error subsystem as the engine exposes it: failed, reset, getmsg, setmsg, sigerr, chkin, chkout. */
#include "engine_internal.h"

int spice4j_failed(spice4j_engine* e, int* failed, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t pf = s4_alloc(e, 4);
  if (!S4_CHECK(e, err, E(failed)(&e->inst, pf, S4_ERRARGS(e)))) *failed = s4_get_i32(e, pf);
  return s4_leave(e, err);
}

int spice4j_reset(spice4j_engine* e, spice4j_error* err) {
  S4_ENTER(e, err);
  S4_CHECK(e, err, E(reset)(&e->inst, S4_ERRARGS(e)));
  return s4_leave(e, err);
}

int spice4j_getmsg(spice4j_engine* e, const char* option, char* out, int outlen, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t po = s4_alloc(e, (uint32_t)outlen);
  if (!S4_CHECK(e, err, E(getmsg)(&e->inst, s4_str(e, option), po, (uint32_t)outlen, S4_ERRARGS(e))))
    s4_get_str(e, po, out, outlen);
  return s4_leave(e, err);
}

/* setmsg, sigerr, chkin and chkout all take one string and return nothing. */
typedef u32 (*s4_str_export)(Z_tspice_instance_t*, u32, u32, u32);

static int call_with_string(spice4j_engine* e, s4_str_export fn, const char* s, spice4j_error* err) {
  S4_ENTER(e, err);
  S4_CHECK(e, err, fn(&e->inst, s4_str(e, s), S4_ERRARGS(e)));
  return s4_leave(e, err);
}

int spice4j_setmsg(spice4j_engine* e, const char* message, spice4j_error* err) {
  return call_with_string(e, E(setmsg), message, err);
}
int spice4j_sigerr(spice4j_engine* e, const char* shortmsg, spice4j_error* err) {
  return call_with_string(e, E(sigerr), shortmsg, err);
}
int spice4j_chkin(spice4j_engine* e, const char* module, spice4j_error* err) {
  return call_with_string(e, E(chkin), module, err);
}
int spice4j_chkout(spice4j_engine* e, const char* module, spice4j_error* err) {
  return call_with_string(e, E(chkout), module, err);
}
