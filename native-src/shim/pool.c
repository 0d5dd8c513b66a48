/* Kernel pool: gdpool, gipool, gcpool, gnpool, dtpool, pdpool, pipool, pcpool, swpool, cvpool, expool. */
#include "engine_internal.h"

/* Bytes for count items of size each, or 0 (with err set) when that does not fit linear memory. */
static uint32_t block_bytes(spice4j_engine* e, int count, int size, spice4j_error* err) {
  uint64_t bytes = (uint64_t)(count > 0 ? count : 1) * (uint64_t)size;
  if (count < 0 || size <= 0 || bytes > 0x40000000u) {
    s4_fail_msg(e, err, "kernel pool buffer size out of range");
    return 0;
  }
  return (uint32_t)bytes;
}

/* The shape shared by gdpool and gipool: (name, start, room) -> (n, values[elem], found). */
typedef u32 (*s4_pool_get)(Z_tspice_instance_t*, u32 name, u32 start, u32 room, u32 n, u32 values, u32 found,
                           u32 err, u32 errlen);

static int get_numbers(spice4j_engine* e, s4_pool_get fn, const char* name, int start, int room, int elem,
                       int* n, void* values, int* found, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t bytes = block_bytes(e, room, elem, err);
  if (!bytes) return s4_leave(e, err);
  uint32_t p = s4_alloc(e, 8), pv = s4_alloc(e, bytes);
  if (!S4_CHECK(e, err, fn(&e->inst, s4_str(e, name), (uint32_t)start, (uint32_t)room, p, pv, p + 4,
                           S4_ERRARGS(e)))) {
    *found = s4_get_i32(e, p + 4);
    int got = *found ? s4_get_i32(e, p) : 0;
    if (got < 0 || got > room) got = 0; /* never trust a count beyond the buffer */
    *n = got;
    memcpy(values, s4_mem(e, pv, (uint32_t)got * (uint32_t)elem), (size_t)got * (size_t)elem);
  }
  return s4_leave(e, err);
}

int spice4j_gdpool(spice4j_engine* e, const char* name, int start, int room, int* n, double* values, int* found,
                   spice4j_error* err) {
  return get_numbers(e, E(gdpool), name, start, room, 8, n, values, found, err);
}

int spice4j_gipool(spice4j_engine* e, const char* name, int start, int room, int* n, int* ivals, int* found,
                   spice4j_error* err) {
  return get_numbers(e, E(gipool), name, start, room, 4, n, ivals, found, err);
}

/* The shape shared by gcpool and gnpool: (name, start, room, lenout) -> (n, strings, found). */
typedef u32 (*s4_pool_strings)(Z_tspice_instance_t*, u32 name, u32 start, u32 room, u32 lenout, u32 n, u32 out,
                               u32 found, u32 err, u32 errlen);

static int get_strings(spice4j_engine* e, s4_pool_strings fn, const char* name, int start, int room, int lenout,
                       int* n, char* out, int* found, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t bytes = block_bytes(e, room, lenout, err);
  if (!bytes) return s4_leave(e, err);
  uint32_t p = s4_alloc(e, 8), po = s4_alloc(e, bytes);
  if (!S4_CHECK(e, err, fn(&e->inst, s4_str(e, name), (uint32_t)start, (uint32_t)room, (uint32_t)lenout, p, po,
                           p + 4, S4_ERRARGS(e)))) {
    *found = s4_get_i32(e, p + 4);
    int got = *found ? s4_get_i32(e, p) : 0;
    if (got < 0 || got > room) got = 0;
    *n = got;
    for (int i = 0; i < got; i++) s4_get_str(e, po + (uint32_t)i * (uint32_t)lenout, out + (size_t)i * lenout, lenout);
  }
  return s4_leave(e, err);
}

int spice4j_gcpool(spice4j_engine* e, const char* name, int start, int room, int lenout, int* n, char* cvals,
                   int* found, spice4j_error* err) {
  return get_strings(e, E(gcpool), name, start, room, lenout, n, cvals, found, err);
}

