/*
 * spice4j's C API over the CSPICE engine: native types in and out (const char*, double[6], out
 * parameters) and an explicit engine handle. There is no global engine state: every function takes
 * the engine it works on, so several independent engines can live in one process.
 *
 * Every function returns S4_OK (0) or an S4_E* code and fills *err on failure. Calls on one engine
 * must be serialized by the caller; different engines may be used from different threads at once (the
 * wasm2c runtime's trap jmp_buf and call depth are made thread-local at build time).
 */
#ifndef SPICE4J_SHIM_H
#define SPICE4J_SHIM_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct spice4j_engine spice4j_engine;

enum {
  S4_OK = 0,
  S4_ESPICE = 1,  /* CSPICE signalled an error: shortmsg/longmsg/trace are set; engine is reset */
  S4_EMSG = 2,    /* a non-SPICE failure reported by the engine's shim (e.g. tparse's errmsg) */
  S4_ETRAP = 3,   /* the wasm code trapped; the engine is dead and must be destroyed */
  S4_EDEAD = 4,   /* the engine trapped earlier and refuses further calls */
  S4_ENOMEM = 5   /* host allocation failed */
};

#define S4_SHORT_MAX 64
#define S4_LONG_MAX 1841
#define S4_TRACE_MAX 1841
#define S4_MESSAGE_MAX 2048

typedef struct spice4j_error {
  int code;
  int trap;                       /* wasm_rt_trap_t when code == S4_ETRAP */
  char shortmsg[S4_SHORT_MAX];    /* e.g. "SPICE(NOSUCHFILE)" */
  char longmsg[S4_LONG_MAX];
  char trace[S4_TRACE_MAX];       /* e.g. "furnsh_c --> FURNSH --> ZZLDKER" */
  char message[S4_MESSAGE_MAX];   /* the engine's full text */
} spice4j_error;

/* Output buffer sizes for strings. */
#define S4_NAME_MAX 256    /* body/frame names (CSPICE limit 36) with room to spare */
#define S4_TIME_MAX 256    /* formatted time strings */
#define S4_PATH_MAX 4096   /* kernel paths */

/* ---- engine lifecycle (engine.c) ------------------------------------------------------------ */
spice4j_engine* spice4j_engine_create(spice4j_error* err);
void spice4j_engine_destroy(spice4j_engine* e);
int spice4j_engine_is_dead(const spice4j_engine* e);
/* Files the engine holds open on the host (kernels, DAF handles); for leak checks. */
int spice4j_engine_open_files(const spice4j_engine* e);
/* Bytes of linear memory the engine currently uses. */
uint64_t spice4j_engine_memory_bytes(const spice4j_engine* e);
/* Confines the engine's file access (see s4_host_confine in host.h): with confined set, only paths under
 * roots; never paths starting with a hidden prefix unless under an exempt directory. All canonical.
 * Returns S4_OK or S4_ENOMEM. */
int spice4j_engine_confine(spice4j_engine* e, int confined, const char* const* roots, int nroots,
                           const char* const* hidden, int nhidden, const char* const* exempt, int nexempt);
/* Test hook: makes the engine trap (an out-of-bounds access inside wasm code). Always fails. */
int spice4j_engine_force_trap(spice4j_engine* e, spice4j_error* err);
/* Why the poll hook stopped a call; 0 lets it go on. */
/* The trap code a cancelled call unwinds with (outside wasm_rt_trap_t's range). */
#define S4_TRAP_CANCELLED 0x5343
enum { S4_CANCEL_NONE = 0, S4_CANCEL_INTERRUPTED = 1, S4_CANCEL_REQUESTED = 2, S4_CANCEL_DEADLINE = 3 };
/* Installs the process-wide hook the engine polls every few ten thousand wasm function entries while a
 * call runs (fresh is 1 on the first poll of a call). A nonzero result traps the call: it fails with
 * S4_ETRAP, trap == S4_TRAP_CANCELLED and shortmsg SPICE4J(INTERRUPTED|CANCELLED|DEADLINE). */
typedef int (*spice4j_poll_hook)(spice4j_engine* e, int fresh);
void spice4j_set_poll_hook(spice4j_poll_hook hook);
/* Host fast paths for the engine's runtime primitives (engine-patch/guest_prims.c): on unless the
 * environment says SPICE4J_GUEST_PRIMS=off, read by spice4j_guest_prims_from_env() once, before any
 * engine exists (JNI_OnLoad). Results are the same bytes either way; off is for diagnosis. */
void spice4j_guest_prims_from_env(void);
int spice4j_guest_prims_enabled(void);
/* Self-check of those fast paths against the guest's own code: n runs on random arguments (seed) in
 * this engine's scratch memory. Returns how many differed (what gets the first) or -1 with err set. */
