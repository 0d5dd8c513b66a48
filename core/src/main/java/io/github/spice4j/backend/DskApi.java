package io.github.spice4j.backend;

/** Digital shape kernels: reading and writing type 2 (CSPICE dskobj_c, dsksrf_c, dskgd_c, dskb02_c, dskopn_c, dskmi2_c, dskw02_c). */
public interface DskApi {
}
