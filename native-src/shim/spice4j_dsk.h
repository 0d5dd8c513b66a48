/* spice4j C shim: dsk domain (see spice4j_shim.h for conventions). */
#ifndef SPICE4J_DSK_H
#define SPICE4J_DSK_H

#ifdef __cplusplus
extern "C" {
#endif

#ifdef __cplusplus
}
#endif

#endif
