package io.github.spice4j.backend;

/** SPK writing and segment search (CSPICE spkopn_c, spkopa_c, spkw08_c, spkcls_c, spksfs_c, spkpds_c, spkuds_c). */
public interface SpkWriterApi {
}
