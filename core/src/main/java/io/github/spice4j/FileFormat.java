package io.github.spice4j;

/**
 * A file's architecture and type as CSPICE's {@code getfat_c} reports them.
 *
 * @param arch architecture: {@code DAF}, {@code DAS}, {@code KPL} (text kernel), {@code XFR} (transfer
 *     file), {@code DEC} (old DAF transfer format), or {@code ?} when unknown
 * @param type file type: e.g. {@code SPK}, {@code CK}, {@code PCK}, {@code DSK}, {@code EK}, {@code LSK},
 *     {@code FK}, {@code IK}, {@code SCLK}, {@code MK}, or {@code ?} when unknown
 */
public record FileFormat(String arch, String type) {}
