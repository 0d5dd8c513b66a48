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

/* Per-engine host state; lives inside the engine and is reached from both import structs. */
typedef struct s4_host {
  wasm_rt_memory_t* memory;            /* the instance's linear memory (data moves on growth) */
  struct Z_tspice_instance_t* instance; /* for calls back into the module (malloc) */
  int* fds;                            /* wasm fd -> host fd, -1 when free; 0..2 are stdio */
  uint32_t nfds;
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

/* Number of files the engine currently holds open (excluding stdio); for leak tests. */
uint32_t s4_host_open_files(const s4_host* host);

#ifdef __cplusplus
}
#endif

#endif
