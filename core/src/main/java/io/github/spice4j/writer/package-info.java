/**
 * Kernel writers built in this project's own Java code, beyond the engine's SPK type 8 writer: SPK types
 * 2, 3, 9 and 13 ({@link io.github.spice4j.writer.SpkFileWriter}) and CK types 1 and 3
 * ({@link io.github.spice4j.writer.CkFileWriter}), laid out from NAIF's
 * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/req/daf.html">DAF</a>,
 * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/req/spk.html">SPK</a> and
 * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/req/ck.html">CK</a> Required Reading as
 * little-endian IEEE DAF files that the engine (and any SPICE toolkit) loads. A
 * {@link io.github.spice4j.writer.KernelOutput} says where a writer's file goes (disk, memory, or a virtual
 * output of a {@link io.github.spice4j.Spice}) and whether it resolves body and frame names.
 */
package io.github.spice4j.writer;
