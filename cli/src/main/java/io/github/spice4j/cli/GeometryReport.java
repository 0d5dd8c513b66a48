package io.github.spice4j.cli;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.IlluminationAngles;
import io.github.spice4j.SurfacePoint;
import io.github.spice4j.Vector3;
import java.io.PrintWriter;

/**
 * What {@link GeometryCommand} prints, as text (a table), csv or json. Longitude and latitude are
 * planetocentric, in degrees (east longitude in (-180, 180]), computed from the body-fixed point here
 * for display only.
 */
record GeometryReport(String target, String observer, String fixref, AberrationCorrection abcorr, String method,
    double et, SurfacePoint subObserver, SurfacePoint subSolar, IlluminationAngles angles) {

  /** Planetocentric longitude of a body-fixed point, degrees in (-180, 180]. */
  static double lonDeg(Vector3 p) {
    return Math.toDegrees(Math.atan2(p.y(), p.x()));
  }

  /** Planetocentric latitude of a body-fixed point, degrees in [-90, 90]. */
  static double latDeg(Vector3 p) {
    return Math.toDegrees(Math.atan2(p.z(), Math.hypot(p.x(), p.y())));
  }

  void print(PrintWriter out, OutputFormat format) {
    switch (format) {
      case text -> text(out);
      case csv -> csv(out);
      case json -> out.println(json());
    }
    out.flush();
  }

  private static final String ROW = "%-14s %-24s %s%n";

  private void text(PrintWriter out) {
    out.printf("%-9s %s%n", "target", target);
    out.printf("%-9s %s%n", "observer", observer);
    out.printf("%-9s %s%n", "fixref", fixref);
    out.printf("%-9s %s%n", "abcorr", abcorr.spiceName());
    out.printf("%-9s %s%n", "method", method);
    out.printf("%-9s %s s (TDB past J2000)%n", "et", Numbers.format(et));
    out.println();
    out.printf(ROW, "", "sub-observer", "sub-solar");
    row(out, "x (km)", subObserver.spoint().x(), subSolar.spoint().x());
    row(out, "y (km)", subObserver.spoint().y(), subSolar.spoint().y());
    row(out, "z (km)", subObserver.spoint().z(), subSolar.spoint().z());
    row(out, "lon (deg)", lonDeg(subObserver.spoint()), lonDeg(subSolar.spoint()));
    row(out, "lat (deg)", latDeg(subObserver.spoint()), latDeg(subSolar.spoint()));
    row(out, "range (km)", subObserver.range(), subSolar.range());
    row(out, "trgepc (s)", subObserver.trgepc(), subSolar.trgepc());
    out.println();
    out.println("illumination at the sub-observer point (Sun)");
    out.printf(ROW, "", "deg", "rad");
    angle(out, "phase", angles.phase());
    angle(out, "incidence", angles.incdnc());
    angle(out, "emission", angles.emissn());
  }

  private static void row(PrintWriter out, String label, double a, double b) {
    out.printf(ROW, label, Numbers.format(a), Numbers.format(b));
  }

  private static void angle(PrintWriter out, String label, double rad) {
    out.printf(ROW, label, Numbers.format(Math.toDegrees(rad)), Numbers.format(rad));
  }

  private static final String[] POINT_COLUMNS = {"x", "y", "z", "lon_deg", "lat_deg", "trgepc", "srfvec_x",
      "srfvec_y", "srfvec_z", "range"};

  private void csv(PrintWriter out) {
    StringBuilder head = new StringBuilder("target,observer,fixref,abcorr,method,et");
    for (String prefix : new String[] {"subpnt_", "subslr_"}) {
      for (String c : POINT_COLUMNS) head.append(',').append(prefix).append(c);
    }
    head.append(",phase_rad,incdnc_rad,emissn_rad"); // radians, labelled like the _deg columns
    out.println(head);
    StringBuilder row = new StringBuilder();
    row.append(TimeCommand.csvCell(target)).append(',').append(TimeCommand.csvCell(observer)).append(',')
        .append(TimeCommand.csvCell(fixref)).append(',').append(TimeCommand.csvCell(abcorr.spiceName())).append(',')
        .append(TimeCommand.csvCell(method)).append(',').append(Numbers.format(et));
    for (SurfacePoint p : new SurfacePoint[] {subObserver, subSolar}) {
      for (double v : pointValues(p)) row.append(',').append(Numbers.format(v));
    }
    row.append(',').append(Numbers.format(angles.phase())).append(',').append(Numbers.format(angles.incdnc()))
        .append(',').append(Numbers.format(angles.emissn()));
    out.println(row);
  }

  /** Values parallel to {@link #POINT_COLUMNS}. */
  private static double[] pointValues(SurfacePoint p) {
    Vector3 s = p.spoint();
    Vector3 v = p.srfvec();
    return new double[] {s.x(), s.y(), s.z(), lonDeg(s), latDeg(s), p.trgepc(), v.x(), v.y(), v.z(), p.range()};
  }

  private String json() {
    return "{" + member("target", Json.str(target)) + ", " + member("observer", Json.str(observer)) + ", "
        + member("fixref", Json.str(fixref)) + ", " + member("abcorr", Json.str(abcorr.spiceName())) + ", "
        + member("method", Json.str(method)) + ", " + member("et", Json.num(et)) + ",\n "
        + member("sub_observer", point(subObserver)) + ",\n "
        + member("sub_solar", point(subSolar)) + ",\n "
        + member("illumination", "{" + member("trgepc", Json.num(angles.trgepc())) + ", "
            + member("srfvec", vector(angles.srfvec())) + ", " + member("phase", Json.num(angles.phase())) + ", "
            + member("incdnc", Json.num(angles.incdnc())) + ", " + member("emissn", Json.num(angles.emissn()))
            + ", " + member("phase_deg", Json.num(Math.toDegrees(angles.phase()))) + ", "
            + member("incdnc_deg", Json.num(Math.toDegrees(angles.incdnc()))) + ", "
            + member("emissn_deg", Json.num(Math.toDegrees(angles.emissn()))) + "}")
        + "}";
  }

  private static String point(SurfacePoint p) {
    return "{" + member("spoint", vector(p.spoint())) + ", " + member("lon_deg", Json.num(lonDeg(p.spoint()))) + ", "
        + member("lat_deg", Json.num(latDeg(p.spoint()))) + ", " + member("trgepc", Json.num(p.trgepc())) + ", "
        + member("srfvec", vector(p.srfvec())) + ", " + member("range", Json.num(p.range())) + "}";
  }

  private static String vector(Vector3 v) {
    return "[" + Json.num(v.x()) + ", " + Json.num(v.y()) + ", " + Json.num(v.z()) + "]";
  }

  private static String member(String name, String value) {
    return Json.str(name) + ": " + value;
  }
}
