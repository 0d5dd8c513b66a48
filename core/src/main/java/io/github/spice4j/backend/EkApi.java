package io.github.spice4j.backend;

/** Events kernels: queries, reads and writes (CSPICE ekopr_c, ekopw_c, ekopn_c, ekcls_c, ekntab_c, ektnam_c, eknseg_c, ekfind_c, ekgc_c, ekgd_c, ekgi_c, ekifld_c, ekacli_c, ekacld_c, ekaclc_c, ekffld_c). */
public interface EkApi {
}
