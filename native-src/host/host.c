/*
 * Implementations of the engine's imports. Conventions inherited from emscripten/musl (wasm32):
 * syscalls return -errno with Linux errno numbers; WASI calls return WASI errno numbers; flags and
 * struct layouts are musl's, so they are translated explicitly (macOS differs from Linux).
 */
#define _GNU_SOURCE
#include "host.h"
#include "confine.h"
#include "kernel_check.h"
#include "tspice.h" /* generated import prototypes: keeps our signatures honest */

#include <errno.h>
#include <stdio.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#ifdef _WIN32
#include "host_win32.h" /* Win32 behind the POSIX names used below: UTF-8 paths, file ids, 64-bit seeks */
#else
#include <unistd.h>
#endif
#ifdef __linux__
#include <sys/syscall.h>
#endif

/* stat through the kernel on Linux: glibc 2.33 gave stat/fstat/lstat new symbol versions, and the
 * library should load on glibc 2.17+. The kernel's struct stat is glibc's on x86_64 and aarch64. */
static int host_stat(const char* path, struct stat* st, int nofollow) {
#ifdef __linux__
  return (int)syscall(SYS_newfstatat, AT_FDCWD, path, st, nofollow ? AT_SYMLINK_NOFOLLOW : 0);
#else
  return nofollow ? lstat(path, st) : stat(path, st);
#endif
}
static int host_fstat(int fd, struct stat* st) {
#ifdef __linux__
  return (int)syscall(SYS_fstat, fd, st);
#else
  return fstat(fd, st);
#endif
}

/* Bounds-checked views of linear memory: an out-of-range guest pointer is a trap, never a host read. */
static uint8_t* mem_at(s4_host* h, uint32_t ptr, uint64_t len) {
  if ((uint64_t)ptr + len > h->memory->size) wasm_rt_trap(WASM_RT_TRAP_OOB);
  return h->memory->data + ptr;
}
static void put_u32(s4_host* h, uint32_t ptr, uint32_t v) { memcpy(mem_at(h, ptr, 4), &v, 4); }
static void put_u64(s4_host* h, uint32_t ptr, uint64_t v) { memcpy(mem_at(h, ptr, 8), &v, 8); }
static uint32_t get_u32(s4_host* h, uint32_t ptr) { uint32_t v; memcpy(&v, mem_at(h, ptr, 4), 4); return v; }

/* A guest C string, checked to be NUL-terminated inside memory. */
static const char* guest_str(s4_host* h, uint32_t ptr) {
  if (ptr >= h->memory->size) wasm_rt_trap(WASM_RT_TRAP_OOB);
  const uint8_t* p = h->memory->data + ptr;
  if (!memchr(p, 0, h->memory->size - ptr)) wasm_rt_trap(WASM_RT_TRAP_OOB);
  return (const char*)p;
}

/* musl (Linux) errno numbers for the host errno values that can reach the guest. */
static int guest_errno(int e) {
  switch (e) {
    case EPERM: return 1;   case ENOENT: return 2;   case EIO: return 5;     case EBADF: return 9;
    case ENOMEM: return 12; case EACCES: return 13;  case EEXIST: return 17; case ENOTDIR: return 20;
    case EISDIR: return 21; case EINVAL: return 22;  case ENFILE: return 23; case EMFILE: return 24;
    case ENOTTY: return 25; case EFBIG: return 27;   case ENOSPC: return 28; case ESPIPE: return 29;
    case EROFS: return 30;  case ENAMETOOLONG: return 36; case ENOSYS: return 38; case ELOOP: return 40;
    default: return 5;
  }
}
static uint32_t sys_fail(void) { return (uint32_t)-guest_errno(errno); }

enum { WASI_EBADF = 8, WASI_EINVAL = 28, WASI_EIO = 29 };

/* Records why a file was refused, for the failing call's message. */
static void refuse(s4_host* h, const char* path, const char* why) {
  snprintf(h->refusal, sizeof h->refusal, "spice4j refused %.300s: %.180s", path, why);
  snprintf(h->refused_path, sizeof h->refused_path, "%s", path);
}
enum { G_EBADF = 9, G_EACCES = 13, G_EINVAL = 22, G_ENOTTY = 25, G_EMFILE = 24 };

/* A guest path the engine may use (see confine.c), or NULL: the import then fails with EACCES. */
static const char* admitted(s4_host* h, uint32_t ptr) {
  const char* p = guest_str(h, ptr);
  return s4_host_admit(h, p) ? p : NULL;
}

