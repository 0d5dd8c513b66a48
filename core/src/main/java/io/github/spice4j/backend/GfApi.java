package io.github.spice4j.backend;

/** Geometry finder searches and their settings (CSPICE gfdist_c, gfsep_c, gfsstp_c, gfstep_c, gfstol_c, gfrefn_c, gfrepi_c, gfrepf_c). */
public interface GfApi {
}
