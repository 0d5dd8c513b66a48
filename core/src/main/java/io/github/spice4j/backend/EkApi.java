package io.github.spice4j.backend;

import io.github.spice4j.EkFastSegment;
import io.github.spice4j.EkHandle;
import io.github.spice4j.EkQueryResult;
import io.github.spice4j.EkValue;
import io.github.spice4j.OutputTarget;
import java.util.List;

/**
 * Events kernels (EK): opening and closing EK files, the tables of loaded EKs, queries, and writing new
 * tables with CSPICE's fast-load routines.
 *
 * <p>Query EKs loaded with {@link KernelsApi#furnsh}: {@link #ekfind} runs a query and remembers its
 * selection; {@link #ekgc}, {@link #ekgd} and {@link #ekgi} read elements of it. The selection is state of
 * the backend's engine, shared by all threads: a later {@code ekfind} (from any thread) replaces it.
 * Indices ({@code n}, {@code selidx}, {@code row}, {@code elment}) are 0-based, as in CSPICE's C API.
 *
 * <p>Writing a table: {@link #ekopn} a new file, {@link #ekifld} to start a segment, one
 * {@code ekacl*} call per column, {@link #ekffld} to finish the segment, then close the handle.
 * Column values are given in row order; {@code entszs[i]} is the number of elements of row {@code i}'s
 * entry, {@code nlflgs[i]} says whether it is null, and the values array holds {@code sum(entszs)}
 * elements. In a fixed-size column every row, null or not, occupies the declared size (a null row's
 * elements are placeholders); in a variable-size column a null row may have {@code entszs[i] == 0}.
 *
 * <p>File arguments may be virtual ids of byte-backed kernels loaded with
 * {@link KernelsApi#furnsh(String, byte[])}; new files may go to an {@link OutputTarget}.
 */
public interface EkApi {
  /**
   * CSPICE {@code ekopr_c}: opens an existing EK for reading.
   *
   * @param fname the EK file, or the virtual id of a byte-backed kernel
   * @return the open handle; close it when done
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(FILENOTFOUND)}, or {@code SPICE(UNKNOWNFILARC)}
   *     when the file is not a binary kernel
   */
  EkHandle ekopr(String fname);

  /**
   * CSPICE {@code ekopw_c}: opens an existing EK for writing (to add segments).
   *
   * @param fname the EK file, or the virtual id of a byte-backed kernel (its private staged copy is modified)
   * @return the open handle; close it to finish writing
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(FILENOTFOUND)}
   */
  EkHandle ekopw(String fname);

  /**
   * CSPICE {@code ekopn_c}: creates a new EK. A virtual output's bytes are readable with
   * {@link KernelsApi#virtualOutput(String)} once the handle is closed, not before.
   *
   * @param target a new file (CSPICE refuses to overwrite one) or a virtual output
   * @param ifname the file's internal name (up to 60 characters)
   * @param ncomch number of characters to reserve for comments, {@code >= 0}
   * @return the handle, open for writing; close it to finish the file
   * @throws IllegalArgumentException if {@code ncomch < 0}
   * @throws IllegalStateException if a writer for the same virtual output is still open
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(FILEOPENFAIL)} when the file exists or cannot be created
   */
  EkHandle ekopn(OutputTarget target, String ifname, int ncomch);

  /**
   * CSPICE {@code ekcls_c}: closes an EK handle; the same as {@link EkHandle#close()}. Closing twice does nothing.
   *
   * @param handle a handle of this backend
   * @throws IllegalArgumentException if the handle belongs to another backend
   * @throws io.github.spice4j.SpiceException if CSPICE fails to finish the file (the handle is closed anyway)
   */
  void ekcls(EkHandle handle);

  /**
   * CSPICE {@code ekntab_c}: number of tables in the loaded EKs.
   *
   * @return the count (0 when no EK is loaded)
   */
  int ekntab();

