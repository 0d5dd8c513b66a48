package io.github.spice4j;

/**
 * A frame found by class and class ID ({@code ccifrm_c}).
 *
 * @param code frame ID code
 * @param name frame name
 * @param center NAIF ID of the frame's center
 */
public record FrameDescriptor(int code, String name, int center) {}
