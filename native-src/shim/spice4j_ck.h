/* spice4j C shim: ck domain (see spice4j_shim.h for conventions). */
#ifndef SPICE4J_CK_H
#define SPICE4J_CK_H

#ifdef __cplusplus
extern "C" {
#endif

#ifdef __cplusplus
}
#endif

#endif
