package io.github.spice4j.backend;

/** Observation geometry (CSPICE subpnt_c, subslr_c, sincpt_c, ilumin_c, illumg_c, illumf_c, occult_c, nvc2pl_c, pl2nvc_c). */
public interface GeometryApi {
}
