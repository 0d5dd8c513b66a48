/* File confinement of one engine's host (see host.h, s4_host_confine). */
#ifndef SPICE4J_CONFINE_H
#define SPICE4J_CONFINE_H

#include "host.h"

#ifdef __cplusplus
extern "C" {
#endif

/* 1 when the engine may open or inspect path; 0 with h->refusal set. */
int s4_host_admit(s4_host* h, const char* path);
/* Frees the rules (engine shutdown). */
void s4_host_confine_free(s4_host* h);

#ifdef __cplusplus
}
#endif

#endif
