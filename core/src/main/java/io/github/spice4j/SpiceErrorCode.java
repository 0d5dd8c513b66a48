package io.github.spice4j;

import java.util.HashMap;
import java.util.Map;

/**
 * CSPICE short error codes that applications commonly branch on. {@link SpiceException#code()} maps the
 * short message {@code SPICE(XYZ)} to {@code XYZ}; codes not listed here map to {@link #OTHER} (the raw
 * text stays available from {@link SpiceException#shortMessage()}).
 */
public enum SpiceErrorCode {
  /** A file to load does not exist ({@code furnsh}). */
  NOSUCHFILE,
  /** A file named for reading does not exist (coverage routines). */
  FILENOTFOUND,
  /** No leapseconds kernel is loaded. */
  NOLEAPSECONDS,
  /** Time conversion data (LSK) missing. */
  MISSINGTIMEINFO,
  /** An unparsable time string. */
  BADTIMESTRING,
  /** Unknown time system in unitim. */
  BADTIMETYPE,
  /** An unknown body name. */
  IDCODENOTFOUND,
  /** Not enough SPK data for the requested state. */
  SPKINSUFFDATA,
  /** No SPK loaded at all. */
  NOLOADEDFILES,
  /** Unknown reference frame. */
  UNKNOWNFRAME,
  /** Frame data (PCK/CK) missing for the epoch. */
  FRAMEDATANOTFOUND,
  /** No path connects two frames. */
  NOFRAMECONNECT,
  /** Unknown aberration correction. */
  INVALIDOPTION,
  /** A string argument was empty. */
  EMPTYSTRING,
  /** Wrong kind of file for the routine. */
  INVALIDFILETYPE,
  /** A transfer-format kernel was given to furnsh. */
  TRANSFERFILE,
  /** A value fell outside the allowed range. */
  VALUEOUTOFRANGE,
  /** A kernel variable's integer value does not fit. */
  INTOUTOFRANGE,
  /** Unknown comparison operator. */
  NOTRECOGNIZED,
  /** The kernel pool or file table is full. */
  KERNELPOOLFULL,
  /** An output cell was too small. */
  CELLTOOSMALL,
  /** A kernel variable could not be found. */
  KERNELVARNOTFOUND,
  /** The first record of a file is not a recognized SPICE file. */
  UNKNOWNFILARC,
  /** A time string with a substring str2et cannot interpret. */
  UNPARSEDTIME,
  /** A time string whose year is outside the range the parser accepts. */
  YEAROUTOFRANGE,
  /** A time format picture that cannot be used (timout). */
  INVALIDTIMEFORMAT,
  /** An unknown time or coordinate system name. */
  UNKNOWNSYSTEM,
  /** A malformed spacecraft clock string. */
  INVALIDSCLKSTRING,
  /** A spacecraft clock partition number outside the clock's partitions. */
  BADPARTNUMBER,
  /** Target and observer (or two targets) name the same body. */
  BODIESNOTDISTINCT,
  /** A frame that cannot be used here (e.g. not centered on the target). */
  INVALIDFRAME,
  /** A reference frame that is not valid for the request (e.g. a non-inertial frame where one is needed). */
  INVALIDREFFRAME,
  /** A method string with invalid syntax (geometry routines). */
  BADMETHODSYNTAX,
  /** A method string naming an unsupported computation. */
  INVALIDMETHOD,
  /** An unknown occultation type. */
  INVALIDOCCTYPE,
  /** A zero vector where a direction is needed. */
  ZEROVECTOR,
  /** A matrix that is not a rotation. */
  NOTAROTATION,
  /** Units of different kinds in one conversion (convrt). */
  INCOMPATIBLEUNITS,
  /** A geometry-finder step that is not positive. */
  INVALIDSTEP,
  /** A geometry-finder convergence tolerance that is not positive. */
  INVALIDTOLERANCE,
  /** A request the routine does not support (e.g. an unsupported shape or correction). */
  NOTSUPPORTED,
  /** An output array too small for the result. */
  ARRAYTOOSMALL,
  /** An array size argument that is invalid (e.g. odd for a window). */
  BADARRAYSIZE,
  /** An index outside a cell, set or table. */
  INVALIDINDEX,
  /** A size argument that is invalid (e.g. a negative cell size). */
  INVALIDSIZE,
  /** A cardinality larger than the cell's size. */
  INVALIDCARDINALITY,
  /** A window operation's result does not fit in the output window. */
  WINDOWEXCESS,
  /** An output window too small for the result. */
  WINDOWTOOSMALL,
  /** A set operation's result does not fit in the output set. */
  SETEXCESS,
  /** Window interval endpoints out of order. */
  BADENDPOINTS,
  /** An interval index outside the window. */
  NOINTERVAL,
  /** Cells or arguments of mismatched data types. */
  TYPEMISMATCH,
  /** A data type code outside those allowed. */
  INVALIDTYPE,
  /** A kernel variable name that is blank, too long or contains invalid characters. */
  BADVARNAME,
  /** A string containing non-printing characters. */
  NONPRINTABLECHARS,
  /** A file that could not be opened. */
  FILEOPENFAIL,
  /** A file already open in a conflicting way. */
  FILEOPENCONFLICT,
  /** A descriptor whose start and stop times are out of order (SPK writers). */
  BADDESCRTIMES,
  /** An EK column declared with zero length. */
  ZEROLENGTHCOLUMN,
  /** Any other code. */
  OTHER;

  private static final Map<String, SpiceErrorCode> BY_SHORT = new HashMap<>();

  static {
    for (SpiceErrorCode c : values()) {
      if (c != OTHER) BY_SHORT.put("SPICE(" + c.name() + ")", c);
    }
  }

  /**
   * Maps a short message such as {@code SPICE(NOSUCHFILE)} to its code.
   *
   * @param shortMessage the short message, may be null
   * @return the code, or {@link #OTHER} for unknown, empty or null input
   */
  public static SpiceErrorCode of(String shortMessage) {
    if (shortMessage == null) return OTHER;
    return BY_SHORT.getOrDefault(shortMessage.strip(), OTHER);
  }

  /** The short message form, e.g. {@code SPICE(NOSUCHFILE)} ({@code OTHER} has none and returns "OTHER"). */
  public String shortMessage() {
    return this == OTHER ? name() : "SPICE(" + name() + ")";
  }
}
