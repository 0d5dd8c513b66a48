#!/usr/bin/env bash
# Execution proof for windows-x86_64 on a Linux host: links harness/states.c against the very objects
# of spice4j.dll (engine, host, shim; built by cross-build.sh) into a Windows program, runs it under
# wine, and requires its output to be bit-identical to the same harness linked against this host's
# linux-x86_64 objects (native-src/target/objs from the Maven build).
#
#   wine-harness.sh [KERNELS_DIR]     default: $SPICE4J_KERNELS or ../shared/kernels beside the checkout
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
kernels=$(cd "${1:-${SPICE4J_KERNELS:-$here/../../shared/kernels}}" && pwd)
out=$here/target/cross/windows-x86_64
work=$here/target/wine-harness
die() { echo "spice4j wine-harness: $*" >&2; exit 1; }

command -v wine >/dev/null 2>&1 || {
  [ "$(id -u)" = 0 ] || die "wine not found; install the Debian package wine64"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wine64 wine >/dev/null
}
[ -d "$here/target/objs/engine" ] || die "no linux-x86_64 objects in $here/target/objs: run the Maven build first"
bash "$here/scripts/cross-build.sh" windows-x86_64

rm -rf "$work" && mkdir -p "$work/kernels/k$(printf '\xc3\xa9')rnels"
for k in lsk/naif0012.tls pck/pck00011.tpc spk/de440s_2023_2026_excerpt.bsp spk/earthstns_itrf93_201023.bsp spk/jup310_excerpt.bsp; do
  mkdir -p "$work/kernels/$(dirname "$k")" && cp "$kernels/$k" "$work/kernels/$k"
done
cp "$kernels/lsk/naif0012.tls" "$work/kernels/k$(printf '\xc3\xa9')rnels/"

inc=(-I"$here/shim")
gcc -O2 "${inc[@]}" -o "$work/states-linux" "$here/harness/states.c" \
  "$here"/target/objs/engine/*.o "$here"/target/objs/shim/*.o -lm -lpthread
gcc_dir=$(dirname "$(x86_64-w64-mingw32-gcc-win32 -print-libgcc-file-name)")
clang --target=x86_64-w64-mingw32 -fuse-ld=lld -O2 -static "${inc[@]}" -L"$gcc_dir" -o "$work/states.exe" \
  "$here/harness/states.c" "$out"/objs/engine/*.o "$out"/objs/shim/*.o -lpthread

"$work/states-linux" "$work/kernels" > "$work/linux.txt" || die "linux harness failed: $(tail -n 3 "$work/linux.txt")"
export WINEPREFIX=${SPICE4J_WINEPREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/spice4j-build/wineprefix} WINEDEBUG=-all
mkdir -p "$WINEPREFIX"
wine "$work/states.exe" "$(winepath -w "$work/kernels")" 2>"$work/wine.err" | tr -d '\r' > "$work/windows.txt" \
  || die "windows harness failed under wine: $(tail -n 3 "$work/windows.txt"; tail -n 3 "$work/wine.err")"
diff "$work/linux.txt" "$work/windows.txt" >&2 || die "windows-x86_64 results differ from linux-x86_64 (< linux, > windows)"
grep -qx done "$work/windows.txt" || die "harness did not finish"
echo "spice4j wine-harness: windows-x86_64 under wine bit-identical to linux-x86_64 ($(grep -c ' ' "$work/windows.txt") lines, $(grep -o ' [0-9a-f]\{16\}' "$work/windows.txt" | wc -l) doubles)"
