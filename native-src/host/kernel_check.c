/*
 * DAF and DAS structure checks (layouts from NAIF's DAF and DAS required reading). Only the fields
 * CSPICE follows as pointers or sizes are checked: the file record, the summary-record chain of a DAF
 * (bounded, acyclic, each record's PREV pointing back) and the directory-record chain of a DAS.
 */
#define _GNU_SOURCE
#include "kernel_check.h"

#include "daf_segment.h"
#include "kernel_bytes.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#ifdef _WIN32
#include "host_win32.h" /* pread, realpath */
#endif

#define RECORD 1024

/* Reads record n (1-based) into buf; 0 on success. */
static int read_record(int fd, uint64_t n, unsigned char* buf) {
  size_t done = 0;
  while (done < RECORD) {
    ssize_t r = pread(fd, buf + done, RECORD - done, (off_t)((n - 1) * RECORD + done));
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) break;
    done += (size_t)r;
  }
  if (done < RECORD) memset(buf + done, 0, RECORD - done); /* a short last record reads as zeros */
  return done > 0 ? 0 : -1;
}

/* The byte order a file record's format string names; -1 when it is blank (old files: native); -2 for
 * any other string, which CSPICE itself refuses (SPICE(UNSUPPORTEDBFF)), so it is left to say so. */
static int big_endian(const unsigned char* fmt) {
  if (!memcmp(fmt, "BIG-IEEE", 8)) return 1;
  if (!memcmp(fmt, "LTL-IEEE", 8)) return 0;
  for (int i = 0; i < 8; i++) {
    if (fmt[i] != ' ' && fmt[i] != 0) return -2;
  }
  return -1;
}

/* A double that must be a whole number in [lo, hi]. */
static int whole_in(double d, double lo, double hi) { return d >= lo && d <= hi && d == (double)(int64_t)d; }

static int fail(char* why, size_t n, const char* fmt, long a, long b, long c) {
  snprintf(why, n, fmt, a, b, c);
  return -1;
}

