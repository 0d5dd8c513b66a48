package io.github.spice4j.backend;

/** File inspection and DAF/DAS/DLA handles (CSPICE exists_c, getfat_c, dafopr_c, dafcls_c, dafbfs_c, daffna_c, dasopr_c, dascls_c, dlaopn_c, dlabfs_c, dlafns_c, dlacls_c). */
public interface FileIoApi {
}
