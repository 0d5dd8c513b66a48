/*
 * Files a failed call left open. Some CSPICE routines open a DAF or DAS, fail part-way and return
 * without closing it (spkcov with a segment whose times are reversed: BADENDPOINTS; furnsh of an EK
 * whose segments do not parse): the file then stays open through unload and kclear. After a failed
 * call the shim closes every DAF/DAS that call opened and left open, unless the kernel
 * database holds it, through CSPICE's own close routine (so its file table stays consistent): open
 * once more to learn the handle, then close until the last link is gone. A file already open before
 * the call (a loaded kernel) only gains a link: the routine's traceback tells whether it got past
 * opening the file, and then that one link is released.
 */
#include <stdio.h>

#include "engine_internal.h"

#define MAX_LEAKS 32
#define MAX_LINKS 64

/* Whether a loaded kernel is the file behind wasm fd. */
static int in_kernel_database(spice4j_engine* e, uint32_t fd) {
  uint32_t pc = s4_alloc(e, 4);
  if (E(ktotal)(&e->inst, s4_str(e, "ALL"), pc, S4_ERRARGS(e)) != 0) return 1; /* unsure: leave it */
  int total = s4_get_i32(e, pc);
  uint32_t file = s4_alloc(e, S4_PATH_MAX), typ = s4_alloc(e, 32), src = s4_alloc(e, S4_PATH_MAX);
  uint32_t out = s4_alloc(e, 8);
  char path[S4_PATH_MAX];
  for (int i = 0; i < total; i++) {
    if (E(kdata)(&e->inst, (uint32_t)i, s4_str(e, "ALL"), file, S4_PATH_MAX, typ, 32, src, S4_PATH_MAX, out, out + 4,
                 S4_ERRARGS(e)) != 0)
      return 1;
    s4_get_str(e, file, path, sizeof path);
    if (s4_host_fd_is(&e->host, fd, path)) return 1;
  }
  return 0;
}

/* Closes the DAF or DAS behind wasm fd whose path the guest opened. */
static void close_leaked(spice4j_engine* e, uint32_t fd, const char* path) {
  char id[8];
  if (s4_host_fd_head(&e->host, fd, id, sizeof id) != 0) return;
  int daf = !memcmp(id, "DAF/", 4) || !memcmp(id, "NAIF/DAF", 8);
  int das = !memcmp(id, "DAS/", 4) || !memcmp(id, "NAIF/DAS", 8);
  if (!daf && !das) return;
  uint32_t ph = s4_alloc(e, 4);
  if ((daf ? E(dafopr) : E(dasopr))(&e->inst, s4_str(e, path), ph, S4_ERRARGS(e)) != 0) return;
  uint32_t handle = (uint32_t)s4_get_i32(e, ph);
  for (int i = 0; i < MAX_LINKS && s4_host_fd_open(&e->host, fd); i++) {
    if ((daf ? E(dafcls) : E(dascls))(&e->inst, handle, S4_ERRARGS(e)) != 0) return;
  }
}

/* Whether the file at path starts with a DAF ID word (else DAS); -1 when it is neither or unreadable. */
static int daf_or_das(spice4j_engine* e, const char* path) {
  char id[8];
  if (s4_host_file_head(&e->host, path, id, sizeof id) != 0) return -1;
  if (!memcmp(id, "DAF/", 4) || !memcmp(id, "NAIF/DAF", 8)) return 1;
  if (!memcmp(id, "DAS/", 4) || !memcmp(id, "NAIF/DAS", 8)) return 0;
  return -1;
}

int s4_check_file(spice4j_engine* e, spice4j_error* err, uint32_t rc, const char* routine, const char* file) {
  if (!s4_check(e, err, rc)) return 0;
  if (err->code != S4_ESPICE) return 1;
  char key[48];
  snprintf(key, sizeof key, "%s --> ", routine);
  const char* at = strstr(err->trace, key);
  if (!at) return 1; /* raised by the routine itself, before it opened the file */
  static const char* const opening[] = {"GETFAT", "DAFOPR", "DASOPR", "ZZDDH"};
  for (size_t i = 0; i < sizeof opening / sizeof *opening; i++) {
    if (!strncmp(at + strlen(key), opening[i], strlen(opening[i]))) return 1;
  }
  int daf = daf_or_das(e, file);
  if (daf < 0) return 1;
  uint32_t ph = s4_alloc(e, 4);
  if ((daf ? E(dafopr) : E(dasopr))(&e->inst, s4_str(e, file), ph, S4_ERRARGS(e)) != 0) return 1;
  uint32_t handle = (uint32_t)s4_get_i32(e, ph);
  for (int i = 0; i < 2; i++) { /* the link just taken, then the one the routine left */
    if ((daf ? E(dafcls) : E(dascls))(&e->inst, handle, S4_ERRARGS(e)) != 0) break;
  }
  return 1;
}

void s4_close_leaked(spice4j_engine* e) {
  uint32_t fds[MAX_LEAKS];
  uint32_t n = s4_host_leaked(&e->host, e->host.epoch, fds, MAX_LEAKS);
  for (uint32_t i = 0; i < n; i++) {
    const char* path = s4_host_fd_path(&e->host, fds[i]);
    if (path && !in_kernel_database(e, fds[i])) close_leaked(e, fds[i], path);
  }
}