int spice4j_engine_guest_prims_check(spice4j_engine* e, uint64_t seed, int n, char* what, size_t cap,
                                     spice4j_error* err);
/* Human-readable name of a wasm trap code. */
const char* spice4j_trap_name(int trap);

/* Build identity: "version=...;toolkit=CSPICE_N0067;engine-sha256=...;git-commit=...;compiler=..." */
const char* spice4j_build_info(void);

/* ---- error (error.c) ------------------------------------------------------------------------- */
int spice4j_failed(spice4j_engine* e, int* failed, spice4j_error* err);
int spice4j_reset(spice4j_engine* e, spice4j_error* err);
int spice4j_getmsg(spice4j_engine* e, const char* option, char* out, int outlen, spice4j_error* err);
int spice4j_setmsg(spice4j_engine* e, const char* message, spice4j_error* err);
int spice4j_sigerr(spice4j_engine* e, const char* shortmsg, spice4j_error* err);
int spice4j_chkin(spice4j_engine* e, const char* module, spice4j_error* err);
int spice4j_chkout(spice4j_engine* e, const char* module, spice4j_error* err);

/* ---- time (time.c) --------------------------------------------------------------------------- */
int spice4j_tkvrsn_toolkit(spice4j_engine* e, char* out, int outlen, spice4j_error* err);
int spice4j_str2et(spice4j_engine* e, const char* str, double* et, spice4j_error* err);
int spice4j_et2utc(spice4j_engine* e, double et, const char* format, int prec, char* out, int outlen,
                   spice4j_error* err);
int spice4j_timout(spice4j_engine* e, double et, const char* pictur, char* out, int outlen,
                   spice4j_error* err);
int spice4j_deltet(spice4j_engine* e, double epoch, const char* eptype, double* delta, spice4j_error* err);
int spice4j_unitim(spice4j_engine* e, double epoch, const char* insys, const char* outsys, double* out,
                   spice4j_error* err);
/* tparse/tpictr: a parse problem is S4_EMSG with the CSPICE errmsg in err->message. */
int spice4j_tparse(spice4j_engine* e, const char* string, double* sp2000, spice4j_error* err);
int spice4j_tpictr(spice4j_engine* e, const char* sample, char* pictur, int outlen, spice4j_error* err);
int spice4j_timdef_get(spice4j_engine* e, const char* item, char* value, int outlen, spice4j_error* err);
int spice4j_timdef_set(spice4j_engine* e, const char* item, const char* value, spice4j_error* err);
/* Batches (one engine entry, one export call per item). On a failure *failed_at is the failing item's
 * index (outputs before it are filled); otherwise -1. strs: n strings packed NUL-separated. */
int spice4j_str2et_batch(spice4j_engine* e, const char* strs, int n, double* ets, int* failed_at,
                         spice4j_error* err);
/* out: n records of width chars, each NUL-terminated. */
int spice4j_et2utc_batch(spice4j_engine* e, const double* ets, int n, const char* format, int prec, char* out,
                         int width, int* failed_at, spice4j_error* err);

/* ---- kernels (kernels.c) --------------------------------------------------------------------- */
int spice4j_furnsh(spice4j_engine* e, const char* file, spice4j_error* err);
int spice4j_unload(spice4j_engine* e, const char* file, spice4j_error* err);
int spice4j_kclear(spice4j_engine* e, spice4j_error* err);
int spice4j_ktotal(spice4j_engine* e, const char* kind, int* count, spice4j_error* err);
int spice4j_kdata(spice4j_engine* e, int which, const char* kind, char* file, int filelen, char* filtyp,
                  int typlen, char* source, int srclen, int* handle, int* found, spice4j_error* err);

/* ---- ids and names (ids_names.c) ------------------------------------------------------------- */
int spice4j_bodn2c(spice4j_engine* e, const char* name, int* code, int* found, spice4j_error* err);
int spice4j_bodc2n(spice4j_engine* e, int code, char* name, int namelen, int* found, spice4j_error* err);
int spice4j_bodc2s(spice4j_engine* e, int code, char* name, int namelen, spice4j_error* err);
int spice4j_bods2c(spice4j_engine* e, const char* name, int* code, int* found, spice4j_error* err);
int spice4j_boddef(spice4j_engine* e, const char* name, int code, spice4j_error* err);
int spice4j_bodfnd(spice4j_engine* e, int body, const char* item, int* found, spice4j_error* err);
/* values must hold maxn doubles; *dim receives the number stored. */
int spice4j_bodvar(spice4j_engine* e, int body, const char* item, int maxn, int* dim, double* values,
                   spice4j_error* err);

