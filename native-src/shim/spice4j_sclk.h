/* spice4j C shim: sclk domain (see spice4j_shim.h for conventions). */
#ifndef SPICE4J_SCLK_H
#define SPICE4J_SCLK_H

#ifdef __cplusplus
extern "C" {
#endif

#ifdef __cplusplus
}
#endif

#endif
