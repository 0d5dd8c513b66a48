/*
 * Which paths an engine may open or inspect (s4_host_confine): canonical paths (symlinks and ".."
 * resolved by realpath) compared with the granted directories, so neither a ".." segment nor a symlink
 * leads outside them.
 */
#define _GNU_SOURCE
#include "confine.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#ifdef _WIN32
#include "host_win32.h" /* pread, realpath */
#endif

static void free_list(char** list, uint32_t n) {
  for (uint32_t i = 0; i < n; i++) free(list[i]);
  free(list);
}

static char** copy_list(const char* const* src, uint32_t n, int* ok) {
  *ok = 1;
  if (n == 0) return NULL;
  char** out = (char**)calloc(n, sizeof *out);
  if (!out) { *ok = 0; return NULL; }
  for (uint32_t i = 0; i < n; i++) {
    out[i] = strdup(src[i]);
    if (!out[i]) { free_list(out, n); *ok = 0; return NULL; }
  }
  return out;
}

void s4_host_confine_free(s4_host* h) {
  free_list(h->roots, h->nroots);
  free_list(h->hidden, h->nhidden);
  free_list(h->exempt, h->nexempt);
  h->roots = h->hidden = h->exempt = NULL;
  h->nroots = h->nhidden = h->nexempt = 0;
  h->confined = 0;
}

int s4_host_confine(s4_host* h, int confined, const char* const* roots, uint32_t nroots, const char* const* hidden,
                    uint32_t nhidden, const char* const* exempt, uint32_t nexempt) {
  int a, b, c;
  char** r = copy_list(roots, nroots, &a);
  char** d = copy_list(hidden, nhidden, &b);
  char** x = copy_list(exempt, nexempt, &c);
  if (!a || !b || !c) {
    free_list(r, a ? nroots : 0);
    free_list(d, b ? nhidden : 0);
    free_list(x, c ? nexempt : 0);
    return -1;
  }
  s4_host_confine_free(h);
  h->roots = r; h->nroots = nroots;
  h->hidden = d; h->nhidden = nhidden;
  h->exempt = x; h->nexempt = nexempt;
  h->confined = confined;
  return 0;
}

/* Lexical absolute form (".", ".." and repeated slashes folded) of a path realpath cannot resolve. */
static int lexical(const char* path, char* out) {
  char buf[PATH_MAX];
  if (path[0] == '/') {
    if (snprintf(buf, sizeof buf, "%s", path) >= (int)sizeof buf) return -1;
  } else {
    char cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd) || snprintf(buf, sizeof buf, "%s/%s", cwd, path) >= (int)sizeof buf) return -1;
  }
  size_t n = 0;
  out[0] = '\0';
  for (char* save = NULL, *seg = strtok_r(buf, "/", &save); seg; seg = strtok_r(NULL, "/", &save)) {
    if (!strcmp(seg, ".")) continue;
    if (!strcmp(seg, "..")) {
      while (n > 0 && out[n - 1] != '/') n--;
      if (n > 0) n--;
      out[n] = '\0';
      continue;
    }
    size_t len = strlen(seg);
    if (n + 1 + len >= PATH_MAX) return -1;
    out[n++] = '/';
    memcpy(out + n, seg, len + 1);
    n += len;
  }
  if (n == 0) strcpy(out, "/");
  return 0;
}

/* The canonical form of a path that may not exist yet (a file about to be created). */
static int canonical(const char* path, char* out) {
  if (realpath(path, out)) return 0;
  char dir[PATH_MAX];
  if (snprintf(dir, sizeof dir, "%s", path) >= (int)sizeof dir) return -1;
  char* slash = strrchr(dir, '/');
  const char* base = slash ? slash + 1 : path;
  if (slash == dir) strcpy(dir, "/");
  else if (slash) *slash = '\0';
  else strcpy(dir, ".");
  char rdir[PATH_MAX];
  if (*base && strcmp(base, ".") && strcmp(base, "..") && realpath(dir, rdir)) {
    if (snprintf(out, PATH_MAX, "%s/%s", strcmp(rdir, "/") ? rdir : "", base) >= PATH_MAX) return -1;
    return 0;
  }
  return lexical(path, out);
}

static int under(const char* path, const char* dir) {
  size_t n = strlen(dir);
  if (n > 0 && dir[n - 1] == '/') n--;
  return !strncmp(path, dir, n) && (path[n] == '/' || path[n] == '\0');
}

int s4_host_admit(s4_host* h, const char* path) {
  if (!h->confined && h->nhidden == 0) return 1;
  char canon[PATH_MAX];
  if (canonical(path, canon) != 0) {
    snprintf(h->refusal, sizeof h->refusal, "spice4j refused %.400s: the path cannot be resolved", path);
    return 0;
  }
  for (uint32_t i = 0; i < h->nexempt; i++) {
    if (under(canon, h->exempt[i])) return 1;
  }
  for (uint32_t i = 0; i < h->nhidden; i++) {
    if (!strncmp(canon, h->hidden[i], strlen(h->hidden[i]))) {
      snprintf(h->refusal, sizeof h->refusal, "spice4j refused %.400s: it belongs to another spice4j engine", path);
      return 0;
    }
  }
  if (!h->confined) return 1;
  for (uint32_t i = 0; i < h->nroots; i++) {
    if (under(canon, h->roots[i])) return 1;
  }
  snprintf(h->refusal, sizeof h->refusal,
           "spice4j refused %.250s: outside the directories this engine may read (resolves to %.150s)", path, canon);
  return 0;
}
