/* wasm2c's output includes <alloca.h>, which mingw-w64 does not have; alloca lives in malloc.h there. */
#include <malloc.h>
