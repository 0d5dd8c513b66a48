package io.github.spice4j;

/**
 * A reference frame's ID code and name, e.g. {@code (10013, IAU_EARTH)}.
 *
 * @param code frame ID code
 * @param name frame name
 */
public record FrameRef(int code, String name) {}
