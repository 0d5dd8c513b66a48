/* Reference frames: namfrm, frmnam, cidfrm, cnmfrm, frinfo, ccifrm, pxform, sxform. */
#include "engine_internal.h"

int spice4j_namfrm(spice4j_engine* e, const char* name, int* code, spice4j_error* err) {
  int found = 0;
  int rc = s4_lookup_int(e, E(namfrm), name, code, &found, err);
  if (rc == S4_OK && !found) *code = 0; /* CSPICE's namfrm reports "unknown" as code 0 */
  return rc;
}

int spice4j_frmnam(spice4j_engine* e, int code, char* name, int namelen, spice4j_error* err) {
  int found = 0;
  int rc = s4_lookup_name(e, E(frmnam), code, name, namelen, &found, err);
  if (rc == S4_OK && !found) name[0] = '\0'; /* CSPICE's frmnam reports "unknown" as blank */
  return rc;
}

/* cidfrm and cnmfrm: (center) -> (frcode, frname, found). */
static int center_frame(spice4j_engine* e, uint32_t center_arg, int by_name, int* frcode, char* frname,
                        int namelen, int* found, spice4j_error* err) {
  uint32_t pc = s4_alloc(e, 4), pn = s4_alloc(e, (uint32_t)namelen), pf = s4_alloc(e, 4);
  uint32_t rc = by_name
      ? E(cnmfrm)(&e->inst, center_arg, pc, pn, (uint32_t)namelen, pf, S4_ERRARGS(e))
      : E(cidfrm)(&e->inst, center_arg, pc, pn, (uint32_t)namelen, pf, S4_ERRARGS(e));
  if (!S4_CHECK(e, err, rc)) {
    *found = s4_get_i32(e, pf);
    *frcode = s4_get_i32(e, pc);
    s4_get_str(e, pn, frname, namelen);
  }
  return s4_leave(e, err);
}

int spice4j_cidfrm(spice4j_engine* e, int cent, int* frcode, char* frname, int namelen, int* found,
                   spice4j_error* err) {
  S4_ENTER(e, err);
  return center_frame(e, (uint32_t)cent, 0, frcode, frname, namelen, found, err);
}

int spice4j_cnmfrm(spice4j_engine* e, const char* cname, int* frcode, char* frname, int namelen, int* found,
                   spice4j_error* err) {
  S4_ENTER(e, err);
  return center_frame(e, s4_str(e, cname), 1, frcode, frname, namelen, found, err);
}

int spice4j_frinfo(spice4j_engine* e, int frcode, int* cent, int* frclss, int* clssid, int* found,
                   spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 16);
  if (!S4_CHECK(e, err, E(frinfo)(&e->inst, (uint32_t)frcode, p, p + 4, p + 8, p + 12, S4_ERRARGS(e)))) {
    *cent = s4_get_i32(e, p);
    *frclss = s4_get_i32(e, p + 4);
    *clssid = s4_get_i32(e, p + 8);
    *found = s4_get_i32(e, p + 12);
  }
  return s4_leave(e, err);
}

int spice4j_ccifrm(spice4j_engine* e, int frclss, int clssid, int* frcode, char* frname, int namelen,
                   int* cent, int* found, spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t p = s4_alloc(e, 12), pn = s4_alloc(e, (uint32_t)namelen);
  if (!S4_CHECK(e, err, E(ccifrm)(&e->inst, (uint32_t)frclss, (uint32_t)clssid, p, pn, (uint32_t)namelen, p + 4,
                                  p + 8, S4_ERRARGS(e)))) {
    *frcode = s4_get_i32(e, p);
    *cent = s4_get_i32(e, p + 4);
    *found = s4_get_i32(e, p + 8);
    s4_get_str(e, pn, frname, namelen);
  }
  return s4_leave(e, err);
}

int spice4j_pxform(spice4j_engine* e, const char* from, const char* to, double et, double* rotate,
                   spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t pm = s4_alloc(e, 9 * 8);
  if (!S4_CHECK(e, err, E(pxform)(&e->inst, s4_str(e, from), s4_str(e, to), et, pm, S4_ERRARGS(e))))
    s4_get_f64s(e, pm, rotate, 9);
  return s4_leave(e, err);
}

int spice4j_sxform(spice4j_engine* e, const char* from, const char* to, double et, double* xform,
                   spice4j_error* err) {
  S4_ENTER(e, err);
  uint32_t pm = s4_alloc(e, 36 * 8);
  if (!S4_CHECK(e, err, E(sxform)(&e->inst, s4_str(e, from), s4_str(e, to), et, pm, S4_ERRARGS(e))))
    s4_get_f64s(e, pm, xform, 36);
  return s4_leave(e, err);
}

/* Batches over epochs: frame names copied once, one export call per epoch with CSPICE's traceback off
 * (trace.c), matrices (n_out doubles, row-major) written to host memory. On a failure *failed_at is the
 * epoch's index; the failing epoch is redone with tracing on, so its error is a single call's. */
typedef u32 (*s4_xform_export)(Z_tspice_instance_t*, u32 from, u32 to, f64 et, u32 out, u32 err, u32 errlen);

static int xform_batch(spice4j_engine* e, s4_xform_export fn, uint32_t n_out, const char* from, const char* to,
                       const double* ets, int n, double* out, int* failed_at, spice4j_error* err) {
  S4_ENTER(e, err);
  *failed_at = -1;
  uint32_t pf = s4_str(e, from), pt = s4_str(e, to), pm = s4_alloc(e, n_out * 8);
  int quiet = s4_trace_quiet(e);
  for (int i = 0; i < n; i++) {
    uint32_t rc = fn(&e->inst, pf, pt, ets[i], pm, S4_ERRARGS(e));
    if (rc != 0 && quiet) {
      s4_trace_restore(e, quiet);
      quiet = 0;
      rc = fn(&e->inst, pf, pt, ets[i], pm, S4_ERRARGS(e));
    }
    if (S4_CHECK(e, err, rc)) {
      *failed_at = i;
      break;
    }
    s4_get_f64s(e, pm, out + (size_t)n_out * i, n_out);
  }
  s4_trace_restore(e, quiet);
  return s4_leave(e, err);
}

int spice4j_pxform_batch(spice4j_engine* e, const char* from, const char* to, const double* ets, int n,
                         double* rotations, int* failed_at, spice4j_error* err) {
  return xform_batch(e, E(pxform), 9, from, to, ets, n, rotations, failed_at, err);
}

int spice4j_sxform_batch(spice4j_engine* e, const char* from, const char* to, const double* ets, int n,
                         double* xforms, int* failed_at, spice4j_error* err) {
  return xform_batch(e, E(sxform), 36, from, to, ets, n, xforms, failed_at, err);
}
