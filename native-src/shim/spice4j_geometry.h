/* spice4j C shim: geometry domain (see spice4j_shim.h for conventions). */
#ifndef SPICE4J_GEOMETRY_H
#define SPICE4J_GEOMETRY_H

#ifdef __cplusplus
extern "C" {
#endif

#ifdef __cplusplus
}
#endif

#endif
