package io.github.spice4j;

/**
 * States or positions of one target relative to one observer at many epochs, as computed by one batch
 * call ({@link Spice#states}, {@link Spice#positions}): the vectors of all epochs in one flat array and
 * the light times in another, in the order of the epochs given.
 *
 * <p>The arrays are the ones the engine filled, not copies: the record is cheap but its arrays are
 * mutable; treat them as read-only.
 *
 * @param width values per epoch: 6 for states (x, y, z km, vx, vy, vz km/s), 3 for positions (km)
 * @param vectors {@code double[width * size()]}: epoch {@code i} at {@code vectors[width*i ..]}
 * @param lightTimes {@code double[size()]}: one-way light time (s) of each epoch
 */
public record EphemerisBatch(int width, double[] vectors, double[] lightTimes) {
  /**
   * Checks the shapes.
   *
   * @throws IllegalArgumentException if width is not 3 or 6, or the arrays disagree in length
   */
  public EphemerisBatch {
    if (width != 3 && width != 6) throw new IllegalArgumentException("width must be 3 or 6, got " + width);
    if (vectors.length != (long) width * lightTimes.length) {
      throw new IllegalArgumentException("vectors holds " + vectors.length + " values for " + lightTimes.length
          + " epochs of width " + width);
    }
  }

  /**
   * Number of epochs.
   *
   * @return the length of {@link #lightTimes()}
   */
  public int size() {
    return lightTimes.length;
  }

  /**
   * The state at one epoch (states only).
   *
   * @param i epoch index, 0-based
   * @return position (km), velocity (km/s), light time (s)
   * @throws IllegalStateException if this batch holds positions
   * @throws IndexOutOfBoundsException if i is out of range
   */
  public StateVector state(int i) {
    if (width != 6) throw new IllegalStateException("this batch holds positions, not states");
    int b = 6 * java.util.Objects.checkIndex(i, size());
    return new StateVector(new Vector3(vectors[b], vectors[b + 1], vectors[b + 2]),
        new Vector3(vectors[b + 3], vectors[b + 4], vectors[b + 5]), lightTimes[i]);
  }

  /**
   * The position at one epoch (the first three values of a state).
   *
   * @param i epoch index, 0-based
   * @return position (km) and light time (s)
   * @throws IndexOutOfBoundsException if i is out of range
   */
  public PositionVector position(int i) {
    int b = width * java.util.Objects.checkIndex(i, size());
    return new PositionVector(new Vector3(vectors[b], vectors[b + 1], vectors[b + 2]), lightTimes[i]);
  }
}
