/* spice4j C shim: coords domain (see spice4j_shim.h for conventions). */
#ifndef SPICE4J_COORDS_H
#define SPICE4J_COORDS_H

#ifdef __cplusplus
extern "C" {
#endif

#ifdef __cplusplus
}
#endif

#endif
