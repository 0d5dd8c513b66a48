package io.github.spice4j.backend;

/** SPICE cells and windows owned as Java objects (CSPICE int/double/char cells, wninsd_c, wncard_c, wnfetd_c, wnvald_c ...). */
public interface CellsApi {
}
