/*
 * The host side of the engine: the 24 imports the CSPICE wasm module expects (emscripten syscalls,
 * WASI fd_*, clock, heap growth), implemented per engine instance on POSIX.
 *
 * Only this layer knows POSIX. Every engine owns its own fd table, so one engine can never read,
 * seek or close a file another engine (or the JVM) opened.
 */
#ifndef SPICE4J_HOST_H
#define SPICE4J_HOST_H

#include <stdint.h>

#include "wasm-rt.h"

#ifdef __cplusplus
extern "C" {
#endif

struct Z_tspice_instance_t;

/* What the host remembers of an open wasm fd. */
struct s4_fdinfo {
  uint32_t epoch;   /* the call that opened it */
  char* path;       /* as the guest named it (malloc'ed) */
};

/* Per-engine host state; lives inside the engine and is reached from both import structs. */
typedef struct s4_host {
  wasm_rt_memory_t* memory;            /* the instance's linear memory (data moves on growth) */
  struct Z_tspice_instance_t* instance; /* for calls back into the module (malloc) */
  int* fds;                            /* wasm fd -> host fd, -1 when free; 0..2 are stdio */
  uint32_t nfds;
  /* Per wasm fd: the call (epoch) that opened it and the path, to find files a failed call
   * left open (s4_host_leaked). The epoch advances on every entry into the engine. */
  struct s4_fdinfo* fdinfo;
  uint32_t epoch;
  uint32_t temp_ret0;                  /* emscripten's i64 legalisation scratch */
  int exit_code;                       /* set when the module calls exit() */
  uint32_t tzname_ptr;                 /* lazily malloc'ed "UTC" strings for _tzset_js */
  /* While capture is set, guest writes to stdout/stderr are kept here (NUL-terminated, truncated at
   * the buffer's end) instead of reaching the host: report text CSPICE prints (e.g. the GF progress
   * report) is handed back to the caller rather than mixed into the program's output. */
  int capture;
  uint32_t captured;
  char captured_text[1024];
  /* Why the host last refused a file (not a regular file, outside the granted directories, a DAF/DAS
   * whose structure is broken); the shim adds it to the failing call's message. */
  char refusal[512];
  /* The path last refused in this call: every later open of it in the same call is refused too (the guest's
   * Fortran I/O retries a failed open for writing, which would create or truncate the file). */
  char refused_path[1024];
  /* File confinement (s4_host_confine): canonical directories. A path is admitted when it lies under an
   * exempt directory, or else starts with no hidden prefix and (when confined) lies under a root. */
  char** roots;
  uint32_t nroots;
  int confined;
  char** hidden;
  uint32_t nhidden;
  char** exempt;
  uint32_t nexempt;
} s4_host;

/* The import instance structs wasm2c 1.0.32 asks the embedder to define. */
struct Z_env_instance_t {
  s4_host* host;
};
struct Z_wasi_snapshot_preview1_instance_t {
  s4_host* host;
};

/* Initialises the fd table; returns 0 on success, -1 when out of memory. */
int s4_host_init(s4_host* host, wasm_rt_memory_t* memory, struct Z_tspice_instance_t* instance);

/* Closes every host fd the engine still holds and frees the table. */
void s4_host_close_all(s4_host* host);

/* Sets the confinement rules (lists of NUL-terminated strings, copied; already canonical). confined = 0
 * admits any path outside hidden prefixes. Returns 0, or -1 when out of memory (rules unchanged). */
int s4_host_confine(s4_host* host, int confined, const char* const* roots, uint32_t nroots,
                    const char* const* hidden, uint32_t nhidden, const char* const* exempt, uint32_t nexempt);

/* Wasm fds opened during the given epoch and still open (at most max); returns the count. */
uint32_t s4_host_leaked(const s4_host* host, uint32_t epoch, uint32_t* fds, uint32_t max);
/* The path the guest opened wasm fd with, or NULL. */
const char* s4_host_fd_path(const s4_host* host, uint32_t fd);
/* Whether wasm fd is open. */
int s4_host_fd_open(const s4_host* host, uint32_t fd);
/* Whether wasm fd is the file at path (same device and inode). */
int s4_host_fd_is(const s4_host* host, uint32_t fd, const char* path);
/* The first n bytes of the file at path, if the engine may read it; 0 on success. */
int s4_host_file_head(s4_host* host, const char* path, char* out, uint32_t n);
/* The first n bytes of the file behind wasm fd (for its ID word); 0 on success. */
int s4_host_fd_head(const s4_host* host, uint32_t fd, char* out, uint32_t n);

/* Number of files the engine currently holds open (excluding stdio); for leak tests. */
uint32_t s4_host_open_files(const s4_host* host);

#ifdef __cplusplus
}
#endif

#endif
