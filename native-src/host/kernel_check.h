/*
 * Structural checks of DAF and DAS files before the engine reads them: a corrupt record pointer, an
 * out-of-range ND/NI or a cycle in a record chain would otherwise make CSPICE loop forever or read
 * garbage that surfaces later as an unrelated trap.
 */
#ifndef SPICE4J_KERNEL_CHECK_H
#define SPICE4J_KERNEL_CHECK_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Checks an open file of size bytes. Files that are not DAF or DAS pass. Returns 0 when the file may be
 * read, -1 with a description of the first fault found (naming the field and its byte offset) in why. */
int s4_check_kernel_file(int fd, uint64_t size, char* why, size_t whylen);

#ifdef __cplusplus
}
#endif

#endif