int s4_host_init(s4_host* h, wasm_rt_memory_t* memory, struct Z_tspice_instance_t* instance) {
  memset(h, 0, sizeof *h);
  h->memory = memory;
  h->instance = instance;
  h->nfds = 16;
  h->fds = (int*)malloc(sizeof(int) * h->nfds);
  h->fdinfo = (struct s4_fdinfo*)calloc(h->nfds, sizeof *h->fdinfo);
  if (!h->fds || !h->fdinfo) {
    free(h->fds);
    free(h->fdinfo);
    return -1;
  }
  for (uint32_t i = 0; i < h->nfds; i++) h->fds[i] = i < 3 ? (int)i : -1;
  return 0;
}

void s4_host_close_all(s4_host* h) {
  if (!h->fds) return;
  for (uint32_t i = 3; i < h->nfds; i++) {
    if (h->fds[i] >= 0) close(h->fds[i]);
    free(h->fdinfo[i].path);
  }
  free(h->fds);
  free(h->fdinfo);
  h->fds = NULL;
  h->fdinfo = NULL;
  h->nfds = 0;
  s4_host_confine_free(h);
}

uint32_t s4_host_open_files(const s4_host* h) {
  uint32_t n = 0;
  for (uint32_t i = 3; i < h->nfds; i++) n += h->fds[i] >= 0;
  return n;
}

/* Host fd for a guest fd, or -1. Guest stdio maps to host stderr so engine chatter never mixes
 * with a program's stdout (CSV, JSON). */
static int host_fd(s4_host* h, uint32_t fd) {
  if (fd < 3) return fd == 0 ? 0 : 2;
  return fd < h->nfds ? h->fds[fd] : -1;
}

static int32_t alloc_fd(s4_host* h, int hostfd, const char* path) {
  char* name = strdup(path);
  if (!name) return -1;
  uint32_t fd = 3;
  while (fd < h->nfds && h->fds[fd] >= 0) fd++;
  if (fd == h->nfds) {
    uint32_t n = h->nfds * 2;
    int* grown = (int*)realloc(h->fds, sizeof(int) * n);
    if (grown) h->fds = grown;
    struct s4_fdinfo* info = grown ? (struct s4_fdinfo*)realloc(h->fdinfo, sizeof *info * n) : NULL;
    if (!info) { free(name); return -1; }
    h->fdinfo = info;
    for (uint32_t i = h->nfds; i < n; i++) {
      grown[i] = -1;
      memset(&info[i], 0, sizeof info[i]);
    }
    h->nfds = n;
  }
  h->fds[fd] = hostfd;
  h->fdinfo[fd] = (struct s4_fdinfo){h->epoch, name};
  return (int32_t)fd;
}

const char* s4_host_fd_path(const s4_host* h, uint32_t fd) {
  return s4_host_fd_open(h, fd) ? h->fdinfo[fd].path : NULL;
}

uint32_t s4_host_leaked(const s4_host* h, uint32_t epoch, uint32_t* fds, uint32_t max) {
  uint32_t n = 0;
  for (uint32_t i = 3; i < h->nfds && n < max; i++) {
    if (h->fds[i] >= 0 && h->fdinfo[i].epoch == epoch) fds[n++] = i;
  }
  return n;
}

int s4_host_fd_open(const s4_host* h, uint32_t fd) { return fd >= 3 && fd < h->nfds && h->fds[fd] >= 0; }

int s4_host_fd_is(const s4_host* h, uint32_t fd, const char* path) {
  struct stat a, b;
  if (!s4_host_fd_open(h, fd) || host_fstat(h->fds[fd], &a) != 0 || host_stat(path, &b, 0) != 0) return 0;
  return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

int s4_host_file_head(s4_host* h, const char* path, char* out, uint32_t n) {
  if (!s4_host_admit(h, path)) return -1;
  int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC, 0);
  if (fd < 0) return -1;
  struct stat st;
  ssize_t got = host_fstat(fd, &st) == 0 && S_ISREG(st.st_mode) ? pread(fd, out, n, 0) : -1;
  close(fd);
  return got == (ssize_t)n ? 0 : -1;
}

int s4_host_fd_head(const s4_host* h, uint32_t fd, char* out, uint32_t n) {
  if (!s4_host_fd_open(h, fd)) return -1;
  return pread(h->fds[fd], out, n, 0) == (ssize_t)n ? 0 : -1;
}

