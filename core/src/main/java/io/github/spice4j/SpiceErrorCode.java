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
