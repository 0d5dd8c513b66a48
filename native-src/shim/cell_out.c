/* Output cells and windows: engine-side containers a call creates, fills through CSPICE, reads and frees. */
#include "engine_internal.h"

int s4_int_cell_new(spice4j_engine* e, int size, uint32_t* cell, spice4j_error* err) {
  uint32_t p = s4_alloc(e, 4);
  if (S4_CHECK(e, err, E(new_int_cell)(&e->inst, (uint32_t)size, p, S4_ERRARGS(e)))) return 1;
  *cell = (uint32_t)s4_get_i32(e, p);
  return 0;
}

int s4_int_cell_read(spice4j_engine* e, uint32_t cell, int* ids, int max, int* n, spice4j_error* err) {
  uint32_t p = s4_alloc(e, 8);
  if (S4_CHECK(e, err, E(card)(&e->inst, cell, p, S4_ERRARGS(e)))) return 1;
  int card = s4_get_i32(e, p);
  *n = card;
  for (int i = 0; i < card && i < max; i++) {
    if (S4_CHECK(e, err, E(cell_geti)(&e->inst, cell, (uint32_t)i, p + 4, S4_ERRARGS(e)))) return 1;
    ids[i] = s4_get_i32(e, p + 4);
  }
  return 0;
}

void s4_int_cell_free(spice4j_engine* e, uint32_t cell, spice4j_error* err) {
  uint32_t rc = E(free_cell)(&e->inst, cell, S4_ERRARGS(e));
  if (rc != 0 && err->code == S4_OK) S4_CHECK(e, err, rc);
}

int s4_window_new(spice4j_engine* e, int maxintervals, uint32_t* window, spice4j_error* err) {
  uint32_t p = s4_alloc(e, 4);
  if (S4_CHECK(e, err, E(new_window)(&e->inst, (uint32_t)maxintervals, p, S4_ERRARGS(e)))) return 1;
  *window = (uint32_t)s4_get_i32(e, p);
  return 0;
}

int s4_window_read(spice4j_engine* e, uint32_t window, double* cover, int max, int* n, spice4j_error* err) {
  uint32_t p = s4_alloc(e, 24);
  if (S4_CHECK(e, err, E(wncard)(&e->inst, window, p, S4_ERRARGS(e)))) return 1;
  int card = s4_get_i32(e, p);
  *n = card;
  for (int i = 0; i < card && i < max; i++) {
    if (S4_CHECK(e, err, E(wnfetd)(&e->inst, window, (uint32_t)i, p + 8, p + 16, S4_ERRARGS(e)))) return 1;
    cover[2 * i] = s4_get_f64(e, p + 8);
    cover[2 * i + 1] = s4_get_f64(e, p + 16);
  }
  return 0;
}

void s4_window_free(spice4j_engine* e, uint32_t window, spice4j_error* err) {
  uint32_t rc = E(free_window)(&e->inst, window, S4_ERRARGS(e));
  if (rc != 0 && err->code == S4_OK) S4_CHECK(e, err, rc);
}
