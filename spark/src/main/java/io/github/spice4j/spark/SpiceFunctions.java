package io.github.spice4j.spark;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.PositionVector;
import io.github.spice4j.StateVector;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * SPICE as Spark SQL functions. After {@link #register}, queries can call:
 *
 * <ul>
 *   <li>{@code spkezr(target, et, frame, abcorr, observer)} &rarr; {@code struct<state: array<double>, lt:
 *       double>}: state {@code [x, y, z, vx, vy, vz]} (km, km/s) and one-way light time (s), as CSPICE
 *       <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/spkezr_c.html">spkezr_c</a>;
 *   <li>{@code spkpos(target, et, frame, abcorr, observer)} &rarr; {@code struct<position: array<double>,
 *       lt: double>}: position {@code [x, y, z]} (km) and light time (s), as
 *       <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/spkpos_c.html">spkpos_c</a>;
 *   <li>{@code str2et(time)} &rarr; {@code double}: ET (TDB seconds past J2000), as
 *       <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/str2et_c.html">str2et_c</a>;
 *   <li>{@code et2utc(et, format, precision)} &rarr; {@code string}: format {@code C}, {@code D}, {@code J},
 *       {@code ISOC} or {@code ISOD}, as
 *       <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/et2utc_c.html">et2utc_c</a>;
 *   <li>{@code pxform(from, to, et)} &rarr; {@code array<double>} of 9: the 3x3 rotation from frame
 *       {@code from} to frame {@code to} at ET, row-major, as
 *       <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/pxform_c.html">pxform_c</a>.
 * </ul>
 *
 * <p>Numeric arguments accept any SQL number type (a literal such as {@code 757382400.0} is a decimal);
 * Java UDFs get no implicit casts, so the functions widen what they receive. Every function returns SQL
 * {@code NULL} when an argument is {@code NULL}. SPICE errors (unknown body,
 * no data for the epoch, ...) fail the task with the {@link io.github.spice4j.SpiceException} as cause.
 * Calls run on the executor's shared {@link io.github.spice4j.SpicePool} for the kernel set
 * ({@link ExecutorPools}).
 */
public final class SpiceFunctions {
  /** Result type of {@code spkezr}. */
  public static final StructType STATE_TYPE = new StructType()
      .add("state", DataTypes.createArrayType(DataTypes.DoubleType, false), false)
      .add("lt", DataTypes.DoubleType, false);

  /** Result type of {@code spkpos}. */
  public static final StructType POSITION_TYPE = new StructType()
      .add("position", DataTypes.createArrayType(DataTypes.DoubleType, false), false)
      .add("lt", DataTypes.DoubleType, false);

  private static final ArrayType MATRIX_TYPE = DataTypes.createArrayType(DataTypes.DoubleType, false);

  private SpiceFunctions() {}

  /**
   * Registers {@code spkezr}, {@code spkpos}, {@code str2et}, {@code et2utc} and {@code pxform}, and the
   * station functions of {@link StationFunctions}, as session functions computing with {@code kernels}
   * (replacing earlier registrations of those names).
   *
   * @param spark the session
   * @param kernels the kernels every call sees
   */
  public static void register(SparkSession spark, SpiceKernels kernels) {
    var udf = spark.udf();
    udf.register("spkezr", (UDF5<String, Number, String, String, String, Row>) (target, et, frame, abcorr, obs) -> {
      if (target == null || et == null || frame == null || abcorr == null || obs == null) return null;
      AberrationCorrection ab = AberrationCorrection.parse(abcorr);
      StateVector s = ExecutorPools.call(kernels, e -> e.state(target, obs, frame, ab, et.doubleValue()));
      return RowFactory.create(s.toArray(), s.lightTime());
    }, STATE_TYPE);
    udf.register("spkpos", (UDF5<String, Number, String, String, String, Row>) (target, et, frame, abcorr, obs) -> {
      if (target == null || et == null || frame == null || abcorr == null || obs == null) return null;
      AberrationCorrection ab = AberrationCorrection.parse(abcorr);
      PositionVector p = ExecutorPools.call(kernels, e -> e.position(target, obs, frame, ab, et.doubleValue()));
      return RowFactory.create(p.position().toArray(), p.lightTime());
    }, POSITION_TYPE);
    udf.register("str2et", (UDF1<String, Double>) time ->
        time == null ? null : ExecutorPools.call(kernels, e -> e.utcToEt(time)), DataTypes.DoubleType);
    udf.register("et2utc", (UDF3<Number, String, Number, String>) (et, format, precision) ->
        et == null || format == null || precision == null ? null
            : ExecutorPools.call(kernels, e -> e.backend().time().et2utc(et.doubleValue(), format, precision.intValue())), DataTypes.StringType);
    udf.register("pxform", (UDF3<String, String, Number, double[]>) (from, to, et) ->
        from == null || to == null || et == null ? null
            : ExecutorPools.call(kernels, e -> e.rotation(from, to, et.doubleValue()).toRowMajor()), MATRIX_TYPE);
    StationFunctions.register(spark, kernels);
  }
}
