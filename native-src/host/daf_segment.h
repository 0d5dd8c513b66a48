/*
 * Segment-level checks of SPK, CK and binary PCK files, run by the DAF check on every summary before
 * CSPICE reads the file: the counts a segment's trailer declares must describe exactly the words the
 * segment holds, or CSPICE would index records outside it (wrong data) or divide by a zero step (a trap).
 */
#ifndef SPICE4J_DAF_SEGMENT_H
#define SPICE4J_DAF_SEGMENT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* What a DAF holds, from its ID word; the summary layout and the data type's place in it follow. */
typedef enum { S4_DAF_OTHER, S4_DAF_SPK, S4_DAF_CK, S4_DAF_PCK } s4_daf_kind;

/* The kind a DAF's ID word (the first 8 bytes of the file record) names. */
s4_daf_kind s4_daf_kind_of(const unsigned char* id_word);

/* Checks the segment a summary describes, ints being its NI integers (begin and end addresses last) in a
 * file of nrec records whose doubles are big-endian when big is set. Returns 0 when it is consistent,
 * -1 with the fault, naming the segment as where says, in why. */
int s4_check_segment(int fd, uint64_t nrec, int big, s4_daf_kind kind, const int32_t* ints, int ni,
                     const char* where, char* why, size_t whylen);

#ifdef __cplusplus
}
#endif

#endif
