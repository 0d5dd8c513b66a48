/*
 * Win32 implementations behind host_win32.h (see there for why host.c does not use the CRT's POSIX
 * layer on Windows). Compiled everywhere, empty except on _WIN32.
 */
#ifdef _WIN32
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <windows.h>

#include "host_win32.h" /* last: its macros rename POSIX names */

/* UTF-8 guest path -> malloc'ed UTF-16, or NULL with errno set. */
static wchar_t* wide_path(const char* utf8) {
  int n = MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, utf8, -1, NULL, 0);
  if (n <= 0) { errno = ENOENT; return NULL; }
  wchar_t* w = (wchar_t*)malloc(sizeof(wchar_t) * (size_t)n);
  if (!w) { errno = ENOMEM; return NULL; }
  MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, utf8, -1, w, n);
  return w;
}

static int fail_with_last_error(void) {
  switch (GetLastError()) {
    case ERROR_FILE_NOT_FOUND: case ERROR_PATH_NOT_FOUND: case ERROR_INVALID_NAME: errno = ENOENT; break;
    case ERROR_ACCESS_DENIED: case ERROR_SHARING_VIOLATION: errno = EACCES; break;
    case ERROR_INVALID_HANDLE: errno = EBADF; break;
    case ERROR_FILENAME_EXCED_RANGE: errno = ENAMETOOLONG; break;
    default: errno = EIO; break;
  }
  return -1;
}

/* FILETIME (100 ns ticks since 1601) -> seconds since 1970. */
static int64_t unix_seconds(FILETIME ft) {
  uint64_t t = ((uint64_t)ft.dwHighDateTime << 32) | ft.dwLowDateTime;
  return (int64_t)(t / 10000000u) - INT64_C(11644473600);
}

/* Volume serial + file index is the Windows file identity: what CSPICE compares as dev/inode. */
static int fill_from_handle(HANDLE h, struct s4w_stat* st) {
  memset(st, 0, sizeof *st);
  if (GetFileType(h) == FILE_TYPE_CHAR) {
    st->st_mode = 0020666; /* console or NUL: a character device, as on POSIX */
    return 0;
  }
  BY_HANDLE_FILE_INFORMATION fi;
  if (!GetFileInformationByHandle(h, &fi)) return fail_with_last_error();
  int dir = (fi.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) != 0;
  uint32_t perm = dir ? 0755 : 0644;
  if (fi.dwFileAttributes & FILE_ATTRIBUTE_READONLY) perm &= ~0222u;
  st->st_mode = (dir ? 0040000u : 0100000u) | perm;
  st->st_dev = fi.dwVolumeSerialNumber;
  st->st_ino = ((uint64_t)fi.nFileIndexHigh << 32) | fi.nFileIndexLow;
  st->st_nlink = fi.nNumberOfLinks;
  st->st_size = ((uint64_t)fi.nFileSizeHigh << 32) | fi.nFileSizeLow;
  st->st_blksize = 4096;
  st->st_blocks = (st->st_size + 511) / 512;
  st->st_atim.tv_sec = unix_seconds(fi.ftLastAccessTime);
  st->st_mtim.tv_sec = unix_seconds(fi.ftLastWriteTime);
  st->st_ctim.tv_sec = unix_seconds(fi.ftCreationTime);
  return 0;
}

int s4w_stat(const char* utf8_path, struct s4w_stat* st) {
  wchar_t* w = wide_path(utf8_path);
  if (!w) return -1;
  /* Attribute-only access with full sharing: works on files other handles hold open, and
   * BACKUP_SEMANTICS lets directories open too. */
  HANDLE h = CreateFileW(w, FILE_READ_ATTRIBUTES, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                         NULL, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, NULL);
  free(w);
  if (h == INVALID_HANDLE_VALUE) return fail_with_last_error();
  int rc = fill_from_handle(h, st);
  CloseHandle(h);
  return rc;
}

int s4w_fstat(int fd, struct s4w_stat* st) {
  HANDLE h = (HANDLE)_get_osfhandle(fd);
  if (h == INVALID_HANDLE_VALUE) { errno = EBADF; return -1; }
  return fill_from_handle(h, st);
}

int s4w_open(const char* utf8_path, int flags, int mode) {
  wchar_t* w = wide_path(utf8_path);
  if (!w) return -1;
  /* The CRT honours only the owner-write bit of a POSIX mode. */
  int fd = _wopen(w, flags, (mode & 0200) ? (_S_IREAD | _S_IWRITE) : _S_IREAD);
  free(w);
  return fd;
}

int s4w_access(const char* utf8_path, int amode) {
  wchar_t* w = wide_path(utf8_path);
  if (!w) return -1;
  int rc = _waccess(w, amode & 06); /* the CRT rejects X_OK; existence is what it would mean here */
  free(w);
  return rc;
}

int s4w_unlink(const char* utf8_path) {
  wchar_t* w = wide_path(utf8_path);
  if (!w) return -1;
  int rc = _wunlink(w);
  free(w);
  return rc;
}
#endif