/* ---- frames (frames.c) ----------------------------------------------------------------------- */
int spice4j_namfrm(spice4j_engine* e, const char* name, int* code, spice4j_error* err);
int spice4j_frmnam(spice4j_engine* e, int code, char* name, int namelen, spice4j_error* err);
int spice4j_cidfrm(spice4j_engine* e, int cent, int* frcode, char* frname, int namelen, int* found,
                   spice4j_error* err);
int spice4j_cnmfrm(spice4j_engine* e, const char* cname, int* frcode, char* frname, int namelen, int* found,
                   spice4j_error* err);
int spice4j_frinfo(spice4j_engine* e, int frcode, int* cent, int* frclss, int* clssid, int* found,
                   spice4j_error* err);
int spice4j_ccifrm(spice4j_engine* e, int frclss, int clssid, int* frcode, char* frname, int namelen,
                   int* cent, int* found, spice4j_error* err);
/* rotate: double[9] row-major; xform: double[36] row-major. */
int spice4j_pxform(spice4j_engine* e, const char* from, const char* to, double et, double* rotate,
                   spice4j_error* err);
int spice4j_sxform(spice4j_engine* e, const char* from, const char* to, double et, double* xform,
                   spice4j_error* err);
/* Batches over n epochs: rotations double[9n], xforms double[36n]; *failed_at as for the time batches. */
int spice4j_pxform_batch(spice4j_engine* e, const char* from, const char* to, const double* ets, int n,
                         double* rotations, int* failed_at, spice4j_error* err);
int spice4j_sxform_batch(spice4j_engine* e, const char* from, const char* to, const double* ets, int n,
                         double* xforms, int* failed_at, spice4j_error* err);

/* ---- ephemeris (ephemeris.c) ----------------------------------------------------------------- */
/* state: double[6] (km, km/s); pos: double[3] (km); lt: seconds. */
int spice4j_spkezr(spice4j_engine* e, const char* targ, double et, const char* ref, const char* abcorr,
                   const char* obs, double* state, double* lt, spice4j_error* err);
int spice4j_spkpos(spice4j_engine* e, const char* targ, double et, const char* ref, const char* abcorr,
                   const char* obs, double* pos, double* lt, spice4j_error* err);
int spice4j_spkez(spice4j_engine* e, int targ, double et, const char* ref, const char* abcorr, int obs,
                  double* state, double* lt, spice4j_error* err);
int spice4j_spkezp(spice4j_engine* e, int targ, double et, const char* ref, const char* abcorr, int obs,
                   double* pos, double* lt, spice4j_error* err);
int spice4j_spkgeo(spice4j_engine* e, int targ, double et, const char* ref, int obs, double* state,
                   double* lt, spice4j_error* err);
int spice4j_spkgps(spice4j_engine* e, int targ, double et, const char* ref, int obs, double* pos,
                   double* lt, spice4j_error* err);
int spice4j_spkssb(spice4j_engine* e, int targ, double et, const char* ref, double* state,
                   spice4j_error* err);
/* Batches over n epochs: states double[6n] / positions double[3n], lts double[n] (may be NULL);
 * *failed_at as for the time batches. */
int spice4j_spkezr_batch(spice4j_engine* e, const char* targ, const char* ref, const char* abcorr,
                         const char* obs, const double* ets, int n, double* states, double* lts, int* failed_at,
                         spice4j_error* err);
int spice4j_spkpos_batch(spice4j_engine* e, const char* targ, const char* ref, const char* abcorr,
                         const char* obs, const double* ets, int n, double* positions, double* lts,
                         int* failed_at, spice4j_error* err);
/* ids: caller buffer of maxids ints; *n receives the count (S4_EMSG if more than maxids). */
int spice4j_spkobj(spice4j_engine* e, const char* file, int* ids, int maxids, int* n, spice4j_error* err);
/* cover: caller buffer of 2*maxintervals doubles [left,right,...]; *n receives the interval count. */
int spice4j_spkcov(spice4j_engine* e, const char* file, int idcode, double* cover, int maxintervals, int* n,
                   spice4j_error* err);

#ifdef __cplusplus
}
#endif

/* Per-domain parts of the API, one header per shim file. */
#include "spice4j_pool.h"
#include "spice4j_coords.h"
#include "spice4j_sclk.h"
#include "spice4j_ck.h"
#include "spice4j_geometry.h"
#include "spice4j_gf.h"
#include "spice4j_cells.h"
#include "spice4j_fileio.h"
#include "spice4j_dsk.h"
#include "spice4j_ek.h"
#include "spice4j_spkw.h"

#endif
