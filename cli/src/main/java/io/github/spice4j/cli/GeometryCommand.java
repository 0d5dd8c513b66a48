package io.github.spice4j.cli;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.Geometry;
import io.github.spice4j.IlluminationAngles;
import io.github.spice4j.Spice;
import io.github.spice4j.SurfacePoint;
import io.github.spice4j.FrameRef;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spice4j geometry}: sub-observer and sub-solar points and illumination angles (subpnt, subslr, ilumin). */
@Command(name = "geometry", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Print the sub-observer point (subpnt) and sub-solar point (subslr) on a target as seen by an "
        + "observer, with planetocentric longitude and latitude, and the phase, incidence and emission angles at "
        + "the sub-observer point (ilumin), all on the target's reference ellipsoid."})
public final class GeometryCommand implements Callable<Integer>, HasCommonOptions {
  @Spec CommandSpec spec;

  @Option(names = "--target", required = true, paramLabel = "BODY", description = "Target body name or NAIF ID, e.g. MOON.")
  String target;

  @Option(names = "--observer", required = true, paramLabel = "BODY", description = "Observer body name or NAIF ID, e.g. EARTH.")
  String observer;

  @Option(names = "--fixref", paramLabel = "FRAME",
      description = "Body-fixed frame of the target, e.g. IAU_MOON (default: the target's frame from cnmfrm).")
  String fixref;

  @Option(names = "--abcorr", defaultValue = "NONE", paramLabel = "CORR", converter = Converters.Abcorr.class,
      description = "Aberration correction: NONE, LT, LT+S, CN, CN+S, XLT, XLT+S, XCN, XCN+S (default: ${DEFAULT-VALUE}).")
  AberrationCorrection abcorr;

  @Option(names = "--method", defaultValue = Geometry.NEAR_POINT_ELLIPSOID, paramLabel = "METHOD",
      description = "Sub-point definition: 'NEAR POINT/ELLIPSOID' or 'INTERCEPT/ELLIPSOID' (default: ${DEFAULT-VALUE}).")
  String method;

  @ArgGroup(exclusive = true, multiplicity = "1")
  EpochOptions epoch;

  @Option(names = "--json", description = "Same as --format json.")
  boolean json;

  @Mixin CommonOptions common;

  @Override
  public CommonOptions common() {
    return common;
  }

  @Override
  public Integer call() {
    OutputFormat format = json ? OutputFormat.json : common.format(OutputFormat.text);
    if (json && common.format != null && common.format != OutputFormat.json) {
      throw CliException.usage("--json contradicts --format " + common.format);
    }
    try (Spice spice = common.open()) {
      double et = epoch.et(spice);
      String frame = fixref != null ? fixref : bodyFixedFrame(spice);
      Geometry g = spice.geometry();
      SurfacePoint subObserver = g.subObserverPoint(method, target, observer, frame, abcorr, et);
      SurfacePoint subSolar = g.subSolarPoint(method, target, observer, frame, abcorr, et);
      IlluminationAngles angles =
          g.illumination(Geometry.ELLIPSOID, target, observer, frame, abcorr, et, subObserver.spoint());
      GeometryReport report =
          new GeometryReport(target, observer, frame, abcorr, method, et, subObserver, subSolar, angles);
      report.print(spec.commandLine().getOut(), format);
    }
    return ExitCodes.OK;
  }

  /** The target's body-fixed frame (CSPICE cnmfrm), e.g. IAU_MOON for MOON. */
  private String bodyFixedFrame(Spice spice) {
    return spice.backend().frames().cnmfrm(target).map(FrameRef::name).orElseThrow(() -> CliException.usage(
        "no body-fixed frame is known for target '" + target + "'; pass --fixref FRAME"));
  }
}
