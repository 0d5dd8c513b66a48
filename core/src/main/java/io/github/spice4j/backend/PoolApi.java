package io.github.spice4j.backend;

/** Kernel pool: read, write and watch kernel variables (CSPICE gdpool_c, gipool_c, gcpool_c, gnpool_c, dtpool_c, pdpool_c, pipool_c, pcpool_c, swpool_c, cvpool_c, expool_c). */
public interface PoolApi {
}