static int check_daf(int fd, uint64_t nrec, const unsigned char* rec1, char* why, size_t whylen) {
  int big = big_endian(rec1 + 88);
  if (big == -2) return 0;
  if (big < 0) big = (uint32_t)s4_get_i32(rec1 + 8, 0) > 124; /* pre-format-string file: guess by ND */
  int32_t nd = s4_get_i32(rec1 + 8, big), ni = s4_get_i32(rec1 + 12, big);
  int32_t fward = s4_get_i32(rec1 + 76, big), bward = s4_get_i32(rec1 + 80, big), freea = s4_get_i32(rec1 + 84, big);
  if (nd < 0 || nd > 124) return fail(why, whylen, "DAF ND=%ld at byte 8 is outside 0..124%.0ld%.0ld", nd, 0, 0);
  if (ni < 2 || ni > 250) return fail(why, whylen, "DAF NI=%ld at byte 12 is outside 2..250%.0ld%.0ld", ni, 0, 0);
  s4_daf_kind kind = s4_daf_kind_of(rec1);
  int want_ni = kind == S4_DAF_PCK ? 5 : 6;
  if (kind != S4_DAF_OTHER && (nd != 2 || ni != want_ni))
    return fail(why, whylen, "DAF ND=%ld, NI=%ld at byte 8 differ from the summary layout its ID word names (ND=2, NI=%ld)", nd, ni, want_ni);
  long ss = nd + (ni + 1) / 2; /* summary size in doubles */
  if (ss > 125) return fail(why, whylen, "DAF summary size ND + (NI+1)/2 = %ld (ND=%ld) exceeds 125 doubles%.0ld", ss, nd, 0);
  if (fward < 2 || (uint64_t)fward > nrec)
    return fail(why, whylen, "DAF FWARD=%ld at byte 76 is outside records 2..%ld%.0ld", fward, (long)nrec, 0);
  if (bward < 2 || (uint64_t)bward > nrec)
    return fail(why, whylen, "DAF BWARD=%ld at byte 80 is outside records 2..%ld%.0ld", bward, (long)nrec, 0);
  if (freea < 1) return fail(why, whylen, "DAF FREE=%ld at byte 84 is not a positive address%.0ld%.0ld", freea, 0, 0);
  unsigned char rec[RECORD];
  long maxsum = 125 / (ss > 0 ? ss : 1);
  int64_t prev = 0, cur = fward;
  for (uint64_t steps = 0; cur != 0; steps++) {
    if (steps >= nrec)
      return fail(why, whylen, "DAF summary records form a cycle (revisited record %ld)%.0ld%.0ld", (long)cur, 0, 0);
    if (read_record(fd, (uint64_t)cur, rec) != 0)
      return fail(why, whylen, "DAF summary record %ld cannot be read%.0ld%.0ld", (long)cur, 0, 0);
    double next = s4_get_f64(rec, big), back = s4_get_f64(rec + 8, big), nsum = s4_get_f64(rec + 16, big);
    long at = (long)((cur - 1) * RECORD);
    if (!whole_in(next, 0, (double)nrec))
      return fail(why, whylen, "DAF summary record %ld: NEXT at byte %ld is not a record of the file (%ld records)",
                  (long)cur, at, (long)nrec);
    if (!whole_in(back, 0, (double)nrec) || (int64_t)back != prev)
      return fail(why, whylen, "DAF summary record %ld: PREV at byte %ld does not point back to record %ld",
                  (long)cur, at + 8, (long)prev);
    if (!whole_in(nsum, 0, (double)maxsum))
      return fail(why, whylen, "DAF summary record %ld: NSUM at byte %ld is outside 0..%ld", (long)cur, at + 16, maxsum);
    if ((uint64_t)cur + 1 > nrec && nsum > 0)
      return fail(why, whylen, "DAF summary record %ld has no name record after it%.0ld%.0ld", (long)cur, 0, 0);
    for (long s = 0; s < (long)nsum; s++) {
      const unsigned char* sum = rec + 24 + 8 * ss * s;
      for (long d = 0; d < nd; d++) {
        double v = s4_get_f64(sum + 8 * d, big);
        if (v != v || v > 1e300 || v < -1e300) /* NaN or infinite: no time or value CSPICE can order */
          return fail(why, whylen, "DAF summary record %ld, summary %ld: double %ld is not finite", (long)cur, s + 1,
                      d + 1);
      }
      int32_t ia = s4_get_i32(sum + 8 * nd + 4 * (ni - 2), big), fa = s4_get_i32(sum + 8 * nd + 4 * (ni - 1), big);
      if (ia <= RECORD / 8 || fa < ia || (uint64_t)fa > nrec * (RECORD / 8))
        return fail(why, whylen, "DAF summary record %ld, summary %ld: array addresses %ld.. lie outside the file"
                    " (before record 2, or past the end) or end before they begin", (long)cur, s + 1, (long)ia);
      int32_t ints[250];
      for (long i = 0; i < ni; i++) ints[i] = s4_get_i32(sum + 8 * nd + 4 * i, big);
      char where[64];
      snprintf(where, sizeof where, "%ld of summary record %ld", s + 1, (long)cur);
      if (s4_check_segment(fd, nrec, big, kind, ints, ni, where, why, whylen) != 0) return -1;
    }
    if (next == 0 && (int64_t)cur != bward)
      return fail(why, whylen, "DAF summary chain ends at record %ld but BWARD names record %ld%.0ld", (long)cur,
                  (long)bward, 0);
    prev = cur;
    cur = (int64_t)next;
  }
  return 0;
}

