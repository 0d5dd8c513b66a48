package io.github.spice4j;

/**
 * A position (km) of a target relative to an observer in a frame, with the one-way light time (s).
 *
 * @param position position, km
 * @param lightTime one-way light time, seconds
 */
public record PositionVector(Vector3 position, double lightTime) {}
