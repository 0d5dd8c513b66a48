package io.github.spice4j.orekit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.Vector3;
import org.hipparchus.geometry.euclidean.threed.Vector3D;

/** Vector comparisons between SPICE (km) and Orekit (m) values. */
final class Assertions3 {
  private Assertions3() {}

  /** Asserts {@code |orekit - 1000 * spiceKm| <= rel * |1000 * spiceKm|}; returns the relative error. */
  static double assertKmAsMetres(Vector3 spiceKm, Vector3D orekitM, double rel, String what) {
    Vector3D expected = new Vector3D(spiceKm.x() * 1000.0, spiceKm.y() * 1000.0, spiceKm.z() * 1000.0);
    double err = orekitM.subtract(expected).getNorm() / expected.getNorm();
    assertTrue(err <= rel, what + ": relative error " + err + " (expected " + expected + ", got " + orekitM + ")");
    return err;
  }
}
