/**
 * The project's own geometry finder (GF) search engine, built from NAIF's GF Required Reading
 * (https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/req/gf.html): step over the confinement window,
 * refine state transitions by bisection to the convergence tolerance, and reduce scalar searches to
 * binary ones over the intervals where the quantity decreases or increases. Internal: the public API is
 * {@link io.github.spice4j.EventFinder}.
 */
package io.github.spice4j.gf;