int spice4j_gnpool(spice4j_engine* e, const char* name, int start, int room, int lenout, int* n, char* kvars,
                   int* found, spice4j_error* err) {
  return get_strings(e, E(gnpool), name, start, room, lenout, n, kvars, found, err);
}

int spice4j_dtpool(spice4j_engine* e, const char* name, int* found, int* n, char* type, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 16);
  if (!S4_CHECK(e, err, E(dtpool)(&e->inst, s4_str(e, name), p, p + 4, p + 8, 2, S4_ERRARGS(e)))) {
    *found = s4_get_i32(e, p);
    *n = s4_get_i32(e, p + 4);
    *type = (char)*s4_mem(e, p + 8, 1);
  }
  return s4_leave(e, err);
}

int spice4j_pdpool(spice4j_engine* e, const char* name, int n, const double* values, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t bytes = block_bytes(e, n, 8, err);
  if (!bytes) return s4_leave(e, err);
  uint32_t pv = s4_alloc(e, bytes);
  memcpy(s4_mem(e, pv, (uint32_t)n * 8u), values, (size_t)n * 8);
  S4_CHECK(e, err, E(pdpool)(&e->inst, s4_str(e, name), (uint32_t)n, pv, S4_ERRARGS(e)));
  return s4_leave(e, err);
}

int spice4j_pipool(spice4j_engine* e, const char* name, int n, const int* ivals, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t bytes = block_bytes(e, n, 4, err);
  if (!bytes) return s4_leave(e, err);
  uint32_t pv = s4_alloc(e, bytes);
  memcpy(s4_mem(e, pv, (uint32_t)n * 4u), ivals, (size_t)n * 4);
  S4_CHECK(e, err, E(pipool)(&e->inst, s4_str(e, name), (uint32_t)n, pv, S4_ERRARGS(e)));
  return s4_leave(e, err);
}

/* Copies n fixed-width strings into linear memory. */
static uint32_t fixed_strings(spice4j_engine* e, int n, int width, const char* strings, spice4j_error* err) {
  uint32_t bytes = block_bytes(e, n, width, err);
  if (!bytes) return 0;
  uint32_t p = s4_alloc(e, bytes);
  memcpy(s4_mem(e, p, (uint32_t)n * (uint32_t)width), strings, (size_t)n * (size_t)width);
  return p;
}

int spice4j_pcpool(spice4j_engine* e, const char* name, int n, int lenvals, const char* cvals, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t pc = fixed_strings(e, n, lenvals, cvals, err);
  if (pc) S4_CHECK(e, err, E(pcpool)(&e->inst, s4_str(e, name), (uint32_t)n, (uint32_t)lenvals, pc, S4_ERRARGS(e)));
  return s4_leave(e, err);
}

int spice4j_swpool(spice4j_engine* e, const char* agent, int nnames, int namlen, const char* names,
                   spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t pn = fixed_strings(e, nnames, namlen, names, err);
  if (pn)
    S4_CHECK(e, err, E(swpool)(&e->inst, s4_str(e, agent), (uint32_t)nnames, (uint32_t)namlen, pn, S4_ERRARGS(e)));
  return s4_leave(e, err);
}

int spice4j_cvpool(spice4j_engine* e, const char* agent, int* update, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 4);
  if (!S4_CHECK(e, err, E(cvpool)(&e->inst, s4_str(e, agent), p, S4_ERRARGS(e)))) *update = s4_get_i32(e, p);
  return s4_leave(e, err);
}

int spice4j_expool(spice4j_engine* e, const char* name, int* found, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 4);
  if (!S4_CHECK(e, err, E(expool)(&e->inst, s4_str(e, name), p, S4_ERRARGS(e)))) *found = s4_get_i32(e, p);
  return s4_leave(e, err);
}
