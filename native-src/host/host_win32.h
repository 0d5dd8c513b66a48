/*
 * Windows (mingw-w64) spelling of the POSIX calls host.c makes, included by host.c only on _WIN32.
 *
 * Why not the CRT's own POSIX names: its stat() reports inode 0 for every file (CSPICE's Fortran I/O
 * then takes every second kernel for one already open and refuses it with SPICE(EXTERNALOPEN)), it has
 * no st_blksize/st_atim, its off_t is 32-bit, and its narrow-string calls read paths in the ANSI code
 * page while the guest speaks UTF-8. So host.c's struct stat, stat/lstat/fstat, open, access and unlink
 * are redirected here (host_win32.c) to Win32 calls on UTF-16 paths with real file ids.
 */
#ifndef SPICE4J_HOST_WIN32_H
#define SPICE4J_HOST_WIN32_H

#include <fcntl.h>
#include <io.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>

/* No directory-only or no-follow opens on Windows; every open is binary and not inherited by children
 * (host.c ORs O_CLOEXEC into every open, so that is where O_BINARY comes in). */
#define O_DIRECTORY 0
#define O_NOFOLLOW 0
#define O_CLOEXEC (O_BINARY | O_NOINHERIT)

/* The fields host.c's put_stat reads, filled from GetFileInformationByHandle. */
struct s4w_time { int64_t tv_sec; };
struct s4w_stat {
  uint64_t st_dev, st_ino, st_size, st_blocks;
  uint32_t st_mode, st_nlink, st_uid, st_gid, st_rdev, st_blksize;
  struct s4w_time st_atim, st_mtim, st_ctim;
};
#define stat s4w_stat
#define lstat s4w_stat
#define fstat s4w_fstat
#define open s4w_open
#define access s4w_access
#define unlink s4w_unlink
/* 64-bit seeks: kernels beyond 2 GiB must seek correctly. */
#define off_t int64_t
#define lseek _lseeki64
#define gmtime_r(t, tm) (gmtime_s((tm), (t)) == 0 ? (tm) : NULL)

int s4w_stat(const char* utf8_path, struct s4w_stat* st);
int s4w_fstat(int fd, struct s4w_stat* st);
int s4w_open(const char* utf8_path, int flags, int mode);
int s4w_access(const char* utf8_path, int amode);
int s4w_unlink(const char* utf8_path);

#endif
