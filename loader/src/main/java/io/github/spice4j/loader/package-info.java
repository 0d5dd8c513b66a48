/**
 * Finds the spice4j native library ({@code libspice4j.so} / {@code libspice4j.dylib}) for the
 * running platform.
 *
 * <h2>Load order</h2>
 * {@link io.github.spice4j.loader.NativeLoader#locate()} tries three tiers and takes the first hit:
 * <ol>
 *   <li><b>System property</b> {@code spice4j.native.path}: an explicit file. If the property is
 *       set but the file is missing, not a regular file or unreadable, the search stops with an
 *       error instead of silently picking some other library. An explicit path is honoured
 *       without platform detection, so self-built libraries work on other systems too.</li>
 *   <li><b>Classifier jar</b>: the resource
 *       {@code io/github/spice4j/natives/<platform>/<libname>} from
 *       {@code io.github.spice4j:spice4j-natives} with classifier {@code <platform>}. It is copied into
 *       {@code ${spice4j.cache.dir}/<loader version>/<sha256>/<libname>} (default cache root
 *       {@code ~/.cache/spice4j}, on Windows {@code %LOCALAPPDATA%\spice4j\cache}), checked against the jar's {@code .sha256} resource and moved into
 *       place atomically, so concurrent JVMs never see a half-written file. A cached file is reused
 *       only if its hash still matches. When the cache cannot be written, a private temporary file
 *       (deleted on exit) is used instead.</li>
 *   <li><b>Local build directory</b>: {@code native-src/target/lib/<libname>} under the working
 *       directory or any parent (plus {@code spice4j.build.dir} if set), for developers running
 *       from a source checkout.</li>
 * </ol>
 * When nothing matches, the {@link io.github.spice4j.loader.NativeLoadException} names the platform
 * and each tier with the reason it failed. Unsupported systems, including musl-based Linux such
 * as Alpine, are refused up front by {@link io.github.spice4j.loader.Platform#current()}.
 *
 * <p>This package only finds the file. The class declaring the {@code native} methods calls
 * {@link java.lang.System#load(String)} itself, because JNI ties a library to the class loader of
 * the class that loads it.
 *
 * <h2>Why not JavaCPP's Loader</h2>
 * JavaCPP solves the same problem, but its conventions do not fit here: it names macOS platforms
 * {@code macosx-*} where spice4j uses {@code darwin-*}; it cannot tell a musl system from a glibc
 * one, so on Alpine it would hand over a glibc library that then fails with an obscure linker
 * error; and its extraction and cache layout follow its own artifact and directory scheme rather
 * than a hash-verified, per-version cache. Pulling in a library of about a megabyte to replace a
 * couple of hundred lines of straightforward code was not worth it.
 */
package io.github.spice4j.loader;
