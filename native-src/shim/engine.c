/*
 * Engine lifecycle, the trap guard, error capture and linear-memory marshalling.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "engine_internal.h"

/* A mutex-guarded flag rather than pthread_once: glibc 2.34 moved pthread_once to a new symbol
 * version, and the library should load on glibc 2.17+. */
static pthread_mutex_t module_lock = PTHREAD_MUTEX_INITIALIZER;
static int module_ready;

/* wasm2c registers function types in process globals once; instances are independent after that. */
static void init_module(void) {
  wasm_rt_init();
  Z_tspice_init_module();
}

/* Cancellation (see fetch-engine.sh): the budget the generated code counts down, the engine this
 * thread is running and whether its current call has polled yet. */
_Thread_local S4_TLS_HOT uint32_t wasm_rt_s4_budget;
static _Thread_local spice4j_engine* current;
static _Thread_local int fresh_call;
static spice4j_poll_hook poll_hook;

void spice4j_set_poll_hook(spice4j_poll_hook hook) { poll_hook = hook; }

/* The guest primitives' switch (engine-patch/guest_prims.c, in the generated engine). */
extern int spice4j_guest_prims;

void spice4j_guest_prims_from_env(void) {
  const char* v = getenv("SPICE4J_GUEST_PRIMS");
  if (v && strcmp(v, "off") == 0) spice4j_guest_prims = 0;
}

int spice4j_guest_prims_enabled(void) { return __atomic_load_n(&spice4j_guest_prims, __ATOMIC_RELAXED); }

/* In the generated engine (engine-patch/guest_prims_check.c). */
int spice4j_guest_prims_check(Z_tspice_instance_t* inst, uint32_t base, uint32_t len, uint64_t seed, int n,
                              char* what, size_t cap);

int spice4j_engine_guest_prims_check(spice4j_engine* e, uint64_t seed, int n, char* what, size_t cap,
                                     spice4j_error* err) {
  int saved = __atomic_load_n(&spice4j_guest_prims, __ATOMIC_RELAXED);
  int bad;
  {
    S4_ENTER(e, err);
    enum { LEN = 4096 };
    bad = spice4j_guest_prims_check(&e->inst, s4_alloc(e, LEN), LEN, seed, n, what, cap);
    if (bad < 0) s4_fail_msg(e, err, "guest_prims_check: out of host memory");
    s4_leave(e, err);
  }
  __atomic_store_n(&spice4j_guest_prims, saved, __ATOMIC_RELAXED);
  return err->code != 0 ? -1 : bad;
}

void wasm_rt_s4_poll(void) {
  wasm_rt_s4_budget = S4_POLL_EVERY;
  spice4j_engine* e = current;
  if (!e || !poll_hook) return;
  int fresh = fresh_call;
  fresh_call = 0;
  int why = poll_hook(e, fresh);
  if (why != S4_CANCEL_NONE) {
    e->cancel_reason = why;
    wasm_rt_trap((wasm_rt_trap_t)S4_TRAP_CANCELLED);
  }
}

static void clear_error(spice4j_error* err) {
  err->code = S4_OK;
  err->trap = 0;
  err->shortmsg[0] = err->longmsg[0] = err->trace[0] = err->message[0] = '\0';
}

static void copy_cstr(char* dst, size_t cap, const char* src) {
  snprintf(dst, cap, "%s", src);
}

int s4_begin(spice4j_engine* e, spice4j_error* err) {
  clear_error(err);
  if (e->dead) {
    err->code = S4_EDEAD;
    copy_cstr(err->message, sizeof err->message,
              "the SPICE engine trapped earlier and was shut down; create a new engine");
    return S4_EDEAD;
  }
  e->arena_top = 0;
  e->nextra = 0;
  e->host.refusal[0] = '\0';
  e->host.refused_path[0] = '\0';
  e->host.epoch++;
  current = e;
  fresh_call = 1;
  wasm_rt_s4_budget = S4_POLL_EVERY;
  return S4_OK;
}

const char* spice4j_trap_name(int trap) {
  switch (trap) {
    case WASM_RT_TRAP_OOB: return "out-of-bounds memory access";
    case WASM_RT_TRAP_INT_OVERFLOW: return "integer overflow";
    case WASM_RT_TRAP_DIV_BY_ZERO: return "integer division by zero";
    case WASM_RT_TRAP_INVALID_CONVERSION: return "invalid conversion";
    case WASM_RT_TRAP_UNREACHABLE: return "unreachable executed (abort or exit)";
    case WASM_RT_TRAP_CALL_INDIRECT: return "invalid indirect call";
    case WASM_RT_TRAP_EXHAUSTION: return "call stack exhausted";
    case S4_TRAP_CANCELLED: return "call cancelled";
    default: return "wasm trap";
  }
}

