#!/usr/bin/env bash
# Structural check of a cross-built libspice4j; any finding fails the build.
#
#   check-native.sh PLATFORM LIBRARY JNI_OBJECT_DIR
#
# - the file's format and CPU are PLATFORM's;
# - it exports exactly the JNI entry points defined in the spokes' objects (Java_*, JNI_OnLoad,
#   JNI_OnUnload), nothing else;
# - it needs nothing beyond the OS's C library: linux-aarch64 libc/libm with symbol versions up to
#   GLIBC_2.17; windows-x86_64 KERNEL32.dll and msvcrt.dll, and no emulated TLS; darwin only
#   /usr/lib/libSystem.B.dylib, minos 11.0, and (arm64) an ad-hoc code signature.
set -euo pipefail
p=${1:?usage: check-native.sh PLATFORM LIBRARY JNI_OBJECT_DIR}
lib=${2:?usage: check-native.sh PLATFORM LIBRARY JNI_OBJECT_DIR}
objs=${3:?usage: check-native.sh PLATFORM LIBRARY JNI_OBJECT_DIR}
fail() { echo "spice4j check-native: $p: $lib: $*" >&2; exit 1; }
[ -f "$lib" ] || fail "missing"
for t in llvm-nm llvm-objdump llvm-readobj; do command -v $t >/dev/null || fail "$t not found (Debian package llvm)"; done

# The JNI entry points the spokes define (Mach-O prefixes C names with '_').
prefix=; case "$p" in darwin-*) prefix=_ ;; esac
expected=$(llvm-nm --extern-only --defined-only -j "$objs"/*.o 2>/dev/null \
  | grep -E "^${prefix}(Java_|JNI_OnLoad$|JNI_OnUnload$)" | sort -u)
[ "$(echo "$expected" | grep -c "^${prefix}Java_")" -ge 100 ] || fail "fewer than 100 Java_ entry points in $objs"

headers=$(llvm-readobj --file-headers "$lib")
case "$p" in
  linux-aarch64)
    grep -q 'Format: elf64-littleaarch64' <<<"$headers" || fail "not an ELF64 AArch64 file"
    exported=$(llvm-nm -D --defined-only -j "$lib" | sort -u)
    needed=$(llvm-readobj --needed-libs "$lib" | sed -n 's/^ *\(lib[^ ]*\)$/\1/p' | sort -u)
    for n in $needed; do case "$n" in libc.so.6|libm.so.6) ;; *) fail "needs $n" ;; esac; done
    newest=$(llvm-objdump -T "$lib" | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -V | tail -n1)
    [ "$(printf '%s\n2.17\n' "$newest" | sort -V | tail -n1)" = 2.17 ] || fail "needs GLIBC_$newest (> 2.17)"
    ;;
  windows-x86_64)
    grep -q 'Format: COFF-x86-64' <<<"$headers" || fail "not a PE32+ x86-64 file"
    exported=$(llvm-readobj --coff-exports "$lib" | sed -n 's/^ *Name: \(..*\)$/\1/p' | sort -u)
    dlls=$(llvm-objdump -p "$lib" | sed -n 's/^ *DLL Name: //p' | sort -u)
    for d in $dlls; do case "$d" in KERNEL32.dll|msvcrt.dll) ;; *) fail "imports $d" ;; esac; done
    if llvm-nm "$lib" "$objs"/*.o 2>/dev/null | grep -q __emutls; then fail "uses emulated TLS"; fi
    ;;
  darwin-aarch64|darwin-x86_64)
    cpu=ARM64; [ "$p" = darwin-x86_64 ] && cpu=X86_64
    mh=$(llvm-objdump --macho --private-header "$lib")
    grep -qE "MH_MAGIC_64 +$cpu " <<<"$mh" || fail "not a 64-bit Mach-O for $cpu"
    grep -q ' DYLIB ' <<<"$mh" || fail "not a dylib"
    lc=$(llvm-objdump --macho --private-headers "$lib")
    grep -A4 'cmd LC_BUILD_VERSION' <<<"$lc" | grep -qE 'platform macos' || fail "no LC_BUILD_VERSION for macos"
    grep -A4 'cmd LC_BUILD_VERSION' <<<"$lc" | grep -qE 'minos 11\.0$' || fail "minos is not 11.0"
    if [ "$p" = darwin-aarch64 ]; then grep -q 'cmd LC_CODE_SIGNATURE' <<<"$lc" || fail "not code-signed (arm64 macOS refuses it)"; fi
    used=$(llvm-objdump --macho --dylibs-used "$lib" | sed -n '2,$s/^[[:space:]]*\([^ ]*\) (.*/\1/p' | grep -v '^@rpath/libspice4j.dylib$' || true)
    [ "$used" = /usr/lib/libSystem.B.dylib ] || fail "links against: $(echo $used)"
    exported=$(llvm-nm --extern-only --defined-only -j "$lib" | sort -u)
    ;;
  *) fail "unknown platform" ;;
esac
if [ "$exported" != "$expected" ]; then
  diff <(echo "$expected") <(echo "$exported") | head -n 20 >&2 || true
  fail "exports differ from the JNI entry points (< expected, > exported)"
fi
echo "spice4j check-native: $p: $(basename "$lib") ok ($(echo "$exported" | wc -l) JNI exports)"
