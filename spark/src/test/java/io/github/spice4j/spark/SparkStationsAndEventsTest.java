package io.github.spice4j.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.AzElState;
import io.github.spice4j.GeodeticCoordinates;
import io.github.spice4j.GfConstraint;
import io.github.spice4j.OccultingBody;
import io.github.spice4j.Spice;
import io.github.spice4j.Stations;
import io.github.spice4j.TimeInterval;
import io.github.spice4j.Vector3;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

/**
 * Station functions and event tables in local mode against the single-JVM {@link Spice} on the same real
 * kernels: DSS-14 (station SPK, ITRF93 and its topocentric frame) in the DE430 excerpt's days of 2015, a
 * geodetic station on IAU_EARTH and a year of eclipses in the DE440s excerpt.
 */
class SparkStationsAndEventsTest {
  private static final Path KERNELS = Path.of(System.getProperty("spice4j.kernels", "../../shared/kernels"));
  private static final Path[] FILES = {KERNELS.resolve("lsk/naif0012.tls"),
      KERNELS.resolve("spk/de440s_2023_2026_excerpt.bsp"), KERNELS.resolve("spk/de430_2015-03-02_excerpt.bsp"),
      KERNELS.resolve("spk/earthstns_itrf93_201023.bsp"), KERNELS.resolve("pck/pck00011.tpc"),
      KERNELS.resolve("pck/earth_latest_high_prec.bpc"), KERNELS.resolve("fk/earth_topo_201023.tf")};
  /** 2015-02-27T12:00:00 TDB, whole seconds: inside the DE430 excerpt and the ITRF93 PCK. */
  private static final double ET_2015 = 478310400.0;
  /** 2024-01-01T00:00:00 TDB. */
  private static final double ET_2024 = 757382400.0;
  /** Goldstone-like point on the Earth: 243.11 deg E, 35.43 deg N, 1 km. */
  private static final GeodeticCoordinates GEODETIC =
      new GeodeticCoordinates(Math.toRadians(243.11), Math.toRadians(35.43), 1.0);