/* musl open(2) flag bits (same on every emscripten target). */
enum {
  G_O_ACCMODE = 03, G_O_CREAT = 0100, G_O_EXCL = 0200, G_O_TRUNC = 01000, G_O_APPEND = 02000,
  G_O_DIRECTORY = 0200000, G_O_NOFOLLOW = 0400000
};

static int host_open_flags(uint32_t g) {
  int f;
  switch (g & G_O_ACCMODE) {
    case 0: f = O_RDONLY; break;
    case 1: f = O_WRONLY; break;
    default: f = O_RDWR; break;
  }
  if (g & G_O_CREAT) f |= O_CREAT;
  if (g & G_O_EXCL) f |= O_EXCL;
  if (g & G_O_TRUNC) f |= O_TRUNC;
  if (g & G_O_APPEND) f |= O_APPEND;
  if (g & G_O_DIRECTORY) f |= O_DIRECTORY;
  if (g & G_O_NOFOLLOW) f |= O_NOFOLLOW;
  return f | O_CLOEXEC;
}

/* Whether path is the name libf2c gives a Fortran unit that no OPEN connected ("fort.N"). */
static int unconnected_unit_file(const char* path) {
  if (strncmp(path, "fort.", 5) != 0 || !path[5]) return 0;
  for (const char* c = path + 5; *c; c++) {
    if (*c < '0' || *c > '9') return 0;
  }
  return 1;
}

u32 Z_envZ___syscall_open(struct Z_env_instance_t* env, u32 path, u32 flags, u32 varargs) {
  s4_host* h = env->host;
  const char* p = admitted(h, path);
  if (!p) return (uint32_t)-G_EACCES;
  /* CSPICE does I/O on an unconnected unit only once a failure has broken its unit table (seen after a
   * failed EK load); the call then fails cleanly instead of creating an empty fort.N in the working
   * directory. */
  if (unconnected_unit_file(p)) {
    refuse(h, p, "the default file of an unconnected Fortran unit (the engine's file table is inconsistent)");
    return (uint32_t)-G_EACCES;
  }
  if (h->refused_path[0] && !strcmp(p, h->refused_path)) return (uint32_t)-G_EACCES;
  mode_t mode = 0666;
  if ((flags & G_O_CREAT) && varargs) mode = (mode_t)(get_u32(h, varargs) & 07777);
  /* O_NONBLOCK so that opening a FIFO cannot block; the fstat below refuses it anyway. */
  int fd = open(p, host_open_flags(flags) | O_NONBLOCK, mode);
  if (fd < 0) return sys_fail();
  struct stat st;
  if (host_fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    int dir = S_ISDIR(st.st_mode);
    close(fd);
    refuse(h, p, dir ? "a directory" : S_ISFIFO(st.st_mode) ? "a FIFO" : S_ISCHR(st.st_mode) ? "a character device"
                 : "not a regular file");
    return (uint32_t)-(dir ? 21 /* EISDIR */ : G_EINVAL);
  }
  int fl = fcntl(fd, F_GETFL);
  if (fl >= 0) fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
  if (st.st_size > 0 && !(flags & G_O_TRUNC)) {
    char why[256];
    if (s4_check_kernel_file(fd, (uint64_t)st.st_size, why, sizeof why) != 0) {
      close(fd);
      refuse(h, p, why);
      return (uint32_t)-G_EINVAL;
    }
  }
  int32_t g = alloc_fd(h, fd, p);
  if (g < 0) { close(fd); return (uint32_t)-G_EMFILE; }
  return (uint32_t)g;
}

/* emscripten's 32-bit struct stat (96 bytes): see the offsets below. CSPICE's Fortran I/O compares
 * inode numbers to find files that are already open, so ino must be the host's real inode. */
