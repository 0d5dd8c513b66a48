/*
 * What the shim's domain files share: the engine struct, the trap guard and the marshalling
 * helpers that move values in and out of the instance's linear memory. Only the shim includes the
 * wasm2c header; domain files call exports as E(name)(...) through these helpers.
 */
#ifndef SPICE4J_ENGINE_INTERNAL_H
#define SPICE4J_ENGINE_INTERNAL_H

#include <string.h>

#include "host.h"
#include "spice4j_shim.h"
#include "tspice.h"
#include "wasm-rt-impl.h"

/* Size of the per-engine scratch region in linear memory; larger inputs fall back to malloc. */
#define S4_ARENA_BYTES (256u * 1024u)
#define S4_ERRBUF_BYTES 2048u

struct spice4j_engine {
  Z_tspice_instance_t inst;
  struct Z_env_instance_t env;
  struct Z_wasi_snapshot_preview1_instance_t wasi;
  s4_host host;
  uint32_t arena, arena_top;   /* bump allocator inside linear memory, reset per call */
  uint32_t errbuf;             /* the engine shim's err/errMaxBytes buffer */
  uint32_t* extra;             /* guest mallocs made by this call (too big for the arena) */
  uint32_t nextra, capextra;
  int dead;
  int cancel_reason;           /* S4_CANCEL_* the poll hook gave when it stopped the call */
  int trace_mode;              /* whether batches may switch CSPICE's traceback off (trace.c) */
};

/* Function entries between two cancellation polls. */
#define S4_POLL_EVERY 65536u

/* Calls an export: E(str2et)(&e->inst, ...) -> Z_tspiceZ_tspice_str2et(&e->inst, ...). */
#define E(name) Z_tspiceZ_tspice_##name

/* Every shim entry point starts with S4_ENTER: refuses dead engines, resets the scratch arena and
 * arms the trap guard. A trap anywhere below (wasm code, host imports, marshalling) lands here and
 * the function returns S4_ETRAP with the engine marked dead. */
#define S4_ENTER(e, err)                                          \
  do {                                                            \
    if (s4_begin((e), (err)) != S4_OK) return (err)->code;        \
    int s4_trap_code_ = wasm_rt_impl_try();                       \
    if (s4_trap_code_ != 0) return s4_trapped((e), (err), s4_trap_code_); \
  } while (0)

/* Checks an export's return code; on failure captures the structured error. Returns nonzero on failure. */
#define S4_CHECK(e, err, rc) s4_check((e), (err), (rc))
/* The err/errMaxBytes argument pair every export takes. */
#define S4_ERRARGS(e) (e)->errbuf, S4_ERRBUF_BYTES

int s4_begin(spice4j_engine* e, spice4j_error* err);
/* Adds the host's reason for refusing a file (if any) to a failure's messages. */
void s4_host_refusal_note(spice4j_engine* e, spice4j_error* err);
int s4_trapped(spice4j_engine* e, spice4j_error* err, int trap);
int s4_check(spice4j_engine* e, spice4j_error* err, uint32_t rc);
/* S4_CHECK for routines that open the DAF/DAS they are given and close it before returning (spkcov,
 * ckobj, dskobj, ...): when one fails after opening it, the link it left on the file is released
 * (leaks.c). routine is the CSPICE name as it appears in tracebacks, e.g. "SPKCOV". */
int s4_check_file(spice4j_engine* e, spice4j_error* err, uint32_t rc, const char* routine, const char* file);
/* After a failed load: closes DAF/DAS files it opened and left open, unless the kernel database holds
 * them (leaks.c). Only for furnsh: a file another call opened may be a caller's own handle. */
void s4_close_leaked(spice4j_engine* e);
/* Ends a call: releases per-call allocations and returns err->code. */
int s4_leave(spice4j_engine* e, spice4j_error* err);
/* Fails the call with S4_EMSG and a message (a shim-level limit, not a CSPICE error). */
int s4_fail_msg(spice4j_engine* e, spice4j_error* err, const char* msg);

/* Quiet batches (trace.c): s4_trace_quiet switches CSPICE's traceback bookkeeping off for the items of
 * a batch when this engine allows it and returns whether it did; s4_trace_restore(e, quiet) switches it
 * back on. Redo a failed item between the two with tracing on, so its error is a single call's. */
int s4_trace_quiet(spice4j_engine* e);
void s4_trace_restore(spice4j_engine* e, int quiet);

/* Scratch allocation in linear memory (zeroed), valid until the call ends. */
uint32_t s4_alloc(spice4j_engine* e, uint32_t bytes);
/* Copies a host C string in; NULL becomes an empty string. */
uint32_t s4_str(spice4j_engine* e, const char* s);
/* Copies n doubles in. */
uint32_t s4_f64s(spice4j_engine* e, const double* v, uint32_t n);

static inline uint8_t* s4_mem(spice4j_engine* e, uint32_t ptr, uint32_t len) {
  if ((uint64_t)ptr + len > e->inst.w2c_memory.size) wasm_rt_trap(WASM_RT_TRAP_OOB);
  return e->inst.w2c_memory.data + ptr;
}
static inline double s4_get_f64(spice4j_engine* e, uint32_t ptr) {
  double v; memcpy(&v, s4_mem(e, ptr, 8), 8); return v;
}
static inline int s4_get_i32(spice4j_engine* e, uint32_t ptr) {
  int32_t v; memcpy(&v, s4_mem(e, ptr, 4), 4); return v;
}
static inline void s4_get_f64s(spice4j_engine* e, uint32_t ptr, double* out, uint32_t n) {
  memcpy(out, s4_mem(e, ptr, 8 * n), 8 * (size_t)n);
}
/* Copies a guest string out into out[outlen] (always NUL-terminated, truncated if needed). */
void s4_get_str(spice4j_engine* e, uint32_t ptr, char* out, int outlen);

/* Engine-side cells and windows that only carry one call's output (spkobj, spkcov, ckobj, ckcov):
 * created, read out and freed within that call (cell_out.c). Each returns nonzero with err set on
 * failure; the free functions always free and report a failure only if the call had not failed yet. */
int s4_int_cell_new(spice4j_engine* e, int size, uint32_t* cell, spice4j_error* err);
/* Copies up to max members into ids; *n receives the cardinality, which may exceed max. */
int s4_int_cell_read(spice4j_engine* e, uint32_t cell, int* ids, int max, int* n, spice4j_error* err);
void s4_int_cell_free(spice4j_engine* e, uint32_t cell, spice4j_error* err);
int s4_window_new(spice4j_engine* e, int maxintervals, uint32_t* window, spice4j_error* err);
/* Copies up to max intervals into cover as [left, right, ...]; *n receives the interval count. */
int s4_window_read(spice4j_engine* e, uint32_t window, double* cover, int max, int* n, spice4j_error* err);
void s4_window_free(spice4j_engine* e, uint32_t window, spice4j_error* err);

/* Shared shapes of "lookup" exports (lookup.c): name -> (int, found) and int -> (name, found). */
typedef u32 (*s4_name_to_int)(Z_tspice_instance_t*, u32 name, u32 out, u32 found, u32 err, u32 errlen);
typedef u32 (*s4_int_to_name)(Z_tspice_instance_t*, u32 code, u32 out, u32 outlen, u32 found, u32 err,
                              u32 errlen);
int s4_lookup_int(spice4j_engine* e, s4_name_to_int fn, const char* name, int* code, int* found,
                  spice4j_error* err);
int s4_lookup_name(spice4j_engine* e, s4_int_to_name fn, int code, char* name, int namelen, int* found,
                   spice4j_error* err);

#endif
