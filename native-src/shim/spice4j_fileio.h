/* spice4j C shim: fileio domain (see spice4j_shim.h for conventions). */
#ifndef SPICE4J_FILEIO_H
#define SPICE4J_FILEIO_H

#ifdef __cplusplus
extern "C" {
#endif

#ifdef __cplusplus
}
#endif

#endif
