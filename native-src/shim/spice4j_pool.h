/* spice4j C shim: pool domain (see spice4j_shim.h for conventions). */
#ifndef SPICE4J_POOL_H
#define SPICE4J_POOL_H

#ifdef __cplusplus
extern "C" {
#endif

#ifdef __cplusplus
}
#endif

#endif
