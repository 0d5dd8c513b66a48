/*
 * SPK, CK and binary PCK segment checks (segment layouts from NAIF's SPK, CK and PCK required reading).
 * Only data types whose segments end in a documented trailer of counts are checked, and only what CSPICE
 * uses to address the segment: the counts must be whole, positive and describe exactly the segment's
 * length; steps it divides by must be finite and positive; window sizes must fit the records.
 */
#define _GNU_SOURCE
#include "daf_segment.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "kernel_bytes.h"
#ifdef _WIN32
#include "host_win32.h" /* pread */
#endif

s4_daf_kind s4_daf_kind_of(const unsigned char* id) {
  if (!memcmp(id, "DAF/SPK", 7)) return S4_DAF_SPK;
  if (!memcmp(id, "DAF/CK", 6)) return S4_DAF_CK;
  if (!memcmp(id, "DAF/PCK", 7)) return S4_DAF_PCK;
  return S4_DAF_OTHER;
}

/* The segment under check and where to report its fault. */
typedef struct {
  const char* kind;
  int type;
  int64_t len; /* words */
  const char* where;
  char* why;
  size_t whylen;
} segment;

static int fault(const segment* s, const char* fmt, ...) {
  int n = snprintf(s->why, s->whylen, "%s %s (data type %d, %ld words): ", s->kind, s->where, s->type, (long)s->len);
  if (n >= 0 && (size_t)n < s->whylen) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(s->why + n, s->whylen - (size_t)n, fmt, ap);
    va_end(ap);
  }
  return -1;
}

/* Reads the n doubles ending at DAF address end (1-based word index) into t; 0 on success. */
static int read_tail(int fd, int big, int64_t end, int n, double* t) {
  unsigned char b[8 * 8];
  size_t want = 8 * (size_t)n, done = 0;
  off_t at = (off_t)((end - n) * 8);
  while (done < want) {
    ssize_t r = pread(fd, b + done, want - done, at + (off_t)done);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return -1;
    done += (size_t)r;
  }
  for (int i = 0; i < n; i++) t[i] = s4_get_f64(b + 8 * i, big);
  return 0;
}

/* A count: a whole number in [lo, hi]. */
static int count_in(double v, int64_t lo, int64_t hi) {
  return v >= (double)lo && v <= (double)hi && v == (double)(int64_t)v;
}

static int positive_step(double v) { return v > 0 && v <= 1e300; }

/* Records of rsize words, a trailer of k words ending in rsize (when rsize_at >= 0), N and a step. */
static int fixed_records(const segment* s, const double* t, int k, int64_t rsize, int step_at) {
  double n = t[k - 1];
  if (!count_in(n, 1, s->len)) return fault(s, "record count N=%g in the last word is not a whole number in 1..%ld", n, (long)s->len);
  if (step_at >= 0 && !positive_step(t[step_at]))
    return fault(s, "interval length %g (word %d of the %d-word trailer) is not finite and positive", t[step_at], step_at + 1, k);
  if (rsize * (int64_t)n + k != s->len)
    return fault(s, "%ld records of %ld words and a %d-word trailer do not fill its length", (long)n, (long)rsize, k);
  return 0;
}

/* An epoch directory holds every 100th epoch; writers differ by whether an exact multiple adds one. */
static int fills(int64_t fixed, int64_t n, int64_t len) { return len == fixed + (n - 1) / 100 || len == fixed + n / 100; }

/* N records of psize words, N epochs and their directory, then a k-word trailer ending in N. */
static int epoch_records(const segment* s, const double* t, int k, int64_t psize) {
  double n = t[k - 1];
  if (!count_in(n, 1, s->len)) return fault(s, "record count N=%g in the last word is not a whole number in 1..%ld", n, (long)s->len);
  if (!fills(psize * (int64_t)n + (int64_t)n + k, (int64_t)n, s->len))
    return fault(s, "%ld records of %ld words, their epochs, epoch directory and %d-word trailer do not fill its length",
                 (long)n, (long)psize, k);
  return 0;
}

/* The trailer word before N that sizes an interpolation window (degree or window size - 1). */
static int window_fits(const segment* s, double w, double n) {
  if (!count_in(w, 0, (int64_t)n - 1))
    return fault(s, "degree or window size %g does not fit its %g records", w, n);
  return 0;
}

