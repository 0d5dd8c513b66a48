/* The two lookup shapes shared by ids/names and frames (bodn2c/bods2c/namfrm, bodc2n/frmnam). */
#include "engine_internal.h"

int s4_lookup_int(spice4j_engine* e, s4_name_to_int fn, const char* name, int* code, int* found,
                  spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t pc = s4_alloc(e, 4), pf = s4_alloc(e, 4);
  if (!S4_CHECK(e, err, fn(&e->inst, s4_str(e, name), pc, pf, S4_ERRARGS(e)))) {
    *code = s4_get_i32(e, pc);
    *found = s4_get_i32(e, pf);
  }
  return s4_leave(e, err);
}

int s4_lookup_name(spice4j_engine* e, s4_int_to_name fn, int code, char* name, int namelen, int* found,
                   spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t pn = s4_alloc(e, (uint32_t)namelen), pf = s4_alloc(e, 4);
  if (!S4_CHECK(e, err, fn(&e->inst, (uint32_t)code, pn, (uint32_t)namelen, pf, S4_ERRARGS(e)))) {
    *found = s4_get_i32(e, pf);
    s4_get_str(e, pn, name, namelen);
  }
  return s4_leave(e, err);
}