static void put_stat(s4_host* h, uint32_t buf, const struct stat* st) {
  uint8_t* b = mem_at(h, buf, 96);
  memset(b, 0, 96);
  uint32_t u;
  uint64_t q;
  u = (uint32_t)st->st_dev;   memcpy(b + 0, &u, 4);
  u = (uint32_t)st->st_ino;   memcpy(b + 8, &u, 4);
  u = (uint32_t)st->st_mode;  memcpy(b + 12, &u, 4);
  u = (uint32_t)st->st_nlink; memcpy(b + 16, &u, 4);
  u = (uint32_t)st->st_uid;   memcpy(b + 20, &u, 4);
  u = (uint32_t)st->st_gid;   memcpy(b + 24, &u, 4);
  u = (uint32_t)st->st_rdev;  memcpy(b + 28, &u, 4);
  q = (uint64_t)st->st_size;  memcpy(b + 40, &q, 8);
  u = (uint32_t)st->st_blksize; memcpy(b + 48, &u, 4);
  u = (uint32_t)st->st_blocks;  memcpy(b + 52, &u, 4);
#ifdef __APPLE__
  u = (uint32_t)st->st_atimespec.tv_sec; memcpy(b + 56, &u, 4);
  u = (uint32_t)st->st_mtimespec.tv_sec; memcpy(b + 64, &u, 4);
  u = (uint32_t)st->st_ctimespec.tv_sec; memcpy(b + 72, &u, 4);
#else
  u = (uint32_t)st->st_atim.tv_sec; memcpy(b + 56, &u, 4);
  u = (uint32_t)st->st_mtim.tv_sec; memcpy(b + 64, &u, 4);
  u = (uint32_t)st->st_ctim.tv_sec; memcpy(b + 72, &u, 4);
#endif
  q = (uint64_t)st->st_ino;   memcpy(b + 80, &q, 8);
}

u32 Z_envZ___syscall_fstat64(struct Z_env_instance_t* env, u32 fd, u32 buf) {
  s4_host* h = env->host;
  int hf = host_fd(h, fd);
  if (hf < 0) return (uint32_t)-G_EBADF;
  struct stat st;
  if (host_fstat(hf, &st) != 0) return sys_fail();
  put_stat(h, buf, &st);
  return 0;
}

u32 Z_envZ___syscall_stat64(struct Z_env_instance_t* env, u32 path, u32 buf) {
  struct stat st;
  const char* p = admitted(env->host, path);
  if (!p) return (uint32_t)-G_EACCES;
  if (host_stat(p, &st, 0) != 0) return sys_fail();
  put_stat(env->host, buf, &st);
  return 0;
}

u32 Z_envZ___syscall_lstat64(struct Z_env_instance_t* env, u32 path, u32 buf) {
  struct stat st;
  const char* p = admitted(env->host, path);
  if (!p) return (uint32_t)-G_EACCES;
  if (host_stat(p, &st, 1) != 0) return sys_fail();
  put_stat(env->host, buf, &st);
  return 0;
}

/* dirfd is ignored: the module only passes AT_FDCWD, and guest fds are not host directory fds. */
enum { G_AT_SYMLINK_NOFOLLOW = 0x100 };
u32 Z_envZ___syscall_fstatat64(struct Z_env_instance_t* env, u32 dirfd, u32 path, u32 buf, u32 flags) {
  (void)dirfd;
  struct stat st;
  const char* p = admitted(env->host, path);
  if (!p) return (uint32_t)-G_EACCES;
  int rc = host_stat(p, &st, (flags & G_AT_SYMLINK_NOFOLLOW) != 0);
  if (rc != 0) return sys_fail();
  put_stat(env->host, buf, &st);
  return 0;
}

u32 Z_envZ___syscall_faccessat(struct Z_env_instance_t* env, u32 dirfd, u32 path, u32 amode, u32 flags) {
  (void)dirfd;
  (void)flags;
  /* musl and POSIX agree on F_OK=0, X_OK=1, W_OK=2, R_OK=4. */
  const char* p = admitted(env->host, path);
  if (!p) return (uint32_t)-G_EACCES;
  return access(p, (int)(amode & 7)) == 0 ? 0 : sys_fail();
}

enum { G_F_DUPFD = 0, G_F_GETFD = 1, G_F_SETFD = 2, G_F_GETFL = 3, G_F_SETFL = 4 };
u32 Z_envZ___syscall_fcntl64(struct Z_env_instance_t* env, u32 fd, u32 cmd, u32 varargs) {
  (void)varargs;
  if (host_fd(env->host, fd) < 0) return (uint32_t)-G_EBADF;
  switch (cmd) {
    case G_F_GETFD: return 1; /* every host fd is opened O_CLOEXEC */
    case G_F_SETFD:
    case G_F_SETFL: return 0;
    case G_F_GETFL: return 2; /* O_RDWR: musl only uses it to validate fdopen modes */
    default: return (uint32_t)-G_EINVAL;
  }
}

u32 Z_envZ___syscall_ioctl(struct Z_env_instance_t* env, u32 fd, u32 op, u32 varargs) {
  (void)op;
  (void)varargs;
  /* No terminals inside the engine: stdio is fully buffered and goes to stderr. */
  return host_fd(env->host, fd) < 0 ? (uint32_t)-G_EBADF : (uint32_t)-G_ENOTTY;
}

