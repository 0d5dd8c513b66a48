package io.github.spice4j;

/**
 * What CSPICE's {@code frinfo_c} knows about a frame.
 *
 * @param center NAIF ID of the frame's center
 * @param frameClass 1 inertial, 2 PCK, 3 CK, 4 fixed offset (TK), 5 dynamic, 6 switch
 * @param classId the ID within its class (e.g. the PCK body-fixed frame's class ID)
 */
public record FrameInfo(int center, int frameClass, int classId) {}
