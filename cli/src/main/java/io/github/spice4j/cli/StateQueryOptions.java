package io.github.spice4j.cli;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.Spice;
import io.github.spice4j.StateVector;
import picocli.CommandLine.Option;

/** The options naming one spkezr query (target, observer, frame, abcorr), shared by {@code state} and {@code ephemeris}. */
public final class StateQueryOptions {
  @Option(names = "--target", required = true, paramLabel = "BODY", description = "Target body name or NAIF ID, e.g. MOON.")
  String target;

  @Option(names = "--observer", required = true, paramLabel = "BODY", description = "Observer body name or NAIF ID, e.g. EARTH.")
  String observer;

  @Option(names = "--frame", defaultValue = "J2000", paramLabel = "FRAME", description = "Reference frame (default: ${DEFAULT-VALUE}).")
  String frame;

  @Option(names = "--abcorr", defaultValue = "NONE", paramLabel = "CORR", converter = Converters.Abcorr.class,
      description = "Aberration correction: NONE, LT, LT+S, CN, CN+S, XLT, XLT+S, XCN, XCN+S (default: ${DEFAULT-VALUE}).")
  AberrationCorrection abcorr;

  /**
   * The state at one epoch (CSPICE spkezr).
   *
   * @param spice the loaded engine
   * @param et TDB seconds past J2000
   * @return position (km), velocity (km/s), light time (s)
   * @throws io.github.spice4j.SpiceException when CSPICE cannot compute it
   */
  public StateVector state(Spice spice, double et) {
    return spice.state(target, observer, frame, abcorr, et);
  }

  /** The query as JSON members: {@code "target": ..., "observer": ..., "frame": ..., "abcorr": ...}. */
  public String jsonMembers() {
    return Json.str("target") + ": " + Json.str(target) + ", " + Json.str("observer") + ": " + Json.str(observer)
        + ", " + Json.str("frame") + ": " + Json.str(frame) + ", " + Json.str("abcorr") + ": "
        + Json.str(abcorr.spiceName());
  }
}
