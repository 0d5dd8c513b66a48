/* spice4j C shim: sclk domain (see spice4j_shim.h for conventions). */
#ifndef SPICE4J_SCLK_H
#define SPICE4J_SCLK_H

#ifdef __cplusplus
extern "C" {
#endif

/* Spacecraft clock conversions. sc: NAIF spacecraft id; sclkch: clock string ("1/0599616000.128");
 * sclkdp: encoded ticks (double); et: TDB seconds past J2000. String outputs need outlen bytes
 * (S4_SCLK_MAX is enough for any clock CSPICE supports). */
#define S4_SCLK_MAX 256

int spice4j_scs2e(spice4j_engine* e, int sc, const char* sclkch, double* et, spice4j_error* err);
int spice4j_sce2s(spice4j_engine* e, int sc, double et, char* sclkch, int outlen, spice4j_error* err);
int spice4j_scencd(spice4j_engine* e, int sc, const char* sclkch, double* sclkdp, spice4j_error* err);
int spice4j_scdecd(spice4j_engine* e, int sc, double sclkdp, char* sclkch, int outlen, spice4j_error* err);
int spice4j_sct2e(spice4j_engine* e, int sc, double sclkdp, double* et, spice4j_error* err);
int spice4j_sce2c(spice4j_engine* e, int sc, double et, double* sclkdp, spice4j_error* err);

#ifdef __cplusplus
}
#endif

#endif
