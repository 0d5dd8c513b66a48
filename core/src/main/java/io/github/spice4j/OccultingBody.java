package io.github.spice4j;

import java.util.Locale;
import java.util.Objects;

/**
 * A body with its shape model: one body of an occultation search (CSPICE {@code gfoclt_c}'s
 * {@code front}/{@code fshape}/{@code fframe} or {@code back}/{@code bshape}/{@code bframe}, see
 * https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/gfoclt_c.html), or the target of a field-of-view
 * search ({@code gftfov_c}'s {@code target}/{@code tshape}/{@code tframe}).
 *
 * @param body body name or ID string, e.g. {@code MOON}
 * @param shape {@code ELLIPSOID} (triaxial, radii from the kernel pool) or {@code POINT}
 * @param frame the body-fixed frame of an ellipsoid, e.g. {@code IAU_MOON}; blank for a point
 */
public record OccultingBody(String body, String shape, String frame) {
  /**
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code body} or {@code shape} is blank
   */
  public OccultingBody {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(frame, "frame");
    if (body.isBlank() || shape.isBlank()) throw new IllegalArgumentException("body and shape must not be blank");
    // CSPICE ignores a point's frame but rejects an empty string.
    if (frame.isEmpty()) frame = " ";
  }

  /**
   * A body modelled as its triaxial ellipsoid.
   *
   * @param body body name
   * @param frame its body-fixed frame
   * @return the body
   */
  public static OccultingBody ellipsoid(String body, String frame) {
    return new OccultingBody(body, "ELLIPSOID", frame);
  }

  /**
   * A body modelled as a point.
   *
   * @param body body name
   * @return the body
   */
  public static OccultingBody point(String body) {
    return new OccultingBody(body, "POINT", " ");
  }

  /** Whether this is a point. */
  public boolean isPoint() {
    return shape.strip().toUpperCase(Locale.ROOT).equals("POINT");
  }
}
