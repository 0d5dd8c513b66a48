package io.github.spice4j.backend;

/** C-kernel pointing and coverage (CSPICE ckgp_c, ckgpav_c, cklpf_c, ckupf_c, ckobj_c, ckcov_c). */
public interface CkApi {
}
