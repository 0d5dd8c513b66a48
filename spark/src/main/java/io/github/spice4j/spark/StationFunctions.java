package io.github.spice4j.spark;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.AzElState;
import io.github.spice4j.CoordinateSystems;
import io.github.spice4j.GeodeticCoordinates;
import io.github.spice4j.Spice;
import io.github.spice4j.Stations;
import io.github.spice4j.Vector3;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF6;
import org.apache.spark.sql.api.java.UDF8;
import org.apache.spark.sql.api.java.UDF9;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Ground-station geometry as Spark functions: range, azimuth and elevation (with rates) of a target seen
 * from a point fixed on a body, CSPICE
 * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/azlcpo_c.html">azlcpo_c</a> as
 * {@link Stations#azimuthElevation} computes it. Each function exists twice: registered by name for SQL
 * ({@link #register}, also done by {@link SpiceFunctions#register}) and as a {@link UserDefinedFunction}
 * to apply to columns in the Dataset API, e.g.
 *
 * <pre>{@code
 * df.withColumn("view", StationFunctions.stationAzEl(kernels).apply(col("target"), col("et"), lit("LT+S"),
 *     lit("DSS-14"), lit("EARTH"), lit("ITRF93")))
 * }</pre>
 *
 * <ul>
 *   <li>{@code azlcpo(method, target, et, abcorr, azccw, elplsz, obspos, obsctr, obsref)}: CSPICE's
 *       arguments as they are; {@code obspos} is {@code array<double>} of 3 (km, in {@code obsref});
 *   <li>{@code station_azel(target, et, abcorr, station, obsctr, obsref)}: the observer is an ephemeris
 *       object (e.g. {@code DSS-14} from a station SPK) whose position relative to {@code obsctr} in
 *       {@code obsref} at ET ({@code spkpos_c}, no correction) is the fixed point;
 *   <li>{@code geodetic_azel(target, et, abcorr, lon, lat, alt, obsctr, obsref)}: the observer at geodetic
 *       longitude and latitude (radians) and altitude (km) on {@code obsctr}'s reference ellipsoid
 *       ({@code BODYnnn_RADII}: equatorial radius {@code RADII[0]}, flattening
 *       {@code (RADII[0] - RADII[2]) / RADII[0]}, as
 *       <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/georec_c.html">georec_c</a>).
 * </ul>
 *
 * <p>{@code station_azel} and {@code geodetic_azel} use the {@code ELLIPSOID} method, compass azimuth
 * (from north towards east) and elevation positive above the horizon. All return {@link #AZEL_TYPE}
 * ({@code NULL} when an argument is {@code NULL}); {@code obsref} must be a body-fixed frame centered on
 * {@code obsctr} (e.g. {@code ITRF93} or {@code IAU_EARTH} for {@code EARTH}). SPICE errors fail the task
 * with the {@link io.github.spice4j.SpiceException} as cause (e.g. {@code SPICE(INVALIDFRAME)},
 * {@code SPICE(SPKINSUFFDATA)}); an {@code obspos} without exactly 3 elements with an
 * {@link IllegalArgumentException}.
 */
public final class StationFunctions {
  /**
   * Result type: {@code range} (km), {@code azimuth}, {@code elevation} (rad), {@code range_rate} (km/s),
   * {@code azimuth_rate}, {@code elevation_rate} (rad/s), {@code lt} (one-way light time, s).
   */
  public static final StructType AZEL_TYPE = new StructType()
      .add("range", DataTypes.DoubleType, false).add("azimuth", DataTypes.DoubleType, false)
      .add("elevation", DataTypes.DoubleType, false).add("range_rate", DataTypes.DoubleType, false)
      .add("azimuth_rate", DataTypes.DoubleType, false).add("elevation_rate", DataTypes.DoubleType, false)
      .add("lt", DataTypes.DoubleType, false);

  private StationFunctions() {}

  /**
   * Registers {@code azlcpo}, {@code station_azel} and {@code geodetic_azel} as session functions
   * computing with {@code kernels}.
   *
   * @param spark the session
   * @param kernels the kernels every call sees (with the station SPK, frames and PCK radii it needs)
   */
  public static void register(SparkSession spark, SpiceKernels kernels) {
    spark.udf().register("azlcpo", azlcpo(kernels));
    spark.udf().register("station_azel", stationAzEl(kernels));
    spark.udf().register("geodetic_azel", geodeticAzEl(kernels));
  }

  /**
   * {@code azlcpo(method, target, et, abcorr, azccw, elplsz, obspos, obsctr, obsref)} for the Dataset API.
   *
   * @param kernels the kernels every call sees
   * @return the function, returning {@link #AZEL_TYPE}
   */
  public static UserDefinedFunction azlcpo(SpiceKernels kernels) {
    return functions.udf((UDF9<String, String, Number, String, Boolean, Boolean, scala.collection.Seq<?>, String, String, Row>)
        (method, target, et, abcorr, azccw, elplsz, obspos, obsctr, obsref) -> {
          if (anyNull(method, target, et, abcorr, azccw, elplsz, obspos, obsctr, obsref)) return null;
          Vector3 p = vector(obspos);
          AberrationCorrection ab = AberrationCorrection.parse(abcorr);
          return row(ExecutorPools.call(kernels, s -> s.stations().azimuthElevation(method, target, et.doubleValue(),
              ab, azccw, elplsz, p, obsctr, obsref)));
        }, AZEL_TYPE);
  }

  /**
   * {@code station_azel(target, et, abcorr, station, obsctr, obsref)} for the Dataset API.
   *
   * @param kernels the kernels every call sees
   * @return the function, returning {@link #AZEL_TYPE}
   */
  public static UserDefinedFunction stationAzEl(SpiceKernels kernels) {
    return functions.udf((UDF6<String, Number, String, String, String, String, Row>)
        (target, et, abcorr, station, obsctr, obsref) -> {
          if (anyNull(target, et, abcorr, station, obsctr, obsref)) return null;
          AberrationCorrection ab = AberrationCorrection.parse(abcorr);
          return row(ExecutorPools.call(kernels, s -> stationAzEl(s, target, et.doubleValue(), ab, station, obsctr, obsref)));
        }, AZEL_TYPE);
  }

  /**
   * {@code geodetic_azel(target, et, abcorr, lon, lat, alt, obsctr, obsref)} for the Dataset API.
   *
   * @param kernels the kernels every call sees
   * @return the function, returning {@link #AZEL_TYPE}
   */
  public static UserDefinedFunction geodeticAzEl(SpiceKernels kernels) {
    return functions.udf((UDF8<String, Number, String, Number, Number, Number, String, String, Row>)
        (target, et, abcorr, lon, lat, alt, obsctr, obsref) -> {
          if (anyNull(target, et, abcorr, lon, lat, alt, obsctr, obsref)) return null;
          AberrationCorrection ab = AberrationCorrection.parse(abcorr);
          GeodeticCoordinates g = new GeodeticCoordinates(lon.doubleValue(), lat.doubleValue(), alt.doubleValue());
          return row(ExecutorPools.call(kernels, s -> geodeticAzEl(s, target, et.doubleValue(), ab, g, obsctr, obsref)));
        }, AZEL_TYPE);
  }

  /**
   * What {@code station_azel} computes, on one engine: the station's body-fixed position from the SPK,
   * then {@link Stations#azimuthElevation} (ELLIPSOID, compass azimuth, elevation up).
   *
   * @param spice the engine
   * @param target target body
   * @param et observation epoch (ET)
   * @param abcorr aberration correction
   * @param station the station's ephemeris object, e.g. {@code DSS-14}
   * @param obsctr the body the station is fixed to
   * @param obsref a body-fixed frame centered on {@code obsctr}
   * @return range, azimuth, elevation, rates and light time
   * @throws io.github.spice4j.SpiceException from {@code spkpos_c} or {@code azlcpo_c}
   */
  public static AzElState stationAzEl(Spice spice, String target, double et, AberrationCorrection abcorr,
      String station, String obsctr, String obsref) {
    Vector3 p = spice.position(station, obsctr, obsref, AberrationCorrection.NONE, et).position();
    return spice.stations().azimuthElevation(Stations.ELLIPSOID, target, et, abcorr, false, true, p, obsctr, obsref);
  }

  /**
   * What {@code geodetic_azel} computes, on one engine: the point's body-fixed position from its geodetic
   * coordinates on {@code obsctr}'s {@code RADII} ellipsoid, then {@link Stations#azimuthElevation}.
   *
   * @param spice the engine
   * @param target target body
   * @param et observation epoch (ET)
   * @param abcorr aberration correction
   * @param station longitude, latitude (rad) and altitude (km) of the observer
   * @param obsctr the body the observer is fixed to
   * @param obsref a body-fixed frame centered on {@code obsctr}
   * @return range, azimuth, elevation, rates and light time
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(KERNELVARNOTFOUND)} without the body's radii
   */
  public static AzElState geodeticAzEl(Spice spice, String target, double et, AberrationCorrection abcorr,
      GeodeticCoordinates station, String obsctr, String obsref) {
    double[] radii = spice.bodyConstant(obsctr, "RADII");
    Vector3 p = CoordinateSystems.georec(station, radii[0], (radii[0] - radii[2]) / radii[0]);
    return spice.stations().azimuthElevation(Stations.ELLIPSOID, target, et, abcorr, false, true, p, obsctr, obsref);
  }

  private static Row row(AzElState a) {
    return RowFactory.create(a.range(), a.azimuth(), a.elevation(), a.rangeRate(), a.azimuthRate(),
        a.elevationRate(), a.lightTime());
  }

  /** An SQL array (Spark hands Java functions a Scala sequence) as a vector. */
  private static Vector3 vector(scala.collection.Seq<?> xyz) {
    if (xyz.length() != 3) throw new IllegalArgumentException("obspos needs 3 elements (km), got " + xyz.length());
    double[] v = new double[3];
    for (int i = 0; i < 3; i++) {
      if (!(xyz.apply(i) instanceof Number n)) throw new IllegalArgumentException("obspos has a NULL element");
      v[i] = n.doubleValue();
    }
    return new Vector3(v[0], v[1], v[2]);
  }

  private static boolean anyNull(Object... args) {
    for (Object a : args) if (a == null) return true;
    return false;
  }
}