  /**
   * CSPICE {@code ektnam_c}: the name of a loaded table.
   *
   * @param n table index, 0-based, below {@link #ekntab()}
   * @return the table name, e.g. {@code CASSINI_NOISE_EVENTS}
   * @throws IllegalArgumentException if {@code n < 0}
   * @throws io.github.spice4j.SpiceException {@code SPICE(INVALIDINDEX)} when {@code n >= ekntab()},
   *     {@code SPICE(NOLOADEDFILES)} when no EK is loaded
   */
  String ektnam(int n);

  /**
   * CSPICE {@code eknseg_c}: number of segments in an open EK.
   *
   * @param handle an open handle of this backend
   * @return the segment count
   * @throws IllegalStateException if the handle is closed
   */
  int eknseg(EkHandle handle);

  /**
   * CSPICE {@code ekfind_c}: runs a query on the loaded EKs and makes its selection current for
   * {@link #ekgc}/{@link #ekgd}/{@link #ekgi}. Time strings in queries are UTC and need a leapseconds kernel.
   *
   * @param query e.g. {@code SELECT EVENT, BEGIN_TIME FROM CASSINI_NOISE_EVENTS WHERE EVENT = 'X' ORDER BY BEGIN_TIME}
   * @return the row count, or CSPICE's message when the query is rejected (syntax error, unknown table or
   *     column, a table that is not loaded, a malformed time string)
   * @throws io.github.spice4j.SpiceException for SPICE failures other than a rejected query, e.g.
   *     {@code SPICE(NOLEAPSECONDS)} for a query with a time when no leapseconds kernel is loaded
   */
  EkQueryResult ekfind(String query);

  /**
   * CSPICE {@code ekgc_c}: one element of a character column entry of the current selection.
   *
   * @param selidx index of the column in the query's SELECT list, 0-based
   * @param row row of the selection, 0-based
   * @param elment element of the entry, 0-based
   * @return the string (trailing blanks removed by CSPICE), a null entry, or not found when {@code elment}
   *     is past the entry's end (scalar columns ignore {@code elment})
   * @throws IllegalArgumentException if an index is negative
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(INVALIDTYPE)} for a non-character column,
   *     {@code SPICE(INVALIDINDEX)} for a {@code selidx} or {@code row} past the selection,
   *     {@code SPICE(NOLOADEDFILES)} when no EK is loaded
   */
  EkValue<String> ekgc(int selidx, int row, int elment);

  /**
   * CSPICE {@code ekgd_c}: one element of a double precision or TIME column entry of the current selection.
   *
   * @param selidx index of the column in the query's SELECT list, 0-based
   * @param row row of the selection, 0-based
   * @param elment element of the entry, 0-based
   * @return the value (TIME columns: TDB seconds past J2000), a null entry, or not found (as for {@link #ekgc})
   * @throws IllegalArgumentException if an index is negative
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(INVALIDTYPE)} for a column of another type,
   *     {@code SPICE(INVALIDINDEX)} for a {@code selidx} or {@code row} past the selection
   */
  EkValue<Double> ekgd(int selidx, int row, int elment);

  /**
   * CSPICE {@code ekgi_c}: one element of an integer column entry of the current selection.
   *
   * @param selidx index of the column in the query's SELECT list, 0-based
   * @param row row of the selection, 0-based
   * @param elment element of the entry, 0-based
   * @return the value, a null entry, or not found (as for {@link #ekgc})
   * @throws IllegalArgumentException if an index is negative
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(INVALIDTYPE)} for a column of another type,
   *     {@code SPICE(INVALIDINDEX)} for a {@code selidx} or {@code row} past the selection
   */
  EkValue<Integer> ekgi(int selidx, int row, int elment);

