/* spice4j C shim: ek domain (see spice4j_shim.h for conventions). */
#ifndef SPICE4J_EK_H
#define SPICE4J_EK_H

#ifdef __cplusplus
extern "C" {
#endif

#ifdef __cplusplus
}
#endif

#endif
