package io.github.spice4j;

import java.util.Objects;

/**
 * One body of an angular separation search (CSPICE {@code gfsep_c}'s {@code targ}, {@code shape},
 * {@code frame}).
 *
 * @param body body name or ID string, e.g. {@code MOON}
 * @param sphere true to model the body as a sphere of its largest radius ({@code SPHERE}, radii from the
 *     kernel pool), false for a point ({@code POINT})
 * @param frame the body-fixed frame, e.g. {@code IAU_MOON}; blank for a point
 */
public record GfTarget(String body, boolean sphere, String frame) {
  /**
   * @throws NullPointerException if {@code body} or {@code frame} is null
   * @throws IllegalArgumentException if {@code body} is blank, or a sphere has a blank frame
   */
  public GfTarget {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(frame, "frame");
    if (body.isBlank()) throw new IllegalArgumentException("body must not be blank");
    if (sphere && frame.isBlank()) throw new IllegalArgumentException("a sphere needs its body-fixed frame");
  }

  /** A body modelled as a point. */
  public static GfTarget point(String body) {
    return new GfTarget(body, false, " ");
  }

  /** A body modelled as a sphere of its largest radius, with its body-fixed frame. */
  public static GfTarget sphere(String body, String frame) {
    return new GfTarget(body, true, frame);
  }

  /** CSPICE's shape name: {@code SPHERE} or {@code POINT}. */
  public String shape() {
    return sphere ? "SPHERE" : "POINT";
  }
}
