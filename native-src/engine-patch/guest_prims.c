/*
 * spice4j: host fast paths for the guest's runtime primitives (spliced into tspice.c by
 * engine-patch/guest-prims.sh before the first function).
 *
 * The engine's libc (musl memcpy/memmove/memset) and Fortran runtime (f2c s_copy/s_cmp), and SPICELIB's
 * array moves (MOVED/MOVEI) and error test (RETURN), run as wasm: a byte or word per step, every access
 * bounds-checked and a call per level. Name lookups, traceback and DAF reads call them thousands of times per state. Each
 * fast path checks the whole range once, does what the guest routine does on the host, and otherwise
 * declines (returns 0) so the guest's own code runs: out-of-bounds ranges still trap where they did,
 * and cases whose guest semantics differ from the host routine (negative lengths, a forward MOVEI onto
 * its own tail), and s_copy targets the guest's own loop fills as cheaply, keep the guest's code.
 * Results are the same bytes either way: GuestPrimitivesCheckTest compares both paths on random
 * arguments, GuestPrimitivesEquivalenceTest on every golden case (SPICE4J_GUEST_PRIMS=off).
 */
#include <string.h>

/* 1: fast paths on; 0: the guest's own code everywhere (SPICE4J_GUEST_PRIMS=off, read once when the
 * library loads, before any engine exists). */
int spice4j_guest_prims = 1;
/* Relaxed: the self-check flips it while other engines run; either path gives the same bytes. */
#define S4_PRIMS_ON() __atomic_load_n(&spice4j_guest_prims, __ATOMIC_RELAXED)

/* The wrappers still count toward the cancellation poll (fetch-engine.sh): a guest loop that calls only
 * fast-pathed primitives stays interruptible. */
#define S4_POLL_TICK() \
  do { if (__builtin_expect(--wasm_rt_s4_budget == 0, 0)) wasm_rt_s4_poll(); } while (0)

static inline int s4_in(const wasm_rt_memory_t* m, u32 p, u64 n) { return (u64)p + n <= m->size; }

/* musl memmove: any overlap; the host's memmove gives the same bytes. */
static inline int s4_host_memmove(wasm_rt_memory_t* m, u32 d, u32 s, u32 n) {
  if (!S4_PRIMS_ON() || !s4_in(m, d, n) || !s4_in(m, s, n)) return 0;
  memmove(m->data + d, m->data + s, n);
  return 1;
}

/* musl memcpy copies upwards a word at a time: only ranges that do not overlap give the same bytes as
 * the host's copy (the guest's own code keeps its behaviour for the rest). */
static inline int s4_host_memcpy(wasm_rt_memory_t* m, u32 d, u32 s, u32 n) {
  if (d < s ? (u64)d + n > s : (u64)s + n > d) return 0;
  return s4_host_memmove(m, d, s, n);
}

/* musl memset: stores (unsigned char)c. */
static inline int s4_host_memset(wasm_rt_memory_t* m, u32 d, u32 c, u32 n) {
  if (!S4_PRIMS_ON() || !s4_in(m, d, n)) return 0;
  memset(m->data + d, (int)(c & 0xffu), n);
  return 1;
}

/* f2c s_copy(a, b, la, lb): the first min(la, lb) characters of b, copied overlap-safe, then blanks
 * up to la. Tokenizers call it thousands of times per string for one character, which is done here
 * directly; other targets under S4_HOST_MIN bytes cost no more in the guest's own loop than a host
 * memmove and memset would, so they stay there. */
#define S4_HOST_MIN 16u
static inline int s4_host_s_copy(wasm_rt_memory_t* m, u32 a, u32 b, u32 la, u32 lb) {
  if ((s32)(la | lb) < 0 || !S4_PRIMS_ON()) return 0;
  if (la == 1) {
    if (!s4_in(m, a, 1) || !s4_in(m, b, lb ? 1 : 0)) return 0;
    m->data[a] = lb ? m->data[b] : (u8)' ';
    return 1;
  }
  if (la < S4_HOST_MIN) return 0;
  u32 n = la < lb ? la : lb;
  if (!s4_in(m, a, la) || !s4_in(m, b, n)) return 0;
  memmove(m->data + a, m->data + b, n);
  memset(m->data + a + n, ' ', la - n);
  return 1;
}

/* f2c s_cmp(a, b, la, lb): compares as unsigned bytes, the shorter string blank-padded; the result is
 * the difference of the first unequal pair. */
static inline int s4_host_s_cmp(wasm_rt_memory_t* m, u32 a, u32 b, u32 la, u32 lb, u32* result) {
  if ((s32)(la | lb) < 0 || !S4_PRIMS_ON() || !s4_in(m, a, la) || !s4_in(m, b, lb)) return 0;
  const u8* x = m->data + a;
  const u8* y = m->data + b;
  u32 i = 0, n = la < lb ? la : lb;
  for (; i < n; i++) if (x[i] != y[i]) { *result = (u32)((s32)x[i] - (s32)y[i]); return 1; }
  for (; i < la; i++) if (x[i] != ' ') { *result = (u32)((s32)x[i] - ' '); return 1; }
  for (; i < lb; i++) if (y[i] != ' ') { *result = (u32)(' ' - (s32)y[i]); return 1; }
  *result = 0;
  return 1;
}

/* MOVED/MOVEI(from, *n, to): n elements of width bytes. The guest's MOVED hands n*8 bytes to memmove;
 * MOVEI copies element by element upwards, which equals memmove unless `to` lies inside the source
 * past its start (then the guest's forward copy repeats elements: declined). */
static inline int s4_host_move(wasm_rt_memory_t* m, u32 from, u32 np, u32 to, u32 width, int forward) {
  if (!S4_PRIMS_ON() || !s4_in(m, np, 4)) return 0;
  s32 n;
  memcpy(&n, m->data + np, 4);
  if (n <= 0) return 1;
  if (n >= (1 << 28)) return 0;
  u32 len = (u32)n * width;
  if (forward && to > from && (u64)from + len > to) return 0;
  return s4_host_memmove(m, to, from, len);
}

/* RETURN(): true only while an error is pending (then it asks for the error action); the word it tests
 * first is zero in every call that has not failed, and then it returns false having changed nothing. */
static inline int s4_word_zero(const wasm_rt_memory_t* m, u32 addr) {
  u32 v;
  if (!S4_PRIMS_ON() || !s4_in(m, addr, 4)) return 0;
  memcpy(&v, m->data + addr, 4);
  return v == 0;
}

/* CHKIN/CHKOUT with tracing off (quiet batches, shim trace.c): the traceback package returns at once
 * when its NOTRC flag is set, so the call into it is skipped. */
static inline int s4_trace_off(const wasm_rt_memory_t* m) {
  return S4_PRIMS_ON() && s4_in(m, S4_TRC_NOTRC, 1) && m->data[S4_TRC_NOTRC] != 0;
}
