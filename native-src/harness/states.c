/*
 * Cross-platform check of the C shim without a JVM: loads real kernels, computes states, rotations and
 * times, and prints every double as its IEEE-754 bit pattern, so two builds (e.g. Linux x86_64 native
 * and the Windows DLL's objects under wine) can be compared bit for bit with diff.
 *
 *   states KERNEL_DIR
 *
 * KERNEL_DIR holds lsk/naif0012.tls, pck/pck00011.tpc, spk/de440s_2023_2026_excerpt.bsp,
 * spk/earthstns_itrf93_201023.bsp, spk/jup310_excerpt.bsp and a copy of lsk/naif0012.tls under the
 * UTF-8 directory name "k\xc3\xa9rnels" (the script creates it): several kernels open at once exercise
 * the host's file identities (CSPICE refuses a file it thinks is already open), the copy non-ASCII paths.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "spice4j_shim.h"

static spice4j_error err;

static void bits(const char* label, const double* v, int n) {
  printf("%s", label);
  for (int i = 0; i < n; i++) {
    uint64_t u;
    memcpy(&u, &v[i], 8);
    printf(" %016" PRIx64, u);
  }
  printf("\n");
}

static int check(int rc, const char* what) {
  if (rc != 0) printf("%s failed: %s %s\n", what, err.shortmsg, err.longmsg);
  return rc;
}

static int load(spice4j_engine* e, const char* dir, const char* rel) {
  char path[S4_PATH_MAX];
  snprintf(path, sizeof path, "%s/%s", dir, rel);
  return check(spice4j_furnsh(e, path, &err), rel);
}

int main(int argc, char** argv) {
  if (argc != 2) { fprintf(stderr, "usage: states KERNEL_DIR\n"); return 2; }
  const char* dir = argv[1];
  spice4j_engine* e = spice4j_engine_create(&err);
  if (!e) { printf("engine: %s\n", err.message); return 1; }
  const char* kernels[] = {"lsk/naif0012.tls", "pck/pck00011.tpc", "spk/de440s_2023_2026_excerpt.bsp",
                           "spk/earthstns_itrf93_201023.bsp", "spk/jup310_excerpt.bsp", "k\xc3\xa9rnels/naif0012.tls"};
  int bad = 0;
  for (size_t i = 0; i < sizeof kernels / sizeof *kernels; i++) bad |= load(e, dir, kernels[i]);
  int count = 0;
  bad |= check(spice4j_ktotal(e, "ALL", &count, &err), "ktotal");
  printf("kernels loaded %d\n", count);

  const char* utcs[] = {"2024-01-01T00:00:00", "2025-06-30T12:34:56.789", "2023-03-15T23:59:59"};
  const char* targets[] = {"MOON", "SUN", "MARS BARYCENTER", "JUPITER BARYCENTER"};
  const char* abcorrs[] = {"NONE", "LT+S", "CN+S"};
  for (size_t u = 0; u < 3; u++) {
    double et, state[6], lt, rot[9], xform[36];
    if (check(spice4j_str2et(e, utcs[u], &et, &err), "str2et")) { bad = 1; continue; }
    bits(utcs[u], &et, 1);
    for (size_t t = 0; t < 4; t++) {
      for (size_t a = 0; a < 3; a++) {
        char label[128];
        snprintf(label, sizeof label, "spkezr %s %s", targets[t], abcorrs[a]);
        if (check(spice4j_spkezr(e, targets[t], et, "J2000", abcorrs[a], "EARTH", state, &lt, &err), label)) { bad = 1; continue; }
        bits(label, state, 6);
        bits("  lt", &lt, 1);
      }
    }
    if (!check(spice4j_pxform(e, "J2000", "IAU_EARTH", et, rot, &err), "pxform")) bits("pxform", rot, 9); else bad = 1;
    if (!check(spice4j_sxform(e, "J2000", "IAU_MOON", et, xform, &err), "sxform")) bits("sxform", xform, 36); else bad = 1;
    char utc[S4_TIME_MAX];
    if (!check(spice4j_et2utc(e, et + 0.5, "ISOC", 6, utc, sizeof utc, &err), "et2utc")) printf("et2utc %s\n", utc); else bad = 1;
  }
  /* Errors come back as SPICE messages and leave the engine usable. */
  int rc = spice4j_furnsh(e, "no/such/kernel.bsp", &err);
  printf("missing kernel rc=%d %s\n", rc, err.shortmsg);
  spice4j_reset(e, &err);
  double et;
  bad |= check(spice4j_str2et(e, "2024-01-01", &et, &err), "str2et after error");
  bits("after error", &et, 1);
  bad |= check(spice4j_kclear(e, &err), "kclear");
  printf("open files after kclear %d\n", spice4j_engine_open_files(e));
  /* A wasm trap unwinds (longjmp) to the shim's guard: the engine is dead, the process is not. */
  rc = spice4j_engine_force_trap(e, &err);
  printf("trap rc=%d trap=%s dead=%d\n", rc, spice4j_trap_name(err.trap), spice4j_engine_is_dead(e));
  spice4j_engine_destroy(e);
  e = spice4j_engine_create(&err);
  char version[S4_NAME_MAX];
  if (!e || check(spice4j_tkvrsn_toolkit(e, version, sizeof version, &err), "tkvrsn")) return 1;
  printf("new engine %s\n", version);
  spice4j_engine_destroy(e);
  printf("%s\n", bad ? "FAILED" : "done");
  return bad;
}
