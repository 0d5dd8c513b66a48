package io.github.spice4j;

/**
 * One loaded kernel as CSPICE's {@code kdata_c} reports it.
 *
 * @param file the file, or the virtual id for a byte-backed kernel
 * @param type kernel type: {@code SPK}, {@code CK}, {@code PCK}, {@code DSK}, {@code EK}, {@code TEXT} or {@code META}
 * @param source the meta-kernel that loaded it, or empty when loaded directly
 * @param handle the DAF/DAS handle for binary kernels, 0 for text kernels
 */
public record KernelData(String file, String type, String source, int handle) {}
