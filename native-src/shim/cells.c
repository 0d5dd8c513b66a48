/* Cells and windows in linear memory: allocation, set/cell routines and the window routines. */
#include "engine_internal.h"

/* Exports shaped (u32 a, u32 b, err, errlen): ssize/scard/insrti take (value, cell), card/size/wncard
 * and the constructors take (cell or size, out pointer). */
typedef u32 (*s4_u32_u32)(Z_tspice_instance_t*, u32, u32, u32, u32);
/* Exports shaped (u32 a, err, errlen): free_cell, free_window. */
typedef u32 (*s4_u32)(Z_tspice_instance_t*, u32, u32, u32);
/* Exports shaped (u32 a, u32 b, u32 c, err, errlen): valid, wnvald (size, n, cell). */
typedef u32 (*s4_u32_u32_u32)(Z_tspice_instance_t*, u32, u32, u32, u32, u32);

/* Calls a constructor-like export whose last argument is an out int (cell address, card, size). */
static int call_out_int(spice4j_engine* e, s4_u32_u32 fn, uint32_t arg, int* out, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 8);
  if (!S4_CHECK(e, err, fn(&e->inst, arg, p, S4_ERRARGS(e)))) *out = s4_get_i32(e, p);
  return s4_leave(e, err);
}

static int call_in2(spice4j_engine* e, s4_u32_u32 fn, uint32_t a, uint32_t b, spice4j_error* err) {
  S4_ENTER(e, err);
  S4_CHECK(e, err, fn(&e->inst, a, b, S4_ERRARGS(e)));
  return s4_leave(e, err);
}

static int call_in1(spice4j_engine* e, s4_u32 fn, uint32_t a, spice4j_error* err) {
  S4_ENTER(e, err);
  S4_CHECK(e, err, fn(&e->inst, a, S4_ERRARGS(e)));
  return s4_leave(e, err);
}

static int call_in3(spice4j_engine* e, s4_u32_u32_u32 fn, uint32_t a, uint32_t b, uint32_t c, spice4j_error* err) {
  S4_ENTER(e, err);
  S4_CHECK(e, err, fn(&e->inst, a, b, c, S4_ERRARGS(e)));
  return s4_leave(e, err);
}

int spice4j_new_int_cell(spice4j_engine* e, int size, uint32_t* cell, spice4j_error* err) {
  int v = 0;
  int rc = call_out_int(e, E(new_int_cell), (uint32_t)size, &v, err);
  if (rc == S4_OK) *cell = (uint32_t)v;
  return rc;
}

int spice4j_new_double_cell(spice4j_engine* e, int size, uint32_t* cell, spice4j_error* err) {
  int v = 0;
  int rc = call_out_int(e, E(new_double_cell), (uint32_t)size, &v, err);
  if (rc == S4_OK) *cell = (uint32_t)v;
  return rc;
}

int spice4j_new_window(spice4j_engine* e, int maxintervals, uint32_t* window, spice4j_error* err) {
  int v = 0;
  int rc = call_out_int(e, E(new_window), (uint32_t)maxintervals, &v, err);
  if (rc == S4_OK) *window = (uint32_t)v;
  return rc;
}

int spice4j_new_char_cell(spice4j_engine* e, int size, int length, uint32_t* cell, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 8);
  if (!S4_CHECK(e, err, E(new_char_cell)(&e->inst, (uint32_t)size, (uint32_t)length, p, S4_ERRARGS(e))))
    *cell = (uint32_t)s4_get_i32(e, p);
  return s4_leave(e, err);
}

int spice4j_free_cell(spice4j_engine* e, uint32_t cell, spice4j_error* err) {
  return call_in1(e, E(free_cell), cell, err);
}

int spice4j_free_window(spice4j_engine* e, uint32_t window, spice4j_error* err) {
  return call_in1(e, E(free_window), window, err);
}

