/*
 * Quiet batches: CSPICE's traceback bookkeeping (a chkin and a chkout, each a name copy and compare, on
 * entry to and exit from every routine) is about a quarter of a state's instructions. CSPICE's trcoff
 * switches it off with a flag of its traceback package, but the engine neither exports trcoff nor a way
 * back, so the batch loops set and clear that flag themselves around the per-epoch calls. Results are
 * unchanged (the flag only skips the bookkeeping); a failing item is redone with tracing on, so its error
 * and traceback are those of a single call.
 *
 * The flag and the trace depth are statics at fixed addresses of the pinned wasm (engine sha256 in
 * native-src/pom.xml). The probe checks both by behaviour before first use: the exported chkin/chkout
 * move the depth by one with the flag clear and leave it alone with the flag set. If the check fails
 * (another engine build), batches simply keep tracing.
 */
#include "engine_internal.h"

/* trcpkg's NOTRC (a Fortran LOGICAL, tested as a byte) and its trace depth in this engine's memory. */
#define S4_TRC_NOTRC 72584884u
#define S4_TRC_DEPTH 72584900u

enum { TRACE_UNPROBED = 0, TRACE_QUIETABLE = 1, TRACE_FIXED = 2 };

static int depth(spice4j_engine* e) { return s4_get_i32(e, S4_TRC_DEPTH); }

static void set_notrc(spice4j_engine* e, uint8_t on) { *s4_mem(e, S4_TRC_NOTRC, 1) = on; }

/* One chkin/chkout pair; returns the depth seen between them, or -1 when either call failed. */
static int depth_inside(spice4j_engine* e, uint32_t module) {
  if (E(chkin)(&e->inst, module, S4_ERRARGS(e)) != 0) return -1;
  int d = depth(e);
  if (E(chkout)(&e->inst, module, S4_ERRARGS(e)) != 0) return -1;
  return d;
}

static int probe(spice4j_engine* e) {
  if ((uint64_t)S4_TRC_DEPTH + 4 > e->inst.w2c_memory.size || *s4_mem(e, S4_TRC_NOTRC, 1) != 0) return 0;
  uint32_t module = s4_str(e, "SPICE4J_PROBE");
  int d0 = depth(e);
  if (d0 < 0 || depth_inside(e, module) != d0 + 1 || depth(e) != d0) return 0;
  set_notrc(e, 1);
  int quiet = depth_inside(e, module) == d0 && depth(e) == d0;
  set_notrc(e, 0);
  return quiet && depth(e) == d0;
}

int s4_trace_quiet(spice4j_engine* e) {
  if (e->trace_mode == TRACE_UNPROBED) e->trace_mode = probe(e) ? TRACE_QUIETABLE : TRACE_FIXED;
  if (e->trace_mode != TRACE_QUIETABLE) return 0;
  set_notrc(e, 1);
  return 1;
}

void s4_trace_restore(spice4j_engine* e, int quiet) {
  if (quiet) set_notrc(e, 0);
}
