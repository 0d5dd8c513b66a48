package io.github.spice4j.writer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a DAF (Double precision Array File) in memory as NAIF's DAF Required Reading documents it,
 * in the little-endian IEEE binary format ({@code LTL-IEEE}): one file record, then pairs of summary and
 * name records, then the arrays' data. All arrays are collected first and the file is produced at once
 * by {@link #toBytes()}, so summary records never have to be relinked.
 *
 * @see <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/req/daf.html">DAF Required Reading</a>
 */
final class DafWriter {
  /** Record length in bytes, and in double precision words. */
  static final int RECORD_BYTES = 1024;

  private static final int RECORD_WORDS = RECORD_BYTES / Double.BYTES;
  /** Words at the start of a summary record: next, previous, summary count. */
  private static final int SUMMARY_CONTROL = 3;
  /** Offsets in the file record. */
  private static final int IFNAME_AT = 16;
  private static final int IFNAME_LENGTH = 60;
  private static final int FWARD_AT = 76;
  private static final int FORMAT_AT = 88;
  private static final int FTP_AT = 699;
  /**
   * The FTP validation string: line-end and 8-bit characters that a text-mode transfer would mangle,
   * so a reader can tell a corrupted binary file.
   */
  private static final byte[] FTP = ftpString();

  /** One array: its summary's doubles and integers (without the two addresses), name and data. */
  private record Array(double[] dc, int[] ic, String name, double[] data) {}

  private final String idWord;
  private final int nd;
  private final int ni;
  private final String ifname;
  private final List<Array> arrays = new ArrayList<>();

  /**
   * @param idWord the file's identification word, e.g. {@code "DAF/SPK"}
   * @param nd doubles per summary
   * @param ni integers per summary, the last two being the array's begin and end addresses
   * @param ifname internal file name (longer names are cut to 60 characters)
   */
  DafWriter(String idWord, int nd, int ni, String ifname) {
    this.idWord = idWord;
    this.nd = nd;
    this.ni = ni;
    this.ifname = ifname;
  }

  /**
   * Adds an array.
   *
   * @param dc the summary's {@code nd} doubles
   * @param ic the summary's first {@code ni - 2} integers (the addresses are filled in here)
   * @param name the array's name, at most {@link #nameLength()} characters
   * @param data the array's elements
   */
  void add(double[] dc, int[] ic, String name, double[] data) {
    arrays.add(new Array(dc.clone(), ic.clone(), name, data));
  }

  /** Doubles taken by one summary: the doubles, then the integers packed two per double. */
  private int summaryWords() {
    return nd + (ni + 1) / 2;
  }

  /** Longest array name: the summary's size in characters. */
  int nameLength() {
    return summaryWords() * Double.BYTES;
  }

  /** The whole file. */
  byte[] toBytes() {
    int perRecord = (RECORD_WORDS - SUMMARY_CONTROL) / summaryWords();
    int groups = Math.max(1, (arrays.size() + perRecord - 1) / perRecord);
    int firstDataRecord = 2 + 2 * groups;
    long dataWords = 0;
    for (Array a : arrays) dataWords += a.data.length;
    long dataRecords = (dataWords + RECORD_WORDS - 1) / RECORD_WORDS;
    long bytes = (firstDataRecord - 1 + dataRecords) * RECORD_BYTES;
    long free = (long) (firstDataRecord - 1) * RECORD_WORDS + dataWords + 1;
    if (bytes > Integer.MAX_VALUE - 8 || free > Integer.MAX_VALUE) {
      throw new IllegalStateException("the segments exceed the 2 GiB a DAF written in memory can hold");
    }
    ByteBuffer out = ByteBuffer.allocate((int) bytes).order(ByteOrder.LITTLE_ENDIAN);
    fileRecord(out, 2, 2 * groups, (int) free);
    int address = (firstDataRecord - 1) * RECORD_WORDS + 1;
    for (int g = 0; g < groups; g++) {
      int record = 2 + 2 * g;
      int from = g * perRecord;
      int to = Math.min(arrays.size(), from + perRecord);
      int summaryAt = (record - 1) * RECORD_BYTES;
      out.putDouble(summaryAt, g + 1 < groups ? record + 2 : 0);
      out.putDouble(summaryAt + 8, g > 0 ? record - 2 : 0);
      out.putDouble(summaryAt + 16, to - from);
      for (int i = from; i < to; i++) {
        Array a = arrays.get(i);
        int at = summaryAt + (SUMMARY_CONTROL + (i - from) * summaryWords()) * Double.BYTES;
        for (int k = 0; k < nd; k++) out.putDouble(at + k * Double.BYTES, a.dc[k]);
        int intsAt = at + nd * Double.BYTES;
        for (int k = 0; k < ni - 2; k++) out.putInt(intsAt + k * Integer.BYTES, a.ic[k]);
        out.putInt(intsAt + (ni - 2) * Integer.BYTES, address);
        out.putInt(intsAt + (ni - 1) * Integer.BYTES, address + a.data.length - 1);
        putText(out, record * RECORD_BYTES + (i - from) * nameLength(), a.name, nameLength());
        for (int k = 0; k < a.data.length; k++) out.putDouble((address - 1 + k) * Double.BYTES, a.data[k]);
        address += a.data.length;
      }
    }
    return out.array();
  }

  private void fileRecord(ByteBuffer out, int fward, int bward, int free) {
    putText(out, 0, idWord, 8);
    out.putInt(8, nd);
    out.putInt(12, ni);
    putText(out, IFNAME_AT, ifname, IFNAME_LENGTH);
    out.putInt(FWARD_AT, fward);
    out.putInt(FWARD_AT + 4, bward);
    out.putInt(FWARD_AT + 8, free);
    putText(out, FORMAT_AT, "LTL-IEEE", 8);
    out.put(FTP_AT, FTP);
  }

  /** ASCII text, cut or blank-padded to length. */
  private static void putText(ByteBuffer out, int at, String text, int length) {
    byte[] b = text.getBytes(StandardCharsets.US_ASCII);
    for (int k = 0; k < length; k++) out.put(at + k, k < b.length ? b[k] : (byte) ' ');
  }

  private static byte[] ftpString() {
    byte[] cr = {'\r'};
    byte[] lf = {'\n'};
    byte[][] parts = {
      "FTPSTR:".getBytes(StandardCharsets.US_ASCII), cr, {':'}, lf, {':'}, {'\r', '\n'}, {':'}, {'\r', 0}, {':'},
      {(byte) 0x81}, {':'}, {0x10, (byte) 0xCE}, ":ENDFTP".getBytes(StandardCharsets.US_ASCII)
    };
    ByteBuffer b = ByteBuffer.allocate(28);
    for (byte[] p : parts) b.put(p);
    return b.array();
  }
}