int spice4j_ssize(spice4j_engine* e, int size, uint32_t cell, spice4j_error* err) {
  return call_in2(e, E(ssize), (uint32_t)size, cell, err);
}

int spice4j_scard(spice4j_engine* e, int card, uint32_t cell, spice4j_error* err) {
  return call_in2(e, E(scard), (uint32_t)card, cell, err);
}

int spice4j_card(spice4j_engine* e, uint32_t cell, int* card, spice4j_error* err) {
  return call_out_int(e, E(card), cell, card, err);
}

int spice4j_size(spice4j_engine* e, uint32_t cell, int* size, spice4j_error* err) {
  return call_out_int(e, E(size), cell, size, err);
}

int spice4j_valid(spice4j_engine* e, int size, int n, uint32_t cell, spice4j_error* err) {
  return call_in3(e, E(valid), (uint32_t)size, (uint32_t)n, cell, err);
}

int spice4j_insrti(spice4j_engine* e, int item, uint32_t cell, spice4j_error* err) {
  return call_in2(e, E(insrti), (uint32_t)item, cell, err);
}

int spice4j_insrtd(spice4j_engine* e, double item, uint32_t cell, spice4j_error* err) {
  S4_ENTER(e, err);
  S4_CHECK(e, err, E(insrtd)(&e->inst, item, cell, S4_ERRARGS(e)));
  return s4_leave(e, err);
}

int spice4j_insrtc(spice4j_engine* e, const char* item, uint32_t cell, spice4j_error* err) {
  S4_ENTER(e, err);
  S4_CHECK(e, err, E(insrtc)(&e->inst, s4_str(e, item), cell, S4_ERRARGS(e)));
  return s4_leave(e, err);
}

int spice4j_cell_geti(spice4j_engine* e, uint32_t cell, int index, int* item, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 8);
  if (!S4_CHECK(e, err, E(cell_geti)(&e->inst, cell, (uint32_t)index, p, S4_ERRARGS(e)))) *item = s4_get_i32(e, p);
  return s4_leave(e, err);
}

int spice4j_cell_getd(spice4j_engine* e, uint32_t cell, int index, double* item, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 8);
  if (!S4_CHECK(e, err, E(cell_getd)(&e->inst, cell, (uint32_t)index, p, S4_ERRARGS(e)))) *item = s4_get_f64(e, p);
  return s4_leave(e, err);
}

int spice4j_cell_getc(spice4j_engine* e, uint32_t cell, int index, char* out, int outlen, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, (uint32_t)outlen);
  if (!S4_CHECK(e, err, E(cell_getc)(&e->inst, cell, (uint32_t)index, p, (uint32_t)outlen, S4_ERRARGS(e))))
    s4_get_str(e, p, out, outlen);
  return s4_leave(e, err);
}

int spice4j_wninsd(spice4j_engine* e, double left, double right, uint32_t window, spice4j_error* err) {
  S4_ENTER(e, err);
  S4_CHECK(e, err, E(wninsd)(&e->inst, left, right, window, S4_ERRARGS(e)));
  return s4_leave(e, err);
}

int spice4j_wncard(spice4j_engine* e, uint32_t window, int* card, spice4j_error* err) {
  return call_out_int(e, E(wncard), window, card, err);
}

int spice4j_wnfetd(spice4j_engine* e, uint32_t window, int index, double* left, double* right,
                   spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 16);
  if (!S4_CHECK(e, err, E(wnfetd)(&e->inst, window, (uint32_t)index, p, p + 8, S4_ERRARGS(e)))) {
    *left = s4_get_f64(e, p);
    *right = s4_get_f64(e, p + 8);
  }
  return s4_leave(e, err);
}

int spice4j_wnvald(spice4j_engine* e, int size, int n, uint32_t window, spice4j_error* err) {
  return call_in3(e, E(wnvald), (uint32_t)size, (uint32_t)n, window, err);
}
