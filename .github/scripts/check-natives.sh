#!/usr/bin/env bash
# Checks that the spice4j-natives classifier jars under DIR (a Maven repository or a target directory)
# are complete: for every platform exactly one jar, holding the library, a .sha256 that matches it, NOTICE
# and LICENSE. CI's assemble job and the release workflow run it before anything is published.
# Usage: check-natives.sh DIR [platform ...]   (default: all five platforms)
set -euo pipefail
dir=${1:?usage: check-natives.sh DIR [platform ...]}
shift
platforms=("$@")
[ ${#platforms[@]} -gt 0 ] || platforms=(linux-x86_64 linux-aarch64 darwin-aarch64 darwin-x86_64 windows-x86_64)

sha256() { if command -v sha256sum >/dev/null 2>&1; then sha256sum | cut -d' ' -f1; else shasum -a 256 | cut -d' ' -f1; fi; }
fail() { echo "check-natives: $*" >&2; exit 1; }

for p in "${platforms[@]}"; do
  case "$p" in
    linux-*) lib=libspice4j.so ;;
    darwin-*) lib=libspice4j.dylib ;;
    windows-*) lib=spice4j.dll ;;
    *) fail "unknown platform $p" ;;
  esac
  mapfile -t jars < <(find "$dir" -name "spice4j-natives-*-$p.jar" -not -name '*-sources.jar' | sort)
  [ ${#jars[@]} -eq 1 ] || fail "expected one spice4j-natives-*-$p.jar under $dir, found ${#jars[@]}: ${jars[*]:-none}"
  jar=${jars[0]}
  base="io/github/spice4j/natives/$p"
  for f in "$lib" "$lib.sha256" NOTICE LICENSE; do
    unzip -l "$jar" "$base/$f" >/dev/null 2>&1 || fail "$jar lacks $base/$f"
  done
  want=$(unzip -p "$jar" "$base/$lib.sha256" | tr -d ' \r\n' | cut -c1-64)
  got=$(unzip -p "$jar" "$base/$lib" | sha256)
  [ "$want" = "$got" ] || fail "$jar: $lib hashes to $got but its .sha256 says $want"
  grep -q "NAIF" <(unzip -p "$jar" "$base/NOTICE") || fail "$jar: NOTICE lacks NAIF's rules"
  size=$(unzip -l "$jar" "$base/$lib" | awk 'NR==4 {print $1}')
  echo "check-natives: $p ok: $(basename "$jar") ($(wc -c < "$jar") bytes; $lib $size bytes, sha256 $got)"
done