int s4_trapped(spice4j_engine* e, spice4j_error* err, int trap) {
  /* The instance's stack pointer and CSPICE's own state are mid-update: never run it again. */
  e->dead = 1;
  clear_error(err);
  err->code = S4_ETRAP;
  err->trap = trap;
  if (trap == S4_TRAP_CANCELLED) {
    static const char* const why[][2] = {
        {"SPICE4J(CANCELLED)", "the call was cancelled"},
        {"SPICE4J(INTERRUPTED)", "the calling thread was interrupted"},
        {"SPICE4J(CANCELLED)", "the engine is being closed by another thread"},
        {"SPICE4J(DEADLINE)", "the call ran past the engine's call deadline"}};
    int r = e->cancel_reason >= 0 && e->cancel_reason <= S4_CANCEL_DEADLINE ? e->cancel_reason : 0;
    copy_cstr(err->shortmsg, sizeof err->shortmsg, why[r][0]);
    snprintf(err->message, sizeof err->message,
             "SPICE engine call stopped: %s; the engine is rebuilt with its kernels", why[r][1]);
  } else {
    snprintf(err->message, sizeof err->message, "SPICE engine trapped: %s%s", spice4j_trap_name(trap),
             e->host.exit_code ? " (exit called)" : "");
  }
  e->nextra = 0; /* the guest heap dies with the engine */
  return S4_ETRAP;
}

void s4_get_str(spice4j_engine* e, uint32_t ptr, char* out, int outlen) {
  if (outlen <= 0) return;
  wasm_rt_memory_t* m = &e->inst.w2c_memory;
  if (ptr >= m->size) wasm_rt_trap(WASM_RT_TRAP_OOB);
  size_t avail = m->size - ptr;
  const char* src = (const char*)m->data + ptr;
  size_t n = strnlen(src, avail < (size_t)outlen - 1 ? avail : (size_t)outlen - 1);
  memcpy(out, src, n);
  out[n] = '\0';
}

static void fetch_field(spice4j_engine* e, uint32_t (*get)(Z_tspice_instance_t*, u32, u32), char* out,
                        int outlen) {
  uint32_t buf = s4_alloc(e, (uint32_t)outlen);
  get(&e->inst, buf, (uint32_t)outlen);
  s4_get_str(e, buf, out, outlen);
}

static void trim_right(char* s) {
  size_t n = strlen(s);
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\n')) s[--n] = '\0';
}

/* Appends " [text]" to a message buffer, truncating. */
static void append_note(char* buf, size_t cap, const char* text) {
  size_t n = strlen(buf);
  if (n + 4 < cap) snprintf(buf + n, cap - n, "%s[%s]", n ? " " : "", text);
}

void s4_host_refusal_note(spice4j_engine* e, spice4j_error* err) {
  if (!e->host.refusal[0]) return;
  append_note(err->message, sizeof err->message, e->host.refusal);
  if (err->code == S4_ESPICE) append_note(err->longmsg, sizeof err->longmsg, e->host.refusal);
}

int s4_check(spice4j_engine* e, spice4j_error* err, uint32_t rc) {
  if (rc == 0) return 0;
  s4_get_str(e, e->errbuf, err->message, sizeof err->message);
  fetch_field(e, Z_tspiceZ_tspice_get_last_error_short, err->shortmsg, sizeof err->shortmsg);
  trim_right(err->shortmsg);
  /* The engine keeps the last SPICE error out of band; it only belongs to this failure if the
   * failure's text names it (otherwise this was a non-SPICE validation error). */
  if (err->shortmsg[0] && strstr(err->message, err->shortmsg)) {
    fetch_field(e, Z_tspiceZ_tspice_get_last_error_long, err->longmsg, sizeof err->longmsg);
    fetch_field(e, Z_tspiceZ_tspice_get_last_error_trace, err->trace, sizeof err->trace);
    trim_right(err->longmsg);
    trim_right(err->trace);
    err->code = S4_ESPICE;
  } else {
    err->shortmsg[0] = '\0';
    trim_right(err->message);
    err->code = S4_EMSG;
  }
  s4_host_refusal_note(e, err);
  return 1;
}

int s4_fail_msg(spice4j_engine* e, spice4j_error* err, const char* msg) {
  (void)e;
  err->code = S4_EMSG;
  copy_cstr(err->message, sizeof err->message, msg);
  return 1;
}

int s4_leave(spice4j_engine* e, spice4j_error* err) {
  for (uint32_t i = 0; i < e->nextra; i++) Z_tspiceZ_free(&e->inst, e->extra[i]);
  e->nextra = 0;
  return err->code;
}

