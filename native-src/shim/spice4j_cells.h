/* spice4j C shim: cells domain (see spice4j_shim.h for conventions). */
#ifndef SPICE4J_CELLS_H
#define SPICE4J_CELLS_H

#ifdef __cplusplus
extern "C" {
#endif

#ifdef __cplusplus
}
#endif

#endif
