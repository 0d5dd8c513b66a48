package io.github.spice4j.backend;

/** Coordinate conversions and vector/matrix algebra (CSPICE reclat_c, latrec_c, recsph_c, sphrec_c, georec_c, recgeo_c, vnorm_c ... axisar_c). */
public interface CoordsApi {
}
