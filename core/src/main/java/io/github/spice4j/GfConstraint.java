package io.github.spice4j;

import java.util.Objects;

/**
 * The condition a geometry finder search looks for: CSPICE's {@code relate}, {@code refval} and
 * {@code adjust} arguments.
 *
 * @param relation the operator
 * @param refval reference value for {@code >}, {@code =}, {@code <} (km for distance, radians for
 *     separation); ignored by the extremum operators
 * @param adjust for {@link GfRelation#ABSMAX}/{@link GfRelation#ABSMIN}: also accept values within this
 *     much of the extremum (same unit as {@code refval}); 0 for an exact extremum and for every other operator
 */
public record GfConstraint(GfRelation relation, double refval, double adjust) {
  /**
   * @throws NullPointerException if {@code relation} is null
   * @throws IllegalArgumentException if {@code refval} or {@code adjust} is not finite, {@code adjust} is
   *     negative, or {@code adjust} is nonzero for an operator other than ABSMAX/ABSMIN
   */
  public GfConstraint {
    Objects.requireNonNull(relation, "relation");
    if (!Double.isFinite(refval)) throw new IllegalArgumentException("refval must be finite, was " + refval);
    if (!Double.isFinite(adjust) || adjust < 0) {
      throw new IllegalArgumentException("adjust must be finite and non-negative, was " + adjust);
    }
    if (adjust != 0 && !relation.isAbsoluteExtremum()) {
      throw new IllegalArgumentException("adjust applies only to ABSMAX and ABSMIN, not " + relation);
    }
  }

  /** Quantity {@code > refval}. */
  public static GfConstraint greaterThan(double refval) {
    return new GfConstraint(GfRelation.GREATER, refval, 0);
  }

  /** Quantity {@code = refval} (the crossing epochs). */
  public static GfConstraint equalTo(double refval) {
    return new GfConstraint(GfRelation.EQUAL, refval, 0);
  }

  /**
   * A constraint from CSPICE's own arguments, checked as CSPICE's GF searches check them (e.g.
   * https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/gfposc_c.html): the operator in CSPICE's spelling
   * ({@code >}, {@code =}, {@code <}, {@code ABSMAX}, {@code ABSMIN}, {@code LOCMAX}, {@code LOCMIN}; case and
   * surrounding blanks ignored).
   *
   * @param relate the operator
   * @param refval reference value
   * @param adjust the absolute extremum adjustment
   * @return the constraint
   * @throws SpiceException {@code SPICE(NOTRECOGNIZED)} for another operator, {@code SPICE(VALUEOUTOFRANGE)} for
   *     a negative {@code adjust}, {@code SPICE(INVALIDVALUE)} for a non-zero {@code adjust} with an operator
   *     other than ABSMAX/ABSMIN
   * @throws IllegalArgumentException if {@code refval} or {@code adjust} is not finite
   */
  public static GfConstraint of(String relate, double refval, double adjust) {
    String op = Objects.requireNonNull(relate, "relate").strip().toUpperCase(java.util.Locale.ROOT);
    GfRelation relation = null;
    for (GfRelation r : GfRelation.values()) {
      if (r.spiceName().equals(op)) relation = r;
    }
    if (relation == null) {
      throw new SpiceException("SPICE(NOTRECOGNIZED)", "The comparison operator, " + relate.strip()
          + " is not recognized.  Supported operators are: >, =, <, ABSMAX, ABSMIN, LOCMAX, LOCMIN.", "gfevnt_c",
          "gfevnt", null);
    }
    io.github.spice4j.gf.GfSearch.checkAdjust(relation, adjust);
    return new GfConstraint(relation, refval, adjust);
  }

  /** Quantity {@code < refval}. */
  public static GfConstraint lessThan(double refval) {
    return new GfConstraint(GfRelation.LESS, refval, 0);
  }

  /** Local minima inside the window. */
  public static GfConstraint localMinimum() {
    return new GfConstraint(GfRelation.LOCMIN, 0, 0);
  }

  /** Local maxima inside the window. */
  public static GfConstraint localMaximum() {
    return new GfConstraint(GfRelation.LOCMAX, 0, 0);
  }

  /**
   * The absolute minimum over the window; with {@code adjust > 0}, every time the quantity is within
   * {@code adjust} of it.
   */
  public static GfConstraint absoluteMinimum(double adjust) {
    return new GfConstraint(GfRelation.ABSMIN, 0, adjust);
  }

  /**
   * The absolute maximum over the window; with {@code adjust > 0}, every time the quantity is within
   * {@code adjust} of it.
   */
  public static GfConstraint absoluteMaximum(double adjust) {
    return new GfConstraint(GfRelation.ABSMAX, 0, adjust);
  }
}