  /**
   * CSPICE {@code ekifld_c}: starts a new segment (one table's rows) for fast writing.
   *
   * @param handle a handle open for writing ({@link #ekopn} or {@link #ekopw})
   * @param tabnam the table name (up to 64 characters)
   * @param nrows number of rows of the segment, {@code >= 1}
   * @param cnames column names (up to 32 characters each)
   * @param decls one declaration per column, e.g. {@code DATATYPE = INTEGER, INDEXED = TRUE, NULLS_OK = TRUE}
   *     or {@code DATATYPE = CHARACTER*(32)}, {@code DATATYPE = TIME}, {@code SIZE = VARIABLE}
   * @return the segment number and {@code nrows} record pointers
   * @throws IllegalArgumentException if {@code nrows < 1}, there are no columns, or the lists differ in length
   * @throws NullPointerException if a list or an element is null
   * @throws io.github.spice4j.SpiceException for declarations or names CSPICE rejects, e.g.
   *     {@code SPICE(BADCOLUMNDECL)}
   */
  EkFastSegment ekifld(EkHandle handle, String tabnam, int nrows, List<String> cnames, List<String> decls);

  /**
   * CSPICE {@code ekacli_c}: writes a whole integer column of a segment started with {@link #ekifld}.
   *
   * @param handle the handle the segment was started on
   * @param segno the segment number from {@link #ekifld}
   * @param column the column name
   * @param ivals {@code sum(entszs)} values in row order
   * @param entszs {@code int[nrows]} entry sizes (see the class description)
   * @param nlflgs {@code boolean[nrows]} null flags
   * @param rcptrs {@code int[nrows]} the record pointers from {@link #ekifld}
   * @throws IllegalArgumentException if the segment was not started on this handle or the array shapes do not match
   * @throws io.github.spice4j.SpiceException e.g. for an unknown column or a column of another type
   */
  void ekacli(EkHandle handle, int segno, String column, int[] ivals, int[] entszs, boolean[] nlflgs, int[] rcptrs);

  /**
   * CSPICE {@code ekacld_c}: writes a whole double precision or TIME column (TIME: TDB seconds past J2000).
   *
   * @param handle the handle the segment was started on
   * @param segno the segment number from {@link #ekifld}
   * @param column the column name
   * @param dvals {@code sum(entszs)} values in row order, not NaN
   * @param entszs {@code int[nrows]} entry sizes
   * @param nlflgs {@code boolean[nrows]} null flags
   * @param rcptrs {@code int[nrows]} the record pointers from {@link #ekifld}
   * @throws IllegalArgumentException if the segment was not started on this handle, the shapes do not
   *     match, or a value is NaN
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(WRONGDATATYPE)} for a column of another type
   */
  void ekacld(EkHandle handle, int segno, String column, double[] dvals, int[] entszs, boolean[] nlflgs,
      int[] rcptrs);

  /**
   * CSPICE {@code ekaclc_c}: writes a whole character column.
   *
   * @param handle the handle the segment was started on
   * @param segno the segment number from {@link #ekifld}
   * @param column the column name
   * @param cvals {@code sum(entszs)} strings in row order (no NUL characters)
   * @param entszs {@code int[nrows]} entry sizes
   * @param nlflgs {@code boolean[nrows]} null flags
   * @param rcptrs {@code int[nrows]} the record pointers from {@link #ekifld}
   * @throws IllegalArgumentException if the segment was not started on this handle or the shapes do not match
   * @throws io.github.spice4j.SpiceException e.g. for an unknown column or a column of another type
   */
  void ekaclc(EkHandle handle, int segno, String column, List<String> cvals, int[] entszs, boolean[] nlflgs,
      int[] rcptrs);

  /**
   * CSPICE {@code ekffld_c}: finishes a segment started with {@link #ekifld} after all its columns are written.
   *
   * @param handle the handle the segment was started on
   * @param segno the segment number
   * @param rcptrs {@code int[nrows]} the record pointers from {@link #ekifld}
   * @throws IllegalArgumentException if the segment was not started on this handle or {@code rcptrs} has the wrong length
   * @throws io.github.spice4j.SpiceException e.g. {@code SPICE(INVALIDADDRESS)} when a column was not written
   */
  void ekffld(EkHandle handle, int segno, int[] rcptrs);
}
