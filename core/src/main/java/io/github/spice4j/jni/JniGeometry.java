package io.github.spice4j.jni;

import io.github.spice4j.IlluminationAndVisibility;
import io.github.spice4j.IlluminationAngles;
import io.github.spice4j.Occultation;
import io.github.spice4j.Plane;
import io.github.spice4j.SurfacePoint;
import io.github.spice4j.Vector3;
import io.github.spice4j.backend.GeometryApi;
import java.util.Optional;

/** The geometry domain over the JNI geometry spoke. */
final class JniGeometry implements GeometryApi {
  private final Engine engine;

  JniGeometry(Engine engine) {
    this.engine = engine;
  }

  @Override
  public SurfacePoint subpnt(String method, String target, double et, String fixref, String abcorr, String obsrvr) {
    observation("subpnt", method, target, et, fixref, abcorr, obsrvr);
    double[] out = new double[7];
    engine.run("subpnt", h -> NativeGeometry.subpnt(h, method, target, et, fixref, abcorr, obsrvr, out));
    return SurfacePoint.of(out);
  }

  @Override
  public SurfacePoint subslr(String method, String target, double et, String fixref, String abcorr, String obsrvr) {
    observation("subslr", method, target, et, fixref, abcorr, obsrvr);
    double[] out = new double[7];
    engine.run("subslr", h -> NativeGeometry.subslr(h, method, target, et, fixref, abcorr, obsrvr, out));
    return SurfacePoint.of(out);
  }

  @Override
  public Optional<SurfacePoint> sincpt(String method, String target, double et, String fixref, String abcorr,
      String obsrvr, String dref, Vector3 dvec) {
    observation("sincpt", method, target, et, fixref, abcorr, obsrvr);
    Args.text("sincpt", "dref", dref);
    vector("dvec", dvec);
    double[] out = new double[7];
    boolean found = engine.call("sincpt", h -> NativeGeometry.sincpt(h, method, target, et, fixref, abcorr, obsrvr,
        dref, dvec.x(), dvec.y(), dvec.z(), out));
    return found ? Optional.of(SurfacePoint.of(out)) : Optional.empty();
  }

  @Override
  public IlluminationAngles ilumin(String method, String target, double et, String fixref, String abcorr,
      String obsrvr, Vector3 spoint) {
    observation("ilumin", method, target, et, fixref, abcorr, obsrvr);
    vector("spoint", spoint);
    double[] out = new double[7];
    engine.run("ilumin", h -> NativeGeometry.ilumin(h, method, target, et, fixref, abcorr, obsrvr, spoint.x(),
        spoint.y(), spoint.z(), out));
    return IlluminationAngles.of(out);
  }

  @Override
  public IlluminationAngles illumg(String method, String target, String ilusrc, double et, String fixref,
      String abcorr, String obsrvr, Vector3 spoint) {
    observation("illumg", method, target, et, fixref, abcorr, obsrvr);
    Args.text("illumg", "ilusrc", ilusrc);
    vector("spoint", spoint);
    double[] out = new double[7];
    engine.run("illumg", h -> NativeGeometry.illumg(h, method, target, ilusrc, et, fixref, abcorr, obsrvr,
        spoint.x(), spoint.y(), spoint.z(), out));
    return IlluminationAngles.of(out);
  }

  @Override
  public IlluminationAndVisibility illumf(String method, String target, String ilusrc, double et, String fixref,
      String abcorr, String obsrvr, Vector3 spoint) {
    observation("illumf", method, target, et, fixref, abcorr, obsrvr);
    Args.text("illumf", "ilusrc", ilusrc);
    vector("spoint", spoint);
    double[] out = new double[7];
    int[] flags = new int[2];
    engine.run("illumf", h -> NativeGeometry.illumf(h, method, target, ilusrc, et, fixref, abcorr, obsrvr,
        spoint.x(), spoint.y(), spoint.z(), out, flags));
    return new IlluminationAndVisibility(IlluminationAngles.of(out), flags[0] != 0, flags[1] != 0);
  }

  @Override
  public Occultation occult(String targ1, String shape1, String frame1, String targ2, String shape2, String frame2,
      String abcorr, String obsrvr, double et) {
    Args.text("occult", "targ1", targ1);
    Args.text("occult", "shape1", shape1);
    Args.text("occult", "frame1", frame1);
    Args.text("occult", "targ2", targ2);
    Args.text("occult", "shape2", shape2);
    Args.text("occult", "frame2", frame2);
    Args.text("occult", "abcorr", abcorr);
    Args.text("occult", "obsrvr", obsrvr);
    Args.finite("et", et);
    int code = engine.callInt("occult",
        h -> NativeGeometry.occult(h, targ1, shape1, frame1, targ2, shape2, frame2, abcorr, obsrvr, et));
    return Occultation.fromCode(code);
  }

  @Override
  public Plane nvc2pl(Vector3 normal, double konst) {
    vector("normal", normal);
    Args.finite("konst", konst);
    double[] out = new double[4];
    engine.run("nvc2pl", h -> NativeGeometry.nvc2pl(h, normal.x(), normal.y(), normal.z(), konst, out));
    return plane(out);
  }

  @Override
  public Plane pl2nvc(Plane plane) {
    Args.notNull("plane", plane);
    Vector3 n = plane.normal();
    vector("plane.normal", n);
    Args.finite("plane.constant", plane.constant());
    double[] out = new double[4];
    engine.run("pl2nvc", h -> NativeGeometry.pl2nvc(h, n.x(), n.y(), n.z(), plane.constant(), out));
    return plane(out);
  }

  /** The arguments every observation routine shares (CSPICE names them the same way). */
  private static void observation(String routine, String method, String target, double et, String fixref,
      String abcorr, String obsrvr) {
    Args.text(routine, "method", method);
    Args.text(routine, "target", target);
    Args.finite("et", et);
    Args.text(routine, "fixref", fixref);
    Args.text(routine, "abcorr", abcorr);
    Args.text(routine, "obsrvr", obsrvr);
  }

  /** A vector input: present and free of NaN (which CSPICE's geometry would silently propagate). */
  private static void vector(String name, Vector3 v) {
    Args.notNull(name, v);
    Args.finite(name + ".x", v.x());
    Args.finite(name + ".y", v.y());
    Args.finite(name + ".z", v.z());
  }

  private static Plane plane(double[] out) {
    return new Plane(new Vector3(out[0], out[1], out[2]), out[3]);
  }
}