u32 Z_envZ___syscall_dup3(struct Z_env_instance_t* env, u32 oldfd, u32 newfd, u32 flags) {
  (void)env; (void)oldfd; (void)newfd; (void)flags;
  return (uint32_t)-G_EINVAL; /* only freopen() uses it; CSPICE never reopens streams */
}

u32 Z_envZ___syscall_unlink(struct Z_env_instance_t* env, u32 path) {
  const char* p = admitted(env->host, path);
  if (!p) return (uint32_t)-G_EACCES;
  return unlink(p) == 0 ? 0 : sys_fail();
}

/* --- WASI file descriptors ------------------------------------------------------------------ */

u32 Z_wasi_snapshot_preview1Z_fd_close(struct Z_wasi_snapshot_preview1_instance_t* w, u32 fd) {
  s4_host* h = w->host;
  if (fd < 3) return 0;
  if (fd >= h->nfds || h->fds[fd] < 0) return WASI_EBADF;
  int rc = close(h->fds[fd]);
  h->fds[fd] = -1;
  free(h->fdinfo[fd].path);
  h->fdinfo[fd].path = NULL;
  return rc == 0 ? 0 : WASI_EIO;
}

u32 Z_wasi_snapshot_preview1Z_fd_fdstat_get(struct Z_wasi_snapshot_preview1_instance_t* w, u32 fd, u32 buf) {
  s4_host* h = w->host;
  if (host_fd(h, fd) < 0) return WASI_EBADF;
  uint8_t* b = mem_at(h, buf, 24);
  memset(b, 0, 24);
  b[0] = fd < 3 ? 2 /* character device */ : 4 /* regular file */;
  put_u64(h, buf + 8, ~(uint64_t)0);
  put_u64(h, buf + 16, ~(uint64_t)0);
  return 0;
}

/* iovs: array of {u32 buf, u32 len}. */
u32 Z_wasi_snapshot_preview1Z_fd_read(struct Z_wasi_snapshot_preview1_instance_t* w, u32 fd, u32 iovs,
                                      u32 iovcnt, u32 nread) {
  s4_host* h = w->host;
  int hf = host_fd(h, fd);
  if (hf < 0) return WASI_EBADF;
  uint32_t total = 0;
  for (uint32_t i = 0; i < iovcnt; i++) {
    uint32_t base = get_u32(h, iovs + 8 * i), len = get_u32(h, iovs + 8 * i + 4);
    if (len == 0) continue;
    uint8_t* dst = mem_at(h, base, len);
    ssize_t n;
    do { n = read(hf, dst, len); } while (n < 0 && errno == EINTR);
    if (n < 0) return errno == EISDIR ? WASI_EINVAL : WASI_EIO;
    total += (uint32_t)n;
    if ((uint32_t)n < len) break;
  }
  put_u32(h, nread, total);
  return 0;
}

u32 Z_wasi_snapshot_preview1Z_fd_write(struct Z_wasi_snapshot_preview1_instance_t* w, u32 fd, u32 iovs,
                                       u32 iovcnt, u32 nwritten) {
  s4_host* h = w->host;
  int hf = host_fd(h, fd);
  if (hf < 0 || fd == 0) return WASI_EBADF;
  uint32_t total = 0;
  for (uint32_t i = 0; i < iovcnt; i++) {
    uint32_t base = get_u32(h, iovs + 8 * i), len = get_u32(h, iovs + 8 * i + 4);
    const uint8_t* src = mem_at(h, base, len);
    if (h->capture && fd < 3) {
      uint32_t room = (uint32_t)sizeof h->captured_text - 1 - h->captured;
      uint32_t n = len < room ? len : room;
      memcpy(h->captured_text + h->captured, src, n);
      h->captured += n;
      h->captured_text[h->captured] = '\0';
      total += len;
      continue;
    }
    uint32_t done = 0;
    while (done < len) {
      ssize_t n = write(hf, src + done, len - done);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) return WASI_EIO;
      done += (uint32_t)n;
    }
    total += len;
  }
  put_u32(h, nwritten, total);
  return 0;
}

