package io.github.spice4j;

import io.github.spice4j.backend.SpiceBackend;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * States between an ephemeris object and a point with constant velocity relative to a center in a
 * frame (CSPICE spkcvo/spkcvt and their constant-position forms), composed from the engine's
 * {@code spkssb}, {@code spkgeo} and {@code sxform} with the corrections of {@link Aberration}.
 */
final class ConstantStates {
  private static final String J2000 = "J2000";
  private static final int INERTIAL_CLASS = 1;

  private final SpiceBackend b;

  ConstantStates(SpiceBackend backend) {
    this.b = backend;
  }

  /** A point moving linearly in {@code frame} relative to body {@code center}, from {@code state} at {@code epoch}. */
  record ConstantPoint(double[] state, double epoch, int center, String frame) {
    /** The point's state relative to its center in its frame at {@code t}. */
    double[] local(double t) {
      double dt = t - epoch;
      return new double[] {state[0] + dt * state[3], state[1] + dt * state[4], state[2] + dt * state[5],
          state[3], state[4], state[5]};
    }
  }

  /** spkcvo: target ephemeris object as seen from a constant-velocity observer. */
  StateVector fromPoint(String target, double et, String outref, FrameLocus refloc, AberrationCorrection abcorr,
      ConstantPoint obs) {
    int trg = bodyId(target);
    int outCode = frameId(outref);
    Aberration.Flags f = Aberration.Flags.of(abcorr);
    if (!f.uselt()) {
      double[] s = StateMath.sub(b.ephemeris().spkgeo(trg, et, outref, obs.center()).toArray(), inFrame(obs, outref, et));
      return StateVector.of(s, StateMath.norm3(s, 0) / Units.CLIGHT);
    }
    DoubleFunction<double[]> obsSsb = t -> StateMath.add(inFrame(obs, J2000, t), ssb(obs.center(), t));
    return corrected(trg, t -> ssb(trg, t), obsSsb, et, outref, outCode, refloc, f);
  }

  /** spkcvt: a constant-velocity target as seen from an ephemeris object. */
  StateVector ofPoint(ConstantPoint trgPoint, double et, String outref, FrameLocus refloc,
      AberrationCorrection abcorr, String observer) {
    int obs = bodyId(observer);
    int outCode = frameId(outref);
    Aberration.Flags f = Aberration.Flags.of(abcorr);
    if (!f.uselt()) {
      double[] s = StateMath.add(b.ephemeris().spkgeo(trgPoint.center(), et, outref, obs).toArray(),
          inFrame(trgPoint, outref, et));
      return StateVector.of(s, StateMath.norm3(s, 0) / Units.CLIGHT);
    }
    DoubleFunction<double[]> trgSsb = t -> StateMath.add(inFrame(trgPoint, J2000, t), ssb(trgPoint.center(), t));
    return corrected(null, trgSsb, t -> ssb(obs, t), et, outref, outCode, refloc, f);
  }

  private StateVector corrected(Integer targetId, DoubleFunction<double[]> trgSsb, DoubleFunction<double[]> obsSsb,
      double et, String outref, int outCode, FrameLocus refloc, Aberration.Flags f) {
    double[] stobs = obsSsb.apply(et);
    double[] acc = new double[3];
    if (f.usestl()) {
      // Observer acceleration by central difference of its velocity 1 s either side.
      double[] before = obsSsb.apply(et - 1.0);
      double[] after = obsSsb.apply(et + 1.0);
      for (int i = 0; i < 3; i++) acc[i] = (after[3 + i] - before[3 + i]) / 2.0;
    }
    Aberration.Apparent app = Aberration.apparent(trgSsb, et, f, stobs, acc);
    double[] j2 = app.state();
    if (outCode == 1) return StateVector.of(j2, app.lt());
    double[] out;
    switch (refloc) {
      case OBSERVER -> out = StateMath.apply(b.frames().sxform(J2000, outref, et).toRowMajor(), j2);
      case TARGET -> out = StateMath.apply(Aberration.lightTimeRateCorrected(
          b.frames().sxform(J2000, outref, et + f.sign() * app.lt()).toRowMajor(), f.xmit(), app.dlt()), j2);
      case CENTER -> {
        FrameInfo info = b.frames().frinfo(outCode).orElseThrow(() -> unknownFrame(outref, "spkcvo"));
        if (info.frameClass() == INERTIAL_CLASS) {
          out = StateMath.apply(b.frames().sxform(J2000, outref, et).toRowMajor(), j2);
        } else {
          int center = info.center();
          Aberration.Apparent ctr = Objects.equals(targetId, center) ? app
              : Aberration.lightTime(t -> ssb(center, t), et, f, stobs);
          out = StateMath.apply(Aberration.lightTimeRateCorrected(
              b.frames().sxform(J2000, outref, et + f.sign() * ctr.lt()).toRowMajor(), f.xmit(), ctr.dlt()), j2);
        }
      }
      default -> throw new IllegalStateException("unhandled locus " + refloc);
    }
    return StateVector.of(out, app.lt());
  }

  /** The point's state relative to its center, rotated into {@code frame} at {@code t}. */
  private double[] inFrame(ConstantPoint p, String frame, double t) {
    return StateMath.apply(b.frames().sxform(p.frame(), frame, t).toRowMajor(), p.local(t));
  }

  private double[] ssb(int body, double t) {
    return b.ephemeris().spkssb(body, t, J2000).toArray();
  }

  int bodyId(String name) {
    Objects.requireNonNull(name, "body");
    return b.idsNames().bods2c(name).orElseThrow(() -> new SpiceException("SPICE(IDCODENOTFOUND)",
        "Could not map body name " + name + " to an ID code.", "", "spkcvo", null));
  }

  int frameId(String frame) {
    Objects.requireNonNull(frame, "frame");
    int code = b.frames().namfrm(frame).orElse(0);
    if (code == 0) throw unknownFrame(frame, "spkcvo");
    return code;
  }

  /** SPICE(UNKNOWNFRAME) for a frame name the engine does not know, raised by {@code routine}. */
  static SpiceException unknownFrame(String frame, String routine) {
    return new SpiceException("SPICE(UNKNOWNFRAME)", "The frame " + frame
        + " was not recognized. Possible causes are that the frame name was misspelled or that a required"
        + " frame kernel has not been loaded.", "", routine, null);
  }
}
