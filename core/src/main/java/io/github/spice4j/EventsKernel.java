package io.github.spice4j;

import io.github.spice4j.backend.SpiceBackend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Events kernels (EK): query loaded EK tables and write new ones. Obtained from {@link Spice#eventsKernel()}; every
 * method maps to one CSPICE routine (named in its Javadoc) of {@link io.github.spice4j.backend.EkApi}.
 *
 * <pre>{@code
 * spice.load(Path.of("naif0012.tls"), Path.of("events.bes"));
 * EkQueryResult r = spice.eventsKernel().query("SELECT EVENT, BEGIN_TIME FROM CASSINI_NOISE_EVENTS ORDER BY BEGIN_TIME");
 * for (int row = 0; row < r.nmrows(); row++) {
 *   String event = spice.eventsKernel().stringValue(0, row, 0).orElseThrow();
 *   double begin = spice.eventsKernel().doubleValue(1, row, 0).orElseThrow(); // TDB seconds past J2000
 * }
 * }</pre>
 *
 * Query results are held by the engine: a later query (from any thread) replaces the selection.
 * Indices are 0-based.
 */
public final class EventsKernel {
  private final SpiceBackend backend;

  EventsKernel(SpiceBackend backend) {
    this.backend = backend;
  }

  /**
   * CSPICE {@code ekopr_c}: opens an EK file for reading.
   *
   * @param file the EK
   * @return the handle; close it when done
   * @throws SpiceException e.g. {@code SPICE(FILENOTFOUND)}
   */
  public EkHandle openForRead(Path file) {
    return backend.ek().ekopr(Objects.requireNonNull(file, "file").toString());
  }

  /**
   * CSPICE {@code ekopw_c}: opens an existing EK file to add segments.
   *
   * @param file the EK
   * @return the handle; close it to finish writing
   * @throws SpiceException e.g. {@code SPICE(FILENOTFOUND)}
   */
  public EkHandle openForWrite(Path file) {
    return backend.ek().ekopw(Objects.requireNonNull(file, "file").toString());
  }

  /**
   * CSPICE {@code ekopn_c}: creates a new EK file or virtual output.
   *
   * @param target the new file or a virtual output (bytes readable after the handle is closed)
   * @param internalName the file's internal name (up to 60 characters)
   * @param commentChars characters reserved for comments, {@code >= 0}
   * @return the handle, open for writing
   * @throws SpiceException e.g. when the file already exists
   */
  public EkHandle create(OutputTarget target, String internalName, int commentChars) {
    return backend.ek().ekopn(target, internalName, commentChars);
  }

  /**
   * CSPICE {@code eknseg_c}.
   *
   * @param handle an open EK handle
   * @return the number of segments in the file
   */
  public int segmentCount(EkHandle handle) {
    return backend.ek().eknseg(handle);
  }

  /**
   * The names of all tables in the loaded EKs (CSPICE {@code ekntab_c} and {@code ektnam_c}).
   *
   * @return table names in CSPICE's order; empty when no EK is loaded
   */
  public List<String> tableNames() {
    int n = backend.ek().ekntab();
    List<String> names = new ArrayList<>(n);
    for (int i = 0; i < n; i++) names.add(backend.ek().ektnam(i));
    return names;
  }

  /**
   * CSPICE {@code ekfind_c}: runs a query and makes its selection current.
   *
   * @param query an EK query, e.g. {@code SELECT EVENT FROM T WHERE BEGIN_TIME > '2001-11-05T03:00:00'}
   * @return the number of matching rows, or CSPICE's message when the query is rejected
   */
  public EkQueryResult query(String query) {
    return backend.ek().ekfind(query);
  }

  /**
   * CSPICE {@code ekgc_c}: a string element of the current selection.
   *
   * @param selidx column of the SELECT list, 0-based
   * @param row row, 0-based
   * @param elment element of the entry, 0-based (0 for scalar columns)
   * @return the value, a null entry, or not found
   * @throws SpiceException {@code SPICE(INVALIDTYPE)} for a non-character column
   */
  public EkValue<String> stringValue(int selidx, int row, int elment) {
    return backend.ek().ekgc(selidx, row, elment);
  }

  /**
   * CSPICE {@code ekgd_c}: a double precision or TIME element of the current selection.
   *
   * @param selidx column of the SELECT list, 0-based
   * @param row row, 0-based
   * @param elment element of the entry, 0-based
   * @return the value (TIME: TDB seconds past J2000), a null entry, or not found
   * @throws SpiceException {@code SPICE(INVALIDTYPE)} for a column of another type
   */
  public EkValue<Double> doubleValue(int selidx, int row, int elment) {
    return backend.ek().ekgd(selidx, row, elment);
  }

  /**
   * CSPICE {@code ekgi_c}: an integer element of the current selection.
   *
   * @param selidx column of the SELECT list, 0-based
   * @param row row, 0-based
   * @param elment element of the entry, 0-based
   * @return the value, a null entry, or not found
   * @throws SpiceException {@code SPICE(INVALIDTYPE)} for a column of another type
   */
  public EkValue<Integer> intValue(int selidx, int row, int elment) {
    return backend.ek().ekgi(selidx, row, elment);
  }

  /**
   * CSPICE {@code ekifld_c}: starts a segment of a table for fast writing; write every column, then
   * {@link #endSegment}.
   *
   * @param handle a handle open for writing
   * @param table the table name
   * @param nrows number of rows
   * @param columns column names
   * @param declarations one declaration per column, e.g. {@code DATATYPE = INTEGER, NULLS_OK = TRUE}
   * @return the segment number and record pointers
   */
  public EkFastSegment beginSegment(EkHandle handle, String table, int nrows, List<String> columns,
      List<String> declarations) {
    return backend.ek().ekifld(handle, table, nrows, columns, declarations);
  }

  /**
   * CSPICE {@code ekacli_c}: writes an integer column of a segment from {@link #beginSegment}.
   *
   * @param handle the handle
   * @param segment the segment
   * @param column the column name
   * @param values {@code sum(sizes)} values in row order
   * @param sizes {@code int[nrows]} entry sizes (a fixed-size column's declared size on every row)
   * @param nulls {@code boolean[nrows]} null flags
   */
  public void addIntColumn(EkHandle handle, EkFastSegment segment, String column, int[] values, int[] sizes,
      boolean[] nulls) {
    backend.ek().ekacli(handle, segment.segno(), column, values, sizes, nulls, segment.rcptrs());
  }

  /**
   * CSPICE {@code ekacld_c}: writes a double precision or TIME column (TIME: TDB seconds past J2000).
   *
   * @param handle the handle
   * @param segment the segment
   * @param column the column name
   * @param values {@code sum(sizes)} values in row order
   * @param sizes {@code int[nrows]} entry sizes
   * @param nulls {@code boolean[nrows]} null flags
   */
  public void addDoubleColumn(EkHandle handle, EkFastSegment segment, String column, double[] values, int[] sizes,
      boolean[] nulls) {
    backend.ek().ekacld(handle, segment.segno(), column, values, sizes, nulls, segment.rcptrs());
  }

  /**
   * CSPICE {@code ekaclc_c}: writes a character column.
   *
   * @param handle the handle
   * @param segment the segment
   * @param column the column name
   * @param values {@code sum(sizes)} strings in row order
   * @param sizes {@code int[nrows]} entry sizes
   * @param nulls {@code boolean[nrows]} null flags
   */
  public void addStringColumn(EkHandle handle, EkFastSegment segment, String column, List<String> values,
      int[] sizes, boolean[] nulls) {
    backend.ek().ekaclc(handle, segment.segno(), column, values, sizes, nulls, segment.rcptrs());
  }

  /**
   * CSPICE {@code ekffld_c}: finishes a segment after all its columns are written.
   *
   * @param handle the handle
   * @param segment the segment
   */
  public void endSegment(EkHandle handle, EkFastSegment segment) {
    backend.ek().ekffld(handle, segment.segno(), segment.rcptrs());
  }
}
