package io.github.spice4j.jni;

import io.github.spice4j.GeodeticCoordinates;
import io.github.spice4j.LatitudinalCoordinates;
import io.github.spice4j.Matrix3;
import io.github.spice4j.SphericalCoordinates;
import io.github.spice4j.Vector3;
import io.github.spice4j.backend.CoordsApi;

/** The coords domain over the JNI coords spoke: every conversion and operation is computed by CSPICE. */
final class JniCoords implements CoordsApi {
  private final Engine engine;

  JniCoords(Engine engine) {
    this.engine = engine;
  }

  @Override
  public LatitudinalCoordinates reclat(Vector3 rectan) {
    double[] in = finiteVec("rectan", rectan);
    double[] o = new double[3];
    engine.run("reclat", h -> NativeCoords.reclat(h, in, o));
    return new LatitudinalCoordinates(o[0], o[1], o[2]);
  }

  @Override
  public Vector3 latrec(double radius, double longitude, double latitude) {
    Args.finite("coordinates", new double[] {radius, longitude, latitude});
    double[] o = new double[3];
    engine.run("latrec", h -> NativeCoords.latrec(h, radius, longitude, latitude, o));
    return Vector3.of(o);
  }

  @Override
  public SphericalCoordinates recsph(Vector3 rectan) {
    double[] in = finiteVec("rectan", rectan);
    double[] o = new double[3];
    engine.run("recsph", h -> NativeCoords.recsph(h, in, o));
    return new SphericalCoordinates(o[0], o[1], o[2]);
  }

  @Override
  public Vector3 sphrec(double r, double colat, double lon) {
    Args.finite("coordinates", new double[] {r, colat, lon});
    double[] o = new double[3];
    engine.run("sphrec", h -> NativeCoords.sphrec(h, r, colat, lon, o));
    return Vector3.of(o);
  }

  @Override
  public Vector3 georec(double lon, double lat, double alt, double re, double f) {
    Args.finite("coordinates", new double[] {lon, lat, alt, re, f});
    polarRadius(re, f);
    double[] o = new double[3];
    engine.run("georec", h -> NativeCoords.georec(h, lon, lat, alt, re, f, o));
    return Vector3.of(o);
  }

  @Override
  public GeodeticCoordinates recgeo(Vector3 rectan, double re, double f) {
    double[] in = finiteVec("rectan", rectan);
    // recgeo iterates toward the surface normal: NaN input would not converge to anything meaningful.
    Args.finite("re", re);
    Args.finite("f", f);
    polarRadius(re, f);
    double[] o = new double[3];
    engine.run("recgeo", h -> NativeCoords.recgeo(h, in, re, f, o));
    return new GeodeticCoordinates(o[0], o[1], o[2]);
  }

  @Override
  public double vnorm(Vector3 v1) {
    double[] a = vec("v1", v1);
    return engine.callDouble("vnorm", h -> NativeCoords.vnorm(h, a));
  }

  @Override
  public Vector3 vhat(Vector3 v1) {
    double[] a = finiteVec("v1", v1);
    double[] o = new double[3];
    engine.run("vhat", h -> NativeCoords.vhat(h, a, o));
    return Vector3.of(o);
  }

  @Override
  public double vdot(Vector3 v1, Vector3 v2) {
    double[] a = vec("v1", v1);
    double[] b = vec("v2", v2);
    return engine.callDouble("vdot", h -> NativeCoords.vdot(h, a, b));
  }

  @Override
  public Vector3 vcrss(Vector3 v1, Vector3 v2) {
    double[] a = vec("v1", v1);
    double[] b = vec("v2", v2);
    double[] o = new double[3];
    engine.run("vcrss", h -> NativeCoords.vcrss(h, a, b, o));
    return Vector3.of(o);
  }

  @Override
  public Vector3 vadd(Vector3 v1, Vector3 v2) {
    double[] a = vec("v1", v1);
    double[] b = vec("v2", v2);
    double[] o = new double[3];
    engine.run("vadd", h -> NativeCoords.vadd(h, a, b, o));
    return Vector3.of(o);
  }

