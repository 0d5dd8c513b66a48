/* spice4j C shim: spkw domain (see spice4j_shim.h for conventions). */
#ifndef SPICE4J_SPKW_H
#define SPICE4J_SPKW_H

#ifdef __cplusplus
extern "C" {
#endif

#ifdef __cplusplus
}
#endif

#endif