uint32_t s4_alloc(spice4j_engine* e, uint32_t bytes) {
  uint32_t need = (bytes + 7u) & ~7u;
  if (need >= bytes && need <= S4_ARENA_BYTES - e->arena_top) {
    uint32_t p = e->arena + e->arena_top;
    e->arena_top += need;
    memset(s4_mem(e, p, need), 0, need);
    return p;
  }
  if (e->nextra == e->capextra) {
    uint32_t cap = e->capextra ? e->capextra * 2 : 8;
    uint32_t* grown = (uint32_t*)realloc(e->extra, cap * sizeof *grown);
    if (!grown) wasm_rt_trap(WASM_RT_TRAP_EXHAUSTION);
    e->extra = grown;
    e->capextra = cap;
  }
  uint32_t p = Z_tspiceZ_malloc(&e->inst, bytes ? bytes : 1);
  if (!p) wasm_rt_trap(WASM_RT_TRAP_EXHAUSTION); /* guest heap exhausted: nothing sane to continue */
  e->extra[e->nextra++] = p;
  memset(s4_mem(e, p, bytes), 0, bytes);
  return p;
}

uint32_t s4_str(spice4j_engine* e, const char* s) {
  if (!s) s = "";
  size_t n = strlen(s);
  if (n >= 0x7fffffffu) wasm_rt_trap(WASM_RT_TRAP_EXHAUSTION);
  uint32_t p = s4_alloc(e, (uint32_t)n + 1);
  memcpy(s4_mem(e, p, (uint32_t)n + 1), s, n + 1);
  return p;
}

uint32_t s4_f64s(spice4j_engine* e, const double* v, uint32_t n) {
  uint32_t p = s4_alloc(e, 8 * n);
  memcpy(s4_mem(e, p, 8 * n), v, 8 * (size_t)n);
  return p;
}

spice4j_engine* spice4j_engine_create(spice4j_error* err) {
  clear_error(err);
  pthread_mutex_lock(&module_lock);
  if (!module_ready) {
    init_module();
    module_ready = 1;
  }
  pthread_mutex_unlock(&module_lock);
  spice4j_engine* e = (spice4j_engine*)calloc(1, sizeof *e);
  if (!e || s4_host_init(&e->host, &e->inst.w2c_memory, &e->inst) != 0) {
    free(e);
    err->code = S4_ENOMEM;
    copy_cstr(err->message, sizeof err->message, "out of memory creating the SPICE engine");
    return NULL;
  }
  e->env.host = &e->host;
  e->wasi.host = &e->host;
  current = NULL; /* the constructors run outside any call: never poll on behalf of another engine */
  int trap = wasm_rt_impl_try();
  if (trap != 0) {
    s4_trapped(e, err, trap);
    s4_host_close_all(&e->host);
    free(e);
    return NULL;
  }
  Z_tspice_instantiate(&e->inst, &e->env, &e->wasi);
  Z_tspiceZ___wasm_call_ctors(&e->inst);
  e->arena = Z_tspiceZ_malloc(&e->inst, S4_ARENA_BYTES);
  e->errbuf = Z_tspiceZ_malloc(&e->inst, S4_ERRBUF_BYTES);
  if (!e->arena || !e->errbuf) wasm_rt_trap(WASM_RT_TRAP_EXHAUSTION);
  return e;
}

void spice4j_engine_destroy(spice4j_engine* e) {
  if (!e) return;
  if (current == e) current = NULL;
  s4_host_close_all(&e->host);
  Z_tspice_free(&e->inst);
  free(e->extra);
  free(e);
}

int spice4j_engine_confine(spice4j_engine* e, int confined, const char* const* roots, int nroots,
                           const char* const* hidden, int nhidden, const char* const* exempt, int nexempt) {
  return s4_host_confine(&e->host, confined, roots, (uint32_t)nroots, hidden, (uint32_t)nhidden, exempt,
                         (uint32_t)nexempt) == 0 ? S4_OK : S4_ENOMEM;
}

int spice4j_engine_is_dead(const spice4j_engine* e) { return e->dead; }

int spice4j_engine_open_files(const spice4j_engine* e) { return (int)s4_host_open_files(&e->host); }

uint64_t spice4j_engine_memory_bytes(const spice4j_engine* e) { return e->inst.w2c_memory.size; }

int spice4j_engine_force_trap(spice4j_engine* e, spice4j_error* err) {
  S4_ENTER(e, err);
  /* An output pointer past the end of linear memory: the wasm store traps on its bounds check.
   * vminus needs no kernels, so the hook works on an empty engine. */
  static const double v[3] = {1.0, 2.0, 3.0};
  E(vminus)(&e->inst, s4_f64s(e, v, 3), 0xFFFFFFF0u, S4_ERRARGS(e));
  return s4_fail_msg(e, err, "force_trap: the engine did not trap");
}
