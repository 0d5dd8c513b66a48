/* The library's build identity. The string is also how the Java loader checks, before loading, that the
 * library matches its own version: it scans the file for the "spice4j-build-info:" prefix. */
#include "spice4j_shim.h"
#include "spice4j_build.h"

#if defined(__clang__)
#define S4_COMPILER "clang " __clang_version__
#elif defined(__GNUC__)
#define S4_COMPILER "gcc " __VERSION__
#else
#define S4_COMPILER "unknown"
#endif

/* Fields are ';'-separated key=value pairs; values never contain ';'. */
__attribute__((used)) static const char BUILD_INFO[] =
    "spice4j-build-info:version=" SPICE4J_VERSION ";toolkit=" SPICE4J_TOOLKIT
    ";engine-sha256=" SPICE4J_ENGINE_SHA256 ";git-commit=" SPICE4J_GIT_COMMIT ";compiler=" S4_COMPILER;

const char* spice4j_build_info(void) { return BUILD_INFO + sizeof "spice4j-build-info:" - 1; }
