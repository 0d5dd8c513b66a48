package io.github.spice4j.orekit;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.Matrix6;
import io.github.spice4j.StateVector;
import io.github.spice4j.Vector3;
import org.hipparchus.CalculusFieldElement;
import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.frames.FieldTransform;
import org.orekit.frames.Transform;
import org.orekit.frames.TransformProvider;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.FieldAbsoluteDate;
import org.orekit.utils.AngularCoordinates;
import org.orekit.utils.PVCoordinates;

/**
 * The two Orekit transform providers behind the bridge's frames. Both evaluate SPICE at the date's ET
 * and build plain double transforms; field dates are evaluated at their value (no derivatives with
 * respect to the date), and accelerations are zero, since SPICE states carry none.
 */
final class SpiceTransforms {
  private static final double KM = 1000.0;
  /** Rotation matrices from sxform are orthogonal to about 1e-15; Hipparchus wants a bound. */
  private static final double ORTHOGONALITY = 1.0e-10;

  private SpiceTransforms() {}

  /**
   * Translation from a frame with J2000 axes centered on {@code origin} to the parallel frame centered on
   * {@code body}: geometric state of the body relative to the origin (CSPICE spkezr, abcorr NONE).
   */
  static TransformProvider translation(SpiceAccess access, EphemerisTime time, String body, String origin) {
    return new Provider() {
      @Override
      public Transform getTransform(AbsoluteDate date) {
        double et = time.toEt(date);
        StateVector s = access.call(sp -> sp.state(body, origin, "J2000", AberrationCorrection.NONE, et));
        // Orekit adds the translation to parent coordinates: the child origin sits at -translation.
        return new Transform(date, new PVCoordinates(metres(s.position()).negate(), metres(s.velocity()).negate()));
      }
    };
  }

  /**
   * Rotation from J2000 axes to a SPICE frame's axes, with its rate (CSPICE sxform J2000 to {@code frame}).
   */
  static TransformProvider rotation(SpiceAccess access, EphemerisTime time, String frame) {
    return new Provider() {
      @Override
      public Transform getTransform(AbsoluteDate date) {
        double et = time.toEt(date);
        Matrix6 x = access.call(sp -> sp.stateTransform("J2000", frame, et));
        return new Transform(date, angular(x));
      }
    };
  }

  /**
   * Orekit angular coordinates of a SPICE state transformation {@code [[R, 0], [dR, R]]}.
   *
   * <p>SPICE maps a state as {@code v' = R v + dR p}; Orekit as {@code v' = R v - w x (R p)}, with the
   * rate {@code w} in the target frame. So {@code [w]x = -dR R^T}, whose antisymmetric part is read here.
   */
  static AngularCoordinates angular(Matrix6 x) {
    double[][] r = new double[3][3];
    double[][] w = new double[3][3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        r[i][j] = x.get(i, j);
        double sum = 0.0;
        for (int k = 0; k < 3; k++) sum += x.get(i + 3, k) * x.get(j, k);
        w[i][j] = -sum;
      }
    }
    Vector3D rate = new Vector3D(0.5 * (w[2][1] - w[1][2]), 0.5 * (w[0][2] - w[2][0]), 0.5 * (w[1][0] - w[0][1]));
    return new AngularCoordinates(new Rotation(r, ORTHOGONALITY), rate);
  }

  static Vector3D metres(Vector3 km) {
    return new Vector3D(km.x() * KM, km.y() * KM, km.z() * KM);
  }

  /** Field transforms are the double transform at the date's value, lifted to the field. */
  private abstract static class Provider implements TransformProvider {
    @Override
    public <T extends CalculusFieldElement<T>> FieldTransform<T> getTransform(FieldAbsoluteDate<T> date) {
      return new FieldTransform<>(date.getField(), getTransform(date.toAbsoluteDate()));
    }
  }
}