static int check_das(int fd, uint64_t nrec, const unsigned char* rec1, char* why, size_t whylen) {
  int big = big_endian(rec1 + 84);
  if (big == -2) return 0;
  if (big < 0) big = 0;
  int32_t nresvr = s4_get_i32(rec1 + 68, big), nresvc = s4_get_i32(rec1 + 72, big);
  int32_t ncomr = s4_get_i32(rec1 + 76, big), ncomc = s4_get_i32(rec1 + 80, big);
  if (nresvr < 0 || (uint64_t)nresvr >= nrec)
    return fail(why, whylen, "DAS NRESVR=%ld at byte 68 is outside 0..%ld%.0ld", nresvr, (long)nrec - 1, 0);
  if (nresvc < 0 || (int64_t)nresvc > (int64_t)nresvr * RECORD)
    return fail(why, whylen, "DAS NRESVC=%ld at byte 72 does not fit %ld reserved records%.0ld", nresvc, nresvr, 0);
  if (ncomr < 0 || (uint64_t)ncomr + (uint64_t)nresvr >= nrec)
    return fail(why, whylen, "DAS NCOMR=%ld at byte 76 is outside 0..%ld%.0ld", ncomr, (long)nrec - 1 - nresvr, 0);
  if (ncomc < 0 || (int64_t)ncomc > (int64_t)ncomr * RECORD)
    return fail(why, whylen, "DAS NCOMC=%ld at byte 80 does not fit %ld comment records%.0ld", ncomc, ncomr, 0);
  int64_t cur = 2 + (int64_t)nresvr + ncomr, prev = 0;
  if ((uint64_t)cur > nrec) /* CSPICE reads the first directory record whenever it opens a DAS */
    return fail(why, whylen, "DAS first directory record %ld is past the end of the file (%ld records)%.0ld", (long)cur,
                (long)nrec, 0);
  unsigned char rec[RECORD];
  uint64_t covered = 0; /* records of data and directories seen so far */
  for (uint64_t steps = 0; cur != 0; steps++) {
    if (steps >= nrec)
      return fail(why, whylen, "DAS directory records form a cycle (revisited record %ld)%.0ld%.0ld", (long)cur, 0, 0);
    if (read_record(fd, (uint64_t)cur, rec) != 0)
      return fail(why, whylen, "DAS directory record %ld cannot be read%.0ld%.0ld", (long)cur, 0, 0);
    long at = (long)((cur - 1) * RECORD);
    int32_t back = s4_get_i32(rec, big), fwd = s4_get_i32(rec + 4, big), first = s4_get_i32(rec + 32, big);
    if (back != prev)
      return fail(why, whylen, "DAS directory record %ld: backward pointer at byte %ld is not record %ld",
                  (long)cur, at, (long)prev);
    if (fwd < 0 || (uint64_t)fwd > nrec || (fwd != 0 && fwd <= cur))
      return fail(why, whylen, "DAS directory record %ld: forward pointer %ld at byte %ld is not a later record",
                  (long)cur, fwd, at + 4);
    for (int t = 0; t < 6; t++) {
      if (s4_get_i32(rec + 8 + 4 * t, big) < 0)
        return fail(why, whylen, "DAS directory record %ld: negative address range at byte %ld%.0ld", (long)cur,
                    at + 8 + 4 * t, 0);
    }
    covered++;
    int any = 0;
    for (int i = 9; i < 256; i++) {
      int32_t c = s4_get_i32(rec + 4 * i, big);
      if (c == 0) break;
      any = 1;
      uint64_t n = (uint64_t)(c < 0 ? -(int64_t)c : c);
      covered += n;
      if (covered > nrec)
        return fail(why, whylen, "DAS directory record %ld: cluster size at byte %ld runs past the end (%ld records)",
                    (long)cur, at + 4 * i, (long)nrec);
    }
    if (any && (first < 1 || first > 3))
      return fail(why, whylen, "DAS directory record %ld: first cluster type %ld at byte %ld is not 1..3", (long)cur,
                  first, at + 32);
    prev = cur;
    cur = fwd;
  }
  return 0;
}

int s4_check_kernel_file(int fd, uint64_t size, char* why, size_t whylen) {
  unsigned char rec1[RECORD];
  if (read_record(fd, 1, rec1) != 0) return 0;
  uint64_t nrec = size / RECORD; /* CSPICE reads whole records: a partial last one cannot be read */
  if (!memcmp(rec1, "DAF/", 4) || !memcmp(rec1, "NAIF/DAF", 8)) {
    if (size < RECORD) return fail(why, whylen, "DAF file of %ld bytes has no complete file record%.0ld%.0ld", (long)size, 0, 0);
    return check_daf(fd, nrec, rec1, why, whylen);
  }
  if (!memcmp(rec1, "DAS/", 4) || !memcmp(rec1, "NAIF/DAS", 8)) {
    if (size < RECORD) return fail(why, whylen, "DAS file of %ld bytes has no complete file record%.0ld%.0ld", (long)size, 0, 0);
    return check_das(fd, nrec, rec1, why, whylen);
  }
  return 0;
}
