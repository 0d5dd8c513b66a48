package io.github.spice4j.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.PositionVector;
import io.github.spice4j.Spice;
import io.github.spice4j.StateVector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark in local mode against the single-JVM {@link Spice} on the same real kernels: every value must be
 * bit-for-bit the one {@link Spice} computes (the same CSPICE routines, called on executor engines).
 */
class SparkSpiceTest {
  private static final Path KERNELS = Path.of(System.getProperty("spice4j.kernels", "../../shared/kernels"));
  private static final Path LSK = KERNELS.resolve("lsk/naif0012.tls");
  private static final Path SPK = KERNELS.resolve("spk/de440s_2023_2026_excerpt.bsp");
  private static final Path PCK = KERNELS.resolve("pck/pck00011.tpc");
  /** 2024-01-01T00:00:00 TDB and the following days, inside the DE440s excerpt. */
  private static final double ET0 = 757382400.0;
  private static final String[] TARGETS = {"MARS BARYCENTER", "EARTH", "MOON", "JUPITER BARYCENTER"};

  private static SparkSession spark;
  private static Spice reference;
  private static SpiceKernels shared;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("spice4j-spark-test")
        .config("spark.driver.host", "127.0.0.1").config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2").getOrCreate();
    reference = Spice.create().load(LSK, SPK, PCK);
    shared = SpiceKernels.builder().sharedPath(LSK).sharedPath(SPK).sharedPath(PCK).build();
    SpiceFunctions.register(spark, shared);
  }

  @AfterAll
  static void stop() {
    if (spark != null) spark.stop();
    if (reference != null) reference.close();
  }

  private static Dataset<Row> epochs(int perTarget) {
    List<Row> rows = new ArrayList<>();
    for (String t : TARGETS) {
      for (int i = 0; i < perTarget; i++) rows.add(RowFactory.create(t, ET0 + i * 86_400.123));
    }
    StructType schema = new StructType().add("target", DataTypes.StringType).add("et", DataTypes.DoubleType);
    return spark.createDataFrame(rows, schema).repartition(2);
  }

  @Test
  void spkezrAndSpkposEqualSingleJvm() {
    epochs(25).createOrReplaceTempView("epochs");
    List<Row> rows = spark.sql("SELECT target, et, spkezr(target, et, 'J2000', 'LT+S', 'EARTH') AS s, "
        + "spkpos(target, et, 'ECLIPJ2000', 'CN', 'SUN') AS p FROM epochs").collectAsList();
    assertEquals(TARGETS.length * 25, rows.size());
    for (Row r : rows) {
      String target = r.getString(0);
      double et = r.getDouble(1);
      StateVector s = reference.state(target, "EARTH", "J2000", AberrationCorrection.LT_S, et);
      Row state = r.getStruct(2);
      assertArrayEquals(s.toArray(), doubles(state.getList(0)), target + " @ " + et);
      assertEquals(s.lightTime(), state.getDouble(1));
      PositionVector p = reference.position(target, "SUN", "ECLIPJ2000", AberrationCorrection.CN, et);
      Row pos = r.getStruct(3);
      assertArrayEquals(p.position().toArray(), doubles(pos.getList(0)));
      assertEquals(p.lightTime(), pos.getDouble(1));
    }
  }

  @Test
  void timeAndFrameFunctionsEqualSingleJvm() {
    epochs(10).createOrReplaceTempView("times");
    List<Row> rows = spark.sql("SELECT et, et2utc(et, 'ISOC', 3) AS utc, et2utc(et, 'J', 6) AS jd, "
        + "str2et(et2utc(et, 'ISOC', 3)) AS back, pxform('J2000', 'IAU_EARTH', et) AS m, "
        + "str2et(NULL) AS none, pxform('J2000', 'IAU_EARTH', 757382400.5) AS literal, "
        + "et2utc(757382400, 'ISOC', 0) AS intEt FROM times").collectAsList();
    assertEquals(TARGETS.length * 10, rows.size());
    for (Row r : rows) {
      double et = r.getDouble(0);
      String utc = reference.etToUtc(et, 3);
      assertEquals(utc, r.getString(1));
      assertEquals(reference.backend().time().et2utc(et, "J", 6), r.getString(2));
      assertEquals(reference.utcToEt(utc), r.getDouble(3));
      assertArrayEquals(reference.rotation("J2000", "IAU_EARTH", et).toRowMajor(), doubles(r.getList(4)));
      assertTrue(r.isNullAt(5));
      // SQL literals are decimal or int, not double: the functions must take them.
      assertArrayEquals(reference.rotation("J2000", "IAU_EARTH", 757382400.5).toRowMajor(), doubles(r.getList(6)));
      assertEquals(reference.etToUtc(757382400, 0), r.getString(7));
    }
  }

  @Test
  void addFileAndByteKernelsGiveTheSameStates(@TempDir Path dir) throws Exception {
    // addFile needs a unique file name per application; a copy keeps it apart from other tests.
    Path spkCopy = Files.copy(SPK, dir.resolve("addfile-de440s.bsp"));
    SpiceKernels shipped = SpiceKernels.builder().bytes(LSK).addFile(spark.sparkContext(), spkCopy).build();
    SpiceFunctions.register(spark, shipped);
    try {
      epochs(5).createOrReplaceTempView("shipped");
      List<Row> rows = spark.sql("SELECT target, et, spkezr(target, et, 'J2000', 'NONE', 'SUN').state, "
          + "str2et('2024-03-01T12:00:00') FROM shipped").collectAsList();
      assertEquals(TARGETS.length * 5, rows.size());
      for (Row r : rows) {
        StateVector s = reference.state(r.getString(0), "SUN", "J2000", AberrationCorrection.NONE, r.getDouble(1));
        assertArrayEquals(s.toArray(), doubles(r.getList(2)));
        assertEquals(reference.utcToEt("2024-03-01T12:00:00"), r.getDouble(3));
      }
    } finally {
      SpiceFunctions.register(spark, shared);
    }
  }

  @Test
  void checksumMismatchFailsLoudly(@TempDir Path dir) throws Exception {
    Path lsk = Files.copy(LSK, dir.resolve("naif0012.tls"));
    SpiceKernels kernels = SpiceKernels.builder().sharedPath(lsk).build();
    // The file changes after the driver hashed it: executors must refuse it.
    Files.writeString(lsk, Files.readString(lsk).replace("DELTET/DELTA_T_A       =   32.184", "DELTET/DELTA_T_A       =   32.185"));
    SpiceFunctions.register(spark, kernels);
    try {
      SparkException e = assertThrows(SparkException.class,
          () -> spark.sql("SELECT str2et('2024-01-01T00:00:00')").collectAsList());
      String chain = causes(e);
      assertTrue(chain.contains("has sha256 ") && chain.contains("but the driver registered "
          + SpiceKernels.sha256(LSK)), chain);
    } finally {
      SpiceFunctions.register(spark, shared);
    }
  }

  @Test
  void ephemerisTableEqualsSingleJvm() {
    double step = 3_600.0;
    double stop = ET0 + 2 * 86_400.0 + 1_800.0; // 49 epochs per range
    EphemerisTable table = EphemerisTable.builder(shared).targets(TARGETS).observer("SUN").frame("ECLIPJ2000")
        .abcorr(AberrationCorrection.LT_S).utc(2).windowEpochs(10)
        .range(ET0, stop, step).range(ET0 + 30 * 86_400.0, ET0 + 30 * 86_400.0 + 7_200.0, 600.0).build();
    Dataset<Row> df = table.toDataFrame(spark);
    assertEquals(5 + 2, df.rdd().getNumPartitions());
    assertEquals(table.windowCount(), df.rdd().getNumPartitions());
    List<Row> rows = df.collectAsList();
    assertEquals((49 + 13) * TARGETS.length, rows.size());
    assertEquals(table.rowCount(), rows.size());
    Map<String, List<Double>> etsByTarget = new HashMap<>();
    for (Row r : rows) {
      String target = r.getAs("target");
      double et = r.getAs("et");
      etsByTarget.computeIfAbsent(target, k -> new ArrayList<>()).add(et);
      StateVector s = reference.state(target, "SUN", "ECLIPJ2000", AberrationCorrection.LT_S, et);
      double[] v = s.toArray();
      assertArrayEquals(v, new double[] {r.getAs("x"), r.getAs("y"), r.getAs("z"), r.getAs("vx"), r.getAs("vy"),
          r.getAs("vz")}, target + " @ " + et);
      assertEquals(s.lightTime(), (double) r.getAs("lt"));
      assertEquals(reference.etToUtc(et, 2), r.getAs("utc"));
    }
    List<Double> expected = new ArrayList<>();
    for (long i = 0; i < 49; i++) expected.add(ET0 + i * step);
    for (long i = 0; i < 13; i++) expected.add(ET0 + 30 * 86_400.0 + i * 600.0);
    for (String t : TARGETS) assertEquals(expected, etsByTarget.get(t), t);
  }

  @Test
  void spiceErrorsFailTheQueryWithTheirCode() {
    SparkException e = assertThrows(SparkException.class,
        () -> spark.sql("SELECT spkezr('PLUTO', 0.0, 'J2000', 'NONE', 'EARTH')").collectAsList());
    assertTrue(causes(e).contains("SPICE(SPKINSUFFDATA)"), causes(e));
  }

  private static double[] doubles(List<Object> list) {
    double[] d = new double[list.size()];
    for (int i = 0; i < d.length; i++) d[i] = (Double) list.get(i);
    return d;
  }

  private static String causes(Throwable t) {
    StringBuilder b = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) b.append(c).append('\n');
    return b.toString();
  }
}
