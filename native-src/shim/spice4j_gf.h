/* spice4j C shim: gf domain (see spice4j_shim.h for conventions). */
#ifndef SPICE4J_GF_H
#define SPICE4J_GF_H

#ifdef __cplusplus
extern "C" {
#endif

#ifdef __cplusplus
}
#endif

#endif
