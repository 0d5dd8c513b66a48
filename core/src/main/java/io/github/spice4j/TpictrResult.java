package io.github.spice4j;

/**
 * Result of {@code tpictr}.
 *
 * @param pictur the derived picture (empty when not ok)
 * @param ok whether a picture could be derived
 * @param errmsg CSPICE's message when not ok, else empty
 */
public record TpictrResult(String pictur, boolean ok, String errmsg) {}