  @Override
  public Vector3 vsub(Vector3 v1, Vector3 v2) {
    double[] a = vec("v1", v1);
    double[] b = vec("v2", v2);
    double[] o = new double[3];
    engine.run("vsub", h -> NativeCoords.vsub(h, a, b, o));
    return Vector3.of(o);
  }

  @Override
  public Vector3 vminus(Vector3 v1) {
    double[] a = vec("v1", v1);
    double[] o = new double[3];
    engine.run("vminus", h -> NativeCoords.vminus(h, a, o));
    return Vector3.of(o);
  }

  @Override
  public Vector3 vscl(double s, Vector3 v1) {
    double[] a = vec("v1", v1);
    double[] o = new double[3];
    engine.run("vscl", h -> NativeCoords.vscl(h, s, a, o));
    return Vector3.of(o);
  }

  @Override
  public Vector3 mxv(Matrix3 m1, Vector3 vin) {
    double[] m = mat("m1", m1);
    double[] v = vec("vin", vin);
    double[] o = new double[3];
    engine.run("mxv", h -> NativeCoords.mxv(h, m, v, o));
    return Vector3.of(o);
  }

  @Override
  public Vector3 mtxv(Matrix3 m1, Vector3 vin) {
    double[] m = mat("m1", m1);
    double[] v = vec("vin", vin);
    double[] o = new double[3];
    engine.run("mtxv", h -> NativeCoords.mtxv(h, m, v, o));
    return Vector3.of(o);
  }

  @Override
  public Matrix3 mxm(Matrix3 m1, Matrix3 m2) {
    double[] a = mat("m1", m1);
    double[] b = mat("m2", m2);
    double[] o = new double[9];
    engine.run("mxm", h -> NativeCoords.mxm(h, a, b, o));
    return Matrix3.ofRowMajor(o);
  }

  @Override
  public Matrix3 rotate(double angle, int iaxis) {
    Args.finite("angle", angle);
    double[] o = new double[9];
    engine.run("rotate", h -> NativeCoords.rotate(h, angle, iaxis, o));
    return Matrix3.ofRowMajor(o);
  }

  @Override
  public Matrix3 rotmat(Matrix3 m1, double angle, int iaxis) {
    Args.finite("angle", angle);
    double[] m = mat("m1", m1);
    double[] o = new double[9];
    engine.run("rotmat", h -> NativeCoords.rotmat(h, m, angle, iaxis, o));
    return Matrix3.ofRowMajor(o);
  }

  @Override
  public Matrix3 axisar(Vector3 axis, double angle) {
    Args.finite("angle", angle);
    double[] a = finiteVec("axis", axis);
    double[] o = new double[9];
    engine.run("axisar", h -> NativeCoords.axisar(h, a, angle, o));
    return Matrix3.ofRowMajor(o);
  }

  /**
   * The spheroid's polar radius re*(1-f) must be finite: CSPICE checks the radii and, for absurd ones,
   * formats them into its error message, which traps for magnitudes near the largest double.
   */
  private static void polarRadius(double re, double f) {
    if (!Double.isFinite(re * (1 - f))) {
      throw new IllegalArgumentException("the polar radius re*(1-f) must be finite, got re=" + re + ", f=" + f);
    }
  }

  /** A vector for CSPICE's vector algebra, where IEEE arithmetic handles NaN and infinities exactly. */
  private static double[] vec(String name, Vector3 v) {
    return Args.notNull(name, v).toArray();
  }

  /**
   * A vector for a conversion or normalization: every component finite (with NaN or infinite components
   * CSPICE answers NaN coordinates, or the zero vector for vhat, or traps).
   */
  private static double[] finiteVec(String name, Vector3 v) {
    return Args.finite(name, vec(name, v));
  }

  private static double[] mat(String name, Matrix3 m) {
    return Args.notNull(name, m).toRowMajor();
  }
}