/* The 64-bit offset arrives legalised as two i32 halves (lo, hi). WASI whence = POSIX whence. */
u32 Z_wasi_snapshot_preview1Z_fd_seek(struct Z_wasi_snapshot_preview1_instance_t* w, u32 fd, u32 lo, u32 hi,
                                      u32 whence, u32 newoffset) {
  s4_host* h = w->host;
  int hf = host_fd(h, fd);
  if (hf < 0) return WASI_EBADF;
  if (whence > 2) return WASI_EINVAL;
  int64_t off = (int64_t)(((uint64_t)hi << 32) | lo);
  int hw = whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END;
  off_t r = lseek(hf, (off_t)off, hw);
  if (r < 0) return errno == ESPIPE ? 70 /* WASI ESPIPE */ : WASI_EINVAL;
  put_u64(h, newoffset, (uint64_t)r);
  return 0;
}

/* --- heap, clock, process -------------------------------------------------------------------- */

u32 Z_envZ_emscripten_resize_heap(struct Z_env_instance_t* env, u32 requested) {
  wasm_rt_memory_t* m = env->host->memory;
  if (requested <= m->size) return 1;
  uint64_t pages = ((uint64_t)requested + 65535) / 65536;
  /* grow at least 20% like emscripten, to keep realloc of the whole heap rare */
  uint64_t want = m->pages + m->pages / 5;
  if (want < pages) want = pages;
  if (want > m->max_pages) want = m->max_pages;
  if (want < pages) return 0;
  return wasm_rt_grow_memory(m, (uint32_t)(want - m->pages)) == (uint32_t)-1 ? 0 : 1;
}

u32 Z_envZ_emscripten_memcpy_big(struct Z_env_instance_t* env, u32 dest, u32 src, u32 num) {
  s4_host* h = env->host;
  memmove(mem_at(h, dest, num), mem_at(h, src, num), num);
  return dest;
}

u32 Z_envZ_time(struct Z_env_instance_t* env, u32 tloc) {
  uint32_t now = (uint32_t)time(NULL);
  if (tloc) put_u32(env->host, tloc, now);
  return now;
}

u32 Z_envZ___clock_gettime(struct Z_env_instance_t* env, u32 clk, u32 tp) {
  struct timespec ts;
  if (clock_gettime(clk == 1 ? CLOCK_MONOTONIC : CLOCK_REALTIME, &ts) != 0) return (uint32_t)-G_EINVAL;
  put_u32(env->host, tp, (uint32_t)ts.tv_sec);
  put_u32(env->host, tp + 4, (uint32_t)ts.tv_nsec);
  return 0;
}

/* The engine runs in UTC whatever the JVM's zone: SPICE time never depends on local time. */
void Z_envZ__tzset_js(struct Z_env_instance_t* env, u32 timezone, u32 daylight, u32 tzname) {
  s4_host* h = env->host;
  put_u32(h, timezone, 0);
  put_u32(h, daylight, 0);
  if (!h->tzname_ptr) {
    h->tzname_ptr = Z_tspiceZ_malloc(h->instance, 4);
    if (h->tzname_ptr) memcpy(mem_at(h, h->tzname_ptr, 4), "UTC", 4);
  }
  put_u32(h, tzname, h->tzname_ptr);
  put_u32(h, tzname + 4, h->tzname_ptr);
}

/* struct tm: 9 ints, then tm_gmtoff (long, 4 bytes) and tm_zone (pointer). */
void Z_envZ__localtime_js(struct Z_env_instance_t* env, u32 tptr, u32 tmptr) {
  s4_host* h = env->host;
  time_t t = (time_t)(int32_t)get_u32(h, tptr);
  struct tm tm;
  gmtime_r(&t, &tm);
  int32_t f[9] = {tm.tm_sec, tm.tm_min, tm.tm_hour, tm.tm_mday, tm.tm_mon,
                  tm.tm_year, tm.tm_wday, tm.tm_yday, 0};
  memcpy(mem_at(h, tmptr, 44), f, sizeof f);
  put_u32(h, tmptr + 36, 0);
  put_u32(h, tmptr + 40, h->tzname_ptr);
}

/* abort/exit must never leave the process: both unwind to the shim's trap guard. */
void Z_envZ_abort(struct Z_env_instance_t* env) {
  (void)env;
  wasm_rt_trap(WASM_RT_TRAP_UNREACHABLE);
}

void Z_envZ_exit(struct Z_env_instance_t* env, u32 code) {
  env->host->exit_code = (int)code;
  wasm_rt_trap(WASM_RT_TRAP_UNREACHABLE);
}

void Z_envZ_setTempRet0(struct Z_env_instance_t* env, u32 value) {
  env->host->temp_ret0 = value;
}
