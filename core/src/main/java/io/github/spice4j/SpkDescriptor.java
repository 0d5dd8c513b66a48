package io.github.spice4j;

/**
 * An SPK segment descriptor unpacked by CSPICE's {@code spkuds_c}.
 *
 * @param body NAIF ID of the body the segment describes
 * @param center NAIF ID of its center of motion
 * @param frame frame ID code of the states (e.g. 1 = J2000)
 * @param type SPK data type (e.g. 2 = Chebyshev position, 8 = Lagrange equal steps)
 * @param first coverage start, ET (TDB seconds past J2000)
 * @param last coverage end, ET
 * @param begin DAF address of the segment's first double ({@code baddr})
 * @param end DAF address of its last double ({@code eaddr})
 */
public record SpkDescriptor(int body, int center, int frame, int type, double first, double last, int begin,
    int end) {}