static int check_spk(const segment* s, const double* t, int k) {
  switch (s->type) {
    case 1: return epoch_records(s, t, k, 71);
    case 2: case 3: {
      double r = t[2];
      int per = s->type == 2 ? 3 : 6; /* position (and velocity) coefficients per degree */
      if (!count_in(r, 2 + per, s->len) || ((int64_t)r - 2) % per)
        return fault(s, "record size RSIZE=%g is not 2 + %d*(degree+1)", r, per);
      return fixed_records(s, t, k, (int64_t)r, 1);
    }
    case 5: return epoch_records(s, t, k, 6);
    case 8: case 12: return fixed_records(s, t, k, 6, 1) || window_fits(s, t[2], t[3]) ? -1 : 0;
    case 9: case 13: return epoch_records(s, t, k, 6) || window_fits(s, t[0], t[1]) ? -1 : 0;
    case 15: return s->len == 16 ? 0 : fault(s, "a type 15 segment holds exactly 16 words");
    case 17: return s->len == 12 ? 0 : fault(s, "a type 17 segment holds exactly 12 words");
    case 18: {
      if (t[0] != 0 && t[0] != 1) return fault(s, "subtype %g is neither 0 nor 1", t[0]);
      return epoch_records(s, t, k, t[0] == 0 ? 12 : 6) || window_fits(s, t[1] - 1, t[2]) ? -1 : 0;
    }
    case 20: {
      if (!count_in(t[5], 1, s->len)) return fault(s, "record size RSIZE=%g is not a whole number in 1..%ld", t[5], (long)s->len);
      return fixed_records(s, t, k, (int64_t)t[5], 4);
    }
    case 21: {
      /* Records hold 4*MAXDIM + 11 words; CSPICE's reader buffers at most 25 difference-line terms. */
      if (!count_in(t[0], 1, 25)) return fault(s, "difference line size MAXDIM=%g is outside 1..25", t[0]);
      return epoch_records(s, t, k, 4 * (int64_t)t[0] + 11);
    }
    default: return 0;
  }
}

static int check_ck(const segment* s, const double* t, int k, int rates) {
  int64_t psize = rates ? 7 : 4; /* quaternion, then angular velocity when the segment has rates */
  switch (s->type) {
    case 1: return epoch_records(s, t, k, psize);
    case 3: {
      double nint = t[0], n = t[1];
      if (!count_in(n, 1, s->len)) return fault(s, "record count N=%g in the last word is not a whole number in 1..%ld", n, (long)s->len);
      if (!count_in(nint, 1, (int64_t)n))
        return fault(s, "interval count %g in the next-to-last word is not a whole number in 1..%g", nint, n);
      int64_t ni = (int64_t)nint, nr = (int64_t)n;
      /* Records, their epochs and directory, interval starts and their directory, then the two counts. */
      int64_t records = psize * nr + nr + 2 + ni;
      int ok = 0;
      for (int a = 0; a < 2 && !ok; a++)
        for (int b = 0; b < 2 && !ok; b++) ok = s->len == records + (a ? nr / 100 : (nr - 1) / 100) + (b ? ni / 100 : (ni - 1) / 100);
      if (!ok)
        return fault(s, "%ld records of %ld words and %ld intervals, with their directories, do not fill its length",
                     (long)nr, (long)psize, (long)ni);
      return 0;
    }
    default: return 0;
  }
}

static int check_pck(const segment* s, const double* t, int k) {
  switch (s->type) {
    case 2: case 3: case 20: return check_spk(s, t, k); /* the SPK layouts, with angles for positions */
    default: return 0;
  }
}

/* Words of trailer a data type ends in (0: none checked). */
static int trailer_words(s4_daf_kind kind, int type) {
  if (kind == S4_DAF_CK) return type == 1 ? 1 : type == 3 ? 2 : 0;
  switch (type) {
    case 1: return kind == S4_DAF_SPK ? 1 : 0;
    case 2: case 3: return 4;
    case 20: return 7;
    default: break;
  }
  if (kind != S4_DAF_SPK) return 0;
  switch (type) {
    case 5: case 9: case 13: case 21: return 2;
    case 8: case 12: return 4;
    case 18: return 3;
    default: return 0;
  }
}

int s4_check_segment(int fd, uint64_t nrec, int big, s4_daf_kind kind, const int32_t* ints, int ni,
                     const char* where, char* why, size_t whylen) {
  (void)nrec; /* the caller has checked that the segment lies inside the file */
  if (kind == S4_DAF_OTHER) return 0;
  segment s = {kind == S4_DAF_SPK ? "SPK segment" : kind == S4_DAF_CK ? "CK segment" : "PCK segment",
               kind == S4_DAF_SPK ? ints[3] : ints[2], (int64_t)ints[ni - 1] - ints[ni - 2] + 1, where, why, whylen};
  if (s.type == 15 || s.type == 17) return kind == S4_DAF_SPK ? check_spk(&s, NULL, 0) : 0;
  int k = trailer_words(kind, s.type);
  if (k == 0) return 0;
  if (s.len < k) return fault(&s, "fewer words than its %d-word trailer", k);
  double t[8];
  if (read_tail(fd, big, ints[ni - 1], k, t) != 0) return fault(&s, "its trailer cannot be read");
  if (kind == S4_DAF_CK) return check_ck(&s, t, k, ints[3] != 0);
  return kind == S4_DAF_SPK ? check_spk(&s, t, k) : check_pck(&s, t, k);
}
