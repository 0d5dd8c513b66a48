package io.github.spice4j.backend;

/** Spacecraft clock conversions (CSPICE scs2e_c, sce2s_c, scencd_c, scdecd_c, sct2e_c, sce2c_c). */
public interface SclkApi {
}