  private static SparkSession spark;
  private static Spice reference;
  private static SpiceKernels kernels;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("spice4j-spark-events-test")
        .config("spark.driver.host", "127.0.0.1").config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2").getOrCreate();
    reference = Spice.create().load(FILES);
    SpiceKernels.Builder b = SpiceKernels.builder();
    for (Path f : FILES) b.sharedPath(f);
    kernels = b.build();
    SpiceFunctions.register(spark, kernels);
  }

  @AfterAll
  static void stop() {
    if (spark != null) spark.stop();
    if (reference != null) reference.close();
  }

  private static Dataset<Row> epochs(double et0, int n, double step) {
    List<Row> rows = new ArrayList<>();
    for (String t : new String[] {"MOON", "SUN"}) {
      for (int i = 0; i < n; i++) rows.add(RowFactory.create(t, et0 + i * step));
    }
    StructType schema = new StructType().add("target", DataTypes.StringType).add("et", DataTypes.DoubleType);
    return spark.createDataFrame(rows, schema).repartition(2);
  }

  @Test
  void stationFunctionsEqualSingleJvm() {
    epochs(ET_2015, 30, 5_000.5).createOrReplaceTempView("dss14");
    List<Row> rows = spark.sql("SELECT target, et, station_azel(target, et, 'LT+S', 'DSS-14', 'EARTH', 'ITRF93') AS a, "
        + "azlcpo('ELLIPSOID', target, et, 'CN', true, false, array(-2353.6, -4641.3, 3677.0), 'EARTH', 'ITRF93') AS b, "
        + "station_azel(NULL, et, 'NONE', 'DSS-14', 'EARTH', 'ITRF93') AS none FROM dss14").collectAsList();
    assertEquals(60, rows.size());
    for (Row r : rows) {
      String target = r.getString(0);
      double et = r.getDouble(1);
      Vector3 dss14 = reference.position("DSS-14", "EARTH", "ITRF93", AberrationCorrection.NONE, et).position();
      assertAzEl(reference.stations().azimuthElevation(Stations.ELLIPSOID, target, et, AberrationCorrection.LT_S,
          false, true, dss14, "EARTH", "ITRF93"), r.getStruct(2), target + " @ " + et);
      assertAzEl(reference.stations().azimuthElevation(Stations.ELLIPSOID, target, et, AberrationCorrection.CN,
          true, false, new Vector3(-2353.6, -4641.3, 3677.0), "EARTH", "ITRF93"), r.getStruct(3), target + " @ " + et);
      assertTrue(r.isNullAt(4));
    }
  }

  @Test
  void geodeticStationInTheDatasetApiEqualsSingleJvm() {
    Dataset<Row> df = epochs(ET_2024, 40, 86_400.25).withColumn("view", StationFunctions.geodeticAzEl(kernels).apply(
        col("target"), col("et"), lit("LT+S"), lit(GEODETIC.longitude()), lit(GEODETIC.latitude()),
        lit(GEODETIC.altitude()), lit("EARTH"), lit("IAU_EARTH")));
    List<Row> rows = df.collectAsList();
    assertEquals(80, rows.size());
    for (Row r : rows) {
      String target = r.getString(0);
      double et = r.getDouble(1);
      assertAzEl(StationFunctions.geodeticAzEl(reference, target, et, AberrationCorrection.LT_S, GEODETIC, "EARTH",
          "IAU_EARTH"), r.getStruct(2), target + " @ " + et);
    }
  }

  @Test
  void stationErrorsFailWithTheirCode() {
    SparkException e = assertThrows(SparkException.class, () -> spark.sql(
        "SELECT station_azel('MOON', 478310400.0, 'NONE', 'DSS-14', 'EARTH', 'IAU_MOON')").collectAsList());
    assertTrue(causes(e).contains("SPICE(INVALIDFRAME)"), causes(e));
    e = assertThrows(SparkException.class, () -> spark.sql(
        "SELECT azlcpo('ELLIPSOID', 'MOON', 478310400.0, 'NONE', false, true, array(1.0, 2.0), 'EARTH', 'ITRF93')")
        .collectAsList());
    assertTrue(causes(e).contains("obspos needs 3 elements"), causes(e));
  }

  @Test
  void eclipsesOfAYearEqualTheWholeRangeSearch() {
    // Solar eclipses seen from the Earth's center; lunar eclipses: the Earth before the Sun seen from the Moon.
    OccultingBody moon = OccultingBody.ellipsoid("MOON", "IAU_MOON");
    OccultingBody earth = OccultingBody.ellipsoid("EARTH", "IAU_EARTH");
    OccultingBody sun = OccultingBody.ellipsoid("SUN", "IAU_SUN");
    EventSearch solar = EventSearch.occultation("ANY", moon, sun, AberrationCorrection.LT, "EARTH", 3_600.0);
    EventSearch lunar = EventSearch.occultation("ANY", earth, sun, AberrationCorrection.LT, "MOON", 3_600.0);
    double stop = ET_2024 + 366 * 86_400.0;
    EventTable table = EventTable.builder(kernels).search("MOON", solar).search("EARTH", lunar)
        .range(ET_2024, stop).windowSteps(24 * 30).utc(3).build();
    assertEquals(2 * 13, table.windowCount());
    List<Row> rows = table.toDataFrame(spark).collectAsList();

    List<TimeInterval> window = List.of(new TimeInterval(ET_2024, stop));
    List<TimeInterval> solarWhole = solar.find(reference.eventFinder(), window);
    List<TimeInterval> lunarWhole = lunar.find(reference.eventFinder(), window);
    // 2024: total solar eclipse of April 8, annular of October 2; lunar eclipses of March 25 and September 18.
    assertEquals(2, solarWhole.size());
    assertEquals(2, lunarWhole.size());
    assertRows(rows, List.of("MOON", "MOON", "EARTH", "EARTH"), concat(solarWhole, lunarWhole), true);
  }

  @Test
  void dss14ViewPeriodsOfTheMoonEqualTheWholeRangeSearch() {
    EventSearch view = EventSearch.viewPeriods("MOON", "DSS-14", "DSS-14_TOPO", AberrationCorrection.LT_S,
        Math.toRadians(6), 600.0);
    double stop = ET_2015 + 6.5 * 86_400.0;
    List<TimeInterval> whole = view.find(reference.eventFinder(), List.of(new TimeInterval(ET_2015, stop)));
    assertTrue(whole.size() >= 6, whole.toString());
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < whole.size(); i++) labels.add("MOON");
    // 6-hour windows; a day of overlap holds more than a monotone piece of the elevation (about 12 h).
    EventTable exact = EventTable.builder(kernels).search("MOON", view).range(ET_2015, stop).windowSteps(36)
        .overlapSteps(144).build();
    assertRows(exact.toDataFrame(spark).collectAsList(), labels, whole, true);
    // Without overlap, crossings in pieces cut by a window boundary are refined in other brackets: the same
    // intervals to the convergence tolerance.
    EventTable cut = EventTable.builder(kernels).search("MOON", view).range(ET_2015, stop).windowSteps(36).build();
    assertRows(cut.toDataFrame(spark).collectAsList(), labels, whole, false);
  }

  @Test
  void moonDistanceEventsEqualTheWholeRangeSearch() {
    // CSPICE's own gfdist_c: perigees and the times closer than 370,000 km over 2024.
    EventSearch perigees = EventSearch.distance("MOON", "EARTH", AberrationCorrection.NONE,
        GfConstraint.localMinimum(), 86_400.0);
    EventSearch close = EventSearch.distance("MOON", "EARTH", AberrationCorrection.LT,
        GfConstraint.lessThan(370_000.0), 86_400.0);
    double stop = ET_2024 + 366 * 86_400.0;
    List<TimeInterval> window = List.of(new TimeInterval(ET_2024, stop));
    List<TimeInterval> expected = concat(perigees.find(reference.eventFinder(), window), close.find(reference.eventFinder(), window));
    List<String> labels = new ArrayList<>();
    for (TimeInterval iv : expected) labels.add(iv.duration() == 0 ? "perigee" : "close");
    assertTrue(expected.size() > 20, expected.toString());
    // Monthly windows; 16 days of overlap hold more than a monotone piece of the distance (about 14 days).
    EventTable table = EventTable.builder(kernels).search("perigee", perigees).search("close", close)
        .range(ET_2024, stop).windowSteps(30).overlapSteps(16).build();
    List<Row> rows = table.toDataFrame(spark).collectAsList();
    assertRows(rows, labels, expected, true);
  }

  @Test
  void eventSearchErrorsFailWithTheirCode() {
    EventTable t = EventTable.builder(kernels).search("MOON", EventSearch.distance("MOON", "EARTH",
        AberrationCorrection.NONE, GfConstraint.lessThan(400_000), 3_600.0)).range(0, 86_400).build();
    SparkException e = assertThrows(SparkException.class, () -> t.toDataFrame(spark).collectAsList());
    assertTrue(causes(e).contains("SPICE(SPKINSUFFDATA)"), causes(e));
  }

  private static void assertRows(List<Row> rows, List<String> labels, List<TimeInterval> expected, boolean exact) {
    assertEquals(expected.size(), rows.size(), rows.toString());
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      TimeInterval iv = expected.get(i);
      assertEquals(labels.get(i), r.getAs("target"));
      double tol = exact ? 0 : 2e-6;
      assertEquals(iv.start(), (double) r.getAs("start_et"), tol, "row " + i);
      assertEquals(iv.stop(), (double) r.getAs("stop_et"), tol, "row " + i);
      assertEquals((double) r.getAs("stop_et") - (double) r.getAs("start_et"), (double) r.getAs("duration"));
      if (List.of(r.schema().fieldNames()).contains("start_utc")) {
        assertEquals(reference.etToUtc(iv.start(), 3), r.getAs("start_utc"));
        assertEquals(reference.etToUtc(iv.stop(), 3), r.getAs("stop_utc"));
      }
    }
  }

  private static void assertAzEl(AzElState expected, Row actual, String what) {
    double[] e = {expected.range(), expected.azimuth(), expected.elevation(), expected.rangeRate(),
        expected.azimuthRate(), expected.elevationRate(), expected.lightTime()};
    for (int i = 0; i < e.length; i++) assertEquals(e[i], actual.getDouble(i), 0.0, what + " field " + i);
  }

  private static List<TimeInterval> concat(List<TimeInterval> a, List<TimeInterval> b) {
    List<TimeInterval> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static String causes(Throwable t) {
    StringBuilder b = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) b.append(c).append('\n');
    return b.toString();
  }
}
